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
"""
import hashlib
import logging
import os
import re
import shutil
import time
from pathlib import Path, PurePosixPath

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

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


def on_page_context(context, page, config, nav):
    """What overrides/partials/toolkit-print.html shows besides its words: the PDF, if any."""
    context["toolkit_print"] = {"pdf": pdf_name(page) if page.meta.get("pdf") and pdfs_wanted() else None}
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
# Links to other websites, phone numbers and places on the same page stay as they are.
RELINK = """([root, published]) => document.querySelectorAll("a[href]").forEach(a => {
  const url = new URL(a.getAttribute("href"), location.href);
  if (url.protocol !== "file:" || a.getAttribute("href").startsWith("#")) return;
  if (published && url.href.startsWith(root)) a.href = published + url.href.slice(root.length);
  else a.removeAttribute("href");
})"""


def print_pdfs(targets, site, site_url):
    """Print each page to its PDF with headless Chromium (A4: the page's own @page rule)."""
    if not Path(CHROMIUM).is_file():
        raise PluginError(f"hooks/pdfs.py: no Chromium at {CHROMIUM} to print the PDFs. "
                          "Install Debian's chromium package (scripts/build does), or build "
                          "without PDFs: TOOLKIT_PDFS=0")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                             args=CHROMIUM_ARGS)
        try:
            tab = browser.new_page()
            for html, pdf in targets.items():
                tab.goto(html.resolve().as_uri(), wait_until="load")
                tab.evaluate(RELINK, [site.resolve().as_uri() + "/", site_url or ""])
                tab.pdf(path=str(pdf), prefer_css_page_size=True, print_background=True)
        finally:
            browser.close()


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


@event_priority(-200)  # after mkdocs-static-i18n (-100) has built every edition
def on_post_build(config):
    if config.plugins["i18n"].building or not pdfs_wanted():
        return
    started = time.monotonic()
    site = Path(config.site_dir)
    cache = Path(config.config_file_path).parent / CACHE
    shared = shared_inputs(site, config.site_url)
    targets = pdf_targets(site)
    cached = {html: cache / cache_name(html, shared) for html in targets}
    to_print = {html: pdf for html, pdf in targets.items() if not cached[html].is_file()}
    if to_print:
        print_pdfs(to_print, site, config.site_url)
        cache.mkdir(parents=True, exist_ok=True)
    for html, pdf in targets.items():
        if html in to_print:
            shutil.copyfile(pdf, cached[html])
        else:
            shutil.copyfile(cached[html], pdf)
    for old in set(cache.glob("*.pdf")) - set(cached.values()):   # the cache never grows
        old.unlink()
    log.info("Printed %d PDFs, took %d unchanged from .cache/pdfs, in %.1f seconds",
             len(to_print), len(targets) - len(to_print), time.monotonic() - started)
