"""A public-service look, GOV.UK and NHS.uk as the reference (issue 15, items 5 and 6): strong
dark headings, the "In short" summary no smaller than body text, a short menu with no label
shown twice, the Print button off the first phone screen, nothing floating over the text, no
maintainer instructions on readers' pages, and few Tab stops before the content."""
import re

import pytest
from bs4 import Comment

from conftest import LANGUAGES
from crawl import new_context, settle, wait_for_search
from sheets import PARENT_SHEETS

PREFIX = {"en": "", "cy": "cy/"}
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
CONTENT_PAGE = "pace/curiosity.html"       # an ordinary content page, with no PDF


@pytest.fixture(scope="module")
def phone(browser, server):
    context = new_context(browser, server, viewport=PHONE)
    yield context.new_page()
    context.close()


@pytest.fixture(scope="module")
def desktop(browser, server):
    context = new_context(browser, server, viewport=DESKTOP)
    yield context.new_page()
    context.close()


def open_page(tab, server, lang, path):
    tab.goto(f"{server}{PREFIX[lang]}{path}")
    wait_for_search(tab)


# WCAG relative luminance and contrast of a computed colour (rgba over white).
LUMINANCE = """color => {
    const [r, g, b, a = 1] = color.match(/[\\d.]+/g).map(Number)
    const over = c => (c * a + 255 * (1 - a)) / 255
    const linear = c => c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    const l = 0.2126 * linear(over(r)) + 0.7152 * linear(over(g)) + 0.0722 * linear(over(b))
    return 1.05 / (l + 0.05)
}"""


@pytest.mark.parametrize("lang", LANGUAGES)
def test_headings_are_dark_and_heavy_and_the_summary_is_at_least_body_size(phone, server, lang):
    open_page(phone, server, lang, "understanding/warning-signs.html")   # has all three levels
    style = phone.evaluate(f"""() => {{
        const contrast = {LUMINANCE}
        const look = selector => {{
            const s = getComputedStyle(document.querySelector(selector))
            return {{weight: Number(s.fontWeight), contrast: contrast(s.color), size: parseFloat(s.fontSize)}}
        }}
        return {{h1: look("article h1"), h2: look("article h2"), h3: look("article h3"),
                 body: look("article > p"),
                 summary: look("article .admonition.abstract > :not(.admonition-title)")}}
    }}""")
    assert style["h1"]["weight"] >= 700 and style["h1"]["contrast"] >= 12, style["h1"]
    for level in ("h2", "h3"):
        assert style[level]["weight"] >= 600 and style[level]["contrast"] >= 12, style[level]
    assert style["body"]["size"] >= 16, style["body"]
    assert style["summary"]["size"] >= style["body"]["size"], style


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_print_button_is_off_the_first_phone_screen_and_at_the_foot(phone, server, lang):
    open_page(phone, server, lang, CONTENT_PAGE)
    button = phone.locator("button[data-toolkit-print]")
    button.wait_for(state="visible")                       # print.js has shown it
    assert phone.evaluate("scrollY") == 0
    assert button.bounding_box()["y"] >= PHONE["height"]
    # At the foot of the page: after the page's last words ("Where this comes from").
    assert button.evaluate("""b => !!(document.querySelector("article h2#sources")
        .compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING)""")


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_nothing_floats_over_the_text(browser, server, viewport):
    context = new_context(browser, server, viewport=viewport)
    tab = context.new_page()
    open_page(tab, server, "en", "whole-school/identifying-need.html")
    assert tab.locator(".md-top").count() == 0             # no back-to-top button
    # Down the page, then a little way back up (when Material shows its back-to-top button).
    tab.mouse.wheel(0, 2400)
    tab.wait_for_function("scrollY > 1500")
    tab.mouse.wheel(0, -300)
    tab.wait_for_function("scrollY < 2300")
    settle(tab)
    floating = tab.evaluate("""() => {
        const text = document.querySelector("article").getBoundingClientRect()
        return [...document.querySelectorAll("body *")].filter(e => {
            const style = getComputedStyle(e)
            if (!["fixed", "sticky"].includes(style.position) || e.closest(".md-header")) return false
            if (!e.checkVisibility({visibilityProperty: true, opacityProperty: true})) return false
            const box = e.getBoundingClientRect()
            return box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight
                && box.left < text.right && box.right > text.left
                && box.top < text.bottom && box.bottom > text.top
        }).map(e => e.outerHTML.slice(0, 100))
    }""")
    assert floating == []
    context.close()


# The menu entries a reader sees: on screen, not covered by another panel of the menu.
MENU_SEEN = """() => [...document.querySelectorAll(
        ".md-sidebar--primary :is(a.md-nav__link, label.md-nav__link, .md-nav__title)")]
    .filter(e => {
        if (!e.checkVisibility({visibilityProperty: true, opacityProperty: true})) return false
        const box = e.getBoundingClientRect()
        if (box.width === 0 || box.height === 0 || box.top >= innerHeight || box.bottom <= 0) return false
        const hit = document.elementFromPoint(box.left + 4, (box.top + box.bottom) / 2)
        return hit !== null && (e.contains(hit) || hit.contains(e))
    })
    .map(e => {                                            // words for screen readers aside
        const copy = e.cloneNode(true)
        copy.querySelectorAll(".md-visually-hidden").forEach(hidden => hidden.remove())
        return copy.textContent.replace(/\\s+/g, " ").trim()
    }).filter(text => text)"""


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_desktop_menu_is_short_and_says_each_thing_once(desktop, server, html, lang):
    open_page(desktop, server, lang, CONTENT_PAGE)
    seen = desktop.evaluate(MENU_SEEN)
    print(f"\n{lang}: {len(seen)} menu entries seen on a desktop content page")
    assert 8 <= len(seen) <= 25, seen                      # 55 links with every section open
    assert len({text.lower() for text in seen}) == len(seen), seen
    site_name = html(lang, "index.md").select_one(".md-header__topic .md-ellipsis").get_text(strip=True)
    assert site_name.lower() not in {text.lower() for text in seen}, "the header already says it"
    # The page's own section is open, the others closed; a section is its first page's link.
    sections = html(lang, "pace/index.md").select(".md-sidebar--primary .md-nav__container > a")
    assert len(sections) >= 5
    assert all(a.get_text(strip=True) in seen for a in sections)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_phone_menu_opens_on_the_pages_section_and_says_each_thing_once(phone, server, lang):
    open_page(phone, server, lang, CONTENT_PAGE)
    phone.click("label.md-header__button[for=__drawer]")
    phone.wait_for_function("""() => { const box = document.querySelector(".md-sidebar--primary")
        .getBoundingClientRect(); return box.left >= 0 && box.width > 0 }""")
    settle(phone)
    seen = phone.evaluate(MENU_SEEN)
    print(f"\n{lang}: {len(seen)} menu entries seen in the phone menu")
    assert 5 <= len(seen) <= 16, seen
    assert len({text.lower() for text in seen}) == len(seen), seen


def first_stop_in_content(tab, limit):
    """Tab presses from the page's start to the first control inside the article (or None)."""
    for presses in range(1, limit + 1):
        tab.keyboard.press("Tab")
        if tab.evaluate("""() => { const e = document.activeElement
                return e !== null && e.closest("article.md-content__inner") !== null }"""):
            return presses
    return None


# Before: 69 at 1280 x 800 and 68 at 390 x 844 (the menu's 55 links, open, and on a phone the
# closed menu's links, invisible but still Tab stops).
TAB_STOPS_BEFORE_CONTENT = {"phone": 8, "desktop": 40}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("size", ["phone", "desktop"])
def test_few_tab_stops_before_the_content(browser, server, lang, size):
    context = new_context(browser, server, viewport=PHONE if size == "phone" else DESKTOP)
    tab = context.new_page()
    open_page(tab, server, lang, CONTENT_PAGE)
    settle(tab)                                            # the closed phone menu has slid away
    presses = first_stop_in_content(tab, 100)
    print(f"\n{lang} {size}: {presses} Tab presses to the first control in the content")
    assert presses is not None and presses <= TAB_STOPS_BEFORE_CONTENT[size]
    context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_skip_link_lands_on_the_title_with_the_pages_own_controls_next(desktop, server, lang):
    open_page(desktop, server, lang, PARENT_SHEETS[0].removesuffix(".md") + ".html")
    desktop.keyboard.press("Tab")
    skip = desktop.locator("a.md-skip")
    assert skip.evaluate("e => e === document.activeElement")
    target = skip.get_attribute("href").split("#")[1]
    assert desktop.locator("article h1").get_attribute("id") == target
    desktop.keyboard.press("Enter")
    desktop.wait_for_url(f"**#{target}")
    desktop.keyboard.press("Tab")
    focused = desktop.evaluate("() => document.activeElement.outerHTML")
    if "headerlink" in focused:                            # the title's own permanent link
        desktop.keyboard.press("Tab")
        focused = desktop.evaluate("() => document.activeElement.outerHTML")
    assert "toolkit-pdf-link" in focused                   # this sheet's PDF, before its text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_neutral_copy_shows_no_school_name_on_screen(phone, server, html, pages, lang):
    for doc in pages:
        assert html(lang, doc).select(".toolkit-school-name") == [], doc
    open_page(phone, server, lang, CONTENT_PAGE)
    assert not phone.locator(".toolkit-print-header").is_visible()


# In the words and the attributes a reader sees or hears; HTML comments, which say which data
# file made a table for whoever reads the source, are no reader's text.
MAINTAINER_WORDS = re.compile(r"profiles/|README|mkdocs\.yml|data/[\w-]+\.yml")
READ_ALOUD = ("title", "aria-label", "alt", "placeholder")


def test_no_maintainer_instructions_on_any_page(html, pages):
    found = {}
    for lang in LANGUAGES:
        for doc in pages:
            soup = html(lang, doc)
            body = soup.body
            words = [text for text in body.find_all(string=MAINTAINER_WORDS)
                     if not isinstance(text, Comment) and text.parent.name not in ("script", "style")]
            words += [element[name] for name in READ_ALOUD
                      for element in body.find_all(attrs={name: MAINTAINER_WORDS})]
            if words:
                found[f"{lang} {doc}"] = words
    assert found == {}
