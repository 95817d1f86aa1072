"""In a real browser: the language toggle lands on the same page in the other language."""
import pytest


@pytest.mark.parametrize("start, lang, other, other_path", [
    ("appendices/roles-and-responsibilities.html", "en", "cy", "cy/appendices/roles-and-responsibilities.html"),
    ("cy/appendices/roles-and-responsibilities.html", "cy", "en", "appendices/roles-and-responsibilities.html"),
])
def test_toggle_on_a_deep_page_goes_to_the_same_page(page, server, start, lang, other, other_path):
    page.goto(server + start)
    assert page.get_attribute("html", "lang") == lang
    page.hover(".md-header__option .md-select")      # the menu opens on hover or focus
    page.click(f"a.md-select__link[hreflang={other}]")
    page.wait_for_url(server + other_path)
    assert page.get_attribute("html", "lang") == other
    # ...and back again.
    page.hover(".md-header__option .md-select")
    page.click(f"a.md-select__link[hreflang={lang}]")
    page.wait_for_url(server + start)
    assert page.get_attribute("html", "lang") == lang
    assert page.console_errors == []


def switch(page, server, lang):
    page.hover(".md-header__option .md-select")
    page.click(f"a.md-select__link[hreflang={lang}]")


def in_view(page, selector):
    """The element's top is on screen, below the fixed header (not hidden under it)."""
    return page.wait_for_function("""selector => {
        const box = document.querySelector(selector).getBoundingClientRect();
        const header = document.querySelector(".md-header").getBoundingClientRect().bottom;
        return box.top >= header - 1 && box.top < innerHeight / 2;
    }""", arg=selector)


def heading_ids(html, lang, doc):
    return [h["id"] for h in html(lang, doc).select("article :is(h1, h2, h3, h4, h5, h6)[id]")]


@pytest.mark.parametrize("lang, other", [("en", "cy"), ("cy", "en")])
def test_toggle_keeps_the_section_of_a_heading_whose_id_differs(page, server, html, lang, other):
    doc = "pace/empathy.md"
    here, there = heading_ids(html, lang, doc), heading_ids(html, other, doc)
    assert here[2] != there[2]                   # the ids come from each language's words
    prefix = {"en": "", "cy": "cy/"}
    page.goto(f"{server}{prefix[lang]}pace/empathy.html#{here[2]}")
    switch(page, server, other)
    page.wait_for_url(f"{server}{prefix[other]}pace/empathy.html#{there[2]}")
    in_view(page, f"#{there[2]}")
    # ...and back again, to the same section.
    switch(page, server, lang)
    page.wait_for_url(f"{server}{prefix[lang]}pace/empathy.html#{here[2]}")
    in_view(page, f"#{here[2]}")
    assert page.console_errors == []


def test_toggle_keeps_an_id_made_from_data_as_it_is(page, server, data):
    row = "review-" + data["healthy-school-matrix"][3]["id"]
    page.goto(f"{server}whole-school/self-review.html#{row}")
    switch(page, server, "cy")
    page.wait_for_url(f"{server}cy/whole-school/self-review.html#{row}")
    in_view(page, f"#{row}")
    assert page.console_errors == []


def test_toggle_from_the_top_of_a_page_lands_at_the_top(page, server):
    page.goto(f"{server}pace/empathy.html")
    switch(page, server, "cy")
    page.wait_for_url(f"{server}cy/pace/empathy.html")
    assert page.evaluate("scrollY") == 0
