"""Printing: print-ready pages, the Print button, and the PDFs made at build time.

The sheets are printed here by headless Chromium, as a reader's Print button would, and the
PDFs on the built site (hooks/pdfs.py) are read back: page count, A4 size, no site chrome.
"""
import io
from pathlib import Path

import pytest
import yaml
from pypdf import PdfReader

from conftest import LANGUAGES, ROOT, page_url
from sheets import PARENT_SHEETS, PDF_PAGES, reader_text, scores

A4_POINTS = (595.3, 841.9)
STRINGS = yaml.safe_load((ROOT / "data" / "strings.yml").read_text(encoding="utf-8"))
# What must never reach paper: the site's header, navigation, search, language menu,
# table of contents, footer, and the Print and PDF buttons.
SITE_CHROME = (".md-header", ".md-tabs", "nav.md-nav--primary", ".md-sidebar--primary",
               ".md-sidebar--secondary", ".md-search", ".md-select", ".md-footer", ".md-top",
               ".toolkit-print-actions")
NAV_LABELS = {"en": ("Understanding children", "Whole school", "Appendices"),
              "cy": ("Deall plant", "Yr ysgol gyfan", "Atodiadau")}


def address(server, lang, doc):
    return server + ("" if lang == "en" else lang + "/") + page_url(doc)


def pdf_pages(data):
    """The pages of a PDF, read from its bytes."""
    assert data.startswith(b"%PDF"), data[:20]
    return PdfReader(io.BytesIO(data)).pages


def link_addresses(pages):
    """Every link address in a PDF's pages."""
    return [annotation.get_object()["/A"]["/URI"] for page in pages
            for annotation in page.get("/Annots") or []
            if "/URI" in annotation.get_object().get("/A", {})]


def assert_a4(pages):
    for page in pages:
        size = (float(page.mediabox.width), float(page.mediabox.height))
        assert size == pytest.approx(A4_POINTS, abs=1.5), size


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("doc", PARENT_SHEETS)
def test_parent_sheet_prints_on_at_most_two_a4_pages_without_navigation(page, server, lang, doc):
    page.goto(address(server, lang, doc))
    pages = pdf_pages(page.pdf(prefer_css_page_size=True))   # the stylesheet's @page size
    assert 1 <= len(pages) <= 2, f"{lang} {doc}: {len(pages)} pages"
    assert_a4(pages)
    text = " ".join(p.extract_text() for p in pages)
    title = page.locator("article h1").evaluate("h => h.firstChild.textContent.trim()")
    assert title in text
    for label in NAV_LABELS[lang] + (STRINGS["print_button"][lang], STRINGS["print_pdf_link"][lang]):
        assert label not in text, (lang, doc, label)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("doc", PDF_PAGES)
def test_print_shows_the_content_and_hides_the_site_around_it(page, server, html, lang, doc):
    page.goto(address(server, lang, doc))
    page.emulate_media(media="print")
    for selector in SITE_CHROME:
        visible = [element for element in page.locator(selector).all() if element.is_visible()]
        assert visible == [], (lang, doc, selector)
    assert page.locator("article h1").is_visible()
    assert page.locator("article .toolkit-urgent").is_visible()     # stays on paper
    site_name = html(lang, doc).select_one(".md-header__topic .md-ellipsis").get_text(strip=True)
    assert page.locator(".toolkit-print-header").inner_text().strip() == site_name


@pytest.mark.parametrize("lang", LANGUAGES)
def test_print_header_and_buttons_on_screen(page, server, lang):
    page.goto(address(server, lang, PARENT_SHEETS[0]))
    assert not page.locator(".toolkit-print-header").is_visible()
    button = page.locator("button[data-toolkit-print]")
    assert button.is_visible() and button.inner_text().strip() == STRINGS["print_button"][lang]
    link = page.locator("a.toolkit-pdf-link")
    assert link.is_visible() and link.inner_text().strip() == STRINGS["print_pdf_link"][lang]
    page.evaluate("window.print = function () { window.printed = true }")
    button.click()
    assert page.evaluate("window.printed") is True
    assert page.console_errors == []


def test_print_button_stays_hidden_without_javascript(browser, server):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(address(server, "en", PARENT_SHEETS[0]))
    assert tab.locator("button[data-toolkit-print]").count() == 1
    assert not tab.locator("button[data-toolkit-print]").is_visible()
    assert tab.locator("a.toolkit-pdf-link").is_visible()
    context.close()


def test_a_print_button_on_every_page(html, pages):
    for lang in LANGUAGES:
        for doc in pages:
            assert html(lang, doc).select("article button[data-toolkit-print]"), (lang, doc)


def test_table_rows_and_list_items_are_never_split_across_pages(page, server):
    page.goto(address(server, "en", "appendices/parents-help-sheet.md"))
    page.emulate_media(media="print")
    rows = page.locator("article table.toolkit-table tr")
    assert rows.count() >= 4
    styles = rows.evaluate_all("rows => rows.map(r => getComputedStyle(r).breakInside)")
    assert set(styles) == {"avoid"}


def test_external_links_print_their_address_and_internal_links_do_not(page, server, html, pages):
    doc = next(doc for doc in pages if html("en", doc).select('article a[href^="https://"]'))
    page.goto(address(server, "en", doc))
    page.emulate_media(media="print")
    after = "a => getComputedStyle(a, '::after').content"
    external = page.locator('article a[href^="https://"]').first
    assert external.get_attribute("href") in external.evaluate(after)
    internal = page.locator('article a[href$=".html"]').first
    assert internal.evaluate(after) in ("none", "normal", "")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_checklists_print_as_empty_boxes_to_tick_or_ticked(page, server, lang):
    page.goto(address(server, lang, "appendices/roles-and-responsibilities.md"))
    page.emulate_media(media="print")
    boxes = page.locator("article input[type=checkbox]")
    assert boxes.count() >= 10
    box = boxes.first
    assert box.is_visible()
    style = box.evaluate("b => { const s = getComputedStyle(b); return [s.opacity, s.borderTopWidth,"
                         " s.borderTopStyle, b.getBoundingClientRect().width] }")
    assert style[0] == "1" and style[1] != "0px" and style[2] == "solid" and style[3] >= 8, style
    after = "b => getComputedStyle(b, '::after').content"
    assert box.evaluate(after) in ("none", "normal", "")
    box.check()
    assert "✓" in box.evaluate(after)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_with_a_pdf_links_to_it_and_no_other_does(html, pages, lang):
    for doc in pages:
        links = html(lang, doc).select("a.toolkit-pdf-link")
        if doc in PDF_PAGES:
            assert [a["href"] for a in links] == [Path(page_url(doc)).with_suffix(".pdf").name], doc
            assert links[0].get_text(strip=True) == STRINGS["print_pdf_link"][lang]
        else:
            assert links == [], doc


def test_every_pdf_link_on_the_site_is_a_real_a4_pdf(site, html, pages):
    checked = 0
    for lang in LANGUAGES:
        folder = site if lang == "en" else site / lang
        for doc in pages:
            for link in html(lang, doc).select('a[href$=".pdf"]'):
                if "://" in link["href"]:
                    continue    # a published source's own PDF (the references page)
                target = (folder / page_url(doc)).parent / link["href"]
                assert target.is_file(), (lang, doc, link["href"])
                pdf = pdf_pages(target.read_bytes())
                assert_a4(pdf)
                # No dead links to the build folder: phone numbers and other websites only.
                addresses = link_addresses(pdf)
                assert any(a.startswith("tel:") for a in addresses), target
                assert not [a for a in addresses if a.startswith("file:")], target
                if doc in PARENT_SHEETS:
                    assert len(pdf) <= 2, (target, len(pdf))
                checked += 1
    # The pages' own PDFs, and the whole toolkit's (tests/test_booklet.py) from two pages.
    booklet_links = len(["start-here/index.md", "about.md"])
    assert checked == (len(PDF_PAGES) + booklet_links) * len(LANGUAGES)


def test_the_pdf_switch_and_the_pdf_name(monkeypatch):
    from hooks import pdfs
    monkeypatch.setenv("TOOLKIT_PDFS", "0")
    assert not pdfs.pdfs_wanted()
    monkeypatch.setenv("TOOLKIT_PDFS", "1")
    assert pdfs.pdfs_wanted()
    monkeypatch.delenv("TOOLKIT_PDFS")
    assert pdfs.pdfs_wanted()          # PDFs unless told otherwise
    file = type("File", (), {"dest_uri": "cy/appendices/parents-help-sheet.html"})
    assert pdfs.pdf_name(type("Page", (), {"file": file})) == "parents-help-sheet.pdf"


@pytest.mark.parametrize("doc", PARENT_SHEETS)
def test_english_parent_sheets_are_easy_to_read(html, doc):
    """Flesch reading ease 70 or more ("fairly easy"; the sheets aim at a reading age of 9 to 11)."""
    ease, grade, words = scores(reader_text(html("en", doc)))
    assert words > 300, doc               # the real text was measured, not an empty page
    assert ease >= 70, (doc, ease, grade)
