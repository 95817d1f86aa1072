"""Guidance people can trust: when each page was updated, where it came from, how to report
a problem, and an About page that names every source."""
import re

import pytest

from conftest import LANGUAGES

DATE = {"en": r"\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}",
        "cy": r"\d{1,2} (Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) \d{4}"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_says_when_it_was_last_updated(html, pages, data, lang):
    label = data["strings"]["updated_label"][lang]
    for page in pages:
        updated = html(lang, page).select_one("article .toolkit-updated")
        assert updated is not None, page
        assert re.fullmatch(re.escape(label) + " " + DATE[lang], updated.get_text(" ", strip=True)), page


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_offers_a_way_to_report_a_problem(html, pages, data, lang):
    for page in pages:
        feedback = html(lang, page).select_one("article .toolkit-feedback")
        assert feedback is not None, page
        # The default profile ships no address, so no real person is ever named.
        assert feedback.get_text(strip=True) == data["strings"]["feedback_none"][lang]
        assert feedback.find("a") is None


@pytest.mark.parametrize("lang", LANGUAGES)
def test_about_page_lists_every_source_with_publisher(html, data, lang):
    about = html(lang, "about.md").select_one("article")
    for source in data["sources"]:
        heading = about.select_one(f"h3#source-{source['id']}")
        assert heading is not None and source["title"][lang] in heading.get_text(), source["id"]
        assert source["publisher"][lang] in heading.find_next("p").get_text()
