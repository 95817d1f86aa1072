/* The whole-school self-review on its page (macros/self_review.py, whole-school/self-review.md):
   the view, the only part that touches the page. Without JavaScript the page is a paper form.
   With it: answers saved in this browser as the reader types (one store for the English and
   Welsh pages), a live summary, the action plan, downloads (JSON, CSV), combining several
   people's downloads, and dated snapshots. Nothing is sent anywhere. The words come from the
   page (data/strings.yml). The logic is in self-review-answers.js (the answers, merging,
   snapshots), self-review-files.js (JSON and CSV) and self-review-storage.js, loaded first. */
(function () {
  "use strict";
  var rows = Array.prototype.slice.call(document.querySelectorAll("fieldset[data-review-row]"));
  var wordsBlock = document.getElementById("self-review-words");
  var review = window.ToolkitReview;
  if (!rows.length || !wordsBlock || !review) return;
  var model = review.answers, files = review.files;
  var saving = review.storage.open(function () { return window.localStorage; });
  var handed = JSON.parse(wordsBlock.textContent), words = handed.words;
  var RATINGS = model.RATINGS, FIELDS = model.FIELDS;
  var lang = document.documentElement.lang;
  var ids = rows.map(function (row) { return row.dataset.reviewRow; });
  var themed = rows.map(function (row) { return { id: row.dataset.reviewRow, theme: row.dataset.theme }; });
  var names = {};
  rows.forEach(function (row) { names[row.dataset.reviewRow] = row.querySelector("legend").textContent.trim(); });
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
  function tableRow(table, id, cells) {
    var headers = table.tHead.rows[0].cells;
    var tr = element("tr");
    var th = element("th", names[id]);
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
  function fillBody(table, trs) { table.tBodies[0].replaceChildren.apply(table.tBodies[0], trs); }
  function ratingWords(rating) { return handed.ratings[rating] || words.review_rating_none; }
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
  // Storage switched off or full: the form works as on paper, and says so. Answers saved by
  // a newer version of the toolkit: left alone, and the page says so.
  var state, combined;
  function load() {
    state = saving.load();
    combined = saving.loadCombined();
    if (saving.refused()) say("review-status", words.review_saved_newer);
  }
  function store() {
    if (!saving.store(state)) say("review-status", saving.refused() ? words.review_saved_newer : words.review_not_saved);
  }
  load();

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
    if (event.key !== saving.KEY && event.key !== saving.COMBINED_KEY) return;
    load();
    restore();
    refreshAll();
  });

  document.querySelector("[data-review-clear]").addEventListener("click", function () {
    state = model.empty();
    combined = [];
    saving.clear();
    restore();
    refreshAll();
    say("review-status", words.review_cleared);
  });

  // --- Summary ---------------------------------------------------------------------------------
  function showSummary() {
    var byTheme = {};
    function countsOf(theme) { return byTheme[theme] || (byTheme[theme] = model.counts(state.answers, themed, theme)); }
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
  function showPlan() {
    var planned = model.plan(state.answers, ids);
    var table = $("review-plan-table");
    fillBody(table, planned.map(function (item) {
      return tableRow(table, item.id, [element("td", ratingWords(item.answer.rating))].concat(
        ["next", "lead", "due"].map(function (field) { return element("td", item.answer[field] || ""); })));
    }));
    showPlanDate();
    $("review-plan-empty").hidden = planned.length > 0;
    table.hidden = $("review-plan-table-caption").hidden = planned.length === 0;
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
  function download(extension, type, text) {
    var link = element("a");
    link.href = URL.createObjectURL(new Blob([text], { type: type }));
    link.download = words.review_file_name + "-" + today() + "." + extension;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
  }
  function exported() { return files.lines(state.answers, ids.map(function (id) { return { id: id, name: names[id] }; })); }
  document.querySelector('[data-review-export="json"]').addEventListener("click", function () {
    download("json", "application/json", files.toJson(exported(), lang, new Date()));
  });
  document.querySelector('[data-review-export="csv"]').addEventListener("click", function () {
    var header = [words.review_element, words.review_rating].concat(FIELDS.map(function (field) {
      return handed.fields[field];
    }));
    download("csv", "text/csv;charset=utf-8", files.toCsv(exported(), header, ratingWords));
  });

  // --- Combine -----------------------------------------------------------------------------
  // The reader's own answers (if any) first, then each imported file.
  function showMerged() {
    if (!combined.length) { $("review-merged").hidden = true; return; }
    var own = model.hasAnswers(state.answers);
    var table = $("review-merged-table");
    var merged = model.merge((own ? [{ name: words.review_merged_own, answers: state.answers }] : []).concat(combined), ids);
    fillBody(table, merged.map(function (row) {
      var spread = row.spread.map(function (given) {
        return ratingWords(given[0] === "none" ? "" : given[0]) + ": " + given[1];
      });
      var notesCell = element("td");
      if (row.notes.length) {
        var list = element("ul");
        list.append.apply(list, row.notes.map(function (note) {
          return element("li", note.name + " (" + ratingWords(note.rating) + "): " + note.said.map(function (said) {
            return handed.fields[said[0]] + ": " + said[1];
          }).join("; "));
        }));
        notesCell.append(list);
      }
      return tableRow(table, row.id, [element("td", spread.join(", ")), notesCell]);
    }));
    say("review-merged-table-caption", fill(own ? words.review_merged_caption_own : words.review_merged_caption,
                                            { count: combined.length }));
    $("review-merged").hidden = false;
  }
  document.querySelector("[data-review-merged-forget]").addEventListener("click", function () {
    combined = [];
    saving.storeCombined(combined);
    showMerged();
    say("review-import-status", words.review_merged_forgotten);
    $("review-import").focus();   // the button has gone: keep the keyboard in place
  });
  // Each chosen file is read, checked and either combined or refused with a message saying
  // why, in the page's words; a file too big to be ours is refused by its size, unread.
  var PROBLEM_WORDS = { foreign: words.review_import_error, damaged: words.review_import_damaged,
                        newer: words.review_import_newer, "no-rows": words.review_import_no_rows,
                        empty: words.review_import_empty, binary: words.review_import_binary,
                        "too-big": words.review_import_too_big };
  function examine(file) {
    if (file.size > files.MAX_BYTES) return Promise.resolve(files.refused("too-big"));
    return file.arrayBuffer().then(function (buffer) {
      return files.examineBytes(new Uint8Array(buffer), ids, handed.ratingsAnyLanguage);
    }, function () { return files.refused("foreign"); });
  }
  $("review-import").addEventListener("change", function (event) {
    var chosen = Array.prototype.slice.call(event.target.files);
    Promise.all(chosen.map(function (file) {
      return examine(file).then(function (read) {
        return { name: file.name, answers: read.answers, problem: read.problem, leftOut: read.leftOut };
      });
    })).then(function (read) {
      var good = read.filter(function (file) { return file.answers; });
      var messages = read.map(function (file) {
        var said = file.answers ? (file.leftOut ? words.review_import_left_out : null) : PROBLEM_WORDS[file.problem];
        return said && fill(said, { file: file.name, size: files.MAX_BYTES / 1024 / 1024 });
      }).filter(Boolean);
      if (good.length) {
        messages.unshift(fill(words.review_import_done, { count: good.length }));
        combined = model.addFiles(combined, good.map(function (file) { return { name: file.name, answers: file.answers }; }));
        if (!saving.storeCombined(combined)) messages.push(saving.refused() ? words.review_saved_newer : words.review_not_saved);
        showMerged();
      }
      var status = $("review-import-status");
      status.replaceChildren.apply(status, messages.map(function (message) { return element("p", message); }));
      event.target.value = "";
    });
  });

  // --- Snapshots -----------------------------------------------------------------------------
  // The lists offer each snapshot by its id, and "current": the answers as they are now.
  $("review-snapshot-date").value = today();
  document.querySelector("[data-review-snapshot-save]").addEventListener("click", function () {
    var day = $("review-snapshot-date").value || today();
    var added = model.addSnapshot(state.snapshots, day, state.answers, new Date());
    state.snapshots = added.snapshots;
    store();
    say("review-snapshot-status", fill(words.review_snapshot_saved, { date: longDate(day) }));
    showSnapshots(added.id, "current");
  });
  function chosen(value) {
    var snapshot = value === "current" ? null : model.findSnapshot(state.snapshots, value);
    return snapshot ? { name: longDate(snapshot.date), answers: snapshot.answers }
      : { name: words.review_compare_current, answers: state.answers };
  }
  function showSnapshots(from, to) {
    var has = state.snapshots.length > 0;
    $("review-compare").hidden = !has;
    $("review-compare-none").hidden = has;
    if (!has) return;
    var choices = state.snapshots.map(function (snapshot) { return snapshot.id; }).concat(["current"]);
    ["review-compare-from", "review-compare-to"].forEach(function (id, which) {
      var select = $(id);
      var keep = [from, to][which] || select.value;
      select.replaceChildren.apply(select, choices.map(function (value) {
        var option = element("option", chosen(value).name);
        option.value = value;
        return option;
      }));
      select.value = choices.indexOf(keep) !== -1 ? keep : choices[which === 0 ? choices.length - 2 : choices.length - 1];
    });
    showComparison();
  }
  var CHANGE_WORDS = { up: words.review_change_up, down: words.review_change_down,
                       same: words.review_change_same, unrated: words.review_change_unrated };
  function showComparison() {
    var from = chosen($("review-compare-from").value), to = chosen($("review-compare-to").value);
    var compared = model.compare(from.answers, to.answers, ids);
    var table = $("review-compare-table");
    var headers = table.tHead.rows[0].cells;    // named first: the cells take their labels
    headers[1].textContent = from.name;
    headers[2].textContent = to.name;
    fillBody(table, compared.rows.map(function (row) {
      var changeCell = element("td", CHANGE_WORDS[row.change]);
      changeCell.dataset.change = row.change;
      return tableRow(table, row.id, [element("td", ratingWords(row.before)), element("td", ratingWords(row.after)), changeCell]);
    }));
    say("review-compare-table-caption", fill(words.review_compare_caption, { from: from.name, to: to.name }));
    say("review-compare-summary", fill(words.review_compare_summary, compared.tally));
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
