"""MkDocs hook: the Print button, the print header, and a PDF of every page that asks for one.

A page asks for a PDF with `pdf: true` in its front matter (in both languages). After the
last edition is built, headless Chromium prints the built page, with the site's own print
stylesheet, to a PDF beside it: appendices/parents-help-sheet.html gets
appendices/parents-help-sheet.pdf, and the Welsh page cy/appendices/parents-help-sheet.pdf.
So the PDF is exactly what a reader's Print button gives, and there is one stylesheet to
keep each sheet on two A4 pages. The page links to its PDF ("Download as PDF").

TOOLKIT_PDFS=0 skips the PDFs and their links, so that `scripts/serve` stays fast. Printed
PDFs are kept in .cache/pdfs/ (a build cache: safe to delete; never published), named by a
hash of everything the print depends on: the built page, the site's stylesheets, scripts
and images, the published address and the Chromium build. A page whose inputs have not
changed gets its PDF from there; any other is printed afresh. A build that cannot print a
PDF fails, so a link never points at a missing or stale PDF. Chromium is Debian's
/usr/bin/chromium (scripts/build and scripts/test install it), driven by Playwright: never a
downloaded browser.

The same prints make the whole toolkit as one PDF per language (hooks/booklet.py): every page
of an edition's menu is printed as above (and kept in the same cache), then joined behind a
cover and contents. Its pages and its inputs unchanged, a build copies it from the cache.

When the site knows its published address (site_url, from TOOLKIT_SITE_URL), every page
carries, on paper only, a QR code of its own address and the address in short, made here
with segno as inline SVG (overrides/partials/toolkit-print.html shows it). Without an
address there is none.
"""
import datetime
import hashlib
import logging
import os
import re
import shutil
import tempfile
import time
from pathlib import Path, PurePosixPath

import segno
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

import booklet   # hooks/booklet.py: MkDocs puts this folder on the path while loading a hook

log = logging.getLogger("mkdocs.hooks.pdfs")
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
CACHE = Path(".cache", "pdfs")
# The link the page template writes (overrides/partials/toolkit-print.html).
LINK = re.compile(r"<a\s[^>]*\btoolkit-pdf-link\b[^>]*>")
HREF = re.compile(r'\shref="([^"]+\.pdf)"')


def pdfs_wanted():
    """False when TOOLKIT_PDFS=0: build without PDFs."""
    return os.environ.get("TOOLKIT_PDFS", "1").strip() != "0"


def pdf_name(page):
    """The PDF's file name, beside the page: 'parents-help-sheet.pdf'."""
    return PurePosixPath(page.file.dest_uri).with_suffix(".pdf").name


def short_address(url):
    """The page's address as a reader types it: no https://."""
    return re.sub(r"^https?://", "", url)


def qr_svg(url, label):
    """A QR code of `url` as inline SVG, sized by the stylesheet (.toolkit-print-qr)."""
    return segno.make(url, error="m").svg_inline(border=2, omitsize=True, title=label,
                                                svgclass=None, lineclass=None)


# Each edition's menu, site name and home address, as its pages are built: the booklet's
# chapters, in menu order ({language: {...}}).
EDITIONS = {}


def on_config(config):
    # The booklets' addresses from the top of the site, for the booklet_link macro.
    config.extra["toolkit_booklets"] = booklet.NAMES if pdfs_wanted() else {}
    return config


def on_page_context(context, page, config, nav):
    """What overrides/partials/toolkit-print.html shows besides its words: the PDF, if any,
    and on paper the QR code of the page's address, when the site knows it."""
    from macros import core   # the checked toolkit (hooks/toolkit.py says why imported here)
    lang = core.page_language(page, config)
    context["toolkit_print"] = {"pdf": pdf_name(page) if page.meta.get("pdf") and pdfs_wanted() else None}
    if config.site_url and page.canonical_url:
        label = core.load(config).word("print_qr_label", lang).strip()
        context["toolkit_print"].update(qr=qr_svg(page.canonical_url, label), qr_label=label,
                                        address=short_address(page.canonical_url))
    EDITIONS[lang] = {"nav": nav, "site_name": config.site_name,
                      "home": config.site_url and config.site_url + ("" if lang == "en" else f"{lang}/")}
    return context


def pdf_targets(site):
    """{built page: its PDF} for every PDF link in the built site."""
    targets = {}
    for html in sorted(site.rglob("*.html")):
        for link in LINK.findall(html.read_text(encoding="utf-8")):
            targets[html] = (html.parent / HREF.search(link).group(1)).resolve()
    return targets


# Links between the site's pages would be file:// addresses of the build folder in the PDF:
# point them at the published site (site_url) if it is known, else make them plain text.
# Links to other websites, phone numbers and places on the same page stay as they are. A
# link to another page prints no address, as on a reader's own print (data-toolkit-page:
# docs/assets/toolkit.css), so a parent sheet keeps its two pages.
RELINK = """([root, published]) => document.querySelectorAll("a[href]").forEach(a => {
  const url = new URL(a.getAttribute("href"), location.href);
  if (url.protocol !== "file:" || a.getAttribute("href").startsWith("#")) return;
  if (published && url.href.startsWith(root)) {
    a.href = published + url.href.slice(root.length);
    a.setAttribute("data-toolkit-page", "");
  } else a.removeAttribute("href");
})"""


class Chromium:
    """Debian's headless Chromium, started when the first page is to be printed."""

    def __enter__(self):
        self.playwright = self.browser = self._tab = None
        return self

    def tab(self):
        if self._tab is None:
            if not Path(CHROMIUM).is_file():
                raise PluginError(f"hooks/pdfs.py: no Chromium at {CHROMIUM} to print the PDFs. "
                                  "Install Debian's chromium package (scripts/build does), or "
                                  "build without PDFs: TOOLKIT_PDFS=0")
            from playwright.sync_api import sync_playwright
            self.playwright = sync_playwright().start()
            self.browser = self.playwright.chromium.launch(executable_path=CHROMIUM,
                                                           headless=True, args=CHROMIUM_ARGS)
            self._tab = self.browser.new_page()
        return self._tab

    def __exit__(self, *error):
        if self.browser:
            self.browser.close()
        if self.playwright:
            self.playwright.stop()


def print_pdf(tab, html, pdf, site, site_url):
    """Print a built page to `pdf` (A4: the page's own @page rule)."""
    tab.goto(html.resolve().as_uri(), wait_until="load")
    tab.evaluate(RELINK, [site.resolve().as_uri() + "/", site_url or ""])
    partial = pdf.with_suffix(".part")
    tab.pdf(path=str(partial), prefer_css_page_size=True, print_background=True)
    partial.replace(pdf)


def chromium_build():
    """The installed Chromium (Debian's /usr/bin/chromium is a script that runs this)."""
    binary = Path("/usr/lib/chromium/chromium")
    stat = (binary if binary.is_file() else Path(CHROMIUM)).stat()
    return f"{stat.st_size} {stat.st_mtime_ns}"


def shared_inputs(site, site_url):
    """A hash of what every page's print depends on besides the page itself."""
    digest = hashlib.sha256(f"{site_url} {chromium_build()}".encode())
    for path in sorted((site / "assets").rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(site).as_posix().encode() + path.read_bytes())
    return digest.hexdigest()


def cache_name(html, shared):
    return hashlib.sha256(shared.encode() + html.read_bytes()).hexdigest() + ".pdf"


def add_booklet_facts(config, site, chapters):
    """Beside each link to a booklet, its size and pages, on the pages of its edition's menu
    (chapters). Written after every page has been printed, so the pages' own PDFs and
    chapters (and their cache) never depend on them."""
    from macros import core
    toolkit = core.load(config)
    for lang, listed in chapters.items():
        text = booklet.facts(site / booklet.NAMES[lang], toolkit.word("booklet_facts", lang).strip())
        for _, _, page in listed:
            built = page.read_text(encoding="utf-8")
            if "toolkit-booklet-link" in built:
                page.write_text(booklet.with_facts(built, text), encoding="utf-8")


def booklet_words(config, lang, edition):
    from macros import core, render
    toolkit = core.load(config)
    word = lambda key: toolkit.word(key, lang).strip()
    parts = core.theme_parts(toolkit, lang)
    date, number = render.long_date(datetime.date.today().isoformat(), lang), core.version(toolkit)
    words = {"site": edition["site_name"], "school": parts["school_name"],
             "urgent_help": parts["urgent_help"], "subtitle": word("booklet_subtitle"),
             "contents": word("booklet_contents"), "online": word("booklet_online"),
             "version": word("booklet_version").format(version=number, date=date),
             "footer": word("booklet_footer"), "version_number": number, "date": date}
    if edition["home"]:
        words.update(qr=qr_svg(edition["home"], words["online"]),
                     address=short_address(edition["home"]))
    return words


@event_priority(-200)  # after mkdocs-static-i18n (-100) has built every edition
def on_post_build(config):
    if config.plugins["i18n"].building or not pdfs_wanted():
        return
    started = time.monotonic()
    site = Path(config.site_dir)
    cache = Path(config.config_file_path).parent / CACHE
    cache.mkdir(parents=True, exist_ok=True)
    shared = shared_inputs(site, config.site_url)
    targets = pdf_targets(site)
    # Each chapter by its own title (the menu calls the home page "Home").
    chapters = {lang: [(section, page.meta.get("title") or page.title,
                        site / page.file.dest_uri)
                       for section, page in booklet.contents(edition["nav"])]
                for lang, edition in EDITIONS.items()}
    pages = set(targets) | {html for listed in chapters.values() for _, _, html in listed}
    cached = {html: cache / cache_name(html, shared) for html in pages}
    keep, printed, made = set(cached.values()), 0, 0
    with Chromium() as chromium, tempfile.TemporaryDirectory() as workdir:
        for html in sorted(pages):
            if not cached[html].is_file():
                print_pdf(chromium.tab(), html, cached[html], site, config.site_url)
                printed += 1
        for html, pdf in targets.items():
            shutil.copyfile(cached[html], pdf)
        for lang, listed in chapters.items():
            words = booklet_words(config, lang, EDITIONS[lang])
            made_from = [(section, title, cached[html]) for section, title, html in listed]
            name = booklet.inputs_hash(shared, words, [(s, t, p.name) for s, t, p in made_from])
            kept = cache / f"booklet-{name}.pdf"
            if not kept.is_file():
                booklet.make(chromium.tab(), kept, lang, made_from, words, site, workdir)
                made += 1
            shutil.copyfile(kept, site / booklet.NAMES[lang])
            keep.add(kept)
        add_booklet_facts(config, site, chapters)
    for old in (set(cache.glob("*.pdf")) | set(cache.glob("*.part"))) - keep:   # never grows
        old.unlink()
    log.info("Printed %d pages and made %d booklets (%d PDFs and %d booklets unchanged, from "
             ".cache/pdfs) in %.1f seconds", printed, made, len(pages) - printed,
             len(chapters) - made, time.monotonic() - started)
