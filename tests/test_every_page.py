"""What every page needs: a description in its own language for search results and a "page
not found" page in each edition (no console error in a real browser: test_every_page_in_chromium.py)."""
import re

import pytest
import yaml
from cymraeg_mcp.spelling import known

from conftest import LANGUAGES, ROOT

WORD = re.compile(r"[A-Za-zÂâÊêÎîÔôÛûŴŵŶŷÄäËëÏïÖöÜüÁáÉéÍíÓóÚúÀàÈèÌìÒòÙù]+")
HOME = {"en": "/index.html", "cy": "/cy/index.html"}


def welsh_rate(text):
    """The share of a text's words that Bangor University's Welsh dictionary knows."""
    words = WORD.findall(text)
    return sum(1 for word in words if known(word)) / len(words)


def front_matter(doc, lang):
    path = ROOT / "docs" / (doc if lang == "en" else doc.removesuffix(".md") + f".{lang}.md")
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1])


def description(html, lang, doc):
    meta = html(lang, doc).select_one('head meta[name="description"]')
    return meta["content"].strip() if meta else ""


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_has_its_own_meta_description(html, pages, lang):
    for doc in pages:
        assert description(html, lang, doc) == front_matter(doc, lang)["description"].strip(), doc


def test_meta_descriptions_are_in_the_page_language(html, pages):
    for doc in pages:
        english, welsh = description(html, "en", doc), description(html, "cy", doc)
        assert english != welsh, doc
        assert welsh_rate(english) < 0.5, (doc, english)
        assert welsh_rate(welsh) >= 0.7, (doc, welsh)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_edition_has_a_not_found_page_in_its_language(site, data, lang):
    from bs4 import BeautifulSoup
    folder = site if lang == "en" else site / lang
    soup = BeautifulSoup((folder / "404.html").read_text(encoding="utf-8"), "lxml")
    words = {key.removeprefix("not_found_"): text[lang]
             for key, text in data["strings"].items() if key.startswith("not_found_")}
    assert soup.html["lang"] == lang
    assert soup.select_one("article h1").get_text(strip=True) == words["title"]
    assert soup.title.get_text().startswith(words["title"])
    assert soup.select_one("article p").get_text(strip=True) == words["text"]
    assert soup.find("a", string=words["home"])["href"] == HOME[lang]
    # The language menu offers each edition's home page, not some other page's twin.
    menu = {a["hreflang"]: a["href"] for a in soup.select("a.md-select__link[hreflang]")}
    assert menu == HOME


def test_the_welsh_not_found_page_leads_home_in_welsh(page, server):
    page.goto(server + "cy/404.html")
    page.click(f'article a[href="{HOME["cy"]}"]')
    page.wait_for_url(server + "cy/index.html")
    assert page.get_attribute("html", "lang") == "cy"
    assert page.console_errors == []
