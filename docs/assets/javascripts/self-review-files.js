/* The self-review's downloads, JSON and CSV, and reading them back to combine several people's
   answers. Pure functions, no page (tests/js/self-review.test.js runs them in Node); the words
   (column headers, rating names) come in from the page. Needs self-review-answers.js.

   JSON: {format: "toolkit-self-review", version, language, exported, rows}; CSV: UTF-8 with a
   byte order mark, a header row starting "id", then a row per key element, the rating in
   words. A row: {id, element, rating, evidence, next, lead, due}. */
(function () {
  "use strict";
  var node = typeof module === "object" && module.exports;
  var model = node ? require("./self-review-answers.js") : window.ToolkitReview.answers;
  var FORMAT = "toolkit-self-review";
  var RATINGS = model.RATINGS, FIELDS = model.FIELDS;

  // rows: [{id, name}] in page order.
  function lines(answers, rows) {
    return rows.map(function (row) {
      var answer = model.answerOf(answers, row.id);
      var line = { id: row.id, element: row.name, rating: answer.rating || "" };
      FIELDS.forEach(function (field) { line[field] = answer[field] || ""; });
      return line;
    });
  }

  function toJson(rows, language, now) {
    var file = { format: FORMAT, version: model.VERSION, language: language, exported: now.toISOString(),
                 rows: rows };
    return JSON.stringify(file, null, 2) + "\n";
  }

  // A cell a spreadsheet would read as a formula (=, +, -, @) is kept as text with a quote.
  function csvCell(text) {
    text = String(text);
    if (/^[=+\-@]/.test(text)) text = "'" + text;
    return '"' + text.replace(/"/g, '""') + '"';
  }
  // header: the words of the columns after "id" (element, rating, then FIELDS');
  // ratingWords(rating): a rating in the page's words.
  function toCsv(rows, header, ratingWords) {
    var table = [["id"].concat(header)].concat(rows.map(function (line) {
      return [line.id, line.element, line.rating ? ratingWords(line.rating) : ""].concat(
        FIELDS.map(function (field) { return line[field]; }));
    }));
    // The byte order mark tells spreadsheets the file is UTF-8, so ŵ and ŷ stay intact.
    return "\ufeff" + table.map(function (cells) { return cells.map(csvCell).join(","); }).join("\r\n") + "\r\n";
  }

  // --- Reading a download back ------------------------------------------------------------------
  // Each reader returns {row id: answer}, or null for a file that is not one of our downloads.
  // ids: the rows of this edition (rows it does not have are left out).
  function checkedAnswers(rows, ids) {
    var answers = {};
    for (var i = 0; i < rows.length; i++) {
      var line = rows[i];
      if (!line || typeof line.id !== "string") return null;
      if (ids.indexOf(line.id) === -1) continue;
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
  function fromJson(text, ids) {
    var file;
    try { file = JSON.parse(text); } catch (error) { return null; }
    if (!file || file.format !== FORMAT || model.versionOf(file.version) === null ||
        !Array.isArray(file.rows)) return null;
    return checkedAnswers(file.rows, ids);
  }

  // The cells of a CSV text (quoted cells may hold commas, quotes and line breaks).
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
  // A rating written in words, in either language ({rating: [names]}), or as its key;
  // "unknown" for anything else (the file is then refused).
  function ratingFromWords(text, names) {
    text = text.trim().toLowerCase();
    if (!text) return "";
    for (var i = 0; i < RATINGS.length; i++) {
      var known = names[RATINGS[i]].map(function (name) { return name.toLowerCase(); });
      if (text === RATINGS[i] || known.indexOf(text) !== -1) return RATINGS[i];
    }
    return "unknown";
  }
  function fromCsv(text, ids, ratingNames) {
    var table = csvRows(text.replace(/^\ufeff/, ""));
    var width = 3 + FIELDS.length;
    if (!table.length || table[0][0] !== "id" || table[0].length !== width) return null;
    var rows = [];
    for (var i = 1; i < table.length; i++) {
      var cells = table[i];
      if (cells.length === 1 && cells[0] === "") continue;
      if (cells.length !== width) return null;
      var line = { id: cells[0], rating: ratingFromWords(cells[2], ratingNames) };
      FIELDS.forEach(function (field, at) { line[field] = cells[3 + at].replace(/^'(?=[=+\-@])/, ""); });
      rows.push(line);
    }
    return checkedAnswers(rows, ids);
  }
  // A chosen file, JSON or CSV by its first character.
  function read(text, ids, ratingNames) {
    return /^\s*\{/.test(text) ? fromJson(text, ids) : fromCsv(text, ids, ratingNames);
  }

  var api = { FORMAT: FORMAT, lines: lines, toJson: toJson, csvCell: csvCell, toCsv: toCsv,
              csvRows: csvRows, fromJson: fromJson, fromCsv: fromCsv, read: read };
  if (node) module.exports = api;
  else window.ToolkitReview.files = api;
})();
