/* The self-review's answers model (self-review.js shows it): what is saved and how it is read
   back, the summary's counts, the action plan's order, several people's answers merged,
   snapshots and their comparison. Pure functions, no page: tests/js/self-review.test.js runs
   them in Node. A classic script (the site works from file://), loaded before
   self-review-files.js, self-review-storage.js and self-review.js.

   An answer is {rating, evidence, next, lead, due}, all strings; answers are {row id: answer}.
   Saved: {version, answers, snapshots: [{id, date, answers}]}. VERSION goes up only when an
   older page would misread what a newer one saves; a newer version is refused, never
   overwritten. Snapshot ids are stable: the moment one was taken and, if need be, a counter. */
(function () {
  "use strict";
  // The ratings (least to most in place) and the notes kept with each are data/schema.yml's
  // choices: the page hands them over in #self-review-words (macros/self_review.py); in Node,
  // tests/test_js_units.py does, as TOOLKIT_REVIEW_CHOICES.
  var node = typeof module === "object" && module.exports;
  var handed = node ? process.env.TOOLKIT_REVIEW_CHOICES : document.getElementById("self-review-words");
  var choices = handed ? (node ? JSON.parse(handed) : JSON.parse(handed.textContent).choices) : {};
  var RATINGS = choices.rating || [], FIELDS = choices.field || [];
  var VERSION = 1;
  var DAY = /^\d{4}-\d\d-\d\d$/;

  function isObject(value) { return !!value && typeof value === "object" && !Array.isArray(value); }

  // The format version of something saved or downloaded: a whole number from 1 to VERSION
  // (none at all counts as 1), else null: not ours to read.
  function versionOf(value) {
    if (value === undefined) return 1;
    return typeof value === "number" && value % 1 === 0 && value >= 1 && value <= VERSION ? value : null;
  }

  function answerOf(answers, id) { return (answers && answers[id]) || { rating: "" }; }
  function hasAnswers(answers) {
    return Object.keys(answers).some(function (id) {
      var answer = answers[id] || {};
      return answer.rating || FIELDS.some(function (field) { return (answer[field] || "").trim(); });
    });
  }
  function copy(answers) { return JSON.parse(JSON.stringify(answers)); }

  // Answers read from storage, kept only in their own shape: each answer an object, a rating
  // one of RATINGS, each field a string (anything else is left out), so that something
  // written by hand or by another script can never stop the page (a number's .trim() would).
  // A key that is not a plain name (__proto__ among them) is left out too.
  function cleanAnswers(answers) {
    var clean = {};
    if (!isObject(answers)) return clean;
    Object.keys(answers).forEach(function (id) {
      var answer = answers[id];
      if (!/^[a-z0-9][\w-]*$/i.test(id) || !isObject(answer)) return;
      var kept = { rating: RATINGS.indexOf(answer.rating) !== -1 ? answer.rating : "" };
      FIELDS.forEach(function (field) { if (typeof answer[field] === "string") kept[field] = answer[field]; });
      clean[id] = kept;
    });
    return clean;
  }

  // --- Saved in the browser ---------------------------------------------------------------------
  function empty() { return { answers: {}, snapshots: [] }; }

  // Old snapshots (saved before they had ids, one a day) get their day as their id.
  function withIds(snapshots) {
    var taken = {};
    return snapshots.filter(function (snapshot) {
      return isObject(snapshot) && typeof snapshot.date === "string" && DAY.test(snapshot.date) &&
        isObject(snapshot.answers);
    }).map(function (snapshot) {
      var id = typeof snapshot.id === "string" && snapshot.id ? snapshot.id : snapshot.date;
      id = unique(id, taken);
      taken[id] = true;
      return { id: id, date: snapshot.date, answers: cleanAnswers(snapshot.answers) };
    });
  }
  function unique(id, taken) {
    var made = id;
    for (var count = 2; taken[made]; count++) made = id + "-" + count;
    return made;
  }

  // The text kept under the storage key (null: nothing) read back as {state, refused}:
  // refused when it was saved by a newer version, which this page must leave as it is.
  function readSaved(text) {
    var saved;
    try { saved = JSON.parse(text); } catch (error) { saved = null; }
    if (!isObject(saved)) return { state: empty(), refused: false };
    if (versionOf(saved.version) === null) return { state: empty(), refused: true };
    return { state: { answers: cleanAnswers(saved.answers),
                      snapshots: withIds(Array.isArray(saved.snapshots) ? saved.snapshots : []) },
             refused: false };
  }
  function savedText(state) {
    return JSON.stringify({ version: VERSION, answers: state.answers, snapshots: state.snapshots });
  }

  // Colleagues' imported answers, kept apart from the reader's own: {version, files: [{name, answers}]}.
  function readCombined(text) {
    var saved;
    try { saved = JSON.parse(text); } catch (error) { saved = null; }
    if (!isObject(saved) || !Array.isArray(saved.files)) return { files: [], refused: false };
    if (versionOf(saved.version) === null) return { files: [], refused: true };
    return { files: saved.files.filter(function (file) {
      return isObject(file) && typeof file.name === "string" && isObject(file.answers);
    }).map(function (file) { return { name: file.name, answers: cleanAnswers(file.answers) }; }), refused: false };
  }
  function combinedText(files) { return JSON.stringify({ version: VERSION, files: files }); }

  // Files chosen again replace their earlier copies (by name); new ones go last.
  function addFiles(files, added) {
    var names = added.map(function (file) { return file.name; });
    return files.filter(function (file) { return names.indexOf(file.name) === -1; }).concat(added);
  }

  // --- Summary and action plan ----------------------------------------------------------------
  // rows: [{id, theme}] in page order; theme "all" counts every row.
  function counts(answers, rows, theme) {
    var found = { none: 0 };
    RATINGS.forEach(function (rating) { found[rating] = 0; });
    rows.forEach(function (row) {
      if (theme !== "all" && row.theme !== theme) return;
      var rating = answerOf(answers, row.id).rating;
      found[RATINGS.indexOf(rating) === -1 ? "none" : rating] += 1;
    });
    return found;
  }
  function rank(rating) { var at = RATINGS.indexOf(rating); return at === -1 ? RATINGS.length : at; }
  // The rows with a next step, least developed first, then in page order: [{id, answer}].
  function plan(answers, ids) {
    return ids.map(function (id, order) { return { id: id, order: order, answer: answerOf(answers, id) }; })
      .filter(function (item) { return (item.answer.next || "").trim(); })
      .sort(function (a, b) { return rank(a.answer.rating) - rank(b.answer.rating) || a.order - b.order; })
      .map(function (item) { return { id: item.id, answer: item.answer }; });
  }

  // --- Several people's answers ---------------------------------------------------------------
  // files: [{name, answers}]. For each row: the ratings given, least developed first and
  // "none" last, as [[rating, how many]], and each file's notes as
  // {name, rating, said: [[field, text]]} (only files that wrote something).
  function merge(files, ids) {
    return ids.map(function (id) {
      var given = {}, notes = [];
      files.forEach(function (file) {
        var answer = answerOf(file.answers, id);
        var rating = answer.rating || "none";
        given[rating] = (given[rating] || 0) + 1;
        var said = FIELDS.filter(function (field) { return (answer[field] || "").trim(); })
          .map(function (field) { return [field, answer[field].trim()]; });
        if (said.length) notes.push({ name: file.name, rating: answer.rating || "", said: said });
      });
      var spread = RATINGS.concat(["none"]).filter(function (rating) { return given[rating]; })
        .map(function (rating) { return [rating, given[rating]]; });
      return { id: id, spread: spread, notes: notes };
    });
  }

  // --- Snapshots --------------------------------------------------------------------------------
  // A copy of the answers as they are, for the day chosen; it replaces any other of that day.
  // now: a Date (the moment names it). Returns {snapshots (sorted by day), id}.
  function addSnapshot(snapshots, day, answers, now) {
    var kept = snapshots.filter(function (snapshot) { return snapshot.date !== day; });
    var taken = {};
    snapshots.forEach(function (snapshot) { taken[snapshot.id] = true; });
    var id = unique(now.toISOString(), taken);
    kept.push({ id: id, date: day, answers: copy(answers) });
    kept.sort(function (a, b) { return a.date < b.date ? -1 : a.date > b.date ? 1 : 0; });
    return { snapshots: kept, id: id };
  }
  function findSnapshot(snapshots, id) {
    for (var i = 0; i < snapshots.length; i++) if (snapshots[i].id === id) return snapshots[i];
    return null;
  }
  // Row by row, the rating before and after and the change: up, down, same, or unrated
  // (either side has none); with a tally of each change.
  function compare(before, after, ids) {
    var tally = { up: 0, down: 0, same: 0, unrated: 0 };
    var rows = ids.map(function (id) {
      var a = answerOf(before, id).rating || "", b = answerOf(after, id).rating || "";
      var change = rank(a) === RATINGS.length || rank(b) === RATINGS.length ? "unrated"
        : rank(b) > rank(a) ? "up" : rank(b) < rank(a) ? "down" : "same";
      tally[change] += 1;
      return { id: id, before: a, after: b, change: change };
    });
    return { rows: rows, tally: tally };
  }

  var api = {
    RATINGS: RATINGS, FIELDS: FIELDS, VERSION: VERSION, versionOf: versionOf, answerOf: answerOf,
    hasAnswers: hasAnswers, cleanAnswers: cleanAnswers, empty: empty, readSaved: readSaved, savedText: savedText,
    readCombined: readCombined, combinedText: combinedText, addFiles: addFiles, counts: counts,
    plan: plan, merge: merge, addSnapshot: addSnapshot, findSnapshot: findSnapshot, compare: compare
  };
  if (node) module.exports = api;
  else (window.ToolkitReview = window.ToolkitReview || {}).answers = api;
})();
