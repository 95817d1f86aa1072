"""Every page of both editions shows where urgent help is, from data/urgent-help.yml."""
import pytest

from conftest import LANGUAGES


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_shows_the_urgent_help_box_with_every_number(html, pages, data, lang):
    lines = data["urgent-help"]
    for path in pages:
        boxes = html(lang, path).select("article aside.toolkit-urgent")
        assert len(boxes) == 1, path
        box = boxes[0]
        assert box.select_one("#urgent-help-title").get_text(strip=True) == \
            data["strings"]["urgent_help_heading"][lang]
        links = {a.get_text(): a["href"] for a in box.select("a[href^='tel:']")}
        assert links == {line["number"]: "tel:" + line["number"].replace(" ", "") for line in lines}
        for line in lines:
            assert line["name"][lang] in box.get_text()
            assert line.get("note", {}).get(lang, "") in box.get_text()
        # Each number is its own large tap-to-call link (sizes: tests/test_help_now.py).
        assert len(box.select("a.toolkit-urgent__call")) == len(lines)


def test_the_box_says_when_the_numbers_were_checked(html, data):
    oldest = min(line["checked"] for line in data["urgent-help"])
    year = oldest[:4]
    assert f"{year}." in html("en", "index.md").select_one(".toolkit-urgent__checked").get_text()
    assert html("cy", "index.md").select_one(".toolkit-urgent__checked").get_text().startswith("Rhifau wedi'u gwirio ar")
