"""The search benchmark (tests/search-benchmark.yml) run through the site's real search.

A page of the built site starts the search worker its config names (the toolkit's, which
wraps Material's: docs/assets/javascripts/search-worker.js), gives it the edition's index as
Material does, and sends each query: the results are exactly what the search box shows, in
the same order, without typing and scrolling. Used by tests/test_search_benchmark.py and
scripts/benchmark.
"""
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
BENCHMARK = ROOT / "tests" / "search-benchmark.yml"
TOP = 3

# Material's worker protocol (integrations/search/worker/message): SETUP, READY, QUERY, RESULT.
RUN_QUERIES = """async ([queries, worker]) => {
  const settings = JSON.parse(document.getElementById("__config").textContent)
  const base = new URL(settings.base.replace(/\\/?$/, "/"), location.href)
  const index = await (await fetch(new URL("search/search_index.json", base))).json()
  // "material": Material's own worker alone (the toolkit's names it), for comparison.
  const material = new URL(settings.search, location.href).searchParams.get("material")
  const search = new Worker(worker === "material" ? material : settings.search)
  const reply = () => new Promise(resolve =>
    search.addEventListener("message", event => resolve(event.data), {once: true}))
  search.postMessage({type: 0, data: {config: index.config, docs: index.docs,
                                      options: {suggest: false}}})
  await reply()
  const pages = []
  for (const query of queries) {
    search.postMessage({type: 2, data: query})
    const {data} = await reply()
    pages.push(data.items.map(group => group[0].location.split("#")[0]))
  }
  search.terminate()
  return pages
}"""


def benchmark():
    """{language: [{q, pages}]} from tests/search-benchmark.yml."""
    return yaml.safe_load(BENCHMARK.read_text(encoding="utf-8"))


def results(page, base_url, lang, queries, worker=None):
    """Each query's result pages, best first, as html paths ('pace/index.html').

    worker: "material" for Material's worker alone, without the toolkit's query reader."""
    page.goto(base_url + ("" if lang == "en" else lang + "/") + "index.html")
    return page.evaluate(RUN_QUERIES, [queries, worker])


def hit_rate(page, base_url, lang, worker=None):
    """(share of queries answered in the first TOP results, [(query, expected, found)] missed)."""
    entries = benchmark()[lang]
    found = results(page, base_url, lang, [entry["q"] for entry in entries], worker)
    missed = []
    for entry, pages in zip(entries, found):
        expected = {path.removesuffix(".md") + ".html" for path in entry["pages"]}
        if not expected & set(pages[:TOP]):
            missed.append((entry["q"], sorted(expected), pages[:TOP]))
    return 1 - len(missed) / len(entries), missed
