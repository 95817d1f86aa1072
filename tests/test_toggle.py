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
