// Unit tests of the self-review's logic, without a browser: the answers model, the downloads
// (JSON, CSV) and the storage (docs/assets/javascripts/self-review-*.js). Run by
// tests/test_js_units.py through `node --test`; the page itself is tested in
// tests/test_self_review.py.
const test = require("node:test")
const assert = require("node:assert/strict")
const model = require("../../docs/assets/javascripts/self-review-answers.js")
const files = require("../../docs/assets/javascripts/self-review-files.js")
const storage = require("../../docs/assets/javascripts/self-review-storage.js")

const IDS = ["inclusive-culture", "behaviour-management", "transition", "acute-need"]
const ROWS = [{id: "inclusive-culture", theme: "culture"}, {id: "behaviour-management", theme: "culture"},
  {id: "transition", theme: "learning"}, {id: "acute-need", theme: "support"}]
const NAMES = {"not-started": ["Heb ddechrau", "Not started"], developing: ["Datblygu", "Developing"],
  established: ["Established", "Wedi ymsefydlu"], embedded: ["Embedded", "Wedi'i wreiddio"]}
const WELSH = "Gŵyl ddiwylliannol, ymweliadau â'r ysgol, ŷd a ffrwythau: \"tystiolaeth\"\nail linell"
const answer = (rating, next = "", more = {}) =>
  ({rating, evidence: "", next, lead: "", due: "", ...more})

// A localStorage stand-in; `full` makes setItem throw as a full or switched-off store does.
function fakeStorage(items = {}, full = false) {
  return {
    items,
    getItem: key => (key in items ? items[key] : null),
    setItem: (key, text) => { if (full) throw new Error("QuotaExceededError"); items[key] = String(text) },
    removeItem: key => { delete items[key] },
  }
}

// --- The answers model ---------------------------------------------------------------------------

test("the summary counts each rating, overall and by theme, unrated rows as none", () => {
  const answers = {"inclusive-culture": answer("developing"), transition: answer("developing"),
    "acute-need": answer("")}
  assert.deepEqual(model.counts(answers, ROWS, "all"),
    {none: 2, "not-started": 0, developing: 2, established: 0, embedded: 0})
  assert.deepEqual(model.counts(answers, ROWS, "culture"),
    {none: 1, "not-started": 0, developing: 1, established: 0, embedded: 0})
})

test("the action plan lists rows with a next step, least developed first, then in page order", () => {
  const answers = {"inclusive-culture": answer("established", "Train staff"),
    "behaviour-management": answer("embedded", "  "), transition: answer("not-started", "Visits"),
    "acute-need": answer("", "Find a lead")}
  assert.deepEqual(model.plan(answers, IDS).map(item => item.id), ["transition", "inclusive-culture", "acute-need"])
})

test("answers merge row by row: the spread of ratings and each person's notes", () => {
  const merged = model.merge([
    {name: "Mine", answers: {"inclusive-culture": answer("developing", "", {evidence: WELSH})}},
    {name: "head.json", answers: {"inclusive-culture": answer("embedded", "Survey "), transition: answer("developing")}},
    {name: "teacher.csv", answers: {"inclusive-culture": answer("developing")}},
  ], IDS)
  assert.deepEqual(merged.map(row => row.id), IDS)
  assert.deepEqual(merged[0].spread, [["developing", 2], ["embedded", 1]])
  assert.deepEqual(merged[0].notes, [
    {name: "Mine", rating: "developing", said: [["evidence", WELSH]]},
    {name: "head.json", rating: "embedded", said: [["next", "Survey"]]}])
  assert.deepEqual(merged[2].spread, [["developing", 1], ["none", 2]])
  assert.deepEqual(merged[3], {id: "acute-need", spread: [["none", 3]], notes: []})
})

test("a file chosen again replaces its earlier copy; new files go last", () => {
  const one = {name: "a.csv", answers: {transition: answer("developing")}}
  const again = {name: "a.csv", answers: {transition: answer("embedded")}}
  const two = {name: "b.json", answers: {}}
  assert.deepEqual(model.addFiles([one, two], [again]), [two, again])
})

test("comparing two sets of answers gives each row's change and a tally", () => {
  const before = {"inclusive-culture": answer("developing"), "behaviour-management": answer("embedded"),
    transition: answer("developing")}
  const after = {"inclusive-culture": answer("established"), "behaviour-management": answer("developing"),
    transition: answer("developing"), "acute-need": answer("not-started")}
  const compared = model.compare(before, after, IDS)
  assert.deepEqual(compared.rows.map(row => row.change), ["up", "down", "same", "unrated"])
  assert.deepEqual(compared.rows[3], {id: "acute-need", before: "", after: "not-started", change: "unrated"})
  assert.deepEqual(compared.tally, {up: 1, down: 1, same: 1, unrated: 1})
})

test("a snapshot is a copy, with a stable id from the moment it was taken, one a day", () => {
  const answers = {transition: answer("developing")}
  const noon = new Date("2026-11-29T12:00:00.000Z")
  let added = model.addSnapshot([], "2026-11-20", answers, noon)
  assert.equal(added.id, "2026-11-29T12:00:00.000Z")
  answers.transition.rating = "embedded"                         // the copy keeps its answers
  assert.equal(added.snapshots[0].answers.transition.rating, "developing")
  const first = added.snapshots
  added = model.addSnapshot(first, "2025-11-20", answers, noon)  // the same moment: a counter
  assert.equal(added.id, "2026-11-29T12:00:00.000Z-2")
  assert.deepEqual(added.snapshots.map(s => s.date), ["2025-11-20", "2026-11-20"])   // by day
  assert.equal(first.length, 1)                                  // the list given is unchanged
  assert.equal(model.findSnapshot(added.snapshots, added.id).date, "2025-11-20")
  assert.equal(model.findSnapshot(added.snapshots, "0"), null)   // never an index
  // Saved again for a day already kept: it replaces that day's, and the other keeps its id.
  const again = model.addSnapshot(added.snapshots, "2026-11-20", answers, new Date("2026-11-30T09:00:00Z"))
  assert.deepEqual(again.snapshots.map(s => s.id), ["2026-11-29T12:00:00.000Z-2", "2026-11-30T09:00:00.000Z"])
  assert.equal(again.snapshots[1].answers.transition.rating, "embedded")
})

// --- Saved data, old and new -----------------------------------------------------------------------

test("answers saved before snapshots had ids are read, each snapshot getting its day as id", () => {
  const old = JSON.stringify({version: 1, answers: {transition: answer("developing", "Visits")},
    snapshots: [{date: "2025-11-20", answers: {transition: answer("not-started")}},
      {date: "2025-11-20", answers: {}}, {date: "2026-01-05", answers: {}}]})
  const read = model.readSaved(old)
  assert.equal(read.refused, false)
  assert.deepEqual(read.state.answers, {transition: answer("developing", "Visits")})
  assert.deepEqual(read.state.snapshots.map(s => s.id), ["2025-11-20", "2025-11-20-2", "2026-01-05"])
  assert.deepEqual(read.state.snapshots[0].answers, {transition: answer("not-started")})
  assert.deepEqual(model.readSaved(old).state, read.state)      // the same ids each time it is read
  // Written back with the ids, and read back the same.
  const text = model.savedText(read.state)
  assert.equal(JSON.parse(text).version, model.VERSION)
  assert.deepEqual(model.readSaved(text), read)
})

test("the format version is read: none counts as 1, a newer or strange one is refused", () => {
  assert.equal(model.VERSION, 1)
  assert.equal(model.versionOf(undefined), 1)
  assert.equal(model.versionOf(1), 1)
  for (const strange of [2, 99, 0, -1, 1.5, "1", null, {}]) assert.equal(model.versionOf(strange), null, String(strange))
  const newer = model.readSaved(JSON.stringify({version: 2, answers: {transition: answer("embedded")}}))
  assert.deepEqual(newer, {state: {answers: {}, snapshots: []}, refused: true})
  assert.equal(model.readSaved(JSON.stringify({answers: {transition: answer("embedded")}})).state.answers.transition.rating,
    "embedded")
  assert.equal(model.readCombined(JSON.stringify({version: 3, files: []})).refused, true)
})

test("nothing saved, or something unusable, reads as no answers (and is not refused)", () => {
  for (const text of [null, "", "{", "[]", "42", '"text"', JSON.stringify({answers: [1], snapshots: "x"})])
    assert.deepEqual(model.readSaved(text), {state: {answers: {}, snapshots: []}, refused: false}, String(text))
  const bad = model.readSaved(JSON.stringify({version: 1, answers: {}, snapshots: [
    {date: "20 Nov", answers: {}}, {date: "2025-11-20"}, null, {date: "2025-11-21", answers: {}}]}))
  assert.deepEqual(bad.state.snapshots, [{id: "2025-11-21", date: "2025-11-21", answers: {}}])
  const combined = model.readCombined(JSON.stringify({version: 1, files: [{name: "a.csv", answers: {}},
    {name: 3, answers: {}}, {name: "b.csv"}]}))
  assert.deepEqual(combined, {files: [{name: "a.csv", answers: {}}], refused: false})
})

test("the store reads and writes through localStorage, and says when it cannot", () => {
  const items = {}
  const store = storage.open(() => fakeStorage(items))
  assert.equal(storage.KEY, "toolkit-self-review")
  assert.deepEqual(store.load(), {answers: {}, snapshots: []})
  const state = {answers: {transition: answer("developing", "", {evidence: WELSH})}, snapshots: []}
  assert.equal(store.store(state), true)
  assert.deepEqual(store.load(), state)
  assert.equal(store.storeCombined([{name: "a.csv", answers: {}}]), true)
  assert.equal(JSON.parse(items["toolkit-self-review-combined"]).version, 1)
  assert.equal(store.storeCombined([]), true)                     // none: the key goes
  assert.equal("toolkit-self-review-combined" in items, false)
  assert.equal(store.clear(), true)
  assert.deepEqual(items, {})
  assert.equal(storage.open(() => fakeStorage({}, true)).store(state), false)        // full
  assert.equal(storage.open(() => { throw new Error("SecurityError") }).store(state), false)   // switched off
  assert.deepEqual(storage.open(() => { throw new Error("SecurityError") }).load(), {answers: {}, snapshots: []})
})

test("answers saved by a newer version are never written over, until the reader clears them", () => {
  const newer = JSON.stringify({version: 2, answers: {transition: {rating: "excellent"}}})
  const items = {"toolkit-self-review": newer}
  const store = storage.open(() => fakeStorage(items))
  assert.deepEqual(store.load(), {answers: {}, snapshots: []})
  assert.equal(store.refused(), true)
  assert.equal(store.store({answers: {transition: answer("developing")}, snapshots: []}), false)
  assert.equal(items["toolkit-self-review"], newer)
  assert.equal(store.clear(), true)
  assert.equal(store.refused(), false)
  assert.equal(store.store({answers: {}, snapshots: []}), true)
})

// --- Downloads ---------------------------------------------------------------------------------------

const PAGE_ROWS = IDS.map(id => ({id, name: id === "transition" ? "Pontio" : id}))
const ANSWERS = {"inclusive-culture": answer("developing", "=SUM(A1)", {evidence: WELSH, lead: "Deputy, \"head\""}),
  transition: answer("embedded", "", {due: "-1 week", lead: "@lead"})}
const HEADER = ["Elfen allweddol", "Gradd", "Tystiolaeth", "Cam nesaf", "Pwy sy'n arwain", "Erbyn pryd"]
const inWelsh = rating => NAMES[rating][0]

test("a download holds every row in page order, with empty answers as empty strings", () => {
  const lines = files.lines(ANSWERS, PAGE_ROWS)
  assert.deepEqual(lines.map(line => line.id), IDS)
  assert.deepEqual(lines[3], {id: "acute-need", element: "acute-need", rating: "", evidence: "", next: "",
    lead: "", due: ""})
  assert.equal(lines[2].element, "Pontio")
})

test("JSON downloads read back to the same answers, Welsh intact", () => {
  const text = files.toJson(files.lines(ANSWERS, PAGE_ROWS), "cy", new Date("2026-11-29T10:00:00Z"))
  const file = JSON.parse(text)
  assert.deepEqual([file.format, file.version, file.language, file.exported],
    ["toolkit-self-review", 1, "cy", "2026-11-29T10:00:00.000Z"])
  const read = files.read(text, IDS, NAMES)
  assert.deepEqual(read["inclusive-culture"], ANSWERS["inclusive-culture"])
  assert.deepEqual(read.transition, ANSWERS.transition)
  assert.deepEqual(read["acute-need"], answer(""))
  assert.deepEqual(Object.keys(files.read(text, ["transition"], NAMES)), ["transition"])   // rows this edition has
})

test("CSV cells are quoted: commas, quotes, line breaks and Welsh letters survive", () => {
  assert.equal(files.csvCell('a, "b"\nŵ ŷ'), '"a, ""b""\nŵ ŷ"')
  assert.equal(files.csvCell(3), '"3"')
  for (const formula of ["=1+1", "+44", "-1", "@here"]) assert.equal(files.csvCell(formula), `"'${formula}"`)
  assert.deepEqual(files.csvRows('"a, ""b""\r\nc",d\r\n"ŵ",\n'), [['a, "b"\r\nc', "d"], ["ŵ", ""]])
})

test("CSV downloads start with a byte order mark and read back to the same answers", () => {
  const text = files.toCsv(files.lines(ANSWERS, PAGE_ROWS), HEADER, inWelsh)
  assert.ok(text.startsWith('\ufeff"id","Elfen allweddol","Gradd",'))
  assert.ok(text.endsWith("\r\n"))
  assert.ok(text.includes('"Datblygu"') && text.includes(`"'=SUM(A1)"`))
  const table = files.csvRows(text.slice(1))
  assert.deepEqual(table.map(row => row.length), [7, 7, 7, 7, 7])
  assert.equal(table[1][3], WELSH)
  const read = files.read(text, IDS, NAMES)
  assert.deepEqual(read["inclusive-culture"], ANSWERS["inclusive-culture"])   // the formula guard undone
  assert.deepEqual(read.transition, ANSWERS.transition)
  // A CSV from the other edition, its ratings in English or as keys, any capitals, LF line ends.
  const english = '"id","Key element","Rating","Evidence","Next step","Who leads","By when"\n' +
    '"transition","Transition"," developing ","","","",""\n"acute-need","","EMBEDDED","","","",""\n\n'
  assert.deepEqual(files.read(english, IDS, NAMES), {transition: answer("developing"), "acute-need": answer("embedded")})
  // A rating retyped in a spreadsheet, its apostrophe made curly.
  const curly = english.replace("EMBEDDED", "Wedi\u2019i wreiddio")
  assert.equal(files.read(curly, IDS, NAMES)["acute-need"].rating, "embedded")
})

test("malformed or foreign files are refused, each with the reason the page gives", () => {
  const good = {format: "toolkit-self-review", version: 1, rows: [{id: "transition", rating: "developing"}]}
  assert.deepEqual(files.read(JSON.stringify(good), IDS, NAMES), {transition: answer("developing")})
  const refused = {
    "broken JSON": ['{"format": "toolkit-self-review", "rows": [', "damaged"],
    "another tool's JSON": ['{"name": "Ann", "score": 3}', "foreign"],
    "a JSON list": ["[1, 2]", "foreign"],
    "another format": [JSON.stringify({...good, format: "someone-else"}), "foreign"],
    "a newer version": [JSON.stringify({...good, version: 2}), "newer"],
    "a strange version": [JSON.stringify({...good, version: "1"}), "damaged"],
    "no rows": [JSON.stringify({format: "toolkit-self-review", version: 1}), "damaged"],
    "rows not a list": [JSON.stringify({...good, rows: {transition: "developing"}}), "damaged"],
    "an unknown rating": [JSON.stringify({...good, rows: [{id: "transition", rating: "excellent"}]}), "damaged"],
    "a rating that is a number": [JSON.stringify({...good, rows: [{id: "transition", rating: 3}]}), "damaged"],
    "a row without an id": [JSON.stringify({...good, rows: [{rating: "developing"}]}), "damaged"],
    "a row that is text": [JSON.stringify({...good, rows: ["transition"]}), "damaged"],
    "a note that is not text": [JSON.stringify({...good, rows: [{id: "transition", next: 3}]}), "damaged"],
    "no row of this edition": [JSON.stringify({...good, rows: [{id: "elsewhere", rating: "developing"}]}), "no-rows"],
    "another spreadsheet": ["name,score\nAnn,3\n", "foreign"],
    "a CSV row too short": ['"id","a","b","c","d","e","f"\n"transition","","Datblygu"\n', "damaged"],
    "a CSV rating unknown": ['"id","a","b","c","d","e","f"\n"transition","","Rhagorol","","","",""\n', "damaged"],
    "a CSV with no rows": ['"id","a","b","c","d","e","f"\n', "damaged"],
    "an empty file": ["", "empty"],
    "only spaces and lines": [" \r\n\t\n", "empty"],
    "only a byte order mark": ["\ufeff", "empty"],
    "a picture": ["\x89PNG\r\n", "foreign"],
  }
  for (const [what, [text, problem]] of Object.entries(refused)) {
    assert.equal(files.read(text, IDS, NAMES), null, what)
    assert.deepEqual(files.examine(text, IDS, NAMES), {answers: null, problem, leftOut: false}, what)
  }
})

test("rows this edition does not have are left out, and the file says so", () => {
  const file = JSON.stringify({format: "toolkit-self-review", version: 1,
    rows: [{id: "transition", rating: "developing"}, {id: "elsewhere", rating: "embedded"}]})
  assert.deepEqual(files.examine(file, IDS, NAMES),
    {answers: {transition: answer("developing")}, problem: null, leftOut: true})
  assert.equal(files.examine(file, ["transition", "elsewhere"], NAMES).leftOut, false)
  // Ids that would reach an object's prototype are rows like any other: not this edition's.
  const proto = '{"format": "toolkit-self-review", "rows": [{"id": "__proto__", "rating": "developing"},' +
    '{"id": "transition"}]}'
  const read = files.examine(proto, IDS, NAMES)
  assert.deepEqual(Object.keys(read.answers), ["transition"])
  assert.equal({}.rating, undefined)
})

const bytes = text => new TextEncoder().encode(text)

test("a file's bytes: UTF-8, else Windows-1252 as a spreadsheet saves it; binary files refused", () => {
  const csv = '"id","Elfen allweddol","Gradd","Tystiolaeth","Cam nesaf","Pwy sy\'n arwain","Erbyn pryd"\r\n' +
    '"transition","Pontio","Wedi ymsefydlu","Ymweliadau â\'r ysgol; sêr; côr; ŵyl","","",""\r\n'
  // UTF-8, with a byte order mark or without: ŵ intact.
  for (const text of [csv, "\ufeff" + csv])
    assert.equal(files.examineBytes(bytes(text), IDS, NAMES).answers.transition.evidence,
      "Ymweliadau â'r ysgol; sêr; côr; ŵyl")
  // Excel's "CSV (Comma delimited)" on Windows: Windows-1252, which has â ê ô but not ŵ (made "?").
  const ansi = Uint8Array.from(csv.replace("ŵ", "?"), c => c.charCodeAt(0))
  assert.ok(ansi.includes(0xe2) && ansi.includes(0xea))             // â and ê as single bytes
  const read = files.examineBytes(ansi, IDS, NAMES)
  assert.deepEqual(read.answers.transition, answer("established", "", {evidence: "Ymweliadau â'r ysgol; sêr; côr; ?yl"}))
  assert.equal(files.decode(Uint8Array.of(0x93, 0x61, 0x94)), "\u201ca\u201d")  // Windows' curly quotes
  // Not text at all: a picture, a zip, a Word file; and nothing at all.
  for (const head of [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00],
    [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], [0x7b, 0x00, 0x22, 0x00]])
    assert.equal(files.examineBytes(Uint8Array.from(head), IDS, NAMES).problem, "binary", String(head))
  assert.equal(files.looksBinary(bytes("a\tb\r\nc\n")), false)
  assert.equal(files.examineBytes(new Uint8Array(0), IDS, NAMES).problem, "empty")
  assert.equal(files.examineBytes(new Uint8Array(files.MAX_BYTES + 1), IDS, NAMES).problem, "too-big")
  assert.equal(files.MAX_BYTES, 5 * 1024 * 1024)
})

test("formulas are guarded however they start, and the guard comes off exactly on reading back", () => {
  for (const formula of ["\t=1+1", "\r=1+1", "'=1+1", "''+44"]) assert.equal(files.csvCell(formula), `"'${formula}"`)
  assert.equal(files.csvCell("'quoted'"), `"'quoted'"`)              // no formula after the quotes: as it is
  const notes = ["=HYPERLINK(\"http://x\")", "'=1", "''@a", "\t-2", "'not a formula", "+"]
  const rows = notes.map((evidence, at) => ({id: IDS[at % 4], element: "", rating: "", evidence, next: "", lead: "", due: ""}))
  const text = files.toCsv(rows.slice(0, 4), HEADER, inWelsh)
  const table = files.csvRows(text.slice(1))
  assert.ok(table.slice(1).every(row => row[3].startsWith("'")))
  const read = files.read(text, IDS, NAMES)
  assert.deepEqual(IDS.map(id => read[id].evidence), notes.slice(0, 4))
  const more = files.read(files.toCsv(rows.slice(4), HEADER, inWelsh), IDS, NAMES)
  assert.deepEqual([more[IDS[0]].evidence, more[IDS[1]].evidence], notes.slice(4))
})

test("answers read from storage keep only their own shape, so nothing there can stop the page", () => {
  // A note saved as a number once stopped the page (the action plan called .trim() on it).
  const odd = {transition: {rating: 5, next: 7, evidence: "Kept", lead: {}, due: ["x"]},
    "acute-need": "developing", "inclusive-culture": {rating: "embedded", next: "Visits"},
    __proto__x: {rating: "developing"}, "<img src=x>": {rating: "developing"}}
  const text = JSON.stringify({version: 1, answers: {...odd, "__proto__": {rating: "developing"}},
    snapshots: [{date: "2025-11-20", answers: {transition: {rating: "excellent", next: false}}}]})
  const read = model.readSaved(text.replace('"__proto__x"', '"__proto__"'))
  assert.deepEqual(read.state.answers, {transition: {rating: "", evidence: "Kept"},
    "inclusive-culture": {rating: "embedded", next: "Visits"}})
  assert.deepEqual(read.state.snapshots[0].answers, {transition: {rating: ""}})
  assert.deepEqual(model.plan(read.state.answers, IDS).map(item => item.id), ["inclusive-culture"])
  const combined = model.readCombined(JSON.stringify({version: 1, files: [{name: "a.csv",
    answers: {transition: {rating: "developing", evidence: {}, next: 3}}}]}))
  assert.deepEqual(combined.files[0].answers, {transition: {rating: "developing"}})
  assert.deepEqual(model.merge(combined.files, IDS)[2].spread, [["developing", 1]])
})
