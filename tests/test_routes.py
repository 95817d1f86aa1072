"""Task-first routes: the home page's moments of need on a phone's first screen, the line
that points to the situation finder, parents sent to their own pages, and the Vulnerability
Index finder at the top of its page. The built HTML with a parser; the phone in Chromium."""
import json
import posixpath

import pytest

from conftest import LANGUAGES, page_url
from macros import finders

PHONE = {"width": 390, "height": 844}
SITUATIONS = "pace/situation-finder.md"
VULNERABILITY = "appendices/vulnerability-index.md"
# The four moments of need, in order, and where each leads (English source paths).
ROUTES = [SITUATIONS, "help-now.md", "parents/index.md", "whole-school/index.md"]
# Where a reader in a hurry may be when a child is upset: each links the situation finder.
FINDER_PAGES = ["index.md", "understanding/warning-signs.md", "pace/what-you-notice.md",
                "pace/what-to-say.md", "pace/index.md", "pace/playfulness.md",
                "pace/acceptance.md", "pace/curiosity.md", "pace/empathy.md",
                "pace/do-and-dont.md", "pace/impact.md", "parents/index.md",
                "parents/resilience-at-home.md", "parents/pace-for-families.md",
                "appendices/parents-help-sheet.md"]
PARENT_PAGES = ["parents/index.md", "appendices/parents-help-sheet.md",
                "parents/resilience-at-home.md", "parents/pace-for-families.md"]


def url(server, lang, doc):
    return server + ("" if lang == "en" else f"{lang}/") + page_url(doc)


def target(doc, href):
    """The English source path a relative link on page `doc` leads to, without its #part."""
    path = posixpath.normpath(posixpath.join(posixpath.dirname(doc), href.partition("#")[0]))
    return path.removesuffix(".html") + ".md"


def links(element, doc):
    return [target(doc, a["href"]) for a in element.select("a[href]")
            if not a["href"].startswith(("#", "http", "mailto:", "tel:"))]


# --- Without a build ------------------------------------------------------------------------

STRINGS = {"routes_finder_question": {"en": "Upset?", "cy": "Yn ofidus?"},
           "routes_finder_go": {"en": "Go to", "cy": "Ewch i"},
           "routes_finder_link": {"en": "what to do", "cy": "beth i'w wneud"}}


@pytest.mark.parametrize("page_src, expected", [
    ("index.md", "pace/situation-finder.md"),
    ("pace/empathy.cy.md", "situation-finder.md"),
    ("understanding/warning-signs.md", "../pace/situation-finder.md"),
])
def test_the_finder_line_links_relative_to_its_page_in_its_language(page_src, expected):
    lang = "cy" if page_src.endswith(".cy.md") else "en"
    line = finders.situation_finder_link(STRINGS, lang, page_src)
    words = STRINGS["routes_finder_link"][lang]
    assert f"[{words}]({expected})" in line
    assert line.startswith(f"**{STRINGS['routes_finder_question'][lang]}**")
    assert line.endswith("{ .toolkit-finder-pointer data-search-exclude }")


# --- The built pages ------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_home_page_opens_with_the_four_routes_before_anything_else(html, lang):
    article = html(lang, "index.md").select_one("article")
    routes = article.select_one("nav.toolkit-routes")
    assert routes is not None and routes.get("aria-label")
    assert links(routes, "index.md") == ROUTES
    # Nothing but the title comes before them: no "In short", no "In a hurry?" further down.
    first = article.select_one("h1").find_next_sibling()
    assert first is routes
    assert not [h for h in article.select("h2") if "hurry" in h.get_text().lower()
                or "frys" in h.get_text().lower()]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_route_and_finder_link_leads_to_a_built_page(site, lang):
    folder = site if lang == "en" else site / lang
    for doc in ROUTES:
        assert (folder / page_url(doc)).is_file(), doc


@pytest.mark.parametrize("lang", LANGUAGES)
def test_parents_are_sent_to_their_own_pages_first(html, lang):
    card = [li for li in html(lang, "index.md").select("article .grid.cards > ul > li")
            if "parents/index.html" in str(li)]
    assert len(card) == 1
    assert links(card[0], "index.md")[:2] == ["parents/index.md", "appendices/parents-help-sheet.md"]
    assert set(links(card[0], "index.md")) <= set(PARENT_PAGES)
    # Start here: the parents' route lists the parents' pages before anything else.
    soup = html(lang, "start-here/index.md")
    heading = soup.select("article h3")[[h.get("id") for h in html("en", "start-here/index.md")
                                          .select("article h3")].index("if-you-are-a-parent-or-carer")]
    steps = heading.find_next_sibling("ol")
    assert links(steps, "start-here/index.md") == PARENT_PAGES


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("doc", FINDER_PAGES)
def test_pages_for_a_reader_in_a_hurry_link_the_situation_finder_near_the_top(html, lang, doc):
    article = html(lang, doc).select_one("article")
    before_sections = []
    for element in article.select_one("h1").find_next_siblings():
        if element.name == "h2":
            break
        before_sections.append(element)
    assert any(SITUATIONS in links(element, doc) for element in before_sections), doc


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_finder_line_reads_the_same_on_every_page(html, data, lang):
    words = {" ".join(html(lang, doc).select_one("article .toolkit-finder-pointer").get_text().split())
             for doc in FINDER_PAGES if doc != "index.md"}
    strings = data["strings"]
    assert words == {f"{strings['routes_finder_question'][lang]} {strings['routes_finder_go'][lang]} "
                     f"{strings['routes_finder_link'][lang]}."}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_situation_finder_is_named_by_what_it_does_and_sits_high_in_the_menu(html, data, lang):
    soup = html(lang, SITUATIONS)
    title = soup.select_one("article h1").get_text(strip=True).rstrip("¶")
    assert title.rstrip(".").lower() == data["strings"]["routes_finder_link"][lang].lower()
    nav = [a.get_text(strip=True) for a in soup.select("nav.md-nav--primary > ul > li > a")]
    assert title in nav[:3], nav


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_intervention_finder_comes_before_the_tables_and_is_in_the_contents(html, lang):
    soup = html(lang, VULNERABILITY)
    article = soup.select_one("article")
    heading = article.select_one("h2#find-an-intervention")
    assert heading is not None
    # First section after the short intro; the form, then the first table, follow it.
    assert article.select("h2")[0] is heading
    form = article.select_one("form#intervention-finder")
    table = article.select_one("table")
    order = list(article.descendants)
    assert order.index(heading) < order.index(form) < order.index(table)
    assert form["aria-labelledby"] == "find-an-intervention"
    toc = [a["href"] for a in soup.select("nav.md-nav--secondary a")]
    assert toc[0] == "#find-an-intervention"
    # The domain tables carry the same ids in both languages.
    assert toc[1:5] == ["#individual", "#school", "#family", "#community"]


# --- On a phone -----------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_four_routes_fill_the_first_phone_screen_as_large_targets(browser, server, lang):
    context = browser.new_context(viewport=PHONE)
    tab = context.new_page()
    try:
        tab.goto(url(server, lang, "index.md"))
        routes = tab.locator("nav.toolkit-routes a")
        assert routes.count() == len(ROUTES)
        for at, doc in enumerate(ROUTES):
            box = routes.nth(at).bounding_box()
            assert box["height"] >= 44 and box["width"] >= 300, (doc, box)
            assert box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"], (doc, box)
            assert routes.nth(at).evaluate("a => a.href") == url(server, lang, doc)
        # A tap leads to the page (the first route, the one most needed in a hurry).
        routes.first.click()
        tab.wait_for_url(url(server, lang, SITUATIONS))
    finally:
        context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_routes_and_the_finder_line_stay_out_of_search(site, html, data, lang):
    """Else every page with the line would match "upset" or "angry" and crowd out the finder."""
    folder = site if lang == "en" else site / lang
    docs = json.loads((folder / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    texts = " ".join(doc["text"] for doc in docs).replace("&#39;", "'")
    assert data["strings"]["routes_finder_question"][lang] not in texts
    # The first route's words are found nowhere else (the others head the cards below them).
    first = html(lang, "index.md").select_one("nav.toolkit-routes a").get_text(strip=True)
    assert first and first not in texts
    # The finder itself is still found by its name.
    assert any(doc["location"].startswith("pace/situation-finder.html")
               and data["strings"]["routes_finder_link"][lang].lower() in doc["title"].lower() for doc in docs)
