"""Offline: the built site works opened from disk (file://), from a shared drive or a USB
stick, with no server and no network: navigation, the language toggle and search, in both
editions. Chromium blocks web workers and JSON requests on file://, so each search index is
also a script (hooks/search_index.py) and a vendored shim runs the search worker in an
iframe (docs/assets/javascripts/iframe-worker-shim.js, listed in extra.polyfills)."""
import json
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import ROOT
from crawl import built_pages

SHIM = ROOT / "docs" / "assets" / "javascripts" / "iframe-worker-shim.js"
SEARCH = {"en": ("resilience", ""), "cy": ("gwydnwch", "cy/")}


def file_url(site, path):
    return (site / path).as_uri()


def test_each_search_index_is_also_a_script(site):
    for folder in (site / "search", site / "cy" / "search"):
        data = (folder / "search_index.json").read_text(encoding="utf-8")
        script = (folder / "search_index.js").read_text(encoding="utf-8")
        assert script == "var __index = " + data
        assert json.loads(data)["docs"]


def test_the_worker_shim_is_the_pinned_npm_package_file_and_every_page_loads_it(site):
    package = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))
    version = package["dependencies"]["iframe-worker"]
    vendored = SHIM.read_text(encoding="utf-8")
    assert vendored.startswith(f"/* iframe-worker {version} ")
    assert "MIT licence" in vendored and "Copyright (c) 2020-2022 Martin Donath" in vendored
    original = (ROOT / "node_modules" / "iframe-worker" / "shim" / "index.js").read_text(encoding="utf-8")
    assert vendored.endswith("*/\n" + original)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    assert config["extra"]["polyfills"] == ["assets/javascripts/iframe-worker-shim.js"]
    for path in ("index.html", "cy/pace/empathy.html"):
        soup = BeautifulSoup((site / path).read_text(encoding="utf-8"), "lxml")
        assert soup.head.find("script", src=re.compile(r"assets/javascripts/iframe-worker-shim\.js$"))


def test_every_relative_link_and_asset_is_a_file_on_disk(site):
    """What a shared drive needs: links name .html files, never folders or server routes."""
    broken = {}
    for path in built_pages(site):
        if path.endswith("404.html"):
            continue          # served by a web server only, at any address: its links are absolute
        soup = BeautifulSoup((site / path).read_text(encoding="utf-8"), "lxml")
        targets = [a["href"] for a in soup.find_all(["a", "link"], href=True)]
        targets += [e["src"] for e in soup.find_all(["script", "img"], src=True)]
        for target in targets:
            parts = urlsplit(target)
            if parts.scheme or parts.netloc or not parts.path:
                continue      # another site, mailto:, tel:, or a place on the same page
            file = (site / path).parent / unquote(parts.path)
            if not file.is_file():
                broken.setdefault(path, []).append(target)
    assert broken == {}


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_navigation_and_language_toggle_work_from_disk(page, site, lang):
    prefix = SEARCH[lang][1]
    page.goto(file_url(site, prefix + "index.html"))
    # The menu's sections are closed: open PACE with its toggle, then follow a page in it.
    section = page.locator('.md-sidebar--primary .md-nav__container:has(a[href$="pace/index.html"])')
    section.locator("label.md-nav__link").click()
    link = page.locator('.md-sidebar--primary a.md-nav__link[href$="pace/empathy.html"]')
    # The section slides open: click once the link has stopped moving and is on screen.
    page.wait_for_function("""() => {
        const link = document.querySelector('.md-sidebar--primary a.md-nav__link[href$="pace/empathy.html"]')
        const nav = link && link.closest('nav.md-nav')
        return nav && getComputedStyle(nav).visibility === 'visible' && link.getBoundingClientRect().height > 0
            && !nav.getAnimations({subtree: true}).length
    }""")
    link.click()
    page.wait_for_url(file_url(site, prefix + "pace/empathy.html"))
    assert page.get_attribute("html", "lang") == lang
    # The stylesheets loaded: the header is coloured, not the browser's default.
    assert page.eval_on_selector(".md-header", "e => getComputedStyle(e).backgroundColor") != "rgba(0, 0, 0, 0)"
    other = "cy" if lang == "en" else "en"
    page.hover(".md-header__option .md-select")
    page.click(f"a.md-select__link[hreflang={other}]")
    page.wait_for_url(file_url(site, ("cy/" if other == "cy" else "") + "pace/empathy.html"))
    assert page.get_attribute("html", "lang") == other
    assert page.console_errors == []


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_search_works_from_disk(page, site, lang):
    word, prefix = SEARCH[lang]
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(file_url(site, prefix + "pace/curiosity.html"))
    page.click("input.md-search__input")
    page.keyboard.type(word)                            # Material searches on key presses
    page.wait_for_selector(".md-search-result__item", timeout=10_000)
    hrefs = page.eval_on_selector_all("a.md-search-result__link", "els => els.map(e => e.href)")
    edition = file_url(site, prefix)
    assert hrefs and all(href.startswith(edition) for href in hrefs)
    if lang == "en":
        assert not any(href.startswith(file_url(site, "cy/")) for href in hrefs)
    assert file_url(site, prefix + "search/search_index.js") in requests
    assert any("/assets/javascripts/search-worker.js" in url for url in requests)   # the toolkit's
    page.click("a.md-search-result__link")
    page.wait_for_url(re.compile(r"^file://.*\.html"))
    assert Path(unquote(urlsplit(page.url).path)).is_file()
    assert page.get_attribute("html", "lang") == lang
    assert all(url.startswith("file://") or url.startswith("data:") for url in requests)
    assert page.console_errors == []
