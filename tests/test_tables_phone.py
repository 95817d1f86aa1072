"""Tables that fit the screen (issue 15, item 4), in both languages.

On a 390-px phone no table scrolls sideways or runs off the side: each row is a card whose
cells are labelled with their column's name (hooks/tables.py, docs/assets/toolkit.css
"Tables on phones"). On a desktop no column is cut off. On paper a table stays a table.
The tables stay real tables with their headers for screen readers.
"""
import pytest
from playwright.sync_api import expect

from conftest import CHOICES, LANGUAGES, page_url, watch_console
from hooks.tables import stack_tables
from sideways import measure, sideways

PHONE = {"width": 390, "height": 844}
DESKTOPS = ({"width": 1280, "height": 800}, {"width": 1024, "height": 800})
VULNERABILITY = "appendices/vulnerability-index.md"
PARENTS = "appendices/parents-help-sheet.md"
LEVELS = tuple(CHOICES["level"])


def markdown_table(headers, *rows, opening="<table>"):
    """A table as Python-Markdown writes one."""
    cells = lambda tag, row: "".join(f"<{tag}>{cell}</{tag}>" for cell in row)
    return (f"{opening}\n<thead>\n<tr>{cells('th', headers)}</tr>\n</thead>\n<tbody>\n"
            + "".join(f"<tr>{cells('td', row)}</tr>\n" for row in rows) + "</tbody>\n</table>")


# --- The hook, on small tables ----------------------------------------------------------------

def test_each_cell_of_a_stacked_table_is_labelled_with_its_column_and_keeps_its_role():
    html = stack_tables(markdown_table(["Level", "Who it is for", "<abbr title='x'>ELSA</abbr> &amp; more"],
                                       ["Universal", "Everyone", "Yes"]))
    assert '<table role="table" data-stack="narrow">' in html
    assert '<thead role="rowgroup">' in html and '<tbody role="rowgroup">' in html
    assert "<th role=\"columnheader\"><abbr title='x'>ELSA</abbr> &amp; more</th>" in html
    assert ('<tr role="row"><td role="cell" data-label="Level">Universal</td>'
            '<td role="cell" data-label="Who it is for">Everyone</td>'
            '<td role="cell" data-label="ELSA &amp; more">Yes</td></tr>') in html


def test_row_headings_are_row_headers_and_a_blank_header_gives_no_label():
    table = ('<table class="toolkit-table" id="t">\n<thead><tr><th scope="col">Element</th><th scope="col"></th>'
             '</tr></thead>\n<tbody><tr><th scope="row">Culture</th><td data-rating="x">0</td></tr></tbody>\n</table>')
    html = stack_tables(table)
    assert '<th scope="row" role="rowheader" data-label="Element">Culture</th>' in html
    assert '<td data-rating="x" role="cell">0</td>' in html


@pytest.mark.parametrize("columns, kind", [(3, "narrow"), (4, "narrow"), (5, "wide"), (7, "wide")])
def test_five_columns_or_more_make_a_wide_table(columns, kind):
    html = stack_tables(markdown_table([f"h{n}" for n in range(columns)], [f"c{n}" for n in range(columns)]))
    assert f'data-stack="{kind}"' in html


def test_two_column_markdown_tables_and_merged_cells_are_left_alone_but_generated_ones_stack():
    two = markdown_table(["English", "Welsh"], ["child", "plentyn"])
    merged = markdown_table(["a", "b", "c"], ["x", "y", "z"]).replace("<td>x</td>", '<td colspan="2">x</td>')
    assert stack_tables(two) == two
    assert stack_tables(merged) == merged
    generated = stack_tables(markdown_table(["Focus", "What you can do"], ["Sleep", "Routines"],
                                            opening='<table class="toolkit-table" aria-labelledby="c">'))
    assert 'data-stack="narrow"' in generated and 'data-label="What you can do">Routines' in generated


def test_only_the_tables_are_changed():
    page = "<p>Before</p>\n" + markdown_table(["a", "b", "c"], ["1", "2", "3"]) + "\n<p>After <td></p>"
    changed = stack_tables(page)
    assert changed.startswith("<p>Before</p>\n<table role=") and changed.endswith("<p>After <td></p>")


# --- The built pages ---------------------------------------------------------------------------

def tables_of(html, lang, doc):
    return html(lang, doc).select("article table")


@pytest.fixture(scope="module")
def table_pages(html, pages):
    """Every page with a table, by its English source path (the same pages in both languages)."""
    found = [doc for doc in pages if tables_of(html, "en", doc)]
    assert VULNERABILITY in found and PARENTS in found and len(found) >= 10
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_table_of_three_columns_or_more_or_generated_stacks_with_its_headers(html, table_pages, lang):
    stacked = 0
    for doc in table_pages:
        for table in tables_of(html, lang, doc):
            headers = [" ".join(th.get_text(" ", strip=True).split()) for th in table.select("thead th")]
            if len(headers) < 3 and "toolkit-table" not in table.get("class", []):
                assert not table.has_attr("data-stack"), doc
                continue
            stacked += 1
            assert table["role"] == "table" and table["data-stack"] in ("narrow", "wide"), doc
            for row in table.select("tbody tr"):
                cells = row.find_all(["th", "td"], recursive=False)
                labels = [cell.get("data-label", "") for cell in cells]
                assert labels == headers[:len(cells)], (lang, doc, labels)
    assert stacked >= 15


def url(server, lang, doc):
    return server + ("" if lang == "en" else lang + "/") + page_url(doc)


@pytest.fixture(scope="module")
def phone(browser):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    yield watch_console(context.new_page())
    context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_on_a_phone_no_table_scrolls_sideways_or_runs_off_the_side(phone, server, table_pages, lang):
    for doc in table_pages:
        phone.goto(url(server, lang, doc))
        found = measure(phone)
        assert found["tables"], doc
        assert sideways(found) == [], (lang, doc)
        assert not found["page"], (lang, doc)


def label_of(cell):
    """What a stacked cell shows above its content (its ::before: text, then "/" and the
    empty text a screen reader gets instead), and how."""
    return cell.evaluate("""cell => {
        const before = getComputedStyle(cell, "::before")
        return {shown: before.content.split(" / ")[0], display: before.display,
                visibility: before.visibility}
    }""")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_on_a_phone_every_level_of_a_vulnerability_index_row_shows_its_name_and_its_help(
        phone, server, data, lang):
    record = next(r for r in data["vulnerability-index"] if all(r.get(level) for level in LEVELS))
    phone.goto(url(server, lang, VULNERABILITY))
    row = phone.locator(f"tr#{record['id']}")
    factor = row.locator("th")
    expect(factor).to_be_visible()
    top = factor.bounding_box()["y"]
    for level in LEVELS:
        cell = row.locator(f"td[data-column={level}]")
        expect(cell).to_be_visible()
        box = cell.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
        assert box["y"] > top                          # one under the other, in order
        top = box["y"]
        name = data["strings"][CHOICES["level"][level]][lang]
        assert label_of(cell) == {"shown": f'"{name}"', "display": "block", "visibility": "visible"}
        items = cell.locator("li")
        assert items.count() == len(record[level])
        for item in items.all():
            expect(item).to_be_visible()
            inside = item.bounding_box()
            assert inside["x"] + inside["width"] <= box["x"] + box["width"] + 1
        assert items.first.bounding_box()["y"] - box["y"] >= 12    # the label's line is above
    assert phone.console_errors == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_on_a_phone_the_parents_advice_has_the_width_of_the_screen(phone, server, lang):
    phone.goto(url(server, lang, PARENTS))
    cells = phone.locator("article table td")
    assert cells.count() >= 3
    for cell in cells.all():
        assert cell.bounding_box()["width"] >= 300


@pytest.mark.parametrize("lang", LANGUAGES)
def test_on_a_phone_the_self_reviews_action_plan_built_by_its_script_reads_as_cards(
        browser, server, lang):
    from test_self_review import fill_example, open_review
    context, tab = open_review(browser, server, lang, viewport=PHONE)
    fill_example(tab)
    plan = tab.locator("#review-plan-table")
    expect(plan).to_be_visible()
    headers = plan.locator("thead th").all_inner_texts()
    labels = plan.locator("tbody tr").evaluate_all(
        "rows => rows.map(r => [...r.cells].map(c => [c.dataset.label, c.getAttribute('role')]))")
    assert len(labels) >= 3
    assert all(row == [[header.strip(), "rowheader" if at == 0 else "cell"]
                       for at, header in enumerate(headers)] for row in labels), labels
    assert sideways(measure(tab)) == []
    assert tab.console_errors == []
    context.close()


@pytest.fixture(scope="module", params=DESKTOPS, ids=lambda size: f"{size['width']}px")
def desktop(request, browser):
    context = browser.new_context(viewport=request.param)
    yield watch_console(context.new_page())
    context.close()


CUT_OFF = """article => [...article.querySelectorAll("table tbody th, table tbody td")]
    .filter(cell => cell.getClientRects().length && cell.scrollWidth > cell.clientWidth + 1)
    .map(cell => cell.textContent.trim().slice(0, 40))"""


@pytest.mark.parametrize("lang", LANGUAGES)
def test_on_a_desktop_no_column_is_cut_off(desktop, server, table_pages, lang):
    for doc in table_pages:
        desktop.goto(url(server, lang, doc))
        found = measure(desktop)
        assert sideways(found) == [], (lang, doc)
        assert desktop.locator("article").evaluate(CUT_OFF) == [], (lang, doc)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_on_a_desktop_the_vulnerability_index_is_a_table_and_the_matrix_cards(desktop, server, lang):
    desktop.goto(url(server, lang, VULNERABILITY))
    table = desktop.locator("article table[data-domain]").first
    assert table.evaluate("t => getComputedStyle(t).display") == "table"
    headers = table.locator("thead th")
    for header in headers.all():
        expect(header).to_be_visible()
    specialist = table.locator("thead th[data-column=specialist]").bounding_box()
    article = desktop.locator("article").bounding_box()
    assert specialist["x"] + specialist["width"] <= article["x"] + article["width"] + 1
    desktop.goto(url(server, lang, "appendices/healthy-school-matrix.md"))
    row = desktop.locator("article table tbody tr").first
    assert row.evaluate("r => getComputedStyle(r).display") == "grid"
    cells = row.locator("td")
    assert len({round(cell.bounding_box()["y"]) for cell in cells.all()}) < cells.count()


@pytest.mark.parametrize("doc", [VULNERABILITY, PARENTS, "pace/do-and-dont.md",
                                 "appendices/healthy-school-matrix.md"])
def test_on_paper_a_table_stays_a_table_with_its_header_row(page, server, doc):
    page.set_viewport_size(PHONE)
    page.goto(url(server, "en", doc))
    page.emulate_media(media="print")
    table = page.locator("article table").first
    shown = table.evaluate("""table => ({
        table: getComputedStyle(table).display,
        head: getComputedStyle(table.tHead).display,
        headClip: getComputedStyle(table.tHead).clipPath,
        row: getComputedStyle(table.tBodies[0].rows[0]).display,
        cells: [...table.tBodies[0].rows[0].cells].map(c => getComputedStyle(c).display),
        label: getComputedStyle(table.tBodies[0].rows[0].cells[1], "::before").content})""")
    assert shown["table"] == "table" and shown["head"] == "table-header-group"
    assert shown["headClip"] == "none" and shown["row"] == "table-row"
    assert set(shown["cells"]) == {"table-cell"} and shown["label"] in ("none", "normal")
