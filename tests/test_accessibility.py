"""Accessibility in a real browser: axe-core finds no WCAG 2.2 A or AA violation with the
search dialog or the language menu open (on every page as it opens: test_every_page_in_chromium.py);
every control can be reached with the keyboard, in order, with a visible focus; the skip link works."""
import pytest

from conftest import LANGUAGES
from crawl import audit, new_context, wait_for_search

SEARCH_WORD = {"en": "resilience", "cy": "gwydnwch"}
PREFIX = {"en": "", "cy": "cy/"}


@pytest.fixture(scope="module")
def tab(browser, server):
    """One tab for this module's tests, at a desktop size (the header search box shows)."""
    context = new_context(browser, server, viewport={"width": 1280, "height": 800})
    page = context.new_page()
    yield page
    context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_dialog_with_results_passes_wcag_22_aa(tab, server, lang):
    tab.goto(f"{server}{PREFIX[lang]}pace/empathy.html")
    wait_for_search(tab)
    tab.click("input.md-search__input")
    tab.keyboard.type(SEARCH_WORD[lang])
    tab.wait_for_selector(".md-search-result__item")
    assert tab.is_checked("#__search")                     # the dialog is open
    assert audit(tab) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_language_menu_open_passes_wcag_22_aa(tab, server, lang):
    tab.goto(f"{server}{PREFIX[lang]}pace/empathy.html")
    wait_for_search(tab)
    tab.focus(".md-header__option .md-select > button")   # the menu opens on focus
    tab.wait_for_selector("a.md-select__link", state="visible")
    assert audit(tab) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_phone_layout_with_the_navigation_drawer_open_passes_wcag_22_aa(browser, server, lang):
    context = new_context(browser, server, viewport={"width": 375, "height": 740})
    phone = context.new_page()
    phone.goto(f"{server}{PREFIX[lang]}appendices/vulnerability-index.html")
    wait_for_search(phone)
    assert audit(phone) == []
    phone.click("label.md-header__button[for=__drawer]")
    assert phone.is_checked("#__drawer")
    assert audit(phone) == []
    context.close()


FOCUSABLE = """a[href], button, input:not([type=hidden]), select, textarea, summary,
               [tabindex]:not([tabindex="-1"])"""

# A radio group is one Tab stop (its checked radio, or its first); arrows move within it.
TABBABLE_IN_ORDER = """selector => [...document.querySelectorAll(selector)].filter(e =>
    !e.disabled && e.tabIndex >= 0 && !e.closest("[inert], [hidden]")
    && e.checkVisibility({visibilityProperty: true, opacityProperty: true})
    && e.getClientRects().length > 0
    && !(e.type === "radio" && e.name && e !== (
        (e.form || document).querySelector(`input[name="${e.name}"]:checked`)
        || (e.form || document).querySelector(`input[name="${e.name}"]`))))"""

FOCUS_STATE = """() => {
    const e = document.activeElement
    if (e === document.body || e === null) return null
    const again = e.dataset.visited === "yes"
    e.dataset.visited = "yes"
    const style = getComputedStyle(e), box = e.getBoundingClientRect()
    const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1)
    const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1)
    const top = document.elementFromPoint(x, y)
    return {
        id: e.dataset.tabOrder,
        again: again,
        html: e.outerHTML.slice(0, 120),
        outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0,
        shadow: style.boxShadow !== "none",
        onScreen: box.bottom > 0 && box.top < innerHeight && box.width > 0 && box.height > 0,
        unobscured: top !== null && (e === top || e.contains(top) || top.contains(e)),
    }
}"""


@pytest.mark.parametrize("path", ["pace/empathy.html", "cy/appendices/vulnerability-index.html"])
def test_tab_reaches_every_control_in_order_with_a_visible_focus(tab, server, path):
    tab.goto(server + path)
    wait_for_search(tab)
    # The steady state after each key press, not half-way through a fade (Material fades its
    # search out as the focus leaves it, over what is focused next).
    tab.add_style_tag(content="*, ::before, ::after { transition: none !important }")
    count = tab.evaluate(f"""selector => ({TABBABLE_IN_ORDER})(selector)
        .map((e, i) => e.dataset.tabOrder = i).length""", FOCUSABLE)
    assert count > 40                                      # the header, menu, page and footer
    visited = []
    for _ in range(count + 20):
        tab.keyboard.press("Tab")
        state = tab.evaluate(FOCUS_STATE)
        if state is None or state["again"]:
            break                                          # out of the page, or round again
        visited.append(state)
    order = [int(state["id"]) for state in visited if state["id"] is not None]
    assert order == list(range(count)), "Tab misses or reorders controls"
    hidden = [s["html"] for s in visited if not (s["outline"] or s["shadow"])]
    assert hidden == [], "focus not visible"
    obscured = [s["html"] for s in visited if not (s["onScreen"] and s["unobscured"])]
    assert obscured == [], "focused control off screen or covered"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_skip_link_is_first_and_moves_focus_to_the_content(tab, server, lang):
    tab.goto(f"{server}{PREFIX[lang]}pace/curiosity.html")
    wait_for_search(tab)
    tab.keyboard.press("Tab")
    skip = tab.locator("a.md-skip")
    assert skip.evaluate("e => e === document.activeElement")
    assert skip.is_visible() and skip.bounding_box()["y"] >= 0
    target = skip.get_attribute("href").split("#")[1]
    tab.keyboard.press("Enter")
    tab.wait_for_url(f"**#{target}")
    tab.keyboard.press("Tab")                              # the next stop is in the page's content
    assert tab.evaluate("""target => {
        const focused = document.activeElement, start = document.getElementById(target)
        return focused.closest("article.md-content__inner") !== null
            && !!(start.compareDocumentPosition(focused) & Node.DOCUMENT_POSITION_FOLLOWING
                  || start.contains(focused))
    }""", target)


def test_every_content_page_has_a_skip_link(html, pages):
    for lang in LANGUAGES:
        missing = [path for path in pages if html(lang, path).select_one("a.md-skip[href^='#']") is None]
        assert missing == [], lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_search_dialog_is_named_and_its_results_list_is_no_tab_stop(html, pages, lang):
    """overrides/main.html puts both into Material's markup; if a theme update moves what it
    looks for, this says so before the browser tests do."""
    for doc in pages:
        dialog = html(lang, doc).select_one("div.md-search[role=dialog]")
        name = dialog.select_one("nav.md-search__options")["aria-label"]   # Material's "Search"
        assert dialog.get("aria-label") == name, (
            f"{lang} {doc}: the search dialog has no name; Material's partials/search.html has "
            "changed: update the dialog marker in overrides/main.html's header block")
        assert dialog.select_one(".md-search__scrollwrap")["tabindex"] == "-1", (
            f"{lang} {doc}: the search results list is a Tab stop; Material's partials/search.html "
            "has changed: update the results marker in overrides/main.html's header block")


def test_menu_section_toggles_are_named_for_screen_readers():
    from hooks.accessibility import name_section_toggles
    nav = ('<a href="pace/index.html" class="md-nav__link">\n<span class="md-ellipsis">\n  Tom &amp; Jerry\n'
           '  </span>\n</a>\n<label class="md-nav__link " for="__nav_5" id="__nav_5_label" tabindex="0">\n'
           '<span class="md-nav__icon md-icon"></span>\n</label>')
    named = name_section_toggles(nav, "{section}: pages")
    assert named == nav.replace('<span class="md-nav__icon',
                                '<span class="md-visually-hidden">Tom &amp; Jerry: pages</span><span class="md-nav__icon')
    home = '<a href="index.html" class="md-nav__link"><span class="md-ellipsis">Home</span></a></li><li>'
    assert name_section_toggles(home + nav, "{section}: pages") == home + named   # its own link only


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_menu_toggle_says_what_it_opens(html, lang):
    for doc in ("index.md", "pace/curiosity.md", "appendices/pace-model.md"):
        toggles = html(lang, doc).select(".md-sidebar--primary label.md-nav__link[tabindex='0']")
        assert len(toggles) >= 5, doc
        assert [t["for"] for t in toggles if not t.get_text(strip=True)] == [], doc
