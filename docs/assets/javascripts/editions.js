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
})()
