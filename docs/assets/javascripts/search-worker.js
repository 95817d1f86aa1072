// The toolkit's search worker: Material's own worker, run unchanged, with the reader's query
// read more kindly before it and the results ranked after it. editions.js points Material at
// this file, with Material's worker as ?material=<address>.
//
// Material adds a trailing wildcard to every word, so "to" matches "together" and "toolkit",
// and ranks a page matching one word of "nurture group" next to pages matching both. Here:
// - stop words are left out when a query has other words (the index config lists them);
// - short words are matched exactly; English words lose a common ending first, so "shouting"
//   finds "shout", "shouts" and "shouted";
// - a Welsh word may be a mutated form: its possible radicals are searched too ("blant"
//   finds "plant", "mhlentyn" finds "plentyn"); the index knows the other way round
//   (hooks/search_index.py), so "plant" finds "blant";
// - pages that match more of the reader's words come first.
// The functions below are pure; tests/js/search-worker.test.js runs them in Node.
(function () {
  "use strict"

  // The Welsh radicals of a word (welsh-mutations.js): required in Node, imported by the
  // worker below before any query is read.
  function radicals(word) {
    var welsh = typeof module === "object" && module.exports
      ? require("./welsh-mutations.js") : self.toolkitWelsh
    return welsh.radicals(word)
  }

  // "shouting" -> "shout", "worries" -> "worr", "hitting" -> "hit": a prefix of every form of
  // the word, searched with a wildcard. A stem under four letters is not used ("play").
  function englishStem(word) {
    var stem = word.replace(/(ing|ies|ied|es|ed|s|y)$/, "")
    if (stem.length < 4 || word.indexOf("'") !== -1) return word
    return /(ing|ed)$/.test(word) ? stem.replace(/([bdfgmnprt])\1$/, "$1") : stem
  }

  // The reader's query as lunr query text, and the words it stands for (settings: the
  // index's language, stop words and word separator):
  // {query: "shout*^1 class*^1", words: [{word: "shouting", forms: ["shout"]}, ...]}.
  // Each term ends in a boost, so Material passes it on unchanged (no wildcard of its own).
  function readQuery(text, settings) {
    var stop = settings.stopwords || []
    var typed = text.toLowerCase().replace(/[\u2019`]/g, "'")
      .split(new RegExp(settings.separator || "[\\s\\-]+"))
      .map(function (word) {
        return word.replace(/[^\p{L}\p{N}']/gu, "").replace(/^'+|'+$/g, "")
      })
      .filter(Boolean)
    var kept = typed.filter(function (word) { return stop.indexOf(word) === -1 })
    var words = (kept.length ? kept : typed).map(function (word) {
      var forms = [word]
      if (settings.lang === "cy") {
        var base = word.split("'")[0]    // rhieni'n, gyda'r: the word before the ending
        forms = forms.concat(radicals(word), base.length > 2 ? [base] : [])
      } else {
        forms = [englishStem(word)]
      }
      return {word: word, forms: forms.filter(function (form, i) {
        return form && forms.indexOf(form) === i
      })}
    })
    var terms = []
    words.forEach(function (entry) {
      entry.forms.forEach(function (form) {
        terms.push(form + (entry.word.length >= 4 ? "*" : "") + "^1")
      })
    })
    return {query: terms.join(" "), words: words}
  }

  // Material's result with pages matching more of the reader's words first (a page's words
  // may be spread over its sections), then entries matching more of them, then Material's
  // score; and its terms in the reader's words: a word none of whose forms matched is shown
  // as missing. The scores say the same order, as Material's Enter key goes to the highest.
  function rankResult(result, words) {
    var top = 0
    result.items.forEach(function (group) {
      group.forEach(function (item) { top = Math.max(top, item.score) })
    })
    var items = result.items.map(function (group) {
      var page = {}
      var entries = group.map(function (item) {
        var terms = {}
        var matched = 0
        words.forEach(function (entry) {
          var hits = entry.forms.filter(function (form) { return item.terms[form] })
          hits.forEach(function (form) { terms[form] = true })
          if (hits.length) { matched += 1; page[entry.word] = true }
          else if (Object.keys(item.terms).length) terms[entry.word] = false
        })
        return {item: item, terms: terms, matched: matched}
      })
      var weight = Object.keys(page).length * (words.length + 1)
      return entries.map(function (entry) {
        // An article's filler entry (score 0, no terms) stays last in its group.
        var score = entry.item.score && entry.item.score + (weight + entry.matched) * (top + 1)
        return Object.assign({}, entry.item, {terms: entry.terms, score: score})
      }).sort(function (a, b) { return b.score - a.score })
    })
    items.sort(function (a, b) { return b[0].score - a[0].score })
    return Object.assign({}, result, {items: items})
  }

  var api = {radicals: radicals, englishStem: englishStem, readQuery: readQuery,
    rankResult: rankResult}
  if (typeof module === "object" && module.exports) {
    module.exports = api
    return
  }

  // In a worker (or iframe-worker's hidden frame, on file://): run Material's worker, then
  // stand between it and the page. Material's messages: 0 setup, 1 ready, 2 query, 3 result.
  var scope = self
  var listen = scope.addEventListener
  var post = scope.postMessage
  var material = null
  var settings = {}
  var pending = []
  scope.addEventListener = function (type, listener, options) {
    if (type === "message" && !material) material = listener
    else listen.call(scope, type, listener, options)
  }
  scope.postMessage = function (message) {
    var words = pending.shift()
    if (message && message.type === 3 && words)
      message = {type: 3, data: rankResult(message.data, words)}
    post.call(scope, message)
  }
  var here = typeof document !== "undefined" && document.currentScript
    ? document.currentScript.src : scope.location.href
  var address = new URL(here).searchParams.get("material").split("?")[0]
  // importScripts is synchronous in a worker; iframe-worker's returns a promise. So each
  // message is read once both scripts are in, in the order the messages came.
  var loaded = Promise.all([importScripts(new URL("welsh-mutations.js", here).href),
    importScripts(address)])
  listen.call(scope, "message", function (event) {
    loaded.then(function () {
      var message = event.data
      var words = null
      if (message.type === 0) {
        var config = message.data.config
        settings = Object.assign({separator: config.separator}, config.toolkit)
      }
      if (message.type === 2) {
        var read = readQuery(message.data, settings)
        message = {type: 2, data: read.query}
        words = read.words
      }
      pending.push(words)
      material({data: message})
    })
  })
})()
