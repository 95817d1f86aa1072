"""One visit to every built page, shared by the accessibility, privacy and page tests.

Each page of both editions (404 pages included) is loaded once, in one browser context, on
the test server: every request it makes and every console error it logs is recorded, and
axe-core (npm's axe-core, pinned in package.json) audits it against WCAG 2.2 A and AA.
"""
import functools
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from playwright.sync_api import Error as PlaywrightError

from conftest import ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
LOCAL_SCHEMES = ("data", "blob", "about")   # never leave the browser


@dataclass
class Visit:
    requests: list = field(default_factory=list)
    console_errors: list = field(default_factory=list)
    violations: list = field(default_factory=list)


def built_pages(site):
    """Every HTML page of the built site, as paths relative to it: 'cy/pace/empathy.html'."""
    return sorted(path.relative_to(site).as_posix() for path in site.rglob("*.html"))


def origin(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def foreign(urls, base_url):
    """The URLs that are not on the site's own origin (data: and blob: URLs are local)."""
    return [url for url in urls
            if urlsplit(url).scheme not in LOCAL_SCHEMES and origin(url) != origin(base_url)]


def new_context(browser, base_url, **options):
    """A browser context with axe-core in every page, that lets no request leave the site's
    origin (the tests record such requests; they must not reach the network)."""
    context = browser.new_context(**options)
    context.add_init_script(path=str(AXE))
    context.route(lambda url: bool(foreign([url], base_url)), lambda route: route.abort())
    return context


def wait_for_search(page):
    """Wait until Material's search has loaded its index (it says "Type to start searching")."""
    page.wait_for_function("""() => {
        const config = JSON.parse(document.getElementById("__config").textContent)
        const meta = document.querySelector(".md-search-result__meta")
        return meta && meta.textContent.trim() === config.translations["search.result.placeholder"]
    }""", timeout=10_000)


def settle(page):
    """Wait for the page's transitions to end (Material fades its search in and out)."""
    page.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running')",
                           timeout=5_000)


def audit(page):
    """axe-core's WCAG 2.2 A and AA violations on the page as it is now, one line each.

    Transitions end first: text that is fading in would be measured at half contrast."""
    settle(page)
    results = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        WCAG_22_AA)
    return [f"{v['id']} ({v['help']}): " + "; ".join(" ".join(n["target"]) for n in v["nodes"][:5])
            for v in results["violations"]]


def edition_pages(site, lang):
    """The built pages of one edition: the Welsh ones are under cy/, the English the rest."""
    return [path for path in built_pages(site) if path.startswith("cy/") == (lang == "cy")]


@functools.cache
def visit_every_page(browser, base_url, site, lang):
    """{page path: Visit} for every built page of one edition, visited in turn in one tab."""
    visits = {}
    current = []   # the Visit being recorded
    context = new_context(browser, base_url)
    context.on("request", lambda request: current[-1].requests.append(request.url))
    page = context.new_page()
    page.on("console", lambda m: m.type == "error" and current[-1].console_errors.append(m.text))
    page.on("pageerror", lambda error: current[-1].console_errors.append(str(error)))
    for path in edition_pages(site, lang):
        visit = visits[path] = Visit()
        current.append(visit)
        page.goto(base_url + path)
        try:
            visit.violations = audit(page)     # while the search worker reads its index
        except PlaywrightError as error:
            visit.violations = [f"axe-core could not run: {error}"]
        try:
            wait_for_search(page)              # so every request of the page is recorded
        except PlaywrightError:
            visit.console_errors.append("the search never loaded its index")
    context.close()
    return visits
