"""The whole toolkit as one A4 PDF per language (hooks/booklet.py), and the QR codes that lead
from printed pages back to the page online (hooks/pdfs.py).

The booklets of the suite's own build (no published address, the neutral profile) are read
back with pypdf: cover, contents against the pages' titles, each chapter on a new page, the
footer, the urgent-help numbers on the back cover. One more build, shared by the QR tests,
knows a published address and uses a school's profile: its QR codes are decoded from the
printed PDFs with zbarimg (Debian's zbar-tools) over pdftoppm's images (poppler-utils), and
a second, warm build of it must print nothing again.
"""
import datetime
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from babel.dates import format_date
from pypdf import PdfReader

from conftest import LANGUAGES, ROOT, copy_project, page_url, run_mkdocs_build
from sheets import PARENT_SHEETS, PDF_PAGES
from test_print import assert_a4

sys.path.insert(0, str(ROOT / "hooks"))
from booklet import NAMES  # noqa: E402  (hooks/booklet.py: where each edition's booklet is)

STRINGS = yaml.safe_load((ROOT / "data" / "strings.yml").read_text(encoding="utf-8"))
URGENT = yaml.safe_load((ROOT / "data" / "urgent-help.yml").read_text(encoding="utf-8"))
SITE_URL = "https://wellbeing.example.sch.uk/toolkit/"
PREFIX = {"en": "", "cy": "cy/"}


class Loader(yaml.SafeLoader):
    """Reads mkdocs.yml, leaving its !ENV tags as plain values."""


Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
CHANGELOG = yaml.safe_load((ROOT / "data" / "changelog.yml").read_text(encoding="utf-8"))
MKDOCS = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)


def nav_pages(items=MKDOCS["nav"]):
    """Every page of the menu, in order, by its English source path."""
    for item in items:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        if isinstance(value, list):
            yield from nav_pages(value)
        else:
            yield value


def title(lang, doc):
    """The page's title, from the front matter of its English or Welsh file."""
    path = ROOT / "docs" / (doc if lang == "en" else doc.removesuffix(".md") + f".{lang}.md")
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1])["title"]


def squeeze(text):
    return re.sub(r"\s+", " ", text).strip()


def contents(pages):
    """{title: page number} read from the contents pages: the lines ending in a number."""
    found = {}
    for page in pages:
        for line in page.extract_text().splitlines():
            match = re.fullmatch(r"(.+?) (\d+)", line.strip())
            if match:
                found[squeeze(match.group(1))] = int(match.group(2))
    return found


@pytest.fixture(scope="module")
def booklets(site):
    return {lang: PdfReader(site / NAMES[lang]) for lang in LANGUAGES}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_booklet_has_a_cover_contents_every_page_and_the_urgent_numbers_last(booklets, lang):
    pages = booklets[lang].pages
    texts = [page.extract_text() for page in pages]
    assert_a4(pages)
    assert len(pages) % 2 == 0, len(pages)          # whole sheets, the back cover on the back
    cover = squeeze(texts[0])
    profile = yaml.safe_load((ROOT / "profiles" / "default.yml").read_text(encoding="utf-8"))
    assert profile["name"][lang] in cover
    assert STRINGS["booklet_subtitle"][lang] in cover
    # The contents: every page of the menu, in order, with the page its chapter starts on.
    listed = contents(pages[1:4])
    docs = list(nav_pages())
    numbers = [listed.get(squeeze(title(lang, doc))) for doc in docs]
    assert None not in numbers, [title(lang, d) for d, n in zip(docs, numbers) if n is None]
    assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers), numbers
    front = numbers[0] - 1
    assert STRINGS["booklet_contents"][lang] in texts[1]
    for doc, number in zip(docs, numbers):
        # Each chapter starts on a page of its own, its title at the top (after the
        # school's name), and its page number is the one in the footer.
        top = squeeze(texts[number - 1])[:250]
        assert squeeze(title(lang, doc)) in top, (lang, doc, number, top)
        assert re.search(rf"\b{number} (of|o) {len(pages)}\b", squeeze(texts[number - 1])), number
    # The footer: the toolkit's name, version and the day, on every page but the covers.
    version = CHANGELOG[0]["version"]   # the newest is the toolkit's version
    day = format_date(datetime.date.today(), "d MMMM y", locale=lang)
    for number in range(2, numbers[-1] + 1):
        text = squeeze(texts[number - 1])
        footer = STRINGS["booklet_footer"][lang].split("{site}")[1].format(
            version=version, date=day, page=number, pages=len(pages))
        assert footer in text, (number, text[-200:])
    assert not re.search(r"\b(of|o) \d+$", squeeze(texts[-1]))
    back = squeeze(texts[-1])
    for line in URGENT:
        assert line["number"] in back, line["number"]
    assert STRINGS["urgent_help_heading"][lang] in back
    assert front >= 2 and all("toolkit-booklet" not in text for text in texts)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_line_of_the_contents_links_to_its_chapter(booklets, lang):
    reader = booklets[lang]
    listed = contents(reader.pages[1:4])
    starts = [listed[squeeze(title(lang, doc))] for doc in nav_pages()]
    found = []
    for page in reader.pages[1:starts[0] - 1]:
        for annotation in page.get("/Annots") or []:
            link = annotation.get_object()
            assert "/Dest" in link, link            # no link out of the booklet
            found.append(reader.get_page_number(link["/Dest"][0].get_object()) + 1)
    assert found == starts


def test_each_booklet_has_a_bookmark_for_each_section_and_page_and_says_what_it_is(booklets):
    docs = list(nav_pages())
    for lang, reader in booklets.items():
        sections = [item for item in reader.outline if isinstance(item, list)]
        flat = [item for item in reader.outline if not isinstance(item, list)]
        assert len(flat) + sum(len(items) for items in sections) == len(docs) + len(sections)
        assert reader.metadata.title.endswith(STRINGS["booklet_subtitle"][lang])
        assert reader.trailer["/Root"]["/Lang"] == lang


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("doc", ["start-here/index.md", "about.md"])
def test_start_here_and_about_link_to_the_booklet_of_their_language(site, html, lang, doc):
    links = html(lang, doc).select("a.toolkit-booklet-link")
    assert len(links) == 1
    assert links[0].get_text(strip=True) == STRINGS["booklet_link"][lang]
    folder = site / PREFIX[lang]
    target = ((folder / page_url(doc)).parent / links[0]["href"]).resolve()
    assert target == (site / NAMES[lang]).resolve() and target.is_file()
    # Beside it, what it is before a reader on a phone downloads it, read from the file.
    facts = links[0].find_next_sibling("span", class_="toolkit-booklet-facts")
    assert facts is not None and facts.get_text() == STRINGS["booklet_facts"][lang].format(
        size=f"{target.stat().st_size / 1_000_000:.1f}", pages=len(PdfReader(target).pages))


def test_without_a_published_address_no_page_has_a_qr_code(html, pages):
    for lang in LANGUAGES:
        for doc in pages:
            assert html(lang, doc).select(".toolkit-print-qr") == [], (lang, doc)


# With a published address ----------------------------------------------------------------

@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """A copy of the project built with a published address and a school's profile, PDFs on;
    then built again, warm, into another folder (its log is kept)."""
    for tool in ("zbarimg", "pdftoppm"):
        if not shutil.which(tool):
            pytest.fail(f"{tool} is missing: scripts/test installs zbar-tools and poppler-utils")
    project = copy_project(tmp_path_factory.mktemp("published"))
    env = {"TOOLKIT_SITE_URL": SITE_URL, "TOOLKIT_PROFILE": "caerphilly", "TOOLKIT_PDFS": "1"}
    result = run_mkdocs_build(project, project / "site", **env)
    assert result.returncode == 0 and "WARNING" not in result.stderr, result.stderr
    warm = run_mkdocs_build(project, project / "warm", **env)
    assert warm.returncode == 0 and "WARNING" not in warm.stderr, warm.stderr
    (project / "warm.log").write_text(warm.stderr, encoding="utf-8")
    return project


# Where a page's QR code is printed, at 150 dpi: its top right corner (66 by 45 mm), where
# the code sits beside the title (docs/assets/toolkit.css). The cover's is read whole.
TOP_RIGHT = ["-x", "850", "-y", "0", "-W", "390", "-H", "270"]
SOURCE = re.compile(r"<source href='[^']*-(\d+)\.png'>(.*?)</source>", re.DOTALL)
DATA = re.compile(r"<data><!\[CDATA\[(.*?)\]\]></data>", re.DOTALL)


def qr_codes(pdf, first, last, workdir, crop=TOP_RIGHT):
    """{page number: [the text of each QR code on it]} for the pages first to last, with one
    pdftoppm and one zbarimg for them all."""
    folder = workdir / f"{pdf.stem}-{first}"
    folder.mkdir()
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", *crop, "-f", str(first),
                    "-l", str(last), str(pdf), str(folder / "page")], check=True)
    images = sorted(str(image) for image in folder.glob("page-*.png"))
    assert len(images) == last - first + 1, images
    read = subprocess.run(["zbarimg", "--quiet", "--xml", "-Sdisable", "-Sqrcode.enable",
                           *images], capture_output=True, text=True)
    return {int(number): DATA.findall(found) for number, found in SOURCE.findall(read.stdout)}


def online(lang, doc):
    return SITE_URL + PREFIX[lang] + page_url(doc)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_pdf_leads_back_to_its_own_page_in_its_language(published, tmp_path, lang):
    for doc in PDF_PAGES:
        pdf = published / "site" / PREFIX[lang] / Path(page_url(doc)).with_suffix(".pdf")
        reader = PdfReader(pdf)
        assert qr_codes(pdf, 1, 1, tmp_path)[1] == [online(lang, doc)], (lang, doc)
        text = squeeze(reader.pages[0].extract_text())
        short = online(lang, doc).removeprefix("https://")
        assert squeeze(STRINGS["print_qr_label"][lang]) in text
        assert short in text.replace(" ", ""), (doc, text[:300])
        if doc in PARENT_SHEETS:
            assert len(reader.pages) <= 2, (lang, doc, len(reader.pages))   # one sheet still


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_chapter_of_the_booklet_leads_back_to_its_page(published, tmp_path, lang):
    pdf = published / "site" / NAMES[lang]
    reader = PdfReader(pdf)
    listed = contents(reader.pages[1:4])
    docs = list(nav_pages())
    starts = [listed[squeeze(title(lang, doc))] for doc in docs]
    assert qr_codes(pdf, 1, 1, tmp_path, crop=[])[1] == [SITE_URL + PREFIX[lang]]  # the cover
    # Each chapter's first page, and no other, leads to the chapter's page online.
    codes = qr_codes(pdf, starts[0], len(reader.pages) - 1, tmp_path)
    assert {number: found for number, found in codes.items() if found} == {
        start: [online(lang, doc)] for start, doc in zip(starts, docs)}
    school = yaml.safe_load((ROOT / "profiles" / "caerphilly.yml").read_text(encoding="utf-8"))
    assert squeeze(school["name"][lang]) in squeeze(reader.pages[0].extract_text())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_printed_action_plan_leads_back_to_the_self_review(published, browser, tmp_path, lang):
    context = browser.new_context()
    try:
        tab = context.new_page()
        doc = "whole-school/self-review.md"
        tab.goto((published / "site" / PREFIX[lang] / page_url(doc)).as_uri())
        tab.click("[data-review-plan-only]")
        assert tab.get_attribute("[data-review-plan-only]", "aria-pressed") == "true"
        pdf = tmp_path / "plan.pdf"
        pdf.write_bytes(tab.pdf(prefer_css_page_size=True))
        assert qr_codes(pdf, 1, 1, tmp_path)[1] == [online(lang, doc)]
    finally:
        context.close()


def test_a_warm_build_prints_nothing_again(published):
    log = (published / "warm.log").read_text(encoding="utf-8")
    assert "Printed 0 pages and made 0 booklets" in log, log
    for lang in LANGUAGES:
        assert ((published / "warm" / NAMES[lang]).read_bytes()
                == (published / "site" / NAMES[lang]).read_bytes())
