// Welsh initial mutations, read backwards: the words a mutated word can come from ("blant"
// -> "plant", "nghymorth" -> "cymorth"). Used by the search worker (search-worker.js) and by
// the intervention finder (intervention-finder.js); tests/js/search-worker.test.js runs it in
// Node. The build knows the other direction from a dictionary (hooks/search_index.py).
(function (scope) {
  "use strict"

  // What a mutated word can come from: [its first letters, the radical's first letters].
  // Nasal (ngh, mh, nh, ng, m, n), aspirate (ph, th, ch), soft (b, d, g, f, dd, l, r); soft
  // mutation drops g, so a word starting with a vowel may have lost one ("ofal" -> "gofal").
  var MUTATIONS = [["ngh", "c"], ["mh", "p"], ["nh", "t"], ["ng", "g"], ["ph", "p"],
    ["th", "t"], ["ch", "c"], ["dd", "d"], ["b", "p"], ["d", "t"], ["g", "c"], ["f", "b"],
    ["f", "m"], ["m", "b"], ["n", "d"], ["l", "ll"], ["r", "rh"]]
  var VOWEL = /^[aeiouwyâêîôûŵŷ]/

  function radicals(word) {
    var found = []
    MUTATIONS.forEach(function (rule) {
      var start = rule[0]
      if (word.indexOf(start) === 0 && word.length > start.length + 1 &&
          !(start.length === 1 && /^(dd|ll|rh|ng|mh|nh|ph|th|ch)/.test(word)))
        found.push(rule[1] + word.slice(start.length))
    })
    if (VOWEL.test(word)) found.push("g" + word)
    if (/^h[aeiouwy]/.test(word) && word.length > 3) found.push(word.slice(1))   // ei hiechyd
    return found
  }

  var api = {radicals: radicals}
  if (typeof module === "object" && module.exports) module.exports = api
  else scope.toolkitWelsh = api
})(typeof self !== "undefined" ? self : this)
