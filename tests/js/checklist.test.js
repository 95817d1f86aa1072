// Unit tests of the checklists' one piece of logic (docs/assets/javascripts/checklist.js):
// reading the ticks saved in the browser. The page itself is tested in tests/test_finders.py.
const test = require("node:test")
const assert = require("node:assert/strict")
const {ticksFrom} = require("../../docs/assets/javascripts/checklist.js")

test("saved ticks read back as {box id: true}", () => {
  assert.deepEqual(ticksFrom(JSON.stringify({"duty-all-staff-know": true, "duty-head-lead": true})),
    {"duty-all-staff-know": true, "duty-head-lead": true})
  assert.deepEqual(ticksFrom(null), {})
})

test("anything else saved under a checklist's key counts as no ticks, and never throws", () => {
  // A string or a number once stopped the page: a tick was then set on it ("Cannot create property").
  for (const text of ['"ticked"', "5", "true", "[true]", "null", "{", "", "<img src=x onerror=alert(1)>"])
    assert.deepEqual(ticksFrom(text), {}, text)
  const mixed = ticksFrom('{"duty-a": "yes", "duty-b": 1, "duty-c": true, "<img src=x>": true, "__proto__": true}')
  assert.deepEqual(mixed, {"duty-c": true})
  assert.equal(Object.getPrototypeOf(mixed), Object.prototype)
})
