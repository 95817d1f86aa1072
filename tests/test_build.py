"""The built site, read with a real HTML parser: both editions, their languages and links."""
import pytest

from conftest import LANGUAGES, page_url

WELSH_SITE_NAME = "Pecyn Cymorth Gwydnwch a Sgiliau Prosocial"
ENGLISH_SITE_NAME = "Resilience and Prosocial Skills Toolkit"


def test_every_english_page_has_a_welsh_page(site, pages):
    assert len(pages) >= 3
    missing = [path for path in pages if not (site / "cy" / page_url(path)).exists()]
    assert missing == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pages_declare_their_language(html, pages, lang):
    for path in pages:
        assert html(lang, path).html["lang"] == lang, path


def test_welsh_pages_use_welsh_site_name_and_interface(html, pages):
    for path in pages:
        soup = html("cy", path)
        assert soup.title.string.endswith(WELSH_SITE_NAME), path
        assert soup.select_one(".md-header__topic .md-ellipsis").get_text(strip=True) == WELSH_SITE_NAME
        # Material's own Welsh strings: the search box and the skip link.
        assert soup.select_one("input.md-search__input")["placeholder"] == "Chwilio"
        assert ENGLISH_SITE_NAME not in soup.title.string


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_declares_both_alternates_with_hreflang(html, pages, lang):
    for path in pages:
        links = {link["hreflang"]: link["href"]
                 for link in html(lang, path).select('head link[rel="alternate"][hreflang]')}
        assert set(links) == {"en", "cy"}, path
        # The alternate is the same page in the other language, not the home page.
        other = "cy" if lang == "en" else "en"
        assert links[other].endswith(page_url(path)), (path, links)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_language_menu_links_to_the_same_page(html, lang):
    soup = html(lang, "pace/empathy.md")
    menu = {a["hreflang"]: a["href"] for a in soup.select("a.md-select__link[hreflang]")}
    assert menu["en"] in ("empathy.html", "../../pace/empathy.html")
    assert menu["cy"] in ("empathy.html", "../cy/pace/empathy.html")


def test_system_fonts_only_and_no_foreign_assets(site):
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text, page


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_names_its_sources(html, pages, lang):
    for path in pages:
        section = html(lang, path).select_one("h2#sources")
        assert section is not None, path
        assert section.find_next("ul").find_all("li"), path


def test_sitemap_lists_both_editions_with_alternates(site, pages):
    from bs4 import BeautifulSoup
    sitemap = BeautifulSoup((site / "sitemap.xml").read_text(encoding="utf-8"), "xml")
    locations = {url.loc.get_text() for url in sitemap.find_all("url")}
    assert {page_url(p) for p in pages} | {"cy/" + page_url(p) for p in pages} <= locations
    for url in sitemap.find_all("url"):
        assert {link["hreflang"] for link in url.find_all("link")} == {"en", "cy"}
