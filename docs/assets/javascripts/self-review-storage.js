/* Where the self-review keeps its answers: the browser's localStorage, one store for the English
   and Welsh pages. Storage can be switched off or full, or hold answers saved by a newer
   version of the toolkit: each call says so rather than throwing, and a newer store is never
   written over (only the reader's Clear removes it). Needs self-review-answers.js; runs in
   Node on any object with getItem, setItem and removeItem (tests/js/self-review.test.js). */
(function () {
  "use strict";
  var node = typeof module === "object" && module.exports;
  var model = node ? require("./self-review-answers.js") : window.ToolkitReview.answers;
  var KEY = "toolkit-self-review";
  // Colleagues' imported answers: kept apart, so importing never changes the reader's own.
  var COMBINED_KEY = "toolkit-self-review-combined";

  // storage: a function giving localStorage (reading window.localStorage itself can throw).
  function open(storage) {
    var refused = {};       // key: true while it holds what a newer version saved

    function get(key) {
      try { return storage().getItem(key); } catch (error) { return null; }
    }
    function set(key, text) {
      if (refused[key]) return false;
      try {
        if (text === null) storage().removeItem(key);
        else storage().setItem(key, text);
        return true;
      } catch (error) { return false; }
    }
    return {
      KEY: KEY, COMBINED_KEY: COMBINED_KEY,
      // {answers, snapshots}; refused() then says whether a newer version's store was left alone.
      load: function () {
        var read = model.readSaved(get(KEY));
        refused[KEY] = read.refused;
        return read.state;
      },
      store: function (state) { return set(KEY, model.savedText(state)); },
      loadCombined: function () {
        var read = model.readCombined(get(COMBINED_KEY));
        refused[COMBINED_KEY] = read.refused;
        return read.files;
      },
      storeCombined: function (files) {
        return set(COMBINED_KEY, files.length ? model.combinedText(files) : null);
      },
      refused: function () { return !!(refused[KEY] || refused[COMBINED_KEY]); },
      // Everything forgotten, a newer version's answers too: the reader asked for it.
      clear: function () {
        refused = {};
        return set(KEY, null) && set(COMBINED_KEY, null);
      }
    };
  }

  var api = { KEY: KEY, COMBINED_KEY: COMBINED_KEY, open: open };
  if (node) module.exports = api;
  else window.ToolkitReview.storage = api;
})();
