/* Role checklists (macros/render.py role_checklist): remember the ticks in this browser, one
   store per checklist, shared by the English and Welsh pages (the boxes have the same ids in
   both), and offer a button to clear each list. Without JavaScript the boxes still tick and
   print; they are just not remembered. The words come from data- attributes
   (data/strings.yml). */
(function () {
  "use strict";
  var PREFIX = "toolkit-checklist:";
  // Before ticks were shared, they were kept per language and page: "toolkit-checklist:en:/path".
  var OLD = /^toolkit-checklist:[a-z]{2}:\//;

  // Storage can be switched off or full; the boxes then work as they do without a script.
  function load(key) {
    try { return JSON.parse(localStorage.getItem(key)) || {}; } catch (error) { return {}; }
  }
  function save(key, ticks) {
    try {
      if (Object.keys(ticks).length) localStorage.setItem(key, JSON.stringify(ticks));
      else localStorage.removeItem(key);
    } catch (error) { /* not remembered, as without a script */ }
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
