/* Role checklists (macros/render.py role_checklist): remember the ticks in this browser, per
   page and language, and offer a button to clear each list. Without JavaScript the boxes
   still tick and print; they are just not remembered. The words come from data- attributes
   (data/strings.yml). */
(function () {
  "use strict";
  var key = "toolkit-checklist:" + document.documentElement.lang + ":" + location.pathname;

  // Storage can be switched off or full; the boxes then work as they do without a script.
  function load() {
    try { return JSON.parse(localStorage.getItem(key)) || {}; } catch (error) { return {}; }
  }
  function save(ticks) {
    try {
      if (Object.keys(ticks).length) localStorage.setItem(key, JSON.stringify(ticks));
      else localStorage.removeItem(key);
    } catch (error) { /* not remembered, as without a script */ }
  }

  var ticks = load();
  document.querySelectorAll("ul.toolkit-checklist[data-checklist]").forEach(function (list) {
    var boxes = Array.prototype.slice.call(list.querySelectorAll('input[type="checkbox"]'));
    boxes.forEach(function (box) {
      box.checked = ticks[box.id] === true;
      box.addEventListener("change", function () {
        if (box.checked) ticks[box.id] = true; else delete ticks[box.id];
        save(ticks);
      });
    });
    var tools = list.nextElementSibling;
    if (!tools || !tools.classList.contains("toolkit-checklist-tools")) return;
    var status = tools.querySelector("[role=status]");
    tools.querySelector("[data-checklist-reset]").addEventListener("click", function () {
      boxes.forEach(function (box) { box.checked = false; delete ticks[box.id]; });
      save(ticks);
      status.textContent = status.dataset.cleared;
      setTimeout(function () { status.textContent = ""; }, 4000);
    });
    tools.hidden = false;
  });
  document.querySelectorAll(".toolkit-checklist-note").forEach(function (note) { note.hidden = false; });
})();
