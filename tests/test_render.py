"""The render functions, on small fixtures, without a build."""
import re

import markdown
from bs4 import BeautifulSoup

from conftest import CHOICES
from macros import render

STRINGS = {key: {"en": f"{key} EN", "cy": f"{key} CY"} for key in (
    "pace_notice_caption", "pace_notice_header_notice", "pace_notice_header_actions",
    "none_listed", "vulnerability_caption", "vulnerability_header_factor",
    "level_universal", "level_targeted", "level_specialist", "domain_family",
    "sources_heading", "sources_intro")}
STRINGS["vulnerability_caption"] = {"en": "By factor: {domain}", "cy": "Yn ôl ffactor: {domain}"}


def to_html(text):
    return BeautifulSoup(markdown.markdown(text, extensions=["md_in_html", "abbr", "attr_list"]), "lxml")


def test_pace_notice_table_renders_one_row_per_record_with_markdown_cells():
    records = [{"id": "upset", "notice": {"en": "Upset", "cy": "Gofidus"},
                "actions": [{"en": "Stay *calm*", "cy": "Arhoswch yn *dawel*"},
                            {"en": "Name it", "cy": "Enwch ef"}]}]
    soup = to_html(render.pace_notice_table(records, STRINGS, "cy"))
    row = soup.select_one("tbody tr#upset")
    assert row.th.get_text() == "Gofidus"
    assert [li.get_text() for li in row.select("td li")] == ["Arhoswch yn dawel", "Enwch ef"]
    assert row.select_one("td li em").get_text() == "dawel"
    assert [th.get_text() for th in soup.select("thead th")] == [
        "pace_notice_header_notice CY", "pace_notice_header_actions CY"]
    assert soup.select_one("table")["aria-labelledby"] == "pace-notice-caption"


def test_an_empty_level_says_none_listed_rather_than_a_blank_cell():
    records = [{"id": "f", "domain": "family", "factor": {"en": "Warmth", "cy": "Cynhesrwydd"},
                "universal": [{"en": "Coffee mornings", "cy": "Boreau coffi"}]}]
    soup = to_html(render.vulnerability_index(records, STRINGS, "en", "family", CHOICES))
    cells = soup.select("tbody tr#f td")
    assert len(cells) == 3
    assert cells[1].get_text() == "—none_listed EN"
    assert soup.select_one("p.toolkit-caption").get_text() == "By factor: domain_family EN"


def test_vulnerability_index_keeps_only_the_domain_asked_for():
    records = [{"id": "a", "domain": "family", "factor": {"en": "A", "cy": "A"}},
               {"id": "b", "domain": "school", "factor": {"en": "B", "cy": "B"}}]
    soup = to_html(render.vulnerability_index(records, STRINGS, "en", "family", CHOICES))
    assert [row["id"] for row in soup.select("tbody tr")] == ["a"]


def test_abbreviations_become_tooltips_in_the_page_language():
    records = [{"id": "aces", "term": {"en": "ACEs", "cy": "ACEs"},
                "meaning": {"en": "Adverse childhood experiences",
                            "cy": "Profiadau niweidiol yn ystod plentyndod"}}]
    soup = to_html("Mae ACEs yn bwysig.\n\n" + render.abbreviations(records, "cy"))
    assert soup.abbr["title"] == "Profiadau niweidiol yn ystod plentyndod"


def test_a_page_gets_the_definitions_of_only_the_abbreviations_it_holds():
    records = [{"id": i, "term": {"en": t, "cy": t}, "meaning": {"en": m, "cy": m}}
               for i, t, m in (("pru", "PRU", "Pupil referral unit"), ("elsa", "ELSA", "Emotional literacy"))]
    text = "Two PRUs took part."
    assert render.abbreviations(records, "en", text) == (
        "*[PRU]: Pupil referral unit\n\n*[PRUs]: Pupil referral unit")
    assert to_html(text + "\n\n" + render.abbreviations(records, "en", text)).abbr["title"] == "Pupil referral unit"
    assert "ELSA" in render.abbreviations(records, "en")     # no text: every definition


def test_sources_section_names_each_source_in_the_page_language():
    sources = [{"id": "x", "title": {"en": "Guide", "cy": "Canllaw"},
                "publisher": {"en": "Council", "cy": "Cyngor"}, "date": "2020"}]
    soup = to_html(render.sources_section(["x"], sources, STRINGS, "cy"))
    assert soup.h2["id"] == "sources"
    assert soup.li.get_text() == "Canllaw, Cyngor (2020)"


def test_only_a_profile_that_names_its_own_school_shows_the_name():
    neutral = {"name": {"en": "The toolkit", "cy": "Y pecyn"}}
    assert not render.names_own_school(neutral, neutral, "en")
    assert not render.names_own_school({"name": {"en": "The toolkit ", "cy": "Y pecyn"}}, neutral, "en")
    school = {"name": {"en": "Hill School", "cy": "Ysgol y Bryn"}}
    assert render.names_own_school(school, neutral, "en") and render.names_own_school(school, neutral, "cy")


def test_a_documents_month_is_named_in_the_pages_language():
    assert render.published("2020-07", "en") == " (July 2020)"
    assert render.published("2020-07", "cy") == " (Gorffennaf 2020)"
    assert render.published("2015", "cy") == " (2015)"
    assert render.published(None, "en") == ""


def test_no_welsh_page_dates_a_document_with_an_english_month(site):
    english_month = re.compile(r"\((January|February|March|April|May|June|July|August|September|"
                               r"October|November|December) \d{4}\)")
    found = [page.relative_to(site).as_posix() for page in (site / "cy").rglob("*.html")
             if english_month.search(BeautifulSoup(page.read_text(encoding="utf-8"), "lxml").get_text(" "))]
    assert found == []
