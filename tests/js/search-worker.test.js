// Unit tests of the search worker's pure functions (run by tests/test_js_units.py
// through `node --test`).
const test = require("node:test")
const assert = require("node:assert/strict")
const {radicals, englishStem, readQuery, rankResult} =
  require("../../docs/assets/javascripts/search-worker.js")

const english = {lang: "en", stopwords: ["to", "the", "my", "is"]}
const welsh = {lang: "cy", stopwords: ["yn", "y", "i'r", "fy"]}

test("a mutated Welsh word gives its possible radicals", () => {
  for (const [mutated, radical] of [["blant", "plant"], ["ngofal", "gofal"], ["ofal", "gofal"],
    ["mhlentyn", "plentyn"], ["thad", "tad"], ["fam", "mam"], ["nghymorth", "cymorth"],
    ["ddiogelu", "diogelu"], ["wydnwch", "gwydnwch"], ["hiechyd", "iechyd"]])
    assert.ok(radicals(mutated).includes(radical), `${mutated} -> ${radical}`)
  assert.ok(!radicals("ddiogelu").includes("tdiogelu"))   // dd is not d + d
  assert.ok(!radicals("llun").includes("lllun") && !radicals("rhieni").includes("rhrhieni"))
})

test("an English word loses a common ending, never below four letters", () => {
  assert.equal(englishStem("shouting"), "shout")
  assert.equal(englishStem("hitting"), "hit")
  assert.equal(englishStem("worries"), "worr")
  assert.equal(englishStem("worry"), "worr")
  assert.equal(englishStem("tantrums"), "tantrum")
  assert.equal(englishStem("play"), "play")
  assert.equal(englishStem("won't"), "won't")
})

test("stop words are left out, unless the query has nothing else", () => {
  const read = readQuery("transition to secondary", english)
  assert.deepEqual(read.words.map(w => w.word), ["transition", "secondary"])
  assert.equal(readQuery("to", english).query, "to^1")
  assert.deepEqual(readQuery("gwrthod mynd i'r ysgol", welsh).words.map(w => w.word),
    ["gwrthod", "mynd", "ysgol"])
})

test("short words are matched exactly, longer ones as prefixes, with Material's wildcard off", () => {
  assert.equal(readQuery("ACE group", english).query, "ace^1 group*^1")
  assert.equal(readQuery("shouting", english).query, "shout*^1")
})

test("typed punctuation, dashes and curly apostrophes do not break the query", () => {
  assert.deepEqual(readQuery("won’t talk!", english).words.map(w => w.word), ["won't", "talk"])
  assert.deepEqual(readQuery("self-harm: +help", english).words.map(w => w.word),
    ["self", "harm", "help"])
  assert.deepEqual(readQuery("  ", english), {query: "", words: []})
})

test("a Welsh query searches each word and its radicals, as one word of the reader's", () => {
  const read = readQuery("fy mhlentyn yn poeni", welsh)
  assert.deepEqual(read.words.map(w => w.word), ["mhlentyn", "poeni"])
  assert.ok(read.words[0].forms.includes("mhlentyn") && read.words[0].forms.includes("plentyn"))
  assert.match(read.query, /(^| )plentyn\*\^1( |$)/)
  assert.ok(readQuery("rhieni'n", welsh).words[0].forms.includes("rhieni"))
})

test("pages matching more of the reader's words come first; the words missing are the reader's", () => {
  const words = readQuery("nurture group", english).words
  const result = {items: [
    [{location: "a.html", score: 50, terms: {nurture: false, group: true}}],
    [{location: "b.html#x", score: 2, terms: {nurture: true, group: true}},
     {location: "b.html", score: 0, terms: {}}],
    [{location: "c.html", score: 9, terms: {nurture: true, group: false}}]]}
  const ranked = rankResult(result, words).items
  assert.deepEqual(ranked.map(group => group[0].location), ["b.html#x", "a.html", "c.html"])   // one word each: by score
  assert.deepEqual(ranked[0][1].terms, {})                  // the article filler stays last
  assert.equal(ranked[0][1].score, 0)
  assert.deepEqual(ranked[1][0].terms, {group: true, nurture: false})
  const welshWords = readQuery("blant", welsh).words
  const found = rankResult({items: [[{location: "p.html", score: 1, terms: {plant: true}}]]},
    welshWords).items[0][0]
  assert.deepEqual(found.terms, {plant: true})              // not "missing: blant"
})
