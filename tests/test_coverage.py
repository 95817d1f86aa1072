"""Every source document is credited on the pages it maps to, and every page is in the menu.
(That each section maps to pages that exist is a data rule: macros/data.py, tests/test_toolkit.py.)"""
import pytest

from conftest import LANGUAGES, page_url


def test_every_source_is_credited_on_a_page_it_maps_to(data, html):
    for source in data["sources"]:
        for section in source["sections"]:
            for page in section["pages"]:
                credits = html("en", page).select_one("h2#sources").find_next("ul").get_text()
                assert source["title"]["en"] in credits, (source["id"], page)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_is_in_the_menu_of_the_home_page(html, pages, lang):
    """The home page's menu links every page once: a page left out of nav fails, and so
    does a page listed twice (the home page's own sections, #..., are left out)."""
    links = [a["href"] for a in html(lang, "index.md").select("nav.md-nav--primary a.md-nav__link[href]")
             if not a["href"].startswith("#")]
    assert sorted(links) == sorted(page_url(page) for page in pages)
