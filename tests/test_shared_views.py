"""Views that can be shared (issue #19, item 3): the situation finder's chosen situation and
the intervention finder's words, domain and level live in the address, so a copied link
opens the same view, Back and Forward step through the choices, and the language menu
carries the view to the other edition. In headless Chromium, in both editions, from a web
server and from file://."""
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from conftest import LANGUAGES, page_url, wait_until
from crawl import audit, new_context
from test_finders import SITUATIONS, VULNERABILITY, count_text, expected_interventions, url

OTHER = {"en": "cy", "cy": "en"}
# Words that name the same interventions in both editions (a programme's name).
SHARED_WORDS = "elsa"


def situation(page, sid):
    return page.locator(f"form#situation-finder input[name=situation][value='{sid}']")


def shows_only(page, sid):
    """The finder shows the one situation, its choice ticked, or every situation for ''."""
    if sid:
        expect(situation(page, sid)).to_be_checked()
        expect(page.locator("section.toolkit-situation:visible")).to_have_count(1)
        expect(page.locator(f"section.toolkit-situation[data-situation={sid}]")).to_be_visible()
    else:
        expect(situation(page, "")).to_be_checked()
        sections = page.locator("section.toolkit-situation")
        expect(page.locator("section.toolkit-situation:visible")).to_have_count(sections.count())


def heading_in_view(page, sid):
    wait_until(page, """id => {
        const top = document.getElementById(id).getBoundingClientRect().top;
        const header = document.querySelector(".md-header").getBoundingClientRect().bottom;
        return top >= header - 1 && top < innerHeight / 2;
    }""", f"the heading of {sid} on screen, below the header", sid)


def history_length(page):
    return page.evaluate("history.length")


def switch(page, lang):
    page.hover(".md-header__option .md-select")
    page.click(f"a.md-select__link[hreflang={lang}]")


# --- The situation finder: #id ------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_shared_situation_link_opens_that_situation_at_its_heading(page, server, lang):
    page.goto(url(server, lang, SITUATIONS) + "#speaking-with-parents")
    shows_only(page, "speaking-with-parents")
    heading_in_view(page, "speaking-with-parents")
    # A link that names no situation, or one that no longer exists, shows them all.
    page.goto("about:blank")
    page.goto(url(server, lang, SITUATIONS) + "#no-such-situation")
    shows_only(page, "")
    assert page.console_errors == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_back_and_forward_step_through_the_chosen_situations(page, server, lang):
    address = url(server, lang, SITUATIONS)
    page.goto(address)
    situation(page, "very-dysregulated").check()
    page.wait_for_url(address + "#very-dysregulated")
    situation(page, "being-helpful").check()
    page.wait_for_url(address + "#being-helpful")
    shows_only(page, "being-helpful")

    page.go_back()
    page.wait_for_url(address + "#very-dysregulated")
    shows_only(page, "very-dysregulated")
    page.go_back()
    page.wait_for_url(address)
    shows_only(page, "")
    page.go_forward()
    page.wait_for_url(address + "#very-dysregulated")
    shows_only(page, "very-dysregulated")

    # "Show every situation" is a step too, and its address has no #situation.
    situation(page, "").check()
    page.wait_for_url(address)
    shows_only(page, "")
    page.go_back()
    shows_only(page, "very-dysregulated")
    assert page.console_errors == []


def test_the_arrow_keys_make_one_step_in_the_history_not_one_per_key(page, server):
    address = url(server, "en", SITUATIONS)
    page.goto(address)
    before = history_length(page)
    situation(page, "struggling-to-get-on").check()      # a click: one step
    situation(page, "struggling-to-get-on").focus()
    for _ in range(3):                                   # three keys: one step between them
        page.keyboard.press("ArrowDown")
    page.wait_for_url(address + "#struggling-with-learning")
    shows_only(page, "struggling-with-learning")
    assert history_length(page) == before + 2
    page.go_back()
    page.wait_for_url(address + "#struggling-to-get-on")
    shows_only(page, "struggling-to-get-on")
    assert page.console_errors == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_language_menu_keeps_the_chosen_situation(page, server, lang):
    other = OTHER[lang]
    page.goto(url(server, lang, SITUATIONS))
    situation(page, "coping-and-problem-solving").check()
    switch(page, other)
    page.wait_for_url(url(server, other, SITUATIONS) + "#coping-and-problem-solving")
    shows_only(page, "coping-and-problem-solving")
    heading_in_view(page, "coping-and-problem-solving")
    # ...and back again, with nothing chosen.
    situation(page, "").check()
    switch(page, lang)
    page.wait_for_url(url(server, lang, SITUATIONS))
    shows_only(page, "")
    assert page.console_errors == []


# --- The intervention finder: ?words=&domain=&level= ------------------------------------------

def finder_view(page):
    return page.evaluate("""() => {
        const form = document.getElementById("intervention-finder");
        return [form.elements.words.value, form.elements.domain.value, form.elements.level.value];
    }""")


def query(page):
    return {name: values[0] for name, values in parse_qs(urlsplit(page.url).query).items()}


def shows_interventions(page, data, lang, words="", domain="", level=""):
    total = expected_interventions(data, lang)
    expected = expected_interventions(data, lang, domain=domain, level=level, words=words)
    assert expected > 0, (lang, words, domain, level)
    expect(page.locator("#intervention-finder-count")).to_have_text(
        count_text(data, lang, "finders_interventions_count", expected, total))
    assert page.locator("table.toolkit-table[data-domain] td li:visible").count() == expected
    assert finder_view(page) == [words, domain, level]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_shared_finder_link_opens_the_same_words_domain_and_level(page, server, data, lang):
    address = url(server, lang, VULNERABILITY)
    page.goto(address)
    page.fill("#intervention-finder-text", SHARED_WORDS)
    page.check("form#intervention-finder input[name=domain][value=school]")
    page.check("form#intervention-finder input[name=level][value=targeted]")
    assert query(page) == {"words": SHARED_WORDS, "domain": "school", "level": "targeted"}
    shared = page.url

    # The copied link, opened in another browser (no history, no storage), shows the same.
    context = page.context.browser.new_context()
    try:
        other = context.new_page()
        other.goto(shared)
        shows_interventions(other, data, lang, SHARED_WORDS, "school", "targeted")
        # With a #section too, the page still goes to that heading.
        other.goto(shared + "#find-an-intervention")
        shows_interventions(other, data, lang, SHARED_WORDS, "school", "targeted")
        heading_in_view(other, "find-an-intervention")
        # Values the finder does not offer are left out, not an empty page.
        other.goto(address + "?domain=nowhere&level=urgent&words=" + SHARED_WORDS)
        shows_interventions(other, data, lang, SHARED_WORDS)
    finally:
        context.close()
    assert page.console_errors == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_back_and_forward_step_through_the_finders_choices(page, server, data, lang):
    words = {"en": "parent", "cy": "rhieni"}[lang]
    page.goto(url(server, lang, VULNERABILITY))
    before = history_length(page)
    page.focus("#intervention-finder-text")
    page.keyboard.type(words)                      # one step, however many keys
    wait_until(page, "words => new URLSearchParams(location.search).get('words') === words",
               "the typed words in the address", words)
    assert history_length(page) == before + 1
    page.check("form#intervention-finder input[name=domain][value=community]")
    page.check("form#intervention-finder input[name=level][value=universal]")
    assert query(page) == {"words": words, "domain": "community", "level": "universal"}
    assert history_length(page) == before + 3

    page.go_back()
    shows_interventions(page, data, lang, words, "community")
    page.go_back()
    shows_interventions(page, data, lang, words)
    page.go_back()
    shows_interventions(page, data, lang)
    assert query(page) == {}
    page.go_forward()
    page.go_forward()
    shows_interventions(page, data, lang, words, "community")

    # "Show everything" is a step too, and leaves the address plain.
    page.click("form#intervention-finder button[type=reset]")
    wait_until(page, "() => location.search === ''", "the address without the finder's view")
    shows_interventions(page, data, lang)
    page.go_back()
    shows_interventions(page, data, lang, words, "community")
    assert page.console_errors == []


def test_the_arrow_keys_through_a_set_of_choices_make_one_step(page, server, data):
    page.goto(url(server, "en", VULNERABILITY))
    before = history_length(page)
    page.focus("form#intervention-finder input[name=domain][value='']")
    page.keyboard.press("ArrowDown")                   # individual
    page.keyboard.press("ArrowDown")                   # school
    wait_until(page, "() => location.search === '?domain=school'", "the domain in the address")
    shows_interventions(page, data, "en", domain="school")
    assert history_length(page) == before + 1
    page.go_back()
    shows_interventions(page, data, "en")
    assert page.console_errors == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_language_menu_carries_the_finders_view(page, server, data, lang):
    other = OTHER[lang]
    page.goto(url(server, lang, VULNERABILITY) + f"?words={SHARED_WORDS}&domain=school&level=targeted&h=elsa")
    shows_interventions(page, data, lang, SHARED_WORDS, "school", "targeted")
    switch(page, other)
    page.wait_for_url(url(server, other, VULNERABILITY) + "?*")
    # Search's highlighted words (?h=) are the first edition's and stay behind.
    assert query(page) == {"words": SHARED_WORDS, "domain": "school", "level": "targeted"}
    shows_interventions(page, data, other, SHARED_WORDS, "school", "targeted")
    assert page.console_errors == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_shared_views_work_from_a_shared_drive(page, site, data, lang):
    """Opened as files (file://): the address keeps the view there too."""
    folder = site / lang if lang == "cy" else site
    situations = (folder / page_url(SITUATIONS)).as_uri()
    page.goto(situations + "#being-helpful")
    shows_only(page, "being-helpful")
    situation(page, "ongoing-support").check()
    page.wait_for_url(situations + "#ongoing-support")
    page.go_back()
    shows_only(page, "being-helpful")

    finder = (folder / page_url(VULNERABILITY)).as_uri()
    page.goto(finder + "?domain=family")
    shows_interventions(page, data, lang, domain="family")
    page.check("form#intervention-finder input[name=level][value=specialist]")
    assert query(page) == {"domain": "family", "level": "specialist"}
    page.reload()
    shows_interventions(page, data, lang, domain="family", level="specialist")
    # The language menu carries the view between the editions' files too.
    switch(page, OTHER[lang])
    other = site / OTHER[lang] if OTHER[lang] == "cy" else site
    page.wait_for_url((other / page_url(VULNERABILITY)).as_uri() + "?domain=family&level=specialist")
    shows_interventions(page, data, OTHER[lang], domain="family", level="specialist")
    assert page.console_errors == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_shared_views_pass_wcag_22_aa(browser, server, lang):
    """The crawl of every page sees each finder as it opens; this sees the views a link opens."""
    context = new_context(browser, server)
    try:
        tab = context.new_page()
        found = {}
        for address in (url(server, lang, SITUATIONS) + "#speaking-with-parents",
                        url(server, lang, VULNERABILITY) + f"?words={SHARED_WORDS}&domain=school&level=targeted",
                        url(server, lang, VULNERABILITY) + "?words=no+such+words"):
            tab.goto(address)
            found[address] = audit(tab)
        assert found == dict.fromkeys(found, [])
    finally:
        context.close()
