"""Hostile and malformed files given to the self-review's import, and hostile or missing
storage under the self-review and the checklists, in Chromium (issue #18, item 3).

Each import case: the page's own answers are saved first; the file (or files) is chosen; the
page must say, in its language, what it did with each one; nothing in the file may run (a
payload would set window.__pwned); what is shown is text, never markup; and the saved
answers must be byte for byte as they were. One browser context per language serves every
case, each starting from a fresh load with the same saved answers."""
import json

import pytest
from playwright.sync_api import expect

from conftest import LANGUAGES, page_url, watch_console
from crawl import new_context
from macros import render
from test_self_review import KEY, address, s

COMBINED = "toolkit-self-review-combined"
CHECKLISTS = "appendices/roles-and-responsibilities.md"
IMG = "<img src=x onerror=window.__pwned=1>"
SCRIPT = "<script>window.__pwned=1</script>"
# The reader's own answers, saved before each case: they must never change.
OWN = json.dumps({"version": 1, "answers": {"transition": {
    "rating": "developing", "evidence": "Ymweliadau â'r ysgol uwchradd", "next": "Visits", "lead": "", "due": ""}},
    "snapshots": []})
HEADER = '"id","Key element","Rating","Evidence","Next step","Who leads","By when"\r\n'


def ours(rows, **more):
    """A JSON download of this self-review with these rows."""
    return json.dumps({"format": "toolkit-self-review", "version": 1, "language": "en",
                       "exported": "2026-11-29T10:00:00.000Z", "rows": rows, **more}).encode()


def csv_row(*cells):
    return ",".join('"' + cell.replace('"', '""') + '"' for cell in cells) + "\r\n"


# Each case: the files chosen (name, bytes), the messages expected (a string key and its
# values, "done" for the files-combined line), and notes the combined view must show as text.
CASES = {
    "another tool's JSON": ([("export.json", json.dumps({"name": "Ann", "scores": [1, 2]}).encode())],
                            [("review_import_error", {"file": "export.json"})], []),
    "a hostile file name": ([(f"{IMG}.json", b'{"format": "other"}')],
                            [("review_import_error", {"file": f"{IMG}.json"})], []),
    "the right format with wrong types": (
        [("wrong-types.json", ours([{"id": "transition", "rating": 3, "next": {"html": SCRIPT}}]))],
        [("review_import_damaged", {"file": "wrong-types.json"})], []),
    "a download cut short": ([("cut.json", ours([{"id": "transition"}])[:60])],
                             [("review_import_damaged", {"file": "cut.json"})], []),
    "only unknown rows": ([("elsewhere.json", ours([{"id": IMG, "rating": "developing", "next": SCRIPT}]))],
                          [("review_import_no_rows", {"file": "elsewhere.json"})], []),
    "some unknown rows": (
        [("mixed.json", ours([{"id": "transition", "rating": "embedded", "next": "Kept note"},
                              {"id": "__proto__", "rating": "developing"}, {"id": "elsewhere", "next": SCRIPT}]))],
        [("done", {"count": 1}), ("review_import_left_out", {"file": "mixed.json"})], ["Kept note"]),
    "a newer format version": ([("newer.json", ours([{"id": "transition", "rating": "outstanding"}], version=2))],
                               [("review_import_newer", {"file": "newer.json"})], []),
    "a CSV with spreadsheet formulas": (
        [("formulas.csv", (HEADER + csv_row("transition", "", "Developing", "=HYPERLINK(\"http://x.test\",\"y\")",
                                            "+44 1234", "@SUM(A1)", "-1")).encode())],
        [("done", {"count": 1})], ['=HYPERLINK("http://x.test","y")', "+44 1234", "@SUM(A1)", "-1"]),
    "a CSV with HTML and script in its notes": (
        [("notes.csv", (HEADER + csv_row("transition", IMG, "Embedded", IMG, SCRIPT,
                                         "<b onmouseover=window.__pwned=1>lead</b>", "")).encode())],
        [("done", {"count": 1})], [IMG, SCRIPT, "<b onmouseover=window.__pwned=1>lead</b>"]),
    "a CSV saved by a spreadsheet in Windows-1252": (
        [("excel.csv", (HEADER + csv_row("transition", "Pontio", "Wedi’i sefydlu", "Côr a sêr â’r ysgol",
                                         "", "", "")).encode("cp1252"))],
        [("done", {"count": 1})], ["Côr a sêr â’r ysgol"]),
    "an empty file": ([("empty.csv", b"")], [("review_import_empty", {"file": "empty.csv"})], []),
    "a file of blank lines": ([("blank.csv", b"\r\n\r\n  \r\n")], [("review_import_empty", {"file": "blank.csv"})], []),
    "a 20 MB file": ([("huge.json", None)], [("review_import_too_big", {"file": "huge.json", "size": 5})], []),
    "a binary file": ([("picture.png", bytes.fromhex("89504e470d0a1a0a0000000d49484452") + bytes(range(256)))],
                      [("review_import_binary", {"file": "picture.png"})], []),
    "a Word document renamed .csv": ([("notes.csv", bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 512)],
                                     [("review_import_binary", {"file": "notes.csv"})], []),
    "twenty files at once": (
        [(f"colleague-{n:02}.{'json' if n % 2 else 'csv'}",
          ours([{"id": "transition", "rating": "embedded", "next": f"Note {n}"}]) if n % 2 else
          (HEADER + csv_row("transition", "", "Embedded", "", f"Note {n}", "", "")).encode())
         for n in range(1, 21)],
        [("done", {"count": 20})], [f"Note {n}" for n in range(1, 21)]),
}


@pytest.fixture(scope="module")
def tabs(browser, server):
    """One tab per language, in one context each, reused by every case."""
    made = {}
    for lang in LANGUAGES:
        context = new_context(browser, server)
        made[lang] = (context, watch_console(context.new_page()))
    yield {lang: tab for lang, (context, tab) in made.items()}
    for context, _ in made.values():
        context.close()


@pytest.fixture(scope="module")
def huge(tmp_path_factory):
    """20 MB of text that starts like one of our downloads (built here, never committed)."""
    path = tmp_path_factory.mktemp("huge") / "huge.json"
    with open(path, "wb") as out:
        out.write(b'{"format": "toolkit-self-review", "version": 1, "rows": [')
        out.write(b'{"id": "transition", "next": "' + b"x" * (20 * 1024 * 1024) + b'"}]}')
    return path


def fresh(tab, server, lang):
    """The page, loaded anew with the reader's own answers saved and nothing combined."""
    tab.goto(address(server, lang))
    tab.evaluate("([key, own, combined]) => { localStorage.clear(); localStorage.setItem(key, own);"
                 " delete window.__pwned }", [KEY, OWN, COMBINED])
    tab.reload()
    tab.console_errors.clear()


def storage(tab):
    return tab.evaluate("([key, combined]) => [localStorage.getItem(key), localStorage.getItem(combined)]",
                        [KEY, COMBINED])


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("case", CASES)
def test_each_hostile_or_malformed_import_gets_a_clear_message_and_changes_nothing(tabs, server, data, huge,
                                                                                  lang, case):
    chosen, expected, shown = CASES[case]
    tab = tabs[lang]
    fresh(tab, server, lang)
    payloads = [str(huge) if body is None else {"name": name, "mimeType": "application/octet-stream",
                                                "buffer": body} for name, body in chosen]
    tab.set_input_files("#review-import", payloads)
    messages = [s(data, "review_import_done" if key == "done" else key, lang).format(**values)
                for key, values in expected]
    # Every file is answered at once, the 20 MB one too (refused by its size, never read).
    expect(tab.locator("#review-import-status p")).to_have_text(messages, timeout=5_000)
    assert tab.evaluate("1 + 1") == 2                                  # the page still answers
    own, combined = storage(tab)
    assert own == OWN                                                  # byte for byte
    if shown:
        expect(tab.locator("#review-merged")).to_be_visible()
        notes = tab.locator("#review-merged-table").inner_text()
        for text in shown:
            assert text in notes, text                                 # as text, literally
        assert len(json.loads(combined)["files"]) == len(chosen)
    else:
        expect(tab.locator("#review-merged")).to_be_hidden()
        assert combined is None
    # Nothing ran, and nothing became markup: no element from the files is on the page.
    assert tab.evaluate("window.__pwned") is None
    assert tab.locator("#review-import-status *:not(p), #review-merged-table b, #review-merged-table img, "
                       "#review-merged-table script").count() == 0
    # The page still works: a new answer is saved (and the own answers then change, as they should).
    tab.check('#review-acute-need input[value="embedded"]')
    assert json.loads(storage(tab)[0])["answers"]["acute-need"]["rating"] == "embedded"
    assert tab.console_errors == []


def test_twenty_files_at_once_are_each_counted_once_beside_the_readers_own(tabs, server, data):
    chosen = CASES["twenty files at once"][0]
    tab = tabs["cy"]
    fresh(tab, server, "cy")
    tab.set_input_files("#review-import", [{"name": n, "mimeType": "text/plain", "buffer": b} for n, b in chosen])
    expect(tab.locator("#review-merged-table-caption")).to_have_text(
        s(data, "review_merged_caption_own", "cy").format(count=20))
    name = next(r["element"]["cy"] for r in data["healthy-school-matrix"] if r["id"] == "transition")
    row = tab.locator("#review-merged-table tbody tr").filter(has=tab.locator(f'th:text-is("{name}")'))
    assert row.locator("td").nth(0).inner_text() == (
        f"{s(data, 'review_rating_developing', 'cy')}: 1, {s(data, 'review_rating_embedded', 'cy')}: 20")
    # The same twenty again replace themselves rather than count twice.
    tab.set_input_files("#review-import", [{"name": n, "mimeType": "text/plain", "buffer": b} for n, b in chosen])
    expect(tab.locator("#review-merged-table-caption")).to_have_text(
        s(data, "review_merged_caption_own", "cy").format(count=20))
    assert tab.console_errors == []


def test_formulas_in_the_readers_own_answers_are_kept_as_text_in_the_csv_download(tabs, server):
    tab = tabs["en"]
    fresh(tab, server, "en")
    formulas = {"evidence": "=1+1", "next": "+44 1234", "lead": "@lead", "due": "-1 week"}
    for field, text in formulas.items():
        tab.fill(f"#review-transition-{field}", text)
    with tab.expect_download() as info:
        tab.click('[data-review-export="csv"]')
    text = open(info.value.path(), encoding="utf-8-sig").read()
    line = next(line for line in text.splitlines() if line.startswith('"transition"'))
    for value in formulas.values():
        assert f"\"'{value}\"" in line                     # a quote first: a spreadsheet shows text
    assert tab.console_errors == []


# --- Storage switched off, full, or holding something hostile ---------------------------------------

SWITCHED_OFF = ("Object.defineProperty(window, 'localStorage', "
                "{get() { throw new DOMException('The operation is insecure.', 'SecurityError') }})")
FULL = "Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError') }"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("storage_is", ("switched off", "full"))
def test_without_storage_the_self_review_and_its_import_still_work_and_say_so(browser, server, data, lang,
                                                                              storage_is):
    context = new_context(browser, server)
    context.add_init_script(SWITCHED_OFF if storage_is == "switched off" else FULL)
    tab = watch_console(context.new_page())
    tab.goto(address(server, lang))
    tab.check('#review-transition input[value="developing"]')
    expect(tab.locator("#review-status")).to_have_text(s(data, "review_not_saved", lang))
    expect(tab.locator("#review-plan-empty")).to_be_visible()               # the tools still work
    tab.set_input_files("#review-import", [{"name": "colleague.json", "mimeType": "application/json",
                                           "buffer": ours([{"id": "transition", "rating": "embedded"}])}])
    expect(tab.locator("#review-import-status p")).to_have_text(
        [s(data, "review_import_done", lang).format(count=1), s(data, "review_not_saved", lang)])
    expect(tab.locator("#review-merged")).to_be_visible()
    assert tab.console_errors == []
    context.close()


def test_hostile_answers_in_storage_never_stop_the_self_review(browser, server, data):
    """Answers saved with the wrong types (by hand, another script): the page still runs."""
    context = new_context(browser, server)
    tab = watch_console(context.new_page())
    tab.goto(address(server, "en"))
    hostile = {"version": 1, "answers": {"transition": {"rating": IMG, "next": 7, "evidence": SCRIPT},
                                         "acute-need": "embedded", "__proto__": {"rating": "developing"}},
               "snapshots": [{"date": "2025-11-20", "answers": {"transition": {"next": {}}}}]}
    combined = {"version": 1, "files": [{"name": IMG, "answers": {"transition": {"rating": "embedded", "next": 3,
                                                                                 "lead": SCRIPT}}}]}
    tab.evaluate("([key, text, combinedKey, combined]) => { localStorage.setItem(key, text);"
                 " localStorage.setItem(combinedKey, combined) }",
                 [KEY, json.dumps(hostile), COMBINED, json.dumps(combined)])
    tab.reload()
    expect(tab.locator("#review-transition-evidence")).to_have_value(SCRIPT)   # text, in a text box
    expect(tab.locator("#review-merged")).to_be_visible()
    assert SCRIPT in tab.locator("#review-merged-table").inner_text()
    expect(tab.locator("#review-compare")).to_be_visible()
    tab.check('#review-transition input[value="developing"]')
    expect(tab.locator("#review-summary-table tr[data-theme=all] td[data-rating=developing]")).to_have_text("1")
    assert tab.evaluate("window.__pwned") is None
    assert tab.console_errors == []
    context.close()


def checklist_url(server, lang):
    return server + ("" if lang == "en" else f"{lang}/") + page_url(CHECKLISTS)


def first_box(tab, data):
    return tab.locator("#" + render.duty_ids(next(r for r in data["roles"] if r["id"] == "all-staff"))[0])


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("storage_is", ("switched off", "full"))
def test_without_storage_the_checklists_still_tick_and_say_once_that_ticks_are_not_kept(browser, server, data,
                                                                                       lang, storage_is):
    context = new_context(browser, server)
    context.add_init_script(SWITCHED_OFF if storage_is == "switched off" else FULL)
    tab = watch_console(context.new_page())
    tab.goto(checklist_url(server, lang))
    box = first_box(tab, data)
    box.check()
    expect(box).to_be_checked()
    note = tab.locator(".toolkit-checklist-note")
    expect(note).to_have_count(1)                                          # said once on the page
    expect(note).to_have_text(s(data, "finders_checklist_not_saved", lang))
    tab.click("ul.toolkit-checklist[data-checklist=all-staff] + .toolkit-checklist-tools button")  # reset works
    expect(box).not_to_be_checked()
    assert tab.console_errors == []
    context.close()


@pytest.mark.parametrize("saved", ('"ticked"', "5", "[true]", "{", json.dumps({IMG: True, "x": SCRIPT})))
def test_hostile_ticks_in_storage_never_stop_the_checklists(browser, server, data, saved):
    context = new_context(browser, server)
    tab = watch_console(context.new_page())
    tab.goto(checklist_url(server, "en"))
    tab.evaluate("text => localStorage.setItem('toolkit-checklist:all-staff', text)", saved)
    tab.reload()
    box = first_box(tab, data)
    expect(box).not_to_be_checked()
    box.check()                                                            # ticks, and is kept
    tab.reload()
    expect(first_box(tab, data)).to_be_checked()
    expect(tab.locator(".toolkit-checklist-note")).to_have_text(s(data, "finders_checklist_note", "en"))
    assert tab.evaluate("window.__pwned") is None
    assert tab.console_errors == []
    context.close()
