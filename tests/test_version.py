"""Which version is this? (issue #19, item 4): the changelog (data/changelog.yml) and its
What's new page in both languages, and the toolkit's version with the page's date on every
printed page and PDF (overrides/main.html): in the built HTML, on paper in Chromium, and read
back from a PDF of the build."""
import re

import pytest
import yaml
from playwright.sync_api import expect

from conftest import LANGUAGES, ROOT, copy_project, page_url
from macros import data as loader
from macros import changelog as releases
from test_print import address, pdf_pages
from sheets import PARENT_SHEETS

WHATS_NEW = "whats-new.md"
STRINGS = yaml.safe_load((ROOT / "data" / "strings.yml").read_text(encoding="utf-8"))
CHANGELOG = yaml.safe_load((ROOT / "data" / "changelog.yml").read_text(encoding="utf-8"))
NEWEST = CHANGELOG[0]["version"]


def words(text):
    """Text as a reader sees it: Markdown's emphasis gone, spaces single."""
    return " ".join(text.replace("*", "").split())


def printed_line(lang, updated):
    return (STRINGS["print_version"][lang].replace("{version}", NEWEST) + " "
            + STRINGS["updated_label"][lang] + " " + updated)


# --- The changelog and its checks, without a build --------------------------------------------

RECORDS = [{"version": "1.1.0", "date": "2027-02-01", "changes": [{"en": "New *things*.", "cy": "Pethau *newydd*."}]},
           {"version": "1.0.0", "date": "2027-01-01", "changes": [{"en": "First.", "cy": "Cyntaf."}]}]


def test_the_changelog_is_listed_newest_first_with_ids_the_same_in_both_languages():
    strings = {key: STRINGS[key] for key in ("changelog_heading", "changelog_current")}
    assert releases.changelog(RECORDS, strings, "en").splitlines() == [
        "## Version 1.1.0, 1 February 2027 (this version) { #version-1-1-0 }", "", "- New *things*.", "",
        "## Version 1.0.0, 1 January 2027 { #version-1-0-0 }", "", "- First."]
    assert releases.changelog(RECORDS, strings, "cy").splitlines()[0] == (
        "## Fersiwn 1.1.0, 1 Chwefror 2027 (y fersiwn hon) { #version-1-1-0 }")
    assert releases.version_id("1.0.0-beta.2") == "version-1-0-0-beta-2"


def test_a_version_listed_twice_or_out_of_order_is_named():
    assert loader.check_changelog(RECORDS) == []
    twice = [RECORDS[0], {**RECORDS[1], "version": "1.1.0"}]
    assert loader.check_changelog(twice) == [
        "data/changelog.yml, record #2 ('1.1.0'), field 'version': expected a new version, "
        "'1.1.0' is listed above"]
    assert loader.check_changelog(list(reversed(RECORDS))) == [
        "data/changelog.yml, record #2 ('1.1.0'), field 'date': expected the newest version "
        "first, 2027-02-01 is later than the version above it"]


def test_the_build_stops_on_a_changelog_out_of_order(tmp_path):
    project = copy_project(tmp_path)
    (project / "data" / "changelog.yml").write_text(yaml.safe_dump(list(reversed(CHANGELOG))))
    with pytest.raises(loader.DataError, match="expected the newest version first"):
        loader.load_toolkit(project, "default")


def test_the_changelog_is_newest_first_and_every_change_is_in_both_languages():
    assert loader.check_changelog(CHANGELOG) == []
    for record in CHANGELOG:
        assert re.fullmatch(r"\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?", record["version"]), record["version"]
        for change in record["changes"]:
            assert set(change) == set(LANGUAGES) and all(change[lang].strip() for lang in LANGUAGES)


# --- The built pages ----------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_carries_the_version_and_its_date_for_paper(html, pages, lang):
    for doc in pages:
        article = html(lang, doc).select_one("article")
        updated = article.select_one(".toolkit-updated").get_text(" ", strip=True)
        date = updated.removeprefix(STRINGS["updated_label"][lang]).strip()
        lines = article.select(".toolkit-print-version")
        assert [line.get_text(" ", strip=True) for line in lines] == [printed_line(lang, date)], doc


@pytest.mark.parametrize("lang", LANGUAGES)
def test_whats_new_lists_every_version_newest_first_in_the_pages_language(html, lang):
    article = html(lang, WHATS_NEW).select_one("article")
    versions = [h2 for h2 in article.select("h2[id^=version-]")]
    assert [h2["id"] for h2 in versions] == [releases.version_id(r["version"]) for r in CHANGELOG]
    for h2, record in zip(versions, CHANGELOG):
        assert record["version"] in h2.get_text()
        changes = h2.find_next_sibling("ul").find_all("li", recursive=False)
        assert [" ".join(li.get_text().split()) for li in changes] == [
            words(change[lang]) for change in record["changes"]]
    assert STRINGS["changelog_current"][lang] in versions[0].get_text()
    assert NEWEST in article.select_one(".admonition").get_text()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_about_names_the_version_and_links_to_whats_new_which_is_in_the_menu(html, lang):
    about = html(lang, "about.md")
    version_section = about.select_one("article").get_text(" ")
    assert NEWEST in version_section
    assert about.select_one(f'article a[href="{page_url(WHATS_NEW)}"]') is not None
    title = html(lang, WHATS_NEW).select_one("article h1").contents[0].strip()
    menu = [a.get_text(strip=True) for a in about.select("nav.md-nav--primary a.md-nav__link")]
    assert title in menu, menu


# --- On paper -----------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_version_line_is_on_paper_only_in_place_of_the_date_alone(page, server, html, lang):
    doc = "pace/empathy.md"
    page.goto(address(server, lang, doc))
    line = page.locator("article .toolkit-print-version")
    expect(line).to_be_hidden()
    expect(page.locator("article .toolkit-updated")).to_be_visible()
    page.emulate_media(media="print")
    expect(line).to_be_visible()
    expect(page.locator("article .toolkit-updated")).to_be_hidden()
    assert line.inner_text() == html(lang, doc).select_one(".toolkit-print-version").get_text(strip=True)
    assert page.console_errors == []


def test_the_action_plan_printed_alone_keeps_the_version_line(page, server):
    page.goto(address(server, "en", "whole-school/self-review.md"))
    page.click("[data-review-plan-only]")
    page.emulate_media(media="print")
    expect(page.locator("article .toolkit-print-version")).to_be_visible()
    expect(page.locator("article .toolkit-print-version")).to_contain_text(NEWEST)
    assert page.console_errors == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_pdf_of_the_build_says_the_version_and_the_pages_date(site, html, lang):
    doc = PARENT_SHEETS[0]
    folder = site / lang if lang == "cy" else site
    pdf = (folder / page_url(doc)).with_suffix(".pdf")
    assert pdf.is_file(), f"{pdf}: no PDF (built unless TOOLKIT_PDFS=0)"
    text = " ".join(" ".join(p.extract_text() for p in pdf_pages(pdf.read_bytes())).split())
    expected = html(lang, doc).select_one(".toolkit-print-version").get_text(" ", strip=True)
    assert NEWEST in expected and expected in text, text[-400:]
