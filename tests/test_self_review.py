"""The whole-school self-review (whole-school/self-review.md): made from the matrix data, a
paper form without JavaScript, and in Chromium: answers kept across reloads and editions, a
summary that adds up, downloads that parse, combined downloads, snapshots compared, a
printed action plan, refused imports that change nothing, answers saved by an earlier version
read and by a newer one left alone, and no axe violation. The script's logic has its own unit
tests, without a browser (tests/js/self-review.test.js)."""
import csv
import datetime
import io
import json
import re

import pytest
from playwright.sync_api import expect

from conftest import CHOICES, LANGUAGES, ROOT, page_url, watch_console
from crawl import audit, foreign, new_context
from macros.self_review import SCRIPTS
from test_print import NAV_LABELS, assert_a4, pdf_pages

DOC = "whole-school/self-review.md"
RATINGS = tuple(CHOICES["rating"])
THEMES = tuple(CHOICES["theme"])
KEY = "toolkit-self-review"
# A filled-in example: (row, rating, next step, who leads, by when).
EXAMPLE = [
    ("inclusive-culture", "developing", "Train all staff in trauma-informed practice", "Deputy head", "July 2027"),
    ("behaviour-management", "established", "", "", ""),
    ("positive-relationships", "not-started", "Start meet-and-greet at the classroom door", "Year leads", "January 2027"),
    ("communication", "embedded", "", "", ""),
    ("transition", "developing", "Plan visits for Year 6 with the secondary school", "Transition lead", "June 2027"),
    ("healthy-curriculum", "established", "Review the relationships and sexuality education plan", "Curriculum lead", "March 2027"),
    ("identifying-need", "not-started", "Choose a screening tool for wellbeing", "ALNCo", "February 2027"),
]
MONTHS = {"en": ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December"),
          "cy": ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst",
                 "Medi", "Hydref", "Tachwedd", "Rhagfyr")}
WELSH_NOTE = "Gŵyl ddiwylliannol, ymweliadau â'r ysgol, ŷd a ffrwythau: tystiolaeth"


def words(element):
    return re.sub(r"\s+", " ", element.get_text()).strip()


def s(data, key, lang):
    return data["strings"][key][lang]


def address(server, lang):
    return server + ("" if lang == "en" else lang + "/") + page_url(DOC)


def matrix(data):
    return data["healthy-school-matrix"]


def rating_words(data, lang, rating):
    return s(data, CHOICES["rating"][rating] if rating else "review_rating_none", lang)


def fill_example(tab, rows=EXAMPLE):
    for row, rating, next_step, lead, due in rows:
        tab.check(f'#review-{row} input[value="{rating}"]')
        tab.fill(f"#review-{row}-next", next_step)
        tab.fill(f"#review-{row}-lead", lead)
        tab.fill(f"#review-{row}-due", due)
    tab.fill("#review-inclusive-culture-evidence", WELSH_NOTE)


def saved(tab):
    return tab.evaluate(f"localStorage.getItem('{KEY}')")


def open_review(browser, server, lang, **options):
    context = new_context(browser, server, **options)
    tab = watch_console(context.new_page())
    tab.goto(address(server, lang))
    return context, tab


@pytest.fixture(params=LANGUAGES)
def review(request, browser, server):
    """The self-review page in a fresh browser (nothing saved), in each language."""
    context, tab = open_review(browser, server, request.param)
    tab.lang = request.param
    yield tab
    context.close()


# --- The built page --------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGUAGES)
def test_one_row_per_key_element_made_from_the_matrix_data(html, data, lang):
    page = html(lang, DOC)
    rows = page.select("fieldset[data-review-row]")
    by_theme = [r["id"] for theme in THEMES for r in matrix(data) if r["theme"] == theme]
    assert [row["data-review-row"] for row in rows] == by_theme
    records = {r["id"]: r for r in matrix(data)}
    # The matrix table on its own page renders the same records.
    table_rows = html(lang, "appendices/healthy-school-matrix.md").select(
        "table.toolkit-table tbody tr th[scope=row]")
    assert sorted(words(th) for th in table_rows) == sorted(words(row.legend) for row in rows)
    for row in rows:
        record = records[row["data-review-row"]]
        assert row.legend.get_text(strip=True) == record["element"][lang]
        assert row["data-theme"] == record["theme"]
        radios = row.select("input[type=radio]")
        assert [r["value"] for r in radios] == list(RATINGS)
        assert [r.parent.get_text(strip=True) for r in radios] == \
            [rating_words(data, lang, rating) for rating in RATINGS]
        rating_legend = row.select_one("fieldset.toolkit-review-rating legend")
        assert rating_legend.get_text(strip=True) == s(data, "review_rating_legend", lang)
        for control in row.select("textarea, input[type=text]"):
            label = row.select_one(f'label[for="{control["id"]}"]')
            assert label.get_text(strip=True) == s(data, "review_field_" + control["data-field"], lang)
        prompts = row.select("details.toolkit-review-practice li")
        practice = [column for column in CHOICES["matrix_column"] if column != "measures"]
        assert len(prompts) == sum(len(record.get(column) or []) for column in practice)
        measures = row.select("details ~ ul li")
        assert [words(li) for li in measures] == \
            [re.sub(r"\s+", " ", m[lang]).strip() for m in record.get("measures", [])]
    for theme in THEMES:
        heading = page.select_one(f"article h2#review-theme-{theme}")
        assert heading.contents[0].strip() == s(data, CHOICES["theme"][theme], lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_tools_are_hidden_until_the_script_runs_and_say_they_need_it(html, data, lang):
    page = html(lang, DOC)
    parts = page.select("[data-review-part]")
    assert len(parts) == 5 and all(part.has_attr("hidden") for part in parts)
    notes = page.select(".toolkit-needs-script")
    assert len(notes) == 4
    assert {n.get_text(strip=True) for n in notes} == {s(data, "review_needs_script", lang)}
    words = json.loads(page.select_one("script#self-review-words").string)
    assert words["ratings"] == {r: rating_words(data, lang, r) for r in RATINGS}
    assert words["choices"] == {"rating": list(RATINGS), "field": list(CHOICES["review_field"])}
    # The words the scripts name (words.<key>), and no others.
    named = set(re.findall(r"\bwords\.([a-z]+_[a-z0-9_]+)", "".join(
        (ROOT / "docs/assets/javascripts" / name).read_text(encoding="utf-8") for name in SCRIPTS)))
    assert set(words["words"]) == named and "review_months" in named
    # The script's parts, each a classic deferred script (file:// has no modules), in order.
    parts = [script for script in page.select("script[src]") if "/self-review" in script["src"]]
    assert [script["src"].rsplit("/", 1)[1] for script in parts] == list(SCRIPTS)
    assert all(script.has_attr("defer") and not script.get("type") for script in parts)


def test_without_javascript_the_page_prints_as_a_complete_paper_form(browser, server, data):
    context = browser.new_context(java_script_enabled=False)
    try:
        tab = context.new_page()
        for lang in LANGUAGES:
            tab.goto(address(server, lang))
            assert tab.locator("[data-review-part]:visible").count() == 0
            assert tab.locator(".toolkit-needs-script:visible").count() == 4
            box = tab.locator('#review-transition input[value="developing"]')
            box.check()                                 # a working form, just not saved
            assert box.is_checked()
            tab.reload()
            pages = pdf_pages(tab.pdf(prefer_css_page_size=True))
            assert_a4(pages)
            text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pages))
            for record in matrix(data):
                assert re.sub(r"\s+", " ", record["element"][lang]) in text, (lang, record["id"])
            assert text.count(s(data, "review_field_next", lang)) == len(matrix(data))
            for label in NAV_LABELS[lang]:
                assert label not in text
    finally:
        context.close()


# --- In the browser ----------------------------------------------------------------------------

def test_answers_survive_a_reload_and_the_language_toggle(browser, server, data):
    context, tab = open_review(browser, server, "en")
    fill_example(tab)
    assert json.loads(saved(tab))["version"] == 1
    tab.reload()
    for row, rating, next_step, lead, due in EXAMPLE:
        expect(tab.locator(f'#review-{row} input[value="{rating}"]')).to_be_checked()
        expect(tab.locator(f"#review-{row}-next")).to_have_value(next_step)
    expect(tab.locator("#review-inclusive-culture-evidence")).to_have_value(WELSH_NOTE)
    tab.hover(".md-header__option .md-select")
    tab.click("a.md-select__link[hreflang=cy]")
    tab.wait_for_url(address(server, "cy"))
    for row, rating, next_step, lead, due in EXAMPLE:
        expect(tab.locator(f'#review-{row} input[value="{rating}"]')).to_be_checked()
        expect(tab.locator(f"#review-{row}-lead")).to_have_value(lead)
    tab.check('#review-acute-need input[value="established"]')   # changed in Welsh...
    tab.goto(address(server, "en"))
    expect(tab.locator('#review-acute-need input[value="established"]')).to_be_checked()  # ...seen in English
    assert tab.console_errors == []
    context.close()


def test_the_clear_button_forgets_answers_and_snapshots(review, data):
    fill_example(review)
    review.click("[data-review-snapshot-save]")
    review.click("[data-review-clear]")
    expect(review.locator("#review-status")).to_have_text(s(data, "review_cleared", review.lang))
    assert saved(review) is None
    review.reload()
    assert saved(review) is None
    assert review.locator("fieldset[data-review-row] input:checked").count() == 0
    expect(review.locator("#review-inclusive-culture-evidence")).to_have_value("")
    expect(review.locator("#review-compare")).to_be_hidden()
    assert review.console_errors == []


def test_when_the_browser_cannot_save_the_page_says_so_and_still_works(browser, server, data):
    context = new_context(browser, server)
    context.add_init_script("Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError') }")
    tab = context.new_page()
    tab.goto(address(server, "en"))
    fill_example(tab, EXAMPLE[:1])
    expect(tab.locator("#review-status")).to_have_text(s(data, "review_not_saved", "en"))
    expect(tab.locator("#review-plan-table tbody tr")).to_have_count(1)    # the tools still work
    context.close()


def expected_counts(data, theme):
    rated = {row: rating for row, rating, *_ in EXAMPLE}
    counts = dict.fromkeys(RATINGS + ("none",), 0)
    for record in matrix(data):
        if theme in ("all", record["theme"]):
            counts[rated.get(record["id"], "none")] += 1
    return counts


def test_the_summary_counts_the_ratings_overall_and_by_theme(review, data):
    lang = review.lang
    fill_example(review)
    for theme in THEMES + ("all",):
        cells = review.locator(f'#review-summary-table tr[data-theme="{theme}"] td')
        found = dict(zip(cells.evaluate_all("tds => tds.map(td => td.dataset.rating)"),
                         map(int, cells.all_inner_texts())))
        assert found == expected_counts(data, theme), theme
        widths = review.locator(f'.toolkit-review-chart li[data-theme="{theme}"] .toolkit-review-bar')
        shares = widths.evaluate_all("bars => bars.map(b => [b.dataset.rating, parseFloat(b.style.width)])")
        total = sum(expected_counts(data, theme).values())
        assert {k: round(v, 1) for k, v in shares} == \
            {k: round(100 * n / total, 1) for k, n in expected_counts(data, theme).items()}
    counts = expected_counts(data, "all")
    text = s(data, "review_summary_text", lang).format(
        rated=len(matrix(data)) - counts["none"], total=len(matrix(data)),
        counts=", ".join(f"{rating_words(data, lang, r)}: {counts[r]}" for r in RATINGS))
    expect(review.locator("#review-summary-text")).to_have_text(text)
    assert review.get_attribute("#review-summary-text", "aria-live") == "polite"
    assert review.console_errors == []


def test_the_action_plan_lists_next_steps_least_developed_first(review, data):
    fill_example(review)
    planned = [row for row in EXAMPLE if row[2]]
    page_order = [r.get_attribute("data-review-row")
                  for r in review.locator("fieldset[data-review-row]").element_handles()]
    order = sorted(planned, key=lambda row: (RATINGS.index(row[1]), page_order.index(row[0])))
    cells = review.locator("#review-plan-table tbody tr").evaluate_all(
        "rows => rows.map(r => [...r.cells].map(c => c.textContent))")
    records = {r["id"]: r for r in matrix(data)}
    assert cells == [[records[row]["element"][review.lang], rating_words(data, review.lang, rating),
                      next_step, lead, due] for row, rating, next_step, lead, due in order]
    expect(review.locator("#review-plan-empty")).to_be_hidden()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_action_plan_prints_alone_on_a4_with_the_school_name(browser, server, html, data, lang):
    context, tab = open_review(browser, server, lang)
    fill_example(tab)
    tab.click("[data-review-plan-only]")
    assert tab.get_attribute("[data-review-plan-only]", "aria-pressed") == "true"
    expect(tab.locator("fieldset[data-review-row]").first).to_be_hidden()   # on screen too
    pages = pdf_pages(tab.pdf(prefer_css_page_size=True))
    assert_a4(pages)
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pages))
    squeezed = re.sub(r"\s+", "", text)              # table cells wrap their lines
    school = html(lang, DOC).select_one(".toolkit-print-header").get_text(strip=True)
    assert school and school in text
    assert s(data, "review_plan_heading", lang) in text
    # The plan carries the day it is printed, as the page's language writes a date.
    day = datetime.date.today()
    month = MONTHS[lang][day.month - 1]
    assert s(data, "review_plan_date", lang).format(date=f"{day.day} {month} {day.year}") in text
    names = {r["id"]: r["element"][lang] for r in matrix(data)}
    for row, rating, next_step, *_ in EXAMPLE:
        if next_step:
            assert re.sub(r"\s+", "", next_step) in squeezed, row
        else:
            assert re.sub(r"\s+", "", names[row]) not in squeezed, row
    for absent in NAV_LABELS[lang] + (s(data, "review_field_evidence", lang), s(data, "review_plan_print", lang),
                                      s(data, "review_summary_heading", lang)):
        assert absent not in text, absent
    print(f"\n{lang}: the example's action plan prints on {len(pages)} A4 page(s)")
    assert len(pages) == 1
    tab.click("[data-review-plan-only]")                                # and back
    expect(tab.locator("fieldset[data-review-row]").first).to_be_visible()
    # The Print button prints the plan alone, and gives the whole page back afterwards.
    tab.evaluate("""window.print = () => {
        window.printedPlanOnly = document.documentElement.classList.contains('toolkit-plan-only')
        dispatchEvent(new Event('afterprint')) }""")
    tab.click("[data-review-plan-print]")
    assert tab.evaluate("window.printedPlanOnly") is True
    expect(tab.locator("fieldset[data-review-row]").first).to_be_visible()
    assert tab.console_errors == []
    context.close()


def download(tab, kind):
    with tab.expect_download() as info:
        tab.click(f'[data-review-export="{kind}"]')
    return info.value


def test_downloads_as_json_and_csv_hold_every_row_with_welsh_intact(review, data):
    lang = review.lang
    requests = []
    review.on("request", lambda request: requests.append(request.url))
    fill_example(review)
    records = matrix(data)
    ids = [r["id"] for theme in THEMES for r in records if r["theme"] == theme]
    rated = {row: (rating, next_step) for row, rating, next_step, *_ in EXAMPLE}

    got = download(review, "json")
    name = s(data, "review_file_name", lang)
    assert re.fullmatch(rf"{name}-\d{{4}}-\d\d-\d\d\.json", got.suggested_filename)
    exported = json.loads(open(got.path(), encoding="utf-8").read())
    assert exported["format"] == "toolkit-self-review" and exported["language"] == lang
    assert [row["id"] for row in exported["rows"]] == ids
    for row in exported["rows"]:
        rating, next_step = rated.get(row["id"], ("", ""))
        assert (row["rating"], row["next"]) == (rating, next_step)
    assert exported["rows"][0]["evidence"] == WELSH_NOTE

    got = download(review, "csv")
    assert got.suggested_filename.endswith(".csv")
    raw = open(got.path(), "rb").read()
    assert raw.startswith(b"\xef\xbb\xbf")                  # UTF-8 byte order mark
    table = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert table[0] == ["id", s(data, "review_element", lang), s(data, "review_rating", lang)] + \
        [s(data, key, lang) for key in CHOICES["review_field"].values()]
    assert [line[0] for line in table[1:]] == ids
    by_id = {line[0]: line for line in table[1:]}
    assert by_id["inclusive-culture"][3] == WELSH_NOTE
    for row, rating, next_step, lead, due in EXAMPLE:
        assert [by_id[row][2]] + by_id[row][4:] == [rating_words(data, lang, rating), next_step, lead, due]
    assert foreign(requests, review.url) == []
    assert review.console_errors == []


def exports_of_two_colleagues(tab, tmp_path):
    """Two downloads: one as JSON, one as CSV, with different ratings and notes."""
    fill_example(tab, EXAMPLE[:2])
    first = download(tab, "json")
    first.save_as(tmp_path / "head.json")
    tab.check('#review-inclusive-culture input[value="embedded"]')
    tab.check('#review-behaviour-management input[value="established"]')
    tab.fill("#review-inclusive-culture-evidence", "Parents' survey, spring term")
    second = download(tab, "csv")
    second.save_as(tmp_path / "teacher.csv")
    return [tmp_path / "head.json", tmp_path / "teacher.csv"]


def test_combining_two_downloads_shows_the_spread_and_every_note(review, data, tmp_path):
    lang = review.lang
    files = exports_of_two_colleagues(review, tmp_path)
    review.click("[data-review-clear]")           # a reader with no answers of their own
    before = saved(review)
    review.set_input_files("#review-import", [str(f) for f in files])
    expect(review.locator("#review-merged")).to_be_visible()
    expect(review.locator("#review-import-status p").first).to_have_text(
        s(data, "review_import_done", lang).format(count=2))
    rows = review.locator("#review-merged-table tbody tr")
    assert rows.count() == len(matrix(data))
    first = rows.filter(has=review.locator(f"th:text-is(\"{matrix(data)[0]['element'][lang]}\")"))
    spread = first.locator("td").nth(0).inner_text()
    assert spread == (f"{rating_words(data, lang, 'developing')}: 1, "
                      f"{rating_words(data, lang, 'embedded')}: 1")
    notes = first.locator("td").nth(1).inner_text()
    assert WELSH_NOTE in notes and "Parents' survey, spring term" in notes
    assert "head.json" in notes and "teacher.csv" in notes
    caption = s(data, "review_merged_caption", lang).format(count=2)
    expect(review.locator("#review-merged-table-caption")).to_have_text(caption)
    assert saved(review) == before                          # combining saves nothing
    assert review.console_errors == []


def merged_row(tab, data, lang, row=0):
    """(ratings given, notes) of one key element in the combined view."""
    name = matrix(data)[row]["element"][lang]
    cells = tab.locator("#review-merged-table tbody tr").filter(
        has=tab.locator(f"th:text-is(\"{name}\")")).locator("td")
    return cells.nth(0).inner_text(), cells.nth(1).inner_text()


def test_the_combined_view_includes_the_readers_own_answers_and_survives_a_reload(review, server, data, tmp_path):
    lang = review.lang
    files = exports_of_two_colleagues(review, tmp_path)     # inclusive culture: developing, embedded
    review.click("[data-review-clear]")
    review.check('#review-inclusive-culture input[value="developing"]')   # the reader's own answer
    review.fill("#review-inclusive-culture-next", "Ask the pupil council")
    before = saved(review)
    review.set_input_files("#review-import", [str(f) for f in files])
    expect(review.locator("#review-merged")).to_be_visible()
    caption = s(data, "review_merged_caption_own", lang).format(count=2)
    rating = lambda r: rating_words(data, lang, r)

    def shows(developing, embedded):
        expect(review.locator("#review-merged-table-caption")).to_have_text(caption)
        spread, notes = merged_row(review, data, lang)
        assert spread == f"{rating('developing')}: {developing}, {rating('embedded')}: {embedded}"
        assert f"{s(data, 'review_merged_own', lang)} (" in notes and "Ask the pupil council" in notes
        assert "head.json" in notes and "teacher.csv" in notes

    shows(developing=2, embedded=1)
    assert saved(review) == before                           # the own answers are untouched
    review.reload()                                          # the combined view is kept...
    expect(review.locator("#review-merged")).to_be_visible()
    shows(developing=2, embedded=1)
    review.check('#review-inclusive-culture input[value="embedded"]')   # ...and follows the own answers
    shows(developing=1, embedded=2)
    # The other edition shows it too, in its words.
    other = "cy" if lang == "en" else "en"
    review.goto(address(server, other))
    expect(review.locator("#review-merged-table-caption")).to_have_text(
        s(data, "review_merged_caption_own", other).format(count=2))
    # Removing the combined files keeps the reader's own answers.
    review.click("[data-review-merged-forget]")
    expect(review.locator("#review-merged")).to_be_hidden()
    expect(review.locator("#review-import-status")).to_have_text(s(data, "review_merged_forgotten", other))
    review.reload()
    expect(review.locator("#review-merged")).to_be_hidden()
    assert review.evaluate("localStorage.getItem('toolkit-self-review-combined')") is None
    expect(review.locator('#review-inclusive-culture input[value="embedded"]')).to_be_checked()
    assert review.console_errors == []


def test_a_malformed_or_foreign_file_gets_a_message_and_changes_nothing(review, data, tmp_path):
    lang = review.lang
    fill_example(review)
    before = saved(review)
    bad = {"broken.json": '{"format": "toolkit-self-review", "rows": [',
           "other-tool.json": json.dumps({"format": "someone-else", "rows": []}),
           "wrong-rating.json": json.dumps({"format": "toolkit-self-review", "version": 1,
                                            "rows": [{"id": "transition", "rating": "excellent"}]}),
           "spreadsheet.csv": "name,score\nAnn,3\n",
           "picture.png": "\x89PNG\r\n"}
    for name, text in bad.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    review.set_input_files("#review-import", [str(tmp_path / name) for name in bad])
    messages = review.locator("#review-import-status p")
    expect(messages).to_have_count(len(bad))
    reasons = {"broken.json": "review_import_damaged", "wrong-rating.json": "review_import_damaged"}
    assert messages.all_inner_texts() == [s(data, reasons.get(name, "review_import_error"), lang).format(file=name)
                                          for name in bad]
    assert review.get_attribute("#review-import-status", "role") == "status"
    expect(review.locator("#review-merged")).to_be_hidden()
    assert saved(review) == before
    review.reload()
    expect(review.locator('#review-transition input[value="developing"]')).to_be_checked()
    assert review.console_errors == []


def test_snapshots_are_kept_by_date_and_compared_row_by_row(review, data):
    lang = review.lang
    fill_example(review)
    review.fill("#review-snapshot-date", "2025-11-20")
    review.click("[data-review-snapshot-save]")
    # The date as the page's language writes it, even where the browser has no Welsh dates.
    when = "20 Tachwedd 2025" if lang == "cy" else "20 November 2025"
    expect(review.locator("#review-snapshot-status")).to_have_text(
        s(data, "review_snapshot_saved", lang).format(date=when))
    review.check('#review-inclusive-culture input[value="established"]')     # up
    review.check('#review-communication input[value="developing"]')          # down
    review.check('#review-acute-need input[value="developing"]')             # newly rated
    review.reload()                                            # snapshots are saved too
    expect(review.locator("#review-compare")).to_be_visible()
    assert review.input_value("#review-compare-to") == "current"
    summary = s(data, "review_compare_summary", lang).format(
        up=1, down=1, same=len(EXAMPLE) - 2, unrated=len(matrix(data)) - len(EXAMPLE))
    expect(review.locator("#review-compare-summary")).to_have_text(summary)
    changes = dict(review.locator("#review-compare-table tbody tr").evaluate_all(
        "rows => rows.map(r => [r.cells[0].textContent, r.cells[3].dataset.change])"))
    names = {r["id"]: r["element"][lang] for r in matrix(data)}
    assert changes[names["inclusive-culture"]] == "up"
    assert changes[names["communication"]] == "down"
    assert changes[names["transition"]] == "same"
    assert changes[names["acute-need"]] == "unrated"
    # A second snapshot, a year on, compared with the first.
    review.fill("#review-snapshot-date", "2026-11-20")
    review.click("[data-review-snapshot-save]")
    assert review.locator("#review-compare-from option").count() == 3      # two dates and now
    # Each snapshot is offered by its id, the one saved with it (never its place in the list).
    snapshots = json.loads(saved(review))["snapshots"]
    assert [snapshot["date"] for snapshot in snapshots] == ["2025-11-20", "2026-11-20"]
    assert review.locator("#review-compare-from option").evaluate_all("options => options.map(o => o.value)") == \
        [snapshot["id"] for snapshot in snapshots] + ["current"]
    assert len({snapshot["id"] for snapshot in snapshots}) == 2
    review.select_option("#review-compare-from", index=0)
    review.select_option("#review-compare-to", index=1)
    expect(review.locator("#review-compare-summary")).to_have_text(summary)
    assert review.console_errors == []


def test_answers_saved_by_an_earlier_version_are_read_and_their_snapshots_get_ids(review, data):
    """Snapshots were once saved without ids: each gets one, and the data is otherwise kept."""
    lang = review.lang
    old = {"version": 1, "answers": {"transition": {"rating": "developing", "evidence": WELSH_NOTE, "next": "Visits",
                                                    "lead": "", "due": ""}},
           "snapshots": [{"date": "2025-11-20", "answers": {"transition": {"rating": "not-started"}}}]}
    review.evaluate(f"localStorage.setItem('{KEY}', {json.dumps(json.dumps(old))})")
    review.reload()
    expect(review.locator('#review-transition input[value="developing"]')).to_be_checked()
    expect(review.locator("#review-transition-evidence")).to_have_value(WELSH_NOTE)
    expect(review.locator("#review-compare")).to_be_visible()
    assert review.locator("#review-compare-from option").evaluate_all("options => options.map(o => o.value)") == \
        ["2025-11-20", "current"]
    summary = s(data, "review_compare_summary", lang).format(up=1, down=0, same=0, unrated=len(matrix(data)) - 1)
    expect(review.locator("#review-compare-summary")).to_have_text(summary)
    review.check('#review-acute-need input[value="embedded"]')          # saved again, with the ids
    stored = json.loads(saved(review))
    assert stored["version"] == 1 and stored["snapshots"] == [{"id": "2025-11-20", **old["snapshots"][0]}]
    assert stored["answers"]["transition"] == old["answers"]["transition"]
    assert review.console_errors == []


def test_answers_saved_by_a_newer_version_are_left_alone_and_the_page_says_so(review, data):
    lang = review.lang
    newer = json.dumps({"version": 2, "answers": {"transition": {"rating": "excellent"}}, "snapshots": {}})
    review.evaluate(f"localStorage.setItem('{KEY}', {json.dumps(newer)})")
    review.reload()
    expect(review.locator("#review-status")).to_have_text(s(data, "review_saved_newer", lang))
    assert review.locator("fieldset[data-review-row] input:checked").count() == 0
    review.check('#review-transition input[value="developing"]')        # the form still works...
    expect(review.locator("#review-plan-empty")).to_be_visible()
    expect(review.locator("#review-summary-table tr[data-theme=all] td[data-rating=developing]")).to_have_text("1")
    assert saved(review) == newer                                        # ...and saves nothing over it
    expect(review.locator("#review-status")).to_have_text(s(data, "review_saved_newer", lang))
    review.click("[data-review-clear]")                                  # unless the reader clears it
    review.check('#review-transition input[value="developing"]')
    assert json.loads(saved(review))["answers"]["transition"]["rating"] == "developing"
    assert review.console_errors == []


def test_with_every_tool_open_axe_finds_no_violation(review, tmp_path):
    files = exports_of_two_colleagues(review, tmp_path)
    fill_example(review)
    review.set_input_files("#review-import", [str(f) for f in files])
    expect(review.locator("#review-merged")).to_be_visible()
    review.click("[data-review-snapshot-save]")
    review.locator("details.toolkit-review-practice").first.locator("summary").click()
    assert audit(review) == []
    review.click("[data-review-plan-only]")
    assert audit(review) == []
    assert review.console_errors == []


def test_works_from_a_shared_drive(browser, site, data):
    """Opened as a file (file://): the script runs, answers are kept, nothing is fetched."""
    context = browser.new_context()
    tab = context.new_page()
    requests = []
    tab.on("request", lambda request: requests.append(request.url))
    tab.goto((site / page_url(DOC)).as_uri())
    fill_example(tab, EXAMPLE[:1])
    tab.reload()
    expect(tab.locator('#review-inclusive-culture input[value="developing"]')).to_be_checked()
    expect(tab.locator("#review-summary-text")).to_contain_text(
        data["strings"]["review_summary_text"]["en"].split(".")[0].format(rated=1, total=len(matrix(data))))
    assert [url for url in requests if not url.startswith(("file:", "data:", "blob:"))] == []
    context.close()
