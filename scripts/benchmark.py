"""Print the toolkit's speed and size figures against its targets (run by scripts/benchmark).

1. Build time of both editions, and its ratio to a plain Material build of the same Markdown
   (every page of both languages, macros removed, no i18n, no hooks), timed in the same
   run: once from cold (the build cache .cache/ emptied, as in a fresh clone) and best of 3
   with the cache warm (as when rebuilding after an edit).
2. Bytes a reader downloads for a first view of each kind of page, gzipped, by type, and
   the search index of each language (fetched when search is first used, so not counted).
3. The search benchmark (tests/search-benchmark.yml): the share of queries answered in the
   first three results, per language, through the site's search in Chromium; and, for
   comparison, through Material's worker alone on the same index.
4. Lighthouse scores (mobile) for the home page, a content page, a data-table page and a
   parent sheet in both languages, served on 127.0.0.1 with gzip as hosting/nginx.conf does.
5. Taps from a content page to a visible 999 link on a phone (--help-now-only SITE measures
   this alone, on a site already built).
6. Tables that scroll sideways (or run off the side) on a 390-px phone, over every page of
   both editions, in Chromium (tests/sideways.py: the measure tests/test_tables_phone.py uses).
7. Words in docs/, English and Welsh (scripts/words.py), against the English words of the
   source documents: each explanation has one home, so a reader in a hurry reads less.
8. Save to rebuilt page: `mkdocs serve` as scripts/serve runs it, on a copy of the project,
   and the seconds from saving a data file to the served page showing the change
   (--rebuild-only measures this alone).
9. The whole toolkit as one PDF per language (hooks/booklet.py): its A4 pages and its size.
"""
import argparse
import functools
import gzip
import http.server
import json
import mimetypes
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
import sideways  # noqa: E402  (tests/sideways.py: shared with the tests)
sys.path.insert(0, str(ROOT / "scripts"))
import words  # noqa: E402  (scripts/words.py: tested by tests/test_words.py)

CHROMIUM = "/usr/bin/chromium"
CHROME_FLAGS = "--headless --no-sandbox --disable-gpu --disable-background-networking"
PAGES = {"home page": "index.html", "content page": "pace/empathy.html",
         "data table": "appendices/vulnerability-index.html",
         "parent sheet": "appendices/parents-help-sheet.html"}
EDITIONS = {"en": "", "cy": "cy/"}
TARGETS = {"accessibility": 100, "best-practices": 100, "seo": 100, "performance": 95}
MAX_FIRST_VIEW_KB = 120
# The real build's time as a multiple of a plain Material build of the same Markdown in the
# same run, at most (issue #17): warm cache without PDFs, warm cache with them, and from a
# fresh clone (no .cache/: every PDF printed, every Welsh word's radicals worked out).
MAX_BUILD_RATIOS = {"no PDFs": 1.5, "full": 2.0, "cold": 3.0}
MIN_SEARCH_HITS = 0.95
SOURCE_WORDS = 19_700   # English words of the five source documents (issue #16)
TEMPLATE_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
COMPRESSIBLE = ("text/", "application/javascript", "application/json", "image/svg+xml",
                "application/xml")


class Loader(yaml.SafeLoader):
    """Reads mkdocs.yml, leaving its !ENV and !!python tags as plain values."""


Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def gz(data):
    return len(gzip.compress(data, compresslevel=6))


def kb(size):
    return f"{size / 1024:.1f} KB"


# 1. Build time ---------------------------------------------------------------------------

def plain_project(folder):
    """A plain Material project of the same pages: macro calls removed, no i18n (so each
    Welsh x.cy.md is a page of its own), no hooks, no theme overrides; the same theme
    settings, Markdown extensions and navigation."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
    docs = folder / "docs"
    for source in (ROOT / "docs").rglob("*"):
        target = docs / source.relative_to(ROOT / "docs")
        if source.is_dir():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.suffix == ".md":
            target.write_text(TEMPLATE_TAG.sub("", source.read_text(encoding="utf-8")),
                              encoding="utf-8")
        else:
            shutil.copy(source, target)
    theme = {key: value for key, value in config["theme"].items() if key != "custom_dir"}
    plain = {"site_name": config["site_name"], "docs_dir": "docs",
             "use_directory_urls": config.get("use_directory_urls", True), "theme": theme,
             "markdown_extensions": config.get("markdown_extensions", []),
             "plugins": ["search"], "nav": config.get("nav")}
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(plain, allow_unicode=True), encoding="utf-8")
    return folder


def build_seconds(project, site_dir, **env):
    start = time.perf_counter()
    # Not --quiet: a quiet build keeps no page for the next (hooks/page_cache.py).
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--site-dir", str(site_dir)],
                   cwd=project, check=True, capture_output=True,
                   env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **env})
    return time.perf_counter() - start


def measure_builds(work, runs):
    """Times of: the real build from cold, with PDFs and without; best times of the real
    build, the real build without PDFs and the plain build."""
    plain = plain_project(work / "plain")
    shutil.rmtree(ROOT / ".cache", ignore_errors=True)
    cold_pages = build_seconds(ROOT, work / "site", TOOLKIT_PDFS="0")   # what of cold is not printing
    shutil.rmtree(ROOT / ".cache", ignore_errors=True)
    times = {"cold": [build_seconds(ROOT, work / "site", TOOLKIT_PDFS="1")],
             "cold, no PDFs": [cold_pages], "full": [], "no PDFs": [], "plain": []}
    for _ in range(runs):                             # interleaved, so all meet the same load
        times["no PDFs"].append(build_seconds(ROOT, work / "site", TOOLKIT_PDFS="0"))
        times["full"].append(build_seconds(ROOT, work / "site", TOOLKIT_PDFS="1"))
        times["plain"].append(build_seconds(plain, work / "plain-site"))
    return {kind: min(seconds) for kind, seconds in times.items()}


# 2. Bytes --------------------------------------------------------------------------------

class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the built site as hosting/nginx.conf does: text gzipped, 404.html for misses."""

    def log_message(self, *args):
        pass

    def do_GET(self):
        path = Path(self.translate_path(urlsplit(self.path).path))
        status = 200
        if path.is_dir():
            path = path / "index.html"
        if not path.is_file():
            path, status = Path(self.directory) / "404.html", 404
        body = path.read_bytes()
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        self.send_response(status)
        self.send_header("Content-Type", kind + ("; charset=utf-8" if kind.startswith("text/") else ""))
        if kind.startswith(COMPRESSIBLE) and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = gzip.compress(body, compresslevel=6)
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=3600")
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass   # the browser left the page (or Lighthouse closed it) before the end


def serve(site):
    handler = functools.partial(GzipHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def first_view_bytes(site, base, paths):
    """{path: {type: gzipped bytes}} of everything a browser fetches to show the page once,
    in a fresh profile, the search index left out (it is fetched for searching)."""
    from playwright.sync_api import sync_playwright
    results = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                             args=CHROME_FLAGS.split()[1:])
        for path in paths:
            context = browser.new_context()
            urls = []
            context.on("requestfinished", lambda request: urls.append(request.url))
            page = context.new_page()
            page.goto(base + path, wait_until="networkidle")
            context.close()
            sizes = {"HTML": 0, "CSS": 0, "JS": 0, "other": 0}
            for url in dict.fromkeys(urls):
                local = urlsplit(url).path.lstrip("/")
                if not url.startswith(base) or "search/search_index" in local:
                    continue
                file = site / local
                kind = {".html": "HTML", ".css": "CSS", ".js": "JS"}.get(file.suffix, "other")
                data = file.read_bytes()
                sizes[kind] += gz(data) if file.suffix in (".html", ".css", ".js", ".svg") else len(data)
            results[path] = sizes
        browser.close()
    return results


def page_type_bytes(site):
    """Median gzipped size of the HTML of every page, per edition."""
    sizes = {}
    for lang in EDITIONS:
        pages = [gz(page.read_bytes()) for page in site.rglob("*.html")
                 if (page.relative_to(site).parts[0] == "cy") == (lang == "cy")]
        sizes[lang] = (statistics.median(pages), max(pages), len(pages))
    css = sum(gz(p.read_bytes()) for p in (site / "assets").rglob("*.css"))
    return sizes, css


def search_index_sizes(site):
    for lang, prefix in EDITIONS.items():
        data = (site / prefix / "search" / "search_index.json").read_bytes()
        yield lang, len(data), gz(data)


def booklet_figures(site):
    """Each edition's whole-toolkit booklet on a built site: (language, bytes, A4 pages)."""
    from pypdf import PdfReader
    sys.path.insert(0, str(ROOT / "hooks"))
    from booklet import NAMES          # hooks/booklet.py: where each booklet is
    for lang, name in NAMES.items():
        path = site / name
        yield lang, path.stat().st_size, len(PdfReader(path).pages)


# 3. The search benchmark -----------------------------------------------------------------

def search_hit_rates(base):
    """{(language, worker): (hit rate, queries missed)}: worker None is the site's search."""
    sys.path.insert(0, str(ROOT / "tests"))
    from playwright.sync_api import sync_playwright
    from search_benchmark import hit_rate
    rates = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                             args=CHROME_FLAGS.split()[1:])
        page = browser.new_page()
        for lang in EDITIONS:
            for worker in (None, "material"):
                rates[lang, worker] = hit_rate(page, base, lang, worker)
        browser.close()
    return rates


# 4. Lighthouse ---------------------------------------------------------------------------

def lighthouse_median(url, work, runs):
    """Lighthouse's advice for a score that varies from run to run: the median of several.
    Returns each category's median score, the audits below 100 in any run outside
    performance, and the median largest contentful paint."""
    results = [lighthouse(url, work) for _ in range(runs)]
    scores = {key: statistics.median_low(r[0][key] for r in results) for key in results[0][0]}
    failed = sorted({audit for r in results for audit in r[1]})
    lcp = statistics.median_low(r[2] for r in results)
    return scores, failed, f"{lcp / 1000:.1f} s"


def lighthouse(url, work):
    out = work / "lighthouse.json"
    command = [str(ROOT / "node_modules" / ".bin" / "lighthouse"), url, "--quiet",
               "--output=json", f"--output-path={out}", f"--chrome-flags={CHROME_FLAGS}",
               "--only-categories=performance,accessibility,best-practices,seo"]
    subprocess.run(command, check=True, capture_output=True,
                   env={**os.environ, "CHROME_PATH": CHROMIUM})
    report = json.loads(out.read_text(encoding="utf-8"))
    scores = {key: round(category["score"] * 100) for key, category in report["categories"].items()}
    audits = report["audits"]
    failed = sorted(ref["id"] for key, category in report["categories"].items()
                    if key != "performance" for ref in category["auditRefs"]
                    if ref["weight"] > 0 and audits[ref["id"]]["score"] not in (None, 1))
    return scores, failed, audits["largest-contentful-paint"]["numericValue"]


# 4. Help now ----------------------------------------------------------------------------

MAX_TAPS_TO_999 = 1
PHONE = {"width": 390, "height": 844}
IN_VIEW = """() => [...document.querySelectorAll('a[href="tel:999"]')].some(a => {
    const box = a.getBoundingClientRect()
    return a.checkVisibility() && box.height > 0 && box.top >= 0 && box.bottom <= innerHeight
})"""


def taps_to_999(base, path):
    """How a reader on a phone reaches a visible 999 link from `path`: 0 if it is on the
    first screen, 1 if one tap on the header's Help now control shows it, else the screenfuls
    scrolled (a swipe each) until it shows, as ("taps" or "swipes", count)."""
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                             args=CHROME_FLAGS.split()[1:])
        page = browser.new_page(viewport=PHONE, is_mobile=True, has_touch=True)
        page.goto(base + path, wait_until="load")
        try:
            if page.evaluate(IN_VIEW):
                return "taps", 0
            control = page.locator('.md-header a[href$="help-now.html"]')
            if control.count() and control.first.is_visible():
                control.first.tap()
                page.wait_for_function(IN_VIEW, timeout=5000)
                return "taps", 1
            swipes = 0
            while not page.evaluate(IN_VIEW):
                at = page.evaluate("scrollY")
                page.evaluate("scrollBy(0, innerHeight)")
                page.wait_for_function(f"scrollY !== {at} || innerHeight + scrollY >= "
                                       "document.documentElement.scrollHeight - 1")
                swipes += 1
                if page.evaluate("scrollY") == at:
                    return "screenfuls, never visible", swipes
            return "screenfuls", swipes
        finally:
            browser.close()


def report_taps(base):
    print(f"\nTaps from a content page to a visible 999 link, phone {PHONE['width']}x"
          f"{PHONE['height']} (target: at most {MAX_TAPS_TO_999})")
    for prefix in EDITIONS.values():
        path = prefix + PAGES["content page"]
        kind, count = taps_to_999(base, path)
        print(f"  {path:40} {count} {kind:10} {verdict(kind == 'taps' and count <= MAX_TAPS_TO_999)}")
# 4. Tables on phones ---------------------------------------------------------------------

PHONE = {"width": 390, "height": 844}


def sideways_tables(site, base):
    """[(page, table)] of every table that scrolls sideways or runs off the side at 390 px,
    over every page of both editions."""
    from playwright.sync_api import sync_playwright
    found = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                             args=CHROME_FLAGS.split()[1:])
        page = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True).new_page()
        for path in sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html")):
            page.goto(base + path)
            found += [(path, table["name"]) for table in sideways.sideways(sideways.measure(page))]
        browser.close()
    return found


# 7. Words --------------------------------------------------------------------------------

def report_words():
    counts = words.docs_word_counts(ROOT / "docs")
    print(f"Words in docs/, front matter left out (goal: fewer; the sources hold "
          f"{SOURCE_WORDS:,} English words)")
    print(f"  English: {counts['en']:>7,} ({counts['en'] / SOURCE_WORDS:.1f} times the sources)")
    print(f"  Welsh:   {counts['cy']:>7,} ({counts['cy'] / counts['en']:.2f} times the English)")
    print()


# 8. Save to rebuilt page -----------------------------------------------------------------

# An editor saves, then looks at the browser: past half a minute they stop waiting and lose
# the thread. A rebuild is a whole build of both editions without PDFs, so this also bounds
# the build itself.
MAX_SAVE_TO_PAGE = 30
SERVE_PARTS = ("docs", "data", "macros", "overrides", "hooks", "profiles", "mkdocs.yml")
SAVED_FILE = "data/vulnerability-index.yml"      # the first record's factor, English text
SHOWN_ON = PAGES["data table"]
SERVE_TIMEOUT = 300


def fetch(url):
    """The page's text, or None while the server is not answering yet."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def wait_for(condition, what, process, timeout=SERVE_TIMEOUT):
    """Poll `condition` until it holds; fail if the server stops or `timeout` seconds pass."""
    deadline = time.perf_counter() + timeout
    while not condition():
        if process.poll() is not None:
            raise SystemExit(f"mkdocs serve stopped while waiting for {what}")
        if time.perf_counter() > deadline:
            raise SystemExit(f"no {what} after {timeout} s")
        time.sleep(0.2)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def save_to_page_seconds(work):
    """Serve a copy of the project as scripts/serve does (the real files are never changed);
    once it is up, save a data file with a new word in it and time until the served page
    shows the word. Returns the seconds."""
    project = work / "serve"
    for part in SERVE_PARTS:
        (shutil.copytree if (ROOT / part).is_dir() else shutil.copy)(ROOT / part, project / part)
    if (ROOT / ".cache").is_dir():                 # as warm as the real project's
        shutil.copytree(ROOT / ".cache", project / ".cache")
    port = free_port()
    url = f"http://127.0.0.1:{port}/{SHOWN_ON}"
    log = (work / "serve.log").open("w", encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "TOOLKIT_PDFS": "0",
           "PYTHONDONTWRITEBYTECODE": "1"}            # as scripts/serve
    process = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr",
                                f"127.0.0.1:{port}"], cwd=project, env=env,
                               stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_for(lambda: fetch(url) is not None, "page from mkdocs serve", process)
        saved = project / SAVED_FILE
        records = yaml.safe_load(saved.read_text(encoding="utf-8"))
        text = records[0]["factor"]["en"]
        marker = f"Saved{int(time.time())}"
        changed = saved.read_text(encoding="utf-8").replace(text, f"{text} {marker}", 1)
        start = time.perf_counter()
        saved.write_text(changed, encoding="utf-8")
        wait_for(lambda: marker in (fetch(url) or ""), f"'{marker}' on {SHOWN_ON}", process)
        return time.perf_counter() - start
    except SystemExit:
        print(Path(log.name).read_text(encoding="utf-8")[-3000:], file=sys.stderr)
        raise
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


def report_save_to_page(work):
    seconds = save_to_page_seconds(work)
    print(f"Save to rebuilt page, mkdocs serve as scripts/serve runs it "
          f"(target: at most {MAX_SAVE_TO_PAGE} s)")
    print(f"  {SAVED_FILE} saved -> {SHOWN_ON} shows the change: {seconds:5.1f} s "
          f"{verdict(seconds <= MAX_SAVE_TO_PAGE)}")
    print()


# The report ------------------------------------------------------------------------------

def verdict(ok):
    return "ok" if ok else "MISSED"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="builds of each kind (best is kept)")
    parser.add_argument("--lighthouse-runs", type=int, default=3,
                        help="Lighthouse runs per page (the median is kept); 0 skips Lighthouse")
    parser.add_argument("--help-now-only", metavar="SITE", type=Path,
                        help="measure only the taps to a 999 link, on this built site folder")
    parser.add_argument("--words-only", action="store_true",
                        help="print only the word counts of docs/ (no build, no browser)")
    parser.add_argument("--rebuild-only", action="store_true",
                        help="measure only the time from saving a data file to the rebuilt page")
    args = parser.parse_args()
    if args.words_only:
        report_words()
        return
    if args.rebuild_only:
        work = Path(tempfile.mkdtemp(prefix="toolkit-benchmark-"))
        try:
            report_save_to_page(work)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        return
    if args.help_now_only:
        server, base = serve(args.help_now_only)
        report_taps(base)
        server.shutdown()
        return
    work = Path(tempfile.mkdtemp(prefix="toolkit-benchmark-"))
    try:
        print(f"Toolkit benchmark, {time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} cores, "
              f"load {os.getloadavg()[0]:.1f}\n")
        report_words()
        report_save_to_page(work)
        builds = measure_builds(work, args.runs)
        print("Build of both editions, as a multiple of the plain build (targets in brackets)")
        print(f"  plain Material, same Markdown, no macros, no i18n (best of {args.runs}): "
              f"{builds['plain']:5.1f} s")
        for label, kind in (("as from a fresh clone, no .cache/ (PDFs too)", "cold"),
                            (f"cache warm, PDFs too (best of {args.runs})", "full"),
                            (f"TOOLKIT_PDFS=0 (best of {args.runs})", "no PDFs")):
            ratio, goal = builds[kind] / builds["plain"], MAX_BUILD_RATIOS[kind]
            print(f"  {label:44} {builds[kind]:5.1f} s  ratio {ratio:5.2f} ({goal}) "
                  f"{verdict(ratio <= goal)}")
        print(f"  {'of the fresh clone, the build without PDFs':44} {builds['cold, no PDFs']:5.1f} s  "
              f"ratio {builds['cold, no PDFs'] / builds['plain']:5.2f} (the rest is printing)")
        print()

        site = work / "site"
        server, base = serve(site)
        html, css = page_type_bytes(site)
        print("Bytes after gzip")
        for lang, (median, largest, count) in html.items():
            print(f"  HTML, {lang}: median page {kb(median)}, largest {kb(largest)} ({count} pages)")
        print(f"  CSS, all stylesheets: {kb(css)}")
        for lang, raw, packed in search_index_sizes(site):
            print(f"  search index, {lang}: {kb(packed)} ({kb(raw)} before gzip), fetched on first search")
        print("\nThe whole toolkit as one PDF (hooks/booklet.py), on paper")
        for lang, size, pages in booklet_figures(site):
            print(f"  {lang}: {pages} A4 pages, {size / 1_000_000:.1f} MB")
        print(f"\nFirst view of a page, gzip, search index left out (target at most {MAX_FIRST_VIEW_KB} KB)")
        print(f"  {'page':40} {'HTML':>9} {'CSS':>9} {'JS':>9} {'other':>9} {'total':>9}")
        paths = [prefix + path for prefix in EDITIONS.values() for path in PAGES.values()]
        for path, sizes in first_view_bytes(site, base, paths).items():
            total = sum(sizes.values())
            print(f"  {path:40} " + " ".join(f"{kb(sizes[k]):>9}" for k in ("HTML", "CSS", "JS", "other"))
                  + f" {kb(total):>9} {verdict(total <= MAX_FIRST_VIEW_KB * 1024)}")

        print(f"\nSearch benchmark: queries answered in the first three results "
              f"(target at least {MIN_SEARCH_HITS:.0%})")
        for (lang, worker), (rate, missed) in search_hit_rates(base).items():
            if worker:
                print(f"  {lang}, Material's query handling alone, same index: {rate:4.0%}")
                continue
            print(f"  {lang}, the toolkit's search: {rate:4.0%} {verdict(rate >= MIN_SEARCH_HITS)}")
            for query, expected, found in missed:
                print(f"    missed '{query}': found {', '.join(found) or 'nothing'}")
        report_taps(base)
        wide = sideways_tables(site, base)
        print(f"\nTables that scroll sideways at 390 px, every page of both editions (goal 0): "
              f"{len(wide)} {verdict(not wide)}")
        for path, name in wide:
            print(f"  {path}: the table headed '{name}'")

        if args.lighthouse_runs:
            print(f"\nLighthouse, mobile, median of {args.lighthouse_runs} runs "
                  f"(targets: performance 95, the others 100)")
            print(f"  {'page':40} {'perf':>5} {'a11y':>5} {'b-p':>5} {'seo':>5}  LCP      below 100")
            for path in paths:
                scores, failed, lcp = lighthouse_median(base + path, work, args.lighthouse_runs)
                ok = all(scores[key] >= target for key, target in TARGETS.items())
                print(f"  {path:40} {scores['performance']:5} {scores['accessibility']:5} "
                      f"{scores['best-practices']:5} {scores['seo']:5}  {lcp:8} "
                      f"{', '.join(failed) or '-'} {verdict(ok)}")
        server.shutdown()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
