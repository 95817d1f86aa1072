"""Tables and checklists are generated from data, complete, in the page's language."""
import pytest

from conftest import LANGUAGES


def cell_text(element):
    return " ".join(element.get_text(" ", strip=True).split())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pace_notice_table_has_a_row_per_record_in_the_page_language(html, data, lang):
    path = next(p for p in ("pace/what-you-notice/", "pace/") if html_exists(html, lang, p))
    table = html(lang, path).select_one("table.toolkit-table[aria-labelledby=pace-notice-caption]")
    rows = table.select("tbody > tr")
    records = data["pace-notice"]
    assert [row["id"] for row in rows] == [record["id"] for record in records]
    for row, record in zip(rows, records):
        assert cell_text(row.th) == " ".join(record["notice"][lang].split())
        assert len(row.select("td li")) == len(record["actions"])
    headers = [cell_text(th) for th in table.select("thead th")]
    assert headers == [data["strings"]["pace_notice_header_notice"][lang],
                       data["strings"]["pace_notice_header_actions"][lang]]


def html_exists(html, lang, path):
    try:
        html(lang, path)
        return True
    except FileNotFoundError:
        return False


@pytest.mark.parametrize("lang", LANGUAGES)
def test_role_checklist_lists_every_duty_as_a_checkbox(html, data, lang):
    soup = html(lang, "appendices/roles-and-responsibilities/")
    role = next(r for r in data["roles"] if r["id"] == "all-staff")
    heading = next(h for h in soup.select("h2") if h.find(string=True).strip() == role["role"][lang])
    checklist = heading.find_next("ul", class_="task-list")
    items = checklist.select("li.task-list-item")
    assert len(items) == len(role["duties"])
    assert all(item.select_one("input[type=checkbox]") for item in items)
    assert cell_text(items[0]) == role["duties"][0][lang]


def test_generated_tables_name_their_data_file(site):
    assert "<!-- generated from data/pace-notice.yml -->" in (
        site / "cy" / "pace" / "index.html").read_text(encoding="utf-8")
    assert "<!-- generated from data/" in (site / "appendices" / "roles-and-responsibilities"
                                          / "index.html").read_text(encoding="utf-8")
