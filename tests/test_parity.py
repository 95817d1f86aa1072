"""The Welsh edition is the English edition's equal: same pages, same shape."""
import pytest

from conftest import ENGLISH_PAGES, ROOT


def test_every_english_page_has_a_welsh_twin_and_the_reverse():
    english = {page.removesuffix(".md") for page in ENGLISH_PAGES}
    welsh = {p.relative_to(ROOT / "docs").as_posix().removesuffix(".cy.md")
             for p in (ROOT / "docs").rglob("*.cy.md")}
    assert sorted(english - welsh) == [] and sorted(welsh - english) == []


@pytest.mark.parametrize("doc", ENGLISH_PAGES)
def test_welsh_page_has_the_same_shape(html, doc):
    english, welsh = html("en", doc), html("cy", doc)
    for selector in ("article h2", "article h3", "article table tr", "article ul.toolkit-checklist li",
                     "article dl dt", "article .admonition"):
        assert len(welsh.select(selector)) == len(english.select(selector)), selector


@pytest.mark.parametrize("doc", ENGLISH_PAGES)
def test_welsh_page_is_not_an_english_fallback(html, doc):
    english, welsh = html("en", doc), html("cy", doc)
    assert welsh.select_one("article h1").get_text() != english.select_one("article h1").get_text()
    assert welsh.select_one('meta[name="description"]')["content"] != \
        english.select_one('meta[name="description"]')["content"]


@pytest.mark.parametrize("doc", ENGLISH_PAGES)
def test_welsh_headings_come_in_the_same_order_and_levels(html, doc):
    """The language toggle keeps a reader's section by its heading's position (editions.js)."""
    levels = lambda soup: [h.name for h in soup.select("article :is(h1, h2, h3, h4, h5, h6)[id]")]
    assert levels(html("cy", doc)) == levels(html("en", doc))
