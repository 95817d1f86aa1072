/* Role checklists (macros/render.py role_checklist): remember the ticks in this browser, one
   store per checklist, shared by the English and Welsh pages (the boxes have the same ids in
   both), and offer a button to clear each list. Without JavaScript the boxes still tick and
   print; they are just not remembered, and the page says so. The words come from data-
   attributes (data/strings.yml). ticksFrom, the one piece of logic, is unit-tested in Node
   (tests/js/checklist.test.js). */
(function () {
  "use strict";
  // The ticks kept under a key, {box id: true}, from the text saved (null: none). Anything
  // else found there (written by hand, by another script, or cut short) counts as no ticks,
  // so that it can never stop the page: a tick is only ever true under a plain id.
  function ticksFrom(text) {
    var saved, ticks = {};
    try { saved = JSON.parse(text); } catch (error) { return ticks; }
    if (!saved || typeof saved !== "object" || Array.isArray(saved)) return ticks;
    Object.keys(saved).forEach(function (id) {
      if (saved[id] === true && /^[a-z0-9][\w-]*$/i.test(id)) ticks[id] = true;
    });
    return ticks;
  }
  if (typeof module === "object" && module.exports) { module.exports = { ticksFrom: ticksFrom }; return; }

  var PREFIX = "toolkit-checklist:";
  // Before ticks were shared, they were kept per language and page: "toolkit-checklist:en:/path".
  var OLD = /^toolkit-checklist:[a-z]{2}:\//;

  // Storage can be switched off or full; the boxes then work as they do without a script, and
  // the note under the first checklist says, once, that ticks are not being kept.
  var note = document.querySelector(".toolkit-checklist-note");
  function notKept() {
    if (note && note.dataset.notSaved) note.textContent = note.dataset.notSaved;
  }
  function load(key) {
    try { return ticksFrom(localStorage.getItem(key)); } catch (error) { notKept(); return {}; }
  }
  function save(key, ticks) {
    try {
      if (Object.keys(ticks).length) localStorage.setItem(key, JSON.stringify(ticks));
      else localStorage.removeItem(key);
    } catch (error) { notKept(); }
  }

  var lists = Array.prototype.slice.call(document.querySelectorAll("ul.toolkit-checklist[data-checklist]"));
  var stores = {};
  lists.forEach(function (list) { stores[list.dataset.checklist] = load(PREFIX + list.dataset.checklist); });

  // Move ticks saved the old way into their checklists' stores, once; a tick in either
  // language counts. An old entry goes only when every box it names is on this page.
  function migrate() {
    var owner = {};
    lists.forEach(function (list) {
      list.querySelectorAll('input[type="checkbox"]').forEach(function (box) { owner[box.id] = list.dataset.checklist; });
    });
    var old = [];
    try {
      for (var i = 0; i < localStorage.length; i++) if (OLD.test(localStorage.key(i))) old.push(localStorage.key(i));
    } catch (error) { return; }
    old.forEach(function (key) {
      var ticks = load(key), ids = Object.keys(ticks);
      var here = ids.filter(function (id) { return owner[id]; });
      here.forEach(function (id) { if (ticks[id] === true) stores[owner[id]][id] = true; });
      if (here.length === ids.length) { try { localStorage.removeItem(key); } catch (error) { /* kept */ } }
    });
    if (old.length) Object.keys(stores).forEach(function (name) { save(PREFIX + name, stores[name]); });
  }
  migrate();

  lists.forEach(function (list) {
    var key = PREFIX + list.dataset.checklist, ticks = stores[list.dataset.checklist];
    var boxes = Array.prototype.slice.call(list.querySelectorAll('input[type="checkbox"]'));
    boxes.forEach(function (box) {
      box.checked = ticks[box.id] === true;
      box.addEventListener("change", function () {
        if (box.checked) ticks[box.id] = true; else delete ticks[box.id];
        save(key, ticks);
      });
    });
    var tools = list.nextElementSibling;
    if (!tools || !tools.classList.contains("toolkit-checklist-tools")) return;
    var status = tools.querySelector("[role=status]");
    tools.querySelector("[data-checklist-reset]").addEventListener("click", function () {
      boxes.forEach(function (box) { box.checked = false; delete ticks[box.id]; });
      save(key, ticks);
      status.textContent = status.dataset.cleared;
      setTimeout(function () { status.textContent = ""; }, 4000);
    });
    tools.hidden = false;
  });
  document.querySelectorAll(".toolkit-checklist-note").forEach(function (note) { note.hidden = false; });
})();
