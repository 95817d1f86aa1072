"""Tables and checklists are generated from data, complete, in the page's language."""
import pytest
from bs4 import Comment

from conftest import CHOICES, LANGUAGES


def text_of(element):
    return " ".join(element.get_text(" ", strip=True).split())


def plain(markdown_text):
    """Data text as it reads once rendered (emphasis markers dropped)."""
    return " ".join(markdown_text.replace("*", "").split())


def table(soup, caption_id):
    found = soup.select_one(f"table.toolkit-table[aria-labelledby={caption_id}]")
    assert found is not None, caption_id
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pace_notice_table_has_a_row_per_record_in_the_page_language(html, data, lang):
    rows = table(html(lang, "pace/what-you-notice.md"), "pace-notice-caption").select("tbody > tr")
    records = data["pace-notice"]
    assert [row["id"] for row in rows] == [record["id"] for record in records]
    for row, record in zip(rows, records):
        assert text_of(row.th) == plain(record["notice"][lang])
        assert len(row.select("td li")) == len(record["actions"])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_table_headers_come_from_the_strings_file(html, data, lang):
    headers = [text_of(th) for th in
               table(html(lang, "pace/what-you-notice.md"), "pace-notice-caption").select("thead th")]
    assert headers == [data["strings"]["pace_notice_header_notice"][lang],
                       data["strings"]["pace_notice_header_actions"][lang]]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_parents_help_sheet_has_a_row_per_record(html, data, lang):
    rows = table(html(lang, "appendices/parents-help-sheet.md"),
                 "parents-help-sheet-caption").select("tbody > tr")
    records = data["parents-help-sheet"]
    assert len(rows) == len(records)
    for row, record in zip(rows, records):
        assert len(row.select("td li")) == len(record["actions"])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_healthy_school_matrix_has_every_element_and_every_item(html, data, lang):
    rows = table(html(lang, "appendices/healthy-school-matrix.md"),
                 "healthy-school-matrix-caption").select("tbody > tr")
    records = data["healthy-school-matrix"]
    assert [row["id"] for row in rows] == [record["id"] for record in records]
    columns = list(CHOICES["matrix_column"])
    for row, record in zip(rows, records):
        cells = row.select("td")
        assert len(cells) == len(columns)
        for cell, column in zip(cells, columns):
            assert len(cell.select("li")) == len(record.get(column) or []), (record["id"], column)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("domain", list(CHOICES["domain"]))
def test_vulnerability_index_has_every_factor_of_each_domain(html, data, lang, domain):
    rows = table(html(lang, "appendices/vulnerability-index.md"),
                 f"vulnerability-index-{domain}-caption").select("tbody > tr")
    records = [r for r in data["vulnerability-index"] if r["domain"] == domain]
    assert records, domain
    assert [row["id"] for row in rows] == [record["id"] for record in records]
    for row, record in zip(rows, records):
        for cell, level in zip(row.select("td"), CHOICES["level"]):
            assert len(cell.select("li")) == len(record.get(level) or []), (record["id"], level)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_conversation_prompts_have_a_heading_per_situation(html, data, lang):
    soup = html(lang, "pace/what-to-say.md")
    for record in data["conversation-prompts"]:
        heading = soup.select_one(f"h3#{record['id']}")
        assert text_of(heading).rstrip("¶ ").strip() == plain(record["situation"][lang])
        assert len(heading.find_next("ul").find_all("li")) == len(record["prompts"])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_way_to_build_resilience_is_listed(html, data, lang):
    soup = html(lang, "appendices/ways-to-build-resilience.md")
    for record in data["ways-to-build-resilience"]:
        assert soup.select_one(f"h3#{record['id']}") is not None, record["id"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_role_has_its_checklist(html, data, lang):
    soup = html(lang, "appendices/roles-and-responsibilities.md")
    checklists = soup.select("ul.toolkit-checklist")
    assert len(checklists) == len(data["roles"])
    for checklist, role in zip(checklists, data["roles"]):
        items = checklist.select("li")
        assert len(items) == len(role["duties"])
        # Each duty is a real tick box with its own label (tests/test_finders.py checks more).
        assert all(item.select_one(f"label[for='{item.select_one('input[type=checkbox]')['id']}']")
                   for item in items)
        assert text_of(items[0]) == plain(role["duties"][0][lang])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_glossary_lists_every_term(html, data, lang):
    terms = [text_of(dt) for dt in html(lang, "glossary.md").select("article dl dt")]
    assert sorted(terms) == sorted(record["term"][lang] for record in data["glossary"])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_abbreviations_show_their_meaning_as_a_tooltip(html, data, lang):
    aces = next(r for r in data["glossary"] if r["id"] == "aces")
    abbr = html(lang, "understanding/risk-and-adversity.md").find("abbr", string=aces["term"][lang])
    assert abbr is not None and abbr["title"] == aces["meaning"][lang]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_abbreviation_is_explained_once_at_its_first_use(html, pages, lang):
    repeats = 0
    for doc in pages:
        abbrs = html(lang, doc).select("article abbr")
        explained = [a.get_text() for a in abbrs if a.has_attr("title")]
        assert len(explained) == len(set(explained)), doc
        for at, abbr in enumerate(abbrs):
            if not abbr.has_attr("title"):
                repeats += 1
                assert abbr.get_text() in [a.get_text() for a in abbrs[:at] if a.has_attr("title")]
    assert repeats > 0      # long pages repeat abbreviations: the rule is in use


def test_first_use_only_keeps_each_abbreviations_first_meaning():
    """hooks/abbreviations.py, a plain function over a page's HTML."""
    from hooks.abbreviations import first_use_only
    page = ('<p><abbr title="Adverse childhood experiences">ACEs</abbr> and '
            '<abbr title="Emotional literacy support assistant">ELSA</abbr></p>'
            '<td><abbr title="Adverse childhood experiences">ACEs</abbr></td>')
    assert first_use_only(page) == page.replace(
        '<td><abbr title="Adverse childhood experiences">ACEs</abbr>', "<td><abbr>ACEs</abbr>")
    assert first_use_only("<p>No abbreviation</p>") == "<p>No abbreviation</p>"


def test_generated_blocks_name_their_data_file(html):
    comments = {str(c).strip() for c in html("en", "appendices/vulnerability-index.md")
                .find_all(string=lambda s: isinstance(s, Comment))}
    assert "generated from data/vulnerability-index.yml" in comments
