// Loaded on every page, before Material's own script, to fit Material to two editions.
(function () {
  // Each edition has its own search index (hooks/search_index.py): a Welsh page searches
  // cy/search/, so point its base there.
  var lang = document.documentElement.lang
  var config = document.getElementById("__config")
  if (config) {
    var settings = JSON.parse(config.textContent)
    if (lang !== "en") settings.base = settings.base.replace(/\/?$/, "/") + lang + "/"
    // Search runs through the toolkit's worker, which reads the query and ranks the results
    // and hands the rest to Material's worker (search-worker.js).
    var material = new URL(settings.search, location.href).href
    settings.search = new URL("search-worker.js", document.currentScript.src).href +
      "?material=" + encodeURIComponent(material)
    config.textContent = JSON.stringify(settings)
  }
  // Material fetches a sitemap.xml beside every <link rel="alternate"> (it expects links to
  // language roots), so mkdocs-static-i18n's page-to-page alternates would give 404s. The
  // links stay in the HTML for search engines; this hides them from Material.
  document.querySelectorAll("link[rel=alternate][hreflang]").forEach(function (link) {
    link.rel = "alternate-language"
  })
  // The language menu keeps the reader's #section. An id made from data (a table row, a
  // self-review row) is the same in both editions and goes as it is. A heading's id mostly
  // comes from its words, so a heading goes as its position on the page ("#toolkit-heading-3";
  // tests/test_parity.py keeps the editions' headings in step), which the other edition turns
  // back into its own heading's id on arrival.
  var HEADINGS = "article.md-content__inner :is(h1, h2, h3, h4, h5, h6)[id]"
  var POSITION = /^#toolkit-heading-(\d+)$/
  function headings() { return Array.prototype.slice.call(document.querySelectorAll(HEADINGS)) }
  function place() {
    var id
    try { id = decodeURIComponent(location.hash.slice(1)) } catch (error) { return "" }
    if (!id) return ""
    var at = headings().map(function (heading) { return heading.id }).indexOf(id)
    var shared = document.getElementById(id) && at === -1
    return shared ? "#" + encodeURIComponent(id) : at > 0 ? "#toolkit-heading-" + at : ""
  }
  // A finder's view is in the address too (the situation finder's #id, the intervention
  // finder's ?words=&domain=&level=) and goes with it; search's highlighted words (?h=) are
  // the reader's own language's and stay behind.
  function view() {
    var params = new URLSearchParams(location.search)
    params.delete("h")
    var query = params.toString()
    return query ? "?" + query : ""
  }
  document.querySelectorAll("a.md-select__link[hreflang]").forEach(function (link) {
    link.addEventListener("click", function () {
      link.href = link.href.split("#")[0].split("?")[0] + view() + place()
    })
  })
  var arrived = POSITION.exec(location.hash)
  if (arrived) {
    var heading = headings()[Number(arrived[1])]
    if (heading) location.replace("#" + heading.id)
    else history.replaceState(null, "", location.pathname + location.search)
  }
})()
