/* The situation finder (macros/finders.py, pace/situation-finder.md): choose what you notice
   and see only that situation. Without JavaScript every situation is shown in full.

   The chosen situation is kept in the address as #id (its heading's id, the same in both
   editions), so a copied link opens it, a link to a situation (from the contents list, say)
   chooses it, and the language menu carries it to the other edition (editions.js). Each
   choice is a step that Back undoes; moving through the list with the arrow keys is one step,
   not one per key. */
(function () {
  "use strict";
  var form = document.getElementById("situation-finder");
  if (!form) return;
  var status = document.getElementById("situation-finder-count");
  var sections = Array.prototype.slice.call(document.querySelectorAll(".toolkit-situation[data-situation]"));
  var ids = sections.map(function (section) { return section.dataset.situation; });

  function show(id) {
    sections.forEach(function (section) { section.hidden = Boolean(id) && section.dataset.situation !== id; });
    status.textContent = status.dataset.count.replace("{count}", id ? 1 : sections.length)
                                             .replace("{total}", sections.length);
  }

  function choose(id) {
    var radio = form.querySelector('input[name="situation"][value="' + id + '"]');
    if (radio) radio.checked = true;
    show(id);
  }

  // The situation the address names: "" for none (every situation), null for an address
  // whose #section is something else on the page (a heading the contents list leads to).
  function named() {
    var id;
    try { id = decodeURIComponent(location.hash.slice(1)); } catch (error) { return null; }
    return !id ? "" : ids.indexOf(id) === -1 ? null : id;
  }

  // True while the arrow keys move through the list: the first key's choice makes a new
  // entry in the history, the next ones replace it.
  var keys = false, run = false;
  form.addEventListener("keydown", function () { keys = true; });
  form.addEventListener("pointerdown", function () { keys = false; });
  form.addEventListener("focusout", function (event) {
    if (!form.contains(event.relatedTarget)) run = false;
  });

  form.addEventListener("change", function () {
    var id = form.elements.situation.value;
    show(id);
    var address = id ? "#" + id : location.pathname + location.search;
    if (keys && run) history.replaceState({ situation: id }, "", address);
    else history.pushState({ situation: id }, "", address);
    run = keys;
  });

  // Back and forward: the address's situation, if it names one. An entry the finder made
  // keeps its place on the page; a link to a situation (no state) goes to it, as the
  // browser could not while it was hidden.
  window.addEventListener("popstate", function (event) {
    run = false;
    var id = named();
    if (id === null) return;
    choose(id);
    if (id && !event.state) document.getElementById(id).scrollIntoView();
  });
  // Browsers that announce a new #section by hashchange alone.
  window.addEventListener("hashchange", function () {
    var id = named();
    if (!id || form.elements.situation.value === id) return;
    choose(id);
    document.getElementById(id).scrollIntoView();
  });

  var start = named();
  choose(start || "");
  history.replaceState({ situation: start || "" }, "");
  // The browser may have gone to the situation while every situation was shown.
  if (start) document.getElementById(start).scrollIntoView();
})();
