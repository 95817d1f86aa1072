/* The intervention finder (macros/finders.py, on the Vulnerability Index page): filters the
   tables by domain, level of need and words, and says how many interventions are shown.
   Without JavaScript the form stays hidden and every table is shown in full. The words it
   shows come from the form's data- attributes (data/strings.yml). */
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

  var items = [];
  tables.forEach(function (table) {
    var caption = document.getElementById(table.getAttribute("aria-labelledby"));
    var heading = caption && caption.previousElementSibling;
    table.finderParts = [table, caption].concat(heading && /^H[23]$/.test(heading.tagName) ? [heading] : []);
    table.querySelectorAll("tbody tr").forEach(function (row) {
      var factor = fold(row.querySelector("th").textContent);
      row.querySelectorAll("td[data-column] li").forEach(function (li) {
        items.push({ li: li, row: row, table: table, level: li.closest("td").dataset.column,
                     text: fold(li.textContent) + " " + factor });
      });
    });
  });

  var announce;
  function filter() {
    var domain = form.elements.domain.value, level = form.elements.level.value;
    var words = fold(form.elements.text.value).split(/\s+/).filter(Boolean);
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

  form.addEventListener("input", filter);
  form.addEventListener("change", filter);
  form.addEventListener("submit", function (event) { event.preventDefault(); filter(); });
  form.addEventListener("reset", function () { setTimeout(filter, 0); });
  form.hidden = false;
  filter();
})();
