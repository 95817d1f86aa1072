/* The whole-school self-review (macros/self_review.py, whole-school/self-review.md).
   Without JavaScript the page is a paper form. With it: answers saved in this browser as the
   reader types (one store for the English and Welsh pages), a live summary, the action plan,
   downloads (JSON, CSV), combining several people's downloads, and dated snapshots.
   Nothing is sent anywhere. The words come from the page (data/strings.yml). */
(function () {
  "use strict";
  var rows = Array.prototype.slice.call(document.querySelectorAll("fieldset[data-review-row]"));
  var wordsBlock = document.getElementById("self-review-words");
  if (!rows.length || !wordsBlock) return;
  var words = JSON.parse(wordsBlock.textContent);
  var KEY = "toolkit-self-review";
  // Colleagues' imported answers: kept apart, so importing never changes the reader's own.
  var COMBINED_KEY = "toolkit-self-review-combined";
  var FORMAT = "toolkit-self-review";
  var RATINGS = ["not-started", "developing", "established", "embedded"];
  var FIELDS = ["evidence", "next", "lead", "due"];
  var lang = document.documentElement.lang;
  var ids = rows.map(function (row) { return row.dataset.reviewRow; });
  var $ = function (id) { return document.getElementById(id); };

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (match, key) { return key in values ? values[key] : match; });
  }
  function element(tag, text) {
    var made = document.createElement(tag);
    if (text !== undefined) made.textContent = text;
    return made;
  }
  // A body row: the key element's name as its heading, then the cells, each labelled with
  // its column's header and given its table role as hooks/tables.py does for the built
  // rows, so that on a phone the row reads as a card (toolkit.css, "Tables on phones").
  function tableRow(table, name, cells) {
    var headers = table.tHead.rows[0].cells;
    var tr = element("tr");
    var th = element("th", name);
    th.scope = "row";
    tr.append.apply(tr, [th].concat(cells));
    tr.setAttribute("role", "row");
    Array.prototype.forEach.call(tr.cells, function (cell, at) {
      cell.setAttribute("role", at ? "cell" : "rowheader");
      var label = headers[at] ? headers[at].textContent.trim() : "";
      if (label) cell.dataset.label = label;
    });
    return tr;
  }
  function ratingWords(rating) { return words.ratings[rating] || words.review_rating_none; }
  function rowName(row) { return row.querySelector("legend").textContent.trim(); }
  function today() {
    var now = new Date();
    return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
  }
  // "29 November 2026", "29 Tachwedd 2026": month names from the page, as browsers without
  // Welsh locale data (Debian's Chromium among them) would write a Welsh date in English.
  var MONTHS = words.review_months.split(",");
  function longDate(day) {
    var parts = day.split("-").map(Number);
    return parts[2] + " " + MONTHS[parts[1] - 1] + " " + parts[0];
  }
  function say(id, text) { $(id).textContent = text; }

  // --- Saving in this browser ---------------------------------------------------------------
  // Storage can be switched off or full: the form then works as on paper, and says so.
  function load() {
    try {
      var saved = JSON.parse(localStorage.getItem(KEY));
      if (saved && typeof saved === "object") {
        return { answers: saved.answers || {}, snapshots: Array.isArray(saved.snapshots) ? saved.snapshots : [] };
      }
    } catch (error) { /* nothing usable saved */ }
    return { answers: {}, snapshots: [] };
  }
  function store() {
    var saved = { version: 1, answers: state.answers, snapshots: state.snapshots };
    try { localStorage.setItem(KEY, JSON.stringify(saved)); } catch (error) { say("review-status", words.review_not_saved); }
  }
  var state = load();
  function loadCombined() {
    try {
      var saved = JSON.parse(localStorage.getItem(COMBINED_KEY));
      if (saved && Array.isArray(saved.files)) {
        return saved.files.filter(function (file) { return file && typeof file.name === "string" && file.answers; });
      }
    } catch (error) { /* nothing usable saved */ }
    return [];
  }
  function storeCombined() {
    try {
      if (combined.length) localStorage.setItem(COMBINED_KEY, JSON.stringify({ version: 1, files: combined }));
      else localStorage.removeItem(COMBINED_KEY);
      return true;
    } catch (error) { return false; }
  }
  var combined = loadCombined();

  function readRow(row) {
    var checked = row.querySelector('input[type="radio"]:checked');
    var answer = { rating: checked ? checked.value : "" };
    FIELDS.forEach(function (field) { answer[field] = row.querySelector('[data-field="' + field + '"]').value; });
    return answer;
  }
  function writeRow(row, answer) {
    answer = answer || {};
    row.querySelectorAll('input[type="radio"]').forEach(function (radio) { radio.checked = radio.value === answer.rating; });
    FIELDS.forEach(function (field) { row.querySelector('[data-field="' + field + '"]').value = answer[field] || ""; });
  }
  function answerOf(answers, id) { return answers[id] || { rating: "" }; }
  function restore() { rows.forEach(function (row) { writeRow(row, state.answers[row.dataset.reviewRow]); }); }

  rows.forEach(function (row) {
    function changed() {
      state.answers[row.dataset.reviewRow] = readRow(row);
      store();
      refresh();
    }
    row.addEventListener("input", changed);
    row.addEventListener("change", changed);
  });
  // The other edition open in another tab writes the same store: follow it.
  window.addEventListener("storage", function (event) {
    if (event.key !== KEY && event.key !== COMBINED_KEY) return;
    state = load();
    combined = loadCombined();
    restore();
    refreshAll();
  });

  document.querySelector("[data-review-clear]").addEventListener("click", function () {
    state = { answers: {}, snapshots: [] };
    combined = [];
    try { localStorage.removeItem(KEY); localStorage.removeItem(COMBINED_KEY); } catch (error) { /* nothing was saved */ }
    restore();
    refreshAll();
    say("review-status", words.review_cleared);
  });

  // --- Summary ---------------------------------------------------------------------------------
  function counts(answers, theme) {
    var found = { none: 0 };
    RATINGS.forEach(function (rating) { found[rating] = 0; });
    rows.forEach(function (row) {
      if (theme !== "all" && row.dataset.theme !== theme) return;
      var rating = answerOf(answers, row.dataset.reviewRow).rating;
      found[RATINGS.indexOf(rating) === -1 ? "none" : rating] += 1;
    });
    return found;
  }
  function showSummary() {
    var byTheme = {};
    function countsOf(theme) { return byTheme[theme] || (byTheme[theme] = counts(state.answers, theme)); }
    document.querySelectorAll("#review-summary-table tr[data-theme]").forEach(function (tr) {
      var found = countsOf(tr.dataset.theme);
      tr.querySelectorAll("td[data-rating]").forEach(function (td) { td.textContent = found[td.dataset.rating]; });
    });
    document.querySelectorAll(".toolkit-review-chart li[data-theme]").forEach(function (li) {
      var found = countsOf(li.dataset.theme);
      var total = Object.keys(found).reduce(function (sum, key) { return sum + found[key]; }, 0);
      li.querySelectorAll(".toolkit-review-bar").forEach(function (bar) {
        bar.style.width = (100 * found[bar.dataset.rating] / total) + "%";
      });
    });
    var all = countsOf("all");
    var text = fill(words.review_summary_text, {
      rated: rows.length - all.none, total: rows.length,
      counts: RATINGS.map(function (rating) { return ratingWords(rating) + ": " + all[rating]; }).join(", ")
    });
    if ($("review-summary-text").textContent !== text) say("review-summary-text", text);
  }

  // --- Action plan -------------------------------------------------------------------------
  function rank(rating) { var at = RATINGS.indexOf(rating); return at === -1 ? RATINGS.length : at; }
  function showPlan() {
    var planned = rows.map(function (row, order) {
      return { row: row, order: order, answer: answerOf(state.answers, row.dataset.reviewRow) };
    }).filter(function (item) { return (item.answer.next || "").trim(); });
    planned.sort(function (a, b) { return rank(a.answer.rating) - rank(b.answer.rating) || a.order - b.order; });
    var table = $("review-plan-table"), body = table.tBodies[0];
    body.replaceChildren.apply(body, planned.map(function (item) {
      return tableRow(table, rowName(item.row), [element("td", ratingWords(item.answer.rating))].concat(
        ["next", "lead", "due"].map(function (field) { return element("td", item.answer[field] || ""); })));
    }));
    showPlanDate();
    $("review-plan-empty").hidden = planned.length > 0;
    $("review-plan-table").hidden = $("review-plan-table-caption").hidden = planned.length === 0;
  }
  // The plan carries the day it is shown or printed (a page left open overnight is redated).
  function showPlanDate() {
    var text = fill(words.review_plan_date, { date: longDate(today()) });
    if ($("review-plan-date").textContent !== text) say("review-plan-date", text);
  }
  window.addEventListener("beforeprint", showPlanDate);
  var planOnly = document.querySelector("[data-review-plan-only]");
  function showPlanOnly(on) {
    document.documentElement.classList.toggle("toolkit-plan-only", on);
    planOnly.setAttribute("aria-pressed", String(on));
  }
  planOnly.addEventListener("click", function () {
    showPlanOnly(planOnly.getAttribute("aria-pressed") !== "true");
    $("review-plan").scrollIntoView();
  });
  document.querySelector("[data-review-plan-print]").addEventListener("click", function () {
    var was = planOnly.getAttribute("aria-pressed") === "true";
    showPlanOnly(true);
    window.addEventListener("afterprint", function () { showPlanOnly(was); }, { once: true });
    window.print();
  });

  // --- Download ----------------------------------------------------------------------------
  function exported() {
    return rows.map(function (row) {
      var id = row.dataset.reviewRow;
      var answer = answerOf(state.answers, id);
      var line = { id: id, element: rowName(row), rating: answer.rating || "" };
      FIELDS.forEach(function (field) { line[field] = answer[field] || ""; });
      return line;
    });
  }
  // A cell a spreadsheet would read as a formula (=, +, -, @) is kept as text with a quote.
  function csvCell(text) {
    text = String(text);
    if (/^[=+\-@]/.test(text)) text = "'" + text;
    return '"' + text.replace(/"/g, '""') + '"';
  }
  function csv() {
    var header = ["id", words.review_element, words.review_rating].concat(FIELDS.map(function (field) {
      return words["review_field_" + field];
    }));
    var lines = [header].concat(exported().map(function (line) {
      return [line.id, line.element, line.rating ? ratingWords(line.rating) : ""].concat(
        FIELDS.map(function (field) { return line[field]; }));
    }));
    // The byte order mark tells spreadsheets the file is UTF-8, so ŵ and ŷ stay intact.
    return "\ufeff" + lines.map(function (cells) { return cells.map(csvCell).join(","); }).join("\r\n") + "\r\n";
  }
  function download(extension, type, text) {
    var link = element("a");
    link.href = URL.createObjectURL(new Blob([text], { type: type }));
    link.download = words.review_file_name + "-" + today() + "." + extension;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
  }
  document.querySelector('[data-review-export="json"]').addEventListener("click", function () {
    var file = { format: FORMAT, version: 1, language: lang, exported: new Date().toISOString(), rows: exported() };
    download("json", "application/json", JSON.stringify(file, null, 2) + "\n");
  });
  document.querySelector('[data-review-export="csv"]').addEventListener("click", function () {
    download("csv", "text/csv;charset=utf-8", csv());
  });

  // --- Combine -----------------------------------------------------------------------------
  // Each reader returns {row id: answer}, or null for a file that is not one of our downloads.
  function checkedAnswers(lines) {
    var answers = {};
    for (var i = 0; i < lines.length; i++) {
      var line = lines[i];
      if (!line || typeof line.id !== "string") return null;
      if (ids.indexOf(line.id) === -1) continue;             // a row this edition does not have
      if (line.rating && RATINGS.indexOf(line.rating) === -1) return null;
      var answer = { rating: line.rating || "" };
      for (var f = 0; f < FIELDS.length; f++) {
        var value = line[FIELDS[f]];
        if (value !== undefined && typeof value !== "string") return null;
        answer[FIELDS[f]] = value || "";
      }
      answers[line.id] = answer;
    }
    return Object.keys(answers).length ? answers : null;
  }
  function fromJson(text) {
    var file;
    try { file = JSON.parse(text); } catch (error) { return null; }
    if (!file || file.format !== FORMAT || !Array.isArray(file.rows)) return null;
    return checkedAnswers(file.rows);
  }
  function csvRows(text) {
    var table = [], cells = [], cell = "", quoted = false;
    for (var i = 0; i < text.length; i++) {
      var c = text[i];
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
        else if (c === '"') quoted = false;
        else cell += c;
      } else if (c === '"') quoted = true;
      else if (c === ",") { cells.push(cell); cell = ""; }
      else if (c === "\n" || c === "\r") {
        if (c === "\r" && text[i + 1] === "\n") i++;
        cells.push(cell); table.push(cells); cells = []; cell = "";
      } else cell += c;
    }
    if (cell || cells.length) { cells.push(cell); table.push(cells); }
    return table;
  }
  function ratingFromWords(text) {
    text = text.trim().toLowerCase();
    if (!text) return "";
    for (var i = 0; i < RATINGS.length; i++) {
      var names = words.ratingsAnyLanguage[RATINGS[i]].map(function (name) { return name.toLowerCase(); });
      if (text === RATINGS[i] || names.indexOf(text) !== -1) return RATINGS[i];
    }
    return "unknown";
  }
  function fromCsv(text) {
    var table = csvRows(text.replace(/^\ufeff/, ""));
    var width = 3 + FIELDS.length;
    if (!table.length || table[0][0] !== "id" || table[0].length !== width) return null;
    var lines = [];
    for (var i = 1; i < table.length; i++) {
      var cells = table[i];
      if (cells.length === 1 && cells[0] === "") continue;
      if (cells.length !== width) return null;
      var line = { id: cells[0], rating: ratingFromWords(cells[2]) };
      FIELDS.forEach(function (field, at) { line[field] = cells[3 + at].replace(/^'(?=[=+\-@])/, ""); });
      lines.push(line);
    }
    return checkedAnswers(lines);
  }
  function hasAnswers(answers) {
    return Object.keys(answers).some(function (id) {
      var answer = answers[id] || {};
      return answer.rating || FIELDS.some(function (field) { return (answer[field] || "").trim(); });
    });
  }
  // The reader's own answers (if any) first, then each imported file.
  function showMerged() {
    if (!combined.length) { $("review-merged").hidden = true; return; }
    var own = hasAnswers(state.answers);
    var files = (own ? [{ name: words.review_merged_own, answers: state.answers }] : []).concat(combined);
    var table = $("review-merged-table"), body = table.tBodies[0];
    body.replaceChildren.apply(body, rows.map(function (row) {
      var id = row.dataset.reviewRow;
      var given = {};
      var notes = element("ul");
      files.forEach(function (file) {
        var answer = answerOf(file.answers, id);
        var rating = answer.rating || "none";
        given[rating] = (given[rating] || 0) + 1;
        var said = FIELDS.filter(function (field) { return (answer[field] || "").trim(); })
          .map(function (field) { return words["review_field_" + field] + ": " + answer[field].trim(); });
        if (said.length) notes.append(element("li", file.name + " (" + ratingWords(answer.rating) + "): " + said.join("; ")));
      });
      var spread = RATINGS.concat(["none"]).filter(function (rating) { return given[rating]; })
        .map(function (rating) { return ratingWords(rating === "none" ? "" : rating) + ": " + given[rating]; });
      var notesCell = element("td");
      if (notes.children.length) notesCell.append(notes);
      return tableRow(table, rowName(row), [element("td", spread.join(", ")), notesCell]);
    }));
    say("review-merged-table-caption", fill(own ? words.review_merged_caption_own : words.review_merged_caption,
                                            { count: combined.length }));
    $("review-merged").hidden = false;
  }
  document.querySelector("[data-review-merged-forget]").addEventListener("click", function () {
    combined = [];
    storeCombined();
    showMerged();
    say("review-import-status", words.review_merged_forgotten);
    $("review-import").focus();   // the button has gone: keep the keyboard in place
  });
  $("review-import").addEventListener("change", function (event) {
    var chosen = Array.prototype.slice.call(event.target.files);
    Promise.all(chosen.map(function (file) {
      return file.text().then(function (text) {
        var answers = /^\s*\{/.test(text) ? fromJson(text) : fromCsv(text);
        return { name: file.name, answers: answers };
      }, function () { return { name: file.name, answers: null }; });
    })).then(function (read) {
      var good = read.filter(function (file) { return file.answers; });
      var messages = read.filter(function (file) { return !file.answers; }).map(function (file) {
        return fill(words.review_import_error, { file: file.name });
      });
      if (good.length) {
        messages.unshift(fill(words.review_import_done, { count: good.length }));
        // A file chosen again replaces its earlier copy.
        var names = good.map(function (file) { return file.name; });
        combined = combined.filter(function (file) { return names.indexOf(file.name) === -1; }).concat(good);
        if (!storeCombined()) messages.push(words.review_not_saved);
        showMerged();
      }
      var status = $("review-import-status");
      status.replaceChildren.apply(status, messages.map(function (message) { return element("p", message); }));
      event.target.value = "";
    });
  });

  // --- Snapshots -----------------------------------------------------------------------------
  $("review-snapshot-date").value = today();
  document.querySelector("[data-review-snapshot-save]").addEventListener("click", function () {
    var day = $("review-snapshot-date").value || today();
    state.snapshots = state.snapshots.filter(function (snapshot) { return snapshot.date !== day; });
    state.snapshots.push({ date: day, answers: JSON.parse(JSON.stringify(state.answers)) });
    state.snapshots.sort(function (a, b) { return a.date < b.date ? -1 : 1; });
    store();
    say("review-snapshot-status", fill(words.review_snapshot_saved, { date: longDate(day) }));
    showSnapshots(String(state.snapshots.length - 1), "current");
  });
  function chosenAnswers(value) { return value === "current" ? state.answers : state.snapshots[Number(value)].answers; }
  function chosenName(value) { return value === "current" ? words.review_compare_current : longDate(state.snapshots[Number(value)].date); }
  function showSnapshots(from, to) {
    var has = state.snapshots.length > 0;
    $("review-compare").hidden = !has;
    $("review-compare-none").hidden = has;
    if (!has) return;
    var choices = state.snapshots.map(function (snapshot, at) { return String(at); }).concat(["current"]);
    ["review-compare-from", "review-compare-to"].forEach(function (id, which) {
      var select = $(id);
      var keep = [from, to][which] || select.value;
      select.replaceChildren.apply(select, choices.map(function (value) {
        var option = element("option", chosenName(value));
        option.value = value;
        return option;
      }));
      select.value = choices.indexOf(keep) !== -1 ? keep : choices[which === 0 ? choices.length - 2 : choices.length - 1];
    });
    showComparison();
  }
  function showComparison() {
    var from = $("review-compare-from").value, to = $("review-compare-to").value;
    var before = chosenAnswers(from), after = chosenAnswers(to);
    var tally = { up: 0, down: 0, same: 0, unrated: 0 };
    var table = $("review-compare-table"), body = table.tBodies[0];
    var headers = table.tHead.rows[0].cells;    // named first: the cells take their labels
    headers[1].textContent = chosenName(from);
    headers[2].textContent = chosenName(to);
    body.replaceChildren.apply(body, rows.map(function (row) {
      var id = row.dataset.reviewRow;
      var a = answerOf(before, id).rating, b = answerOf(after, id).rating;
      var change = rank(a) === RATINGS.length || rank(b) === RATINGS.length ? "unrated"
        : rank(b) > rank(a) ? "up" : rank(b) < rank(a) ? "down" : "same";
      tally[change] += 1;
      var changeCell = element("td", words["review_change_" + change]);
      changeCell.dataset.change = change;
      return tableRow(table, rowName(row), [element("td", ratingWords(a)), element("td", ratingWords(b)), changeCell]);
    }));
    say("review-compare-table-caption", fill(words.review_compare_caption, { from: chosenName(from), to: chosenName(to) }));
    say("review-compare-summary", fill(words.review_compare_summary, tally));
  }
  $("review-compare-from").addEventListener("change", showComparison);
  $("review-compare-to").addEventListener("change", showComparison);

  // --- Start ---------------------------------------------------------------------------------
  // After each change to the answers; the snapshot lists are rebuilt only when the
  // snapshots themselves change (refreshAll).
  function refresh() {
    showSummary();
    showPlan();
    if (combined.length) showMerged();
    if (state.snapshots.length) showComparison();
  }
  function refreshAll() {
    showSummary();
    showPlan();
    showMerged();
    showSnapshots();
  }
  restore();
  refreshAll();
  document.querySelectorAll("[data-review-part]").forEach(function (part) { part.hidden = false; });
  document.querySelectorAll(".toolkit-needs-script").forEach(function (note) { note.remove(); });
})();
