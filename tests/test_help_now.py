"""Help now: urgent numbers one tap from every page, in both editions, on a phone.

The header of every page links to its edition's help page (help-now.md), which lists every
number in data/urgent-help.yml; with JavaScript the link opens the same numbers in a panel
on the page (docs/assets/javascripts/help-now.js). The school's own safeguarding contact
coming first is checked with the profile builds in tests/test_profiles.py.
"""
import posixpath

import pytest

from conftest import LANGUAGES, page_url

PREFIX = {"en": "", "cy": "cy/"}
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
CONTENT_PAGE = "pace/empathy.html"
MIN_TARGET = 44   # px, each side of a touch target (WCAG 2.5.5)

# True when a visible 999 link lies wholly inside the screen.
SHOWS_999 = """() => [...document.querySelectorAll('a[href="tel:999"]')].some(a => {
    const box = a.getBoundingClientRect()
    return a.checkVisibility() && box.height > 0 && box.top >= 0 && box.bottom <= innerHeight
})"""
TARGET_SIZES = """selector => [...document.querySelectorAll(selector)].map(a => {
    const box = a.getBoundingClientRect()
    return [a.textContent.trim(), box.width, box.height]
})"""


def control(soup):
    return soup.select_one("header.md-header nav.md-header__inner a.toolkit-help-now")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_has_help_now_in_its_header_leading_to_its_editions_help_page(
        html, pages, data, lang):
    for doc in pages:
        link = control(html(lang, doc))
        assert link is not None, doc
        assert link.get_text(strip=True) == data["strings"]["help_now_label"][lang], doc
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page_url(doc)), link["href"]))
        assert target == "help-now.html", doc      # in the page's own edition


@pytest.mark.parametrize("lang", LANGUAGES)
def test_help_now_comes_before_the_language_menu_and_search(html, lang):
    items = html(lang, "index.md").select(
        "nav.md-header__inner a.toolkit-help-now, nav.md-header__inner .md-header__option, "
        "nav.md-header__inner label.md-header__button[for=__search]")
    assert [item.name for item in items] == ["a", "div", "label"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_not_found_pages_have_help_now_too(site, lang):
    from bs4 import BeautifulSoup
    soup = BeautifulSoup((site / PREFIX[lang] / "404.html").read_text(encoding="utf-8"), "lxml")
    assert control(soup)["href"] == f"/{PREFIX[lang]}help-now.html"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_help_page_lists_every_number_in_the_datas_order_with_its_sources(html, data, lang):
    soup = html(lang, "help-now.md")
    boxes = soup.select("aside.toolkit-urgent")
    assert len(boxes) == 1    # the page is the box: no second one at its foot
    box = boxes[0]
    lines = data["urgent-help"]
    links = box.select("a.toolkit-urgent__call")
    assert [a["href"] for a in links] == ["tel:" + line["number"].replace(" ", "") for line in lines]
    assert [a.get_text() for a in links] == [line["number"] for line in lines]
    names = [li.strong.get_text() for li in box.select("ul.toolkit-urgent__lines > li")]
    assert names == [line["name"][lang] for line in lines]
    for line in lines:
        if line.get("note"):
            assert line["note"][lang] in box.get_text()
    cited = {a["href"] for a in box.select("ul.toolkit-urgent__sources a")}
    assert cited == {url for line in lines for url in line.get("sources", [])} != set()
    assert soup.select_one(".toolkit-urgent__school") is None   # the default profile has none


def test_nhs_111_and_its_mental_health_option_are_sourced_and_dated(data):
    nhs = next(line for line in data["urgent-help"] if line["id"] == "nhs-111")
    assert nhs["number"] == "111" and nhs["checked"] == "2026-11-29"
    assert all(url.startswith("https://") for url in nhs["sources"])
    assert "press 2" in nhs["note"]["en"] and "pwyswch 2" in nhs["note"]["cy"]
    ids = [line["id"] for line in data["urgent-help"]]
    assert ids.index("emergency") < ids.index("nhs-111") < ids.index("nspcc")


def test_the_box_puts_the_school_first_and_cites_only_when_asked():
    from bs4 import BeautifulSoup
    from macros import render
    strings = {key: {"en": key, "cy": key + " CY"} for key in (
        "urgent_help_heading", "urgent_help_policy", "urgent_help_in_school", "urgent_help_call",
        "urgent_help_sources")}
    strings["urgent_help_checked"] = {"en": "Checked {date}.", "cy": "Gwiriwyd {date}."}
    lines = [{"id": "a", "name": {"en": "A line", "cy": "Llinell A"}, "number": "0800 1",
              "who": {"en": "for all", "cy": "i bawb"}, "checked": "2026-01-02"},
             {"id": "b", "name": {"en": "B", "cy": "B"}, "number": "111", "who": {"en": "x", "cy": "y"},
              "note": {"en": "Press 2.", "cy": "Pwyswch 2."}, "sources": ["https://www.nhs.uk/b"],
              "checked": "2025-03-04"}]
    box = BeautifulSoup(render.urgent_help(lines, strings, "cy", "Ffoniwch y swyddfa <1>", cite=True), "lxml")
    school = box.select_one("p.toolkit-urgent__school")
    assert school.get_text() == "urgent_help_in_school CY Ffoniwch y swyddfa <1>"   # escaped text
    assert school in box.select_one("a[href='tel:08001']").find_all_previous("p")
    assert [li.get_text(" ", strip=True) for li in box.select("ul.toolkit-urgent__lines > li")] == [
        "0800 1 Llinell A , i bawb", "111 B , y Pwyswch 2."]
    assert box.select_one(".toolkit-urgent__checked").get_text() == "Gwiriwyd 4 Mawrth 2025."
    assert [a.get_text() for a in box.select("ul.toolkit-urgent__sources a")] == ["nhs.uk"]
    plain = BeautifulSoup(render.urgent_help(lines, strings, "en"), "lxml")
    assert not plain.select(".toolkit-urgent__sources, .toolkit-urgent__school")


def phone(browser, **options):
    context = browser.new_context(**PHONE, **options)
    from conftest import watch_console
    return context, watch_console(context.new_page())


def assert_big_enough(tab, selector):
    sizes = tab.evaluate(TARGET_SIZES, selector)
    assert sizes, selector
    small = [size for size in sizes if size[1] < MIN_TARGET or size[2] < MIN_TARGET]
    assert small == [], selector


@pytest.mark.parametrize("lang", LANGUAGES)
def test_on_a_phone_one_tap_shows_999_and_escape_gives_focus_back(browser, server, data, lang):
    context, tab = phone(browser)
    tab.goto(f"{server}{PREFIX[lang]}{CONTENT_PAGE}")
    assert not tab.evaluate(SHOWS_999)                       # at the top of the page: not yet
    header_link = tab.locator("header a.toolkit-help-now")
    assert header_link.is_visible()
    assert header_link.bounding_box()["height"] >= MIN_TARGET
    header_link.tap()
    dialog = tab.locator("dialog.toolkit-help-dialog")
    dialog.wait_for(state="visible")
    tab.wait_for_function(SHOWS_999)
    assert tab.url == f"{server}{PREFIX[lang]}{CONTENT_PAGE}"   # on the same page, at once
    assert dialog.get_attribute("aria-labelledby") == "help-now-title"
    assert tab.locator("#help-now-title").inner_text() == data["strings"]["urgent_help_heading"][lang]
    assert tab.evaluate("document.activeElement.closest('dialog') !== null")
    numbers = dialog.locator("a.toolkit-urgent__call")
    assert numbers.all_inner_texts() == [line["number"] for line in data["urgent-help"]]
    assert_big_enough(tab, "dialog a.toolkit-urgent__call")
    assert_big_enough(tab, "dialog .toolkit-help-dialog__close")
    tab.keyboard.press("Escape")
    dialog.wait_for(state="hidden")
    assert tab.evaluate("document.activeElement.matches('header a.toolkit-help-now')")
    # Opened again, its close button closes it.
    header_link.tap()
    dialog.wait_for(state="visible")
    tab.get_by_role("button", name=data["strings"]["help_now_close"][lang]).tap()
    dialog.wait_for(state="hidden")
    assert tab.console_errors == []
    context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_number_at_the_foot_of_a_page_is_a_big_enough_target(browser, server, lang):
    context, tab = phone(browser)
    for path in (CONTENT_PAGE, "help-now.html"):
        tab.goto(f"{server}{PREFIX[lang]}{path}")
        assert_big_enough(tab, "article aside.toolkit-urgent a[href^='tel:']")
    context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_without_javascript_help_now_goes_to_the_numbers(browser, server, lang):
    context, tab = phone(browser, java_script_enabled=False)
    tab.goto(f"{server}{PREFIX[lang]}{CONTENT_PAGE}")
    tab.locator("header a.toolkit-help-now").tap()
    tab.wait_for_url(f"{server}{PREFIX[lang]}help-now.html")
    box = tab.locator('article a[href="tel:999"]').bounding_box()
    assert box and 0 <= box["y"] and box["y"] + box["height"] <= PHONE["viewport"]["height"]
    context.close()


QUERIES = {"en": ["NSPCC", "Childline", "Samaritans", "111", "999"],
           "cy": ["NSPCC", "Childline", "Samariaid", "111", "999"]}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_finds_the_help_page_by_a_helplines_name_or_number(page, server, lang):
    page.goto(f"{server}{PREFIX[lang]}index.html")
    search = page.locator("input.md-search__input")
    for query in QUERIES[lang]:
        search.click()
        search.press("Control+a")
        search.press("Backspace")
        page.wait_for_selector("a.md-search-result__link", state="detached")
        page.keyboard.type(query)   # Material searches on key presses
        page.wait_for_function(
            """query => document.querySelector(".md-search-result__meta").textContent.trim() !== ""
                 && document.querySelector(".md-search__input").value === query
                 && [...document.querySelectorAll("a.md-search-result__link")]
                      .some(a => a.href.split("?")[0].endsWith("help-now.html"))""",
            arg=query, timeout=30_000)
    assert page.console_errors == []
