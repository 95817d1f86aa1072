"""The whole toolkit as one A4 PDF per language: used by hooks/pdfs.py, not a hook itself.

Each page of the edition, in the order of its menu (nav), is printed to its own PDF by
hooks/pdfs.py, exactly as its "Print this page" or "Download as PDF" gives it, and kept in
.cache/pdfs/ like the other PDFs. This module then prints, with the same Chromium and the
site's own stylesheets, a cover (the school's name from the profile), the contents with the
page each chapter starts on, and a back cover with the urgent-help numbers; joins them with
the chapters (pypdf), each chapter starting on a new sheet side; and stamps every page but
the covers with a footer: the toolkit's name and version, the date and the page number
(Chromium's footerTemplate, printed once over blank pages and laid on the pages).

The booklets are /resilience-toolkit.pdf and /cy/pecyn-cymorth-gwydnwch.pdf.
"""
import hashlib
import html
import io
import re
from pathlib import Path


# The booklet of each edition, from the top of the site.
NAMES = {"en": "resilience-toolkit.pdf", "cy": "cy/pecyn-cymorth-gwydnwch.pdf"}
# The footer sits in the pages' bottom margin (12 mm: @page in docs/assets/toolkit.css).
FOOTER_MARGIN = {"top": "10mm", "bottom": "12mm", "left": "12mm", "right": "12mm"}
# Each line of the contents links to its chapter: Chromium prints it as a link to this
# address and the chapter's page number, which make() turns into a link to that page.
CONTENTS_LINK = "https://toolkit.invalid/booklet-page/"
STYLESHEET = re.compile(r'<link rel="stylesheet" href="([^"]+)"')

# The cover, contents and back cover; the rest of their look is the site's print stylesheet.
FRONT_STYLE = """
.toolkit-booklet-cover { height: 250mm; display: flex; flex-direction: column;
  justify-content: center; break-after: page; }
.toolkit-booklet-cover .toolkit-booklet-school { font-size: 16pt; font-weight: 700; margin: 0 0 8mm; }
.toolkit-booklet-cover h1 { font-size: 28pt; line-height: 1.15; margin: 0 0 6mm; }
.toolkit-booklet-cover .toolkit-booklet-subtitle { font-size: 15pt; margin: 0 0 12mm; }
.toolkit-booklet-cover .toolkit-print-qr { float: none; width: auto; margin: 10mm 0 0;
  align-items: center; gap: 4mm; font-size: 10pt; text-align: left; }
.toolkit-booklet-cover .toolkit-print-qr p { order: 0; }
.toolkit-booklet-cover .toolkit-print-qr svg { width: 25mm; height: 25mm; }
.toolkit-booklet-contents ol { list-style: none; margin: 0; padding: 0; }
.toolkit-booklet-contents li { margin: 0 0 0.6mm; break-inside: avoid; }
.toolkit-booklet-contents li a { display: flex; gap: 2mm; }
.toolkit-booklet-contents li span:first-child { flex: 1; }
.toolkit-booklet-contents li.toolkit-booklet-section { font-weight: 700; margin-top: 2.5mm; }
.toolkit-booklet-contents li.toolkit-booklet-in-section span:first-child { padding-left: 5mm; }
.toolkit-booklet-back { break-before: page; padding-top: 40mm; }
"""


LINK_END = re.compile(r'(<a [^>]*\btoolkit-booklet-link\b[^>]*>.*?</a>)', re.DOTALL)


def facts(pdf, pattern):
    """What the booklet is, for beside its link: 'PDF, 4.3 MB, 184 pages'."""
    from pypdf import PdfReader   # here: a build without PDFs never needs pypdf
    return pattern.format(size=f"{pdf.stat().st_size / 1_000_000:.1f}", pages=len(PdfReader(pdf).pages))


def with_facts(page, text):
    """A built page with the booklet's facts after its link (unchanged if it has none)."""
    return LINK_END.sub(lambda m: f'{m[1]}<span class="toolkit-booklet-facts">{html.escape(text)}</span>',
                        page, count=1)


def contents(nav):
    """[(section title or None, page)] for every page of an edition's menu, in order."""
    entries = []

    def walk(items, section):
        for item in items:
            if item.is_page:
                entries.append((section, item))
            elif item.is_section:
                walk(item.children, item.title)
    walk(nav.items, None)
    return entries


def inputs_hash(*parts):
    """A hash of what a booklet is made from, this file included."""
    return hashlib.sha256(repr(parts).encode() + Path(__file__).read_bytes()).hexdigest()


def front_html(lang, words, chapters, starts, stylesheets):
    """Cover, contents (each chapter's first page) and back cover, as one HTML document;
    the back cover is its last page."""
    esc = html.escape
    rows, last_section = [], None
    for (section, title, _), start in zip(chapters, starts):
        if section and section != last_section:
            rows.append(f'<li class="toolkit-booklet-section"><span>{esc(section)}</span></li>')
        last_section = section
        css = "toolkit-booklet-in-section" if section else ""
        rows.append(f'<li class="{css}"><a href="{CONTENTS_LINK}{start}" data-toolkit-page>'
                    f'<span>{esc(title)}</span><span>{start}</span></a></li>')
    links = "".join(f'<link rel="stylesheet" href="{href}">' for href in stylesheets)
    online = (f'<div class="toolkit-print-qr">{words["qr"]}<p>{esc(words["online"])} '
              f'{esc(words["address"])}</p></div>' if words.get("qr") else "")
    return f"""<!doctype html><html lang="{lang}"><head><meta charset="utf-8">
<title>{esc(words["site"])}</title>{links}<style>{FRONT_STYLE}</style></head>
<body><div class="md-content"><article class="md-content__inner md-typeset">
<section class="toolkit-booklet-cover">
<p class="toolkit-booklet-school">{esc(words["school"])}</p>
<h1>{esc(words["site"])}</h1>
<p class="toolkit-booklet-subtitle">{esc(words["subtitle"])}</p>
<p>{esc(words["version"])}</p>{online}
</section>
<section class="toolkit-booklet-contents"><h2>{esc(words["contents"])}</h2><ol>{"".join(rows)}</ol></section>
<section class="toolkit-booklet-back">{words["urgent_help"]}</section>
</article></div></body></html>"""


def footer_template(words):
    page = '<span class="pageNumber"></span>'
    pages = '<span class="totalPages"></span>'
    text = html.escape(words["footer"]).format(
        site=html.escape(words["site"]), version=html.escape(words["version_number"]),
        date=html.escape(words["date"]), page=page, pages=pages)
    return ('<div style="width:100%;margin:0 12mm 4mm;font:8pt Liberation Sans,Arial,'
            f'sans-serif;color:#444;text-align:center">{text}</div>')


def make(tab, target, lang, chapters, words, site, workdir):
    """Print the booklet of one edition to `target`.

    chapters: [(section, title, the chapter's own PDF)] in menu order. words: the texts of
    the cover, contents and footer, in the edition's language."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, NameObject, TextStringObject
    readers = [PdfReader(pdf) for _, _, pdf in chapters]
    index = site / ("index.html" if lang == "en" else f"{lang}/index.html")
    stylesheets = [(index.parent / href).resolve().as_uri()
                   for href in STYLESHEET.findall(index.read_text(encoding="utf-8"))]
    front = Path(workdir, f"front-{lang}.html")
    front_pages = 2                       # the cover and one page of contents, to begin with
    for _ in range(4):                    # the contents' length settles at once, or soon
        starts, page = [], front_pages + 1
        for reader in readers:
            starts.append(page)
            page += len(reader.pages)
        front.write_text(front_html(lang, words, chapters, starts, stylesheets),
                         encoding="utf-8")
        tab.goto(front.as_uri(), wait_until="load")
        front_pdf = PdfReader(io.BytesIO(
            tab.pdf(prefer_css_page_size=True, print_background=True)))
        if len(front_pdf.pages) - 1 == front_pages:
            break
        front_pages = len(front_pdf.pages) - 1
    writer = PdfWriter()
    for number in range(front_pages):
        writer.add_page(front_pdf.pages[number])
    first_pages = []
    for (section, title, _), reader in zip(chapters, readers):
        first_pages.append(len(writer.pages))
        for page in reader.pages:
            writer.add_page(page)
    if (len(writer.pages) + 1) % 2:       # the back cover on the back of the last sheet
        writer.add_blank_page()
    writer.add_page(front_pdf.pages[-1])
    # The footer on every page but the covers (and the blank one).
    total = len(writer.pages)
    blanks = Path(workdir, f"footer-{lang}.html")
    blanks.write_text("<!doctype html><style>div{break-after:page;height:1px}</style>"
                      + "<div></div>" * total, encoding="utf-8")
    tab.goto(blanks.as_uri(), wait_until="load")
    footers = PdfReader(io.BytesIO(tab.pdf(
        format="A4", display_header_footer=True, header_template="<span></span>",
        footer_template=footer_template(words), margin=FOOTER_MARGIN)))
    for number in range(1, front_pages + sum(len(reader.pages) for reader in readers)):
        writer.pages[number].merge_page(footers.pages[number])
        writer.pages[number].compress_content_streams()   # merging left them uncompressed
    for number in range(1, front_pages):
        for annotation in writer.pages[number].get("/Annots") or []:
            link = annotation.get_object()
            address = link.get("/A", {}).get("/URI", "")
            if address.startswith(CONTENTS_LINK):
                chapter = writer.pages[int(address.removeprefix(CONTENTS_LINK)) - 1]
                del link["/A"]
                link[NameObject("/Dest")] = ArrayObject([chapter.indirect_reference,
                                                         NameObject("/Fit")])
    # Bookmarks: the sections, and each chapter under its section.
    parents = {}
    for (section, title, _), first in zip(chapters, first_pages):
        parent = None
        if section:
            if section not in parents:
                parents[section] = writer.add_outline_item(section, first)
            parent = parents[section]
        writer.add_outline_item(title, first, parent=parent)
    writer.add_metadata({"/Title": f'{words["site"]}: {words["subtitle"]}',
                         "/Author": words["school"]})
    writer.page_mode = "/UseOutlines"
    writer._root_object[NameObject("/Lang")] = TextStringObject(lang)
    partial = target.with_suffix(".part")
    with open(partial, "wb") as file:
        writer.write(file)
    partial.replace(target)
    return total
