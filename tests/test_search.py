"""Search in a real browser: each edition searches its own pages, and Welsh search
understands initial mutations (hooks/search_index.py)."""
import json
import re

import pytest

from hooks.search_index import CACHE_VERSION, read_cache, welsh_radicals, write_cache


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


def index(site, lang):
    folder = site / "search" if lang == "en" else site / lang / "search"
    return json.loads((folder / "search_index.json").read_text(encoding="utf-8"))


def test_each_edition_has_its_own_index(site):
    assert all(not doc["location"].startswith("cy/") for doc in index(site, "en")["docs"])
    welsh = index(site, "cy")["docs"]
    assert welsh and all("radicals" in doc for doc in welsh)


def search(page, url, query):
    page.goto(url)
    # Material searches on key presses, so type (a plain fill can go unnoticed).
    page.click("input.md-search__input")
    page.keyboard.type(query)
    page.wait_for_selector(".md-search-result__item", timeout=30_000)
    count = 0
    while count != (count := page.locator(".md-search-result__item").count()):
        # Material shows ten results, then more as the list is scrolled.
        page.eval_on_selector(".md-search__scrollwrap", "e => e.scrollTo(0, e.scrollHeight)")
        page.wait_for_timeout(300)
    return page.eval_on_selector_all("a.md-search-result__link", "els => els.map(e => e.href)")


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
