/* The intervention finder (macros/finders.py, on the Vulnerability Index page): filters the
   tables by domain, level of need and words, and says how many interventions are shown.
   Without JavaScript the form stays hidden and every table is shown in full. The words it
   shows come from the form's data- attributes (data/strings.yml).

   The view is kept in the address's query, ?words=elsa&domain=school&level=targeted (only
   what is chosen), so a copied link opens it and the language menu carries it to the other
   edition (editions.js); the #section stays the page's own. Each choice is a step that Back
   undoes; typing in the box is one step, not one per key, as is moving through a set of
   choices with the arrow keys. */
(function () {
  "use strict";
  var form = document.getElementById("intervention-finder");
  if (!form) return;
  var status = document.getElementById("intervention-finder-count");
  var tables = Array.prototype.slice.call(document.querySelectorAll("table.toolkit-table[data-domain]"));

  // Lower case without accents, so "grwp" finds "grŵp" and "Elsa" finds "ELSA".
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[\u2018\u2019]/g, "'").toLowerCase();
  }

  // A Welsh word in the tables may be mutated ("ar gyfeillgarwch"): it is found by its
  // radical too ("cyfeillgarwch"), as search finds it (welsh-mutations.js, loaded first).
  function withRadicals(text) {
    if (document.documentElement.lang !== "cy" || !window.toolkitWelsh) return text;
    return text + " " + text.split(/[^\p{L}']+/u).map(window.toolkitWelsh.radicals)
      .reduce(function (all, found) { return all.concat(found); }, []).join(" ");
  }

  var items = [];
  tables.forEach(function (table) {
    var caption = document.getElementById(table.getAttribute("aria-labelledby"));
    var heading = caption && caption.previousElementSibling;
    table.finderParts = [table, caption].concat(heading && /^H[23]$/.test(heading.tagName) ? [heading] : []);
    table.querySelectorAll("tbody tr").forEach(function (row) {
      var factor = fold(row.querySelector("th").textContent);
      row.querySelectorAll("td[data-column] li").forEach(function (li) {
        items.push({ li: li, row: row, table: table, level: li.closest("td").dataset.column,
                     text: withRadicals(fold(li.textContent) + " " + factor) });
      });
    });
  });

  var announce;
  function filter() {
    var domain = form.elements.domain.value, level = form.elements.level.value;
    var words = fold(form.elements.words.value).split(/\s+/).filter(Boolean);
    var rowsShown = new Set(), tablesShown = new Set(), count = 0;
    items.forEach(function (item) {
      var match = (!domain || item.table.dataset.domain === domain) &&
        (!level || item.level === level) &&
        words.every(function (word) { return item.text.indexOf(word) !== -1; });
      item.li.hidden = !match;
      if (match) { count += 1; rowsShown.add(item.row); tablesShown.add(item.table); }
    });
    tables.forEach(function (table) {
      table.querySelectorAll("tbody tr").forEach(function (row) { row.hidden = !rowsShown.has(row); });
      table.querySelectorAll("[data-column]").forEach(function (cell) {
        cell.hidden = Boolean(level) && cell.dataset.column !== level;
      });
      table.finderParts.forEach(function (part) { part.hidden = !tablesShown.has(table); });
    });
    // Announced once typing pauses, so a screen reader is not interrupted at every key.
    clearTimeout(announce);
    announce = setTimeout(function () {
      status.textContent = count ? form.dataset.count.replace("{count}", count).replace("{total}", items.length)
                                 : form.dataset.none;
    }, 400);
  }

  var FIELDS = ["words", "domain", "level"];

  // The form as the address says, ignoring what it does not offer.
  function read() {
    var params = new URLSearchParams(location.search);
    form.elements.words.value = params.get("words") || "";
    ["domain", "level"].forEach(function (name) {
      var wanted = params.get(name) || "";
      var radio = Array.prototype.filter.call(form.elements[name], function (r) { return r.value === wanted; })[0];
      (radio || form.elements[name][0]).checked = true;
    });
  }

  // The address of the form's view: the page's other parameters and #section kept.
  function address() {
    var params = new URLSearchParams(location.search);
    FIELDS.forEach(function (name) {
      var value = form.elements[name].value.trim();
      if (value) params.set(name, value); else params.delete(name);
    });
    var query = params.toString();
    return location.pathname + (query ? "?" + query : "") + location.hash;
  }

  // One entry in the history per step: `run` names what made the current entry when more of
  // the same replaces it (typing in the box, the arrow keys in one set of choices).
  var keys = false, run = null;
  function remember(kind) {
    var next = address();
    if (next === location.pathname + location.search + location.hash) return;
    if (kind && kind === run) history.replaceState({ finder: true }, "", next);
    else history.pushState({ finder: true }, "", next);
    run = kind;
  }
  form.addEventListener("keydown", function () { keys = true; });
  form.addEventListener("pointerdown", function () { keys = false; });
  form.elements.words.addEventListener("blur", function () { if (run === "words") run = null; });

  form.addEventListener("input", function (event) {
    filter();
    if (event.target.name === "words") remember("words");
  });
  form.addEventListener("change", function (event) {
    filter();
    if (event.target.type === "radio") remember(keys ? event.target.name : null);
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); filter(); });
  form.addEventListener("reset", function () {
    setTimeout(function () { filter(); remember(null); }, 0);
  });
  window.addEventListener("popstate", function () {
    run = null;
    read();
    filter();
  });
  read();
  filter();
})();
