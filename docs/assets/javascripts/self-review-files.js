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

  // A cell a spreadsheet would read as a formula (=, +, -, @, or a tab or carriage return
  // before one) is kept as text with a quote; so is one that already starts with quotes before
  // such a character, so that reading the file back takes off exactly the quote added.
  var FORMULA = /^'*[=+\-@\t\r]/, FORMULA_GUARD = /^'(?='*[=+\-@\t\r])/;
  function csvCell(text) {
    text = String(text);
    if (FORMULA.test(text)) text = "'" + text;
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
  // Each reader returns {answers: {row id: answer} or null, problem, leftOut}: problem (when
  // answers is null) says why the file was not used, in a word the page turns into its message:
  // "foreign" (not one of our downloads), "damaged" (ours, but changed or cut short), "newer"
  // (a newer version's), "no-rows" (none of this edition's rows), "empty", "binary", "too-big";
  // leftOut: rows this edition does not have were left out. ids: the rows of this edition.
  function refused(problem) { return { answers: null, problem: problem, leftOut: false }; }
  function checkedAnswers(rows, ids) {
    var answers = {}, leftOut = false;
    for (var i = 0; i < rows.length; i++) {
      var line = rows[i];
      if (!line || typeof line !== "object" || typeof line.id !== "string") return refused("damaged");
      if (line.rating !== undefined && typeof line.rating !== "string") return refused("damaged");
      if (line.rating && RATINGS.indexOf(line.rating) === -1) return refused("damaged");
      var answer = { rating: line.rating || "" };
      for (var f = 0; f < FIELDS.length; f++) {
        var value = line[FIELDS[f]];
        if (value !== undefined && typeof value !== "string") return refused("damaged");
        answer[FIELDS[f]] = value || "";
      }
      if (ids.indexOf(line.id) === -1) leftOut = true;
      else answers[line.id] = answer;
    }
    if (!Object.keys(answers).length) return refused(rows.length ? "no-rows" : "damaged");
    return { answers: answers, problem: null, leftOut: leftOut };
  }
  function examineJson(text, ids) {
    var file;
    try { file = JSON.parse(text); } catch (error) {
      // Cut short or edited by hand, if it names our format; else someone else's.
      return refused(text.indexOf('"' + FORMAT + '"') !== -1 ? "damaged" : "foreign");
    }
    if (!file || typeof file !== "object" || file.format !== FORMAT) return refused("foreign");
    if (model.versionOf(file.version) === null) {
      return refused(typeof file.version === "number" && file.version > model.VERSION ? "newer" : "damaged");
    }
    if (!Array.isArray(file.rows)) return refused("damaged");
    return checkedAnswers(file.rows, ids);
  }
  function fromJson(text, ids) { return examineJson(text, ids).answers; }

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
  // "unknown" for anything else (the file is then refused). Any capitals, and a curly
  // apostrophe for a straight one ("Wedi’i sefydlu", as a spreadsheet corrects it as typed).
  function plain(text) { return text.trim().toLowerCase().replace(/[\u2018\u2019]/g, "'"); }
  function ratingFromWords(text, names) {
    text = plain(text);
    if (!text) return "";
    for (var i = 0; i < RATINGS.length; i++) {
      var known = names[RATINGS[i]].map(plain);
      if (text === RATINGS[i] || known.indexOf(text) !== -1) return RATINGS[i];
    }
    return "unknown";
  }
  function examineCsv(text, ids, ratingNames) {
    var table = csvRows(text.replace(/^\ufeff/, ""));
    var width = 3 + FIELDS.length;
    if (!table.length || table[0][0] !== "id" || table[0].length !== width) return refused("foreign");
    var rows = [];
    for (var i = 1; i < table.length; i++) {
      var cells = table[i];
      if (cells.length === 1 && cells[0] === "") continue;
      if (cells.length !== width) return refused("damaged");
      var line = { id: cells[0], rating: ratingFromWords(cells[2], ratingNames) };
      FIELDS.forEach(function (field, at) { line[field] = cells[3 + at].replace(FORMULA_GUARD, ""); });
      rows.push(line);
    }
    return checkedAnswers(rows, ids);
  }
  function fromCsv(text, ids, ratingNames) { return examineCsv(text, ids, ratingNames).answers; }
  // A chosen file's text, JSON or CSV by its first character.
  function examine(text, ids, ratingNames) {
    if (!text.replace(/^\ufeff/, "").trim()) return refused("empty");
    return /^\ufeff?\s*\{/.test(text) ? examineJson(text.replace(/^\ufeff/, ""), ids)
      : examineCsv(text, ids, ratingNames);
  }
  function read(text, ids, ratingNames) { return examine(text, ids, ratingNames).answers; }

  // A download of answers is a few tens of kilobytes, a few hundred with long notes on every
  // row; 5 MB is far beyond any real one, yet small enough to read and check at once without
  // the page stalling. A larger file is refused by its size, before it is read at all.
  var MAX_BYTES = 5 * 1024 * 1024;
  // Bytes no text file has (controls other than tab, line feed and carriage return): a
  // picture, a Word document, a zip. The first 64 kB tell.
  function looksBinary(bytes) {
    for (var i = 0, end = Math.min(bytes.length, 65536); i < end; i++) {
      var b = bytes[i];
      if ((b < 32 && b !== 9 && b !== 10 && b !== 13) || b === 127) return true;
    }
    return false;
  }
  // The text of a file's bytes: UTF-8 (our downloads, with or without a byte order mark), else
  // Windows-1252, the encoding in which Excel on Windows saves "CSV (Comma delimited)", so a
  // colleague's file re-saved in a spreadsheet still reads, â, ê, î, ô and û intact (ŵ and ŷ
  // that encoding cannot hold, and the spreadsheet will already have made them "?").
  // Windows-1252 is Latin-1 but for 0x80 to 0x9F (curly quotes, dashes, the euro); written out
  // here, as not every TextDecoder knows it (Node's reads it as Latin-1).
  var WINDOWS_1252 = "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";
  function decode(bytes) {
    try { return new TextDecoder("utf-8", { fatal: true }).decode(bytes); } catch (error) { /* below */ }
    var chunks = [];
    for (var start = 0; start < bytes.length; start += 8192) {
      var codes = Array.prototype.map.call(bytes.subarray(start, start + 8192), function (b) {
        return b >= 0x80 && b < 0xa0 ? WINDOWS_1252.charCodeAt(b - 0x80) : b;
      });
      chunks.push(String.fromCharCode.apply(null, codes));
    }
    return chunks.join("");
  }
  // A chosen file's bytes (the page checks its size against MAX_BYTES before reading it).
  function examineBytes(bytes, ids, ratingNames) {
    if (bytes.length > MAX_BYTES) return refused("too-big");
    if (!bytes.length) return refused("empty");
    if (looksBinary(bytes)) return refused("binary");
    return examine(decode(bytes), ids, ratingNames);
  }

  var api = { FORMAT: FORMAT, lines: lines, toJson: toJson, csvCell: csvCell, toCsv: toCsv,
              csvRows: csvRows, fromJson: fromJson, fromCsv: fromCsv, read: read, examine: examine,
              MAX_BYTES: MAX_BYTES, looksBinary: looksBinary, decode: decode, examineBytes: examineBytes, refused: refused };
  if (node) module.exports = api;
  else window.ToolkitReview.files = api;
})();
