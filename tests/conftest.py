"""Shared fixtures: the site is built once per test session, strictly, into a temp folder."""
import fcntl
import functools
import os
import shutil
import http.server
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("en", "cy")
# Every list of allowed values ({name: {value: the key of its words}}), from where it is defined.
CHOICES = yaml.safe_load((ROOT / "data" / "schema.yml").read_text(encoding="utf-8"))["choices"]


def run_mkdocs_build(project, site_dir, **env):
    """Run a strict build of the project at `project` into `site_dir`, with any extra
    environment variables (TOOLKIT_PDFS="0" for a quick one); return the process."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project, capture_output=True, text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **env})


# The folders the build reads, besides mkdocs.yml (`watch:` in mkdocs.yml must cover them).
BUILD_FOLDERS = ("docs", "data", "macros", "overrides", "hooks", "profiles")


def copy_project(destination):
    """A copy of everything the build reads, to break on purpose without touching the real one."""
    for part in BUILD_FOLDERS:
        shutil.copytree(ROOT / part, destination / part)
    shutil.copy(ROOT / "mkdocs.yml", destination / "mkdocs.yml")
    return destination


def rewrite_yaml(path, change):
    """Rewrite a YAML file through change(content) (which edits it in place); return the content."""
    content = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(content)
    path.write_text(yaml.safe_dump(content, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return content


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The built site folder. The build must succeed with no warning.

    With several workers (pytest-xdist) the first to get here builds it, in the run's own
    temporary folder, and the others wait for it and use the same one."""
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        return build_site(tmp_path_factory.mktemp("site"))
    site_dir = tmp_path_factory.getbasetemp().parent / "site"
    with open(site_dir.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        done = site_dir.with_suffix(".built")
        if not done.is_file():
            build_site(site_dir)
            done.touch()
        return site_dir


def build_site(site_dir):
    result = run_mkdocs_build(ROOT, site_dir)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return site_dir


def page_url(doc):
    """The built file of a page, from its English source path: 'pace/empathy.md' -> 'pace/empathy.html'."""
    return doc.removesuffix(".md") + ".html"


@pytest.fixture(scope="session")
def html(site):
    """Parse a built page by its English source path: html("cy", "pace/index.md") -> BeautifulSoup."""
    @functools.cache
    def parse(lang, doc):
        folder = site if lang == "en" else site / lang
        return BeautifulSoup((folder / page_url(doc)).read_text(encoding="utf-8"), "lxml")
    return parse


@pytest.fixture(scope="session")
def data():
    """The project's data files, as YAML, by name without .yml."""
    return {path.stem: yaml.safe_load(path.read_text(encoding="utf-8"))
            for path in (ROOT / "data").glob("*.yml")}


ENGLISH_PAGES = sorted(path.relative_to(ROOT / "docs").as_posix()
                       for path in (ROOT / "docs").rglob("*.md") if not path.name.endswith(".cy.md"))


@pytest.fixture(scope="session")
def pages():
    """Every page by its English source path, e.g. 'pace/empathy.md'."""
    return ENGLISH_PAGES


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def server(site):
    """Serve the built site on a free loopback port; yields the base URL."""
    handler = functools.partial(QuietHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, headless, driven by Playwright (never a downloaded browser)."""
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    tab = watch_console(context.new_page())
    yield tab
    context.close()


def wait_until(tab, condition, what, arg=None, timeout=10_000):
    """Wait until the JavaScript function `condition` (given `arg`) returns something true,
    or a promise of it, in the tab; after `timeout` ms fail, saying what did not happen."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    try:
        tab.wait_for_function(condition, arg=arg, timeout=timeout)
    except PlaywrightTimeout:
        pytest.fail(f"not within {timeout / 1000:g} s: {what} ({tab.url})", pytrace=False)


def watch_console(tab):
    """The tab, recording its console errors and uncaught errors in tab.console_errors."""
    errors = []
    tab.on("console", lambda message: message.type == "error" and errors.append(message.text))
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.console_errors = errors
    return tab


def pytest_collection_modifyitems(items):
    """The longest tests first, each edition's crawl of every page, so that the parallel
    runner starts them at once rather than leaving one to run alone at the end."""
    items.sort(key=lambda item: item.module.__name__ != "test_every_page_in_chromium")
