/* The situation finder (macros/finders.py, pace/situation-finder.md): choose what you notice
   and see only that situation. Without JavaScript every situation is shown in full. The
   chosen situation is kept in the address (#id), so it can be bookmarked or shared, and a link
   to a situation (from the contents list, say) chooses it. */
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

  form.addEventListener("change", function () {
    var id = form.elements.situation.value;
    show(id);
    history.replaceState(null, "", id ? "#" + id : location.pathname + location.search);
  });
  window.addEventListener("hashchange", function () {
    var id = decodeURIComponent(location.hash.slice(1));
    if (ids.indexOf(id) === -1) return;
    choose(id);
    document.getElementById(id).scrollIntoView();
  });

  form.hidden = false;
  var start = decodeURIComponent(location.hash.slice(1));
  choose(ids.indexOf(start) === -1 ? "" : start);
})();
