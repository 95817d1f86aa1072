"""Search in a real browser: each edition searches its own pages, and Welsh search
understands initial mutations (hooks/search_index.py)."""
import json
import re

import pytest

from conftest import wait_until
from hooks.search_index import (CACHE_VERSION, SEED, WORD, radicals_of, read_cache, welsh_radicals,
                                write_cache)


def test_welsh_radicals_undo_soft_nasal_and_aspirate_mutations():
    cache = {}
    radicals = welsh_radicals("ein blant, fy nhad, eich gymorth, ei phryder a'i bryder", cache).split()
    assert {"plant", "tad", "cymorth", "pryder"} <= set(radicals)
    assert "blant" not in radicals            # only forms that are not already in the text
    assert "plant" in cache["blant"] and "fy" not in cache    # short words are left alone


def test_the_radicals_cache_is_read_first_and_dropped_when_its_version_changes(tmp_path):
    path = tmp_path / ".cache" / "welsh-radicals.json"
    assert read_cache(path) == {}                       # no cache yet
    write_cache(path, {"blant": ["planed"]})
    cache = read_cache(path)
    assert welsh_radicals("blant", cache) == "planed"   # the dictionary was not asked
    path.write_text(json.dumps({"version": "older", "words": {"blant": ["planed"]}}))
    assert read_cache(path) == {}
    path.write_text("not json")
    assert read_cache(path) == {}
    assert CACHE_VERSION.startswith("cymraeg-mcp ")


def test_a_fresh_clone_starts_from_the_committed_radicals():
    """hooks/welsh-radicals.json saves a fresh clone looking up every Welsh word again: it is
    for the installed dictionary (else copy .cache/welsh-radicals.json over it after a build)
    and says what the dictionary says."""
    seed = read_cache(SEED)
    assert len(seed) > 1000, "hooks/welsh-radicals.json is missing or for another cymraeg-mcp"
    for word in ("blant", "gymorth", "phryder", "rieni", "ddiogelu"):
        assert seed[word] == sorted(r for r in radicals_of(word) if len(r) > 2), word


def index(site, lang):
    folder = site / "search" if lang == "en" else site / lang / "search"
    return json.loads((folder / "search_index.json").read_text(encoding="utf-8"))


def test_the_committed_radicals_hold_every_word_of_the_welsh_pages(site):
    """So a fresh clone never opens the dictionary, half a second of its first build."""
    seed = read_cache(SEED)
    words = {word.lower() for doc in index(site, "cy")["docs"]
             for word in WORD.findall(doc["title"] + " " + doc["text"]) if len(word) > 2}
    missing = sorted(words - seed.keys())
    assert not missing, (f"new Welsh words {missing}: after a build, copy "
                         ".cache/welsh-radicals.json over hooks/welsh-radicals.json")


def test_each_edition_has_its_own_index(site):
    assert all(not doc["location"].startswith("cy/") for doc in index(site, "en")["docs"])
    welsh = index(site, "cy")["docs"]
    assert welsh and all("radicals" in doc for doc in welsh)


SCROLL_TO_END = """async list => {
  // Material reads the list's position on the animation frame after a scroll: let it see
  // "not at the end" before going to the end, as a reader's own scrolling would.
  const frames = () => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))
  list.scrollTo(0, list.scrollHeight - list.clientHeight - 100)
  await frames()
  list.scrollTo(0, list.scrollHeight)
}"""


def search(page, url, query):
    """The result links for `query` typed into the search box of `url`, all of them."""
    page.goto(url)
    page.click("input.md-search__input")
    # Material searches on each key release: one key press after filling the box sends the
    # whole query once, so no earlier, partial query's results can be read by mistake.
    page.fill("input.md-search__input", query)
    page.press("input.md-search__input", "End")
    wait_until(page, "() => document.querySelector('.md-search-result__item')",
               f"a result shown for {query!r}", timeout=30_000)
    total = re.search(r"\d+", page.inner_text(".md-search-result__meta"))
    total = int(total.group()) if total else 1
    items = ".md-search-result__item"
    while (count := page.locator(items).count()) < total:
        # Material shows ten results, then four more each time the list's end comes into
        # view: step back from the end (and wait for that scroll), then go to the end.
        page.eval_on_selector(".md-search__scrollwrap", SCROLL_TO_END)
        wait_until(page, "([css, n]) => document.querySelectorAll(css).length > n",
                   f"more than {count} of the {total} results for {query!r} shown after "
                   "scrolling to the end of the list", arg=[items, count])
    return page.eval_on_selector_all("a.md-search-result__link", "els => els.map(e => e.href)")


def result_pages(hrefs, base):
    """Result links as page paths ('pace/index.html'), each page once, in order."""
    pages = [re.sub(r"[?#].*", "", h).removeprefix(base) for h in hrefs]
    return list(dict.fromkeys(pages))


def sections_with_only_the_mutated_form(site, radical, mutated):
    """Welsh pages or sections whose text has `mutated` but never `radical` as a word."""
    found = set()
    for doc in index(site, "cy")["docs"]:
        words = set(re.findall(r"[\w']+", (doc["title"] + " " + doc["text"]).lower()))
        if mutated in words and radical not in words:
            found.add(doc["location"])
    assert found, f"no Welsh page uses '{mutated}' without '{radical}'"
    return found


@pytest.mark.parametrize("radical, mutated", [("plant", "blant"), ("pryder", "bryder"),
                                               ("cymorth", "gymorth")])
def test_welsh_search_for_a_radical_finds_pages_with_only_mutated_forms(
        page, server, site, radical, mutated):
    targets = sections_with_only_the_mutated_form(site, radical, mutated)
    hrefs = search(page, server + "cy/index.html", radical)
    assert hrefs and all(h.startswith(server + "cy/") for h in hrefs)
    found = {re.sub(r"\?h=[^#]*", "", h).removeprefix(server + "cy/") for h in hrefs}
    assert found & targets, (sorted(targets)[:5], sorted(found)[:5])
    assert page.console_errors == []


def test_english_search_finds_only_english_pages(page, server):
    hrefs = search(page, server + "index.html", "resilience")
    assert hrefs and not any(h.startswith(server + "cy/") for h in hrefs)


@pytest.mark.parametrize("lang, query, first", [
    ("en", "tantrum", "pace/situation-finder.html"),
    ("en", "transition to secondary", "whole-school/transitions.html"),
    ("en", "nurture group", "whole-school/targeted-support.html"),
    ("cy", "strancio", "pace/situation-finder.html"),
    ("cy", "grwp meithrin", "whole-school/targeted-support.html"),
])
def test_everyday_words_typed_in_the_search_box_lead_to_the_page_that_answers(
        page, server, lang, query, first):
    base = server + ("" if lang == "en" else "cy/")
    hrefs = search(page, base + "index.html", query)
    assert result_pages(hrefs, base)[0] == first
    assert page.console_errors == []


def test_a_stop_word_does_not_flood_the_results(page, server):
    with_to = result_pages(search(page, server + "index.html", "transition to secondary"), server)
    without = result_pages(search(page, server + "index.html", "transition secondary"), server)
    assert with_to == without


def test_a_mutated_welsh_word_typed_finds_pages_with_only_its_radical(page, server, site):
    targets = sections_with_only_the_mutated_form(site, "blant", "plant")
    found = set(result_pages(search(page, server + "cy/index.html", "blant"), server + "cy/"))
    assert {t.split("#")[0] for t in targets} & found
    # The results do not call the reader's word missing when its radical was found.
    missing = page.eval_on_selector_all(".md-search-result__terms", "els => els.map(e => e.textContent)")
    assert not any("blant" in text for text in missing), missing
