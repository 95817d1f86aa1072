"""Privacy: no page asks another website for anything, so no third party learns who reads
what. The built files are read for anything that would load from elsewhere, searching and
switching language are tried in a real browser, and every request of every page is recorded
(tests/test_every_page_in_chromium.py)."""
import re

from bs4 import BeautifulSoup

from crawl import built_pages, foreign, new_context, wait_for_search

# Attributes that make a browser load something as the page opens (links with <a> do not).
LOADING = {"script": "src", "img": "src", "iframe": "src", "source": "src", "audio": "src",
           "video": "src", "track": "src", "embed": "src", "object": "data", "input": "src"}
LOADING_LINKS = {"stylesheet", "icon", "preload", "prefetch", "preconnect", "dns-prefetch",
                 "modulepreload", "manifest", "apple-touch-icon"}
REMOTE = re.compile(r"^(https?:)?//", re.IGNORECASE)


def test_searching_and_switching_language_request_nothing_from_another_origin(browser, server):
    context = new_context(browser, server, viewport={"width": 1280, "height": 800})
    requests = []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    page.goto(server + "pace/empathy.html")
    wait_for_search(page)
    page.click("input.md-search__input")
    page.keyboard.type("resilience")                    # Material searches on key presses
    page.wait_for_selector(".md-search-result__item")
    page.click(".md-search-result__item a")
    page.wait_for_load_state()
    page.hover(".md-header__option .md-select")
    page.click("a.md-select__link[hreflang=cy]")
    page.wait_for_url("**/cy/**")
    wait_for_search(page)
    context.close()
    assert server + "cy/search/search_index.json" in requests
    assert foreign(requests, server) == []


def remote_loads(soup):
    for tag, attribute in LOADING.items():
        for element in soup.find_all(tag, attrs={attribute: REMOTE}):
            yield element[attribute]
    for link in soup.find_all("link", href=REMOTE):
        if LOADING_LINKS & {rel.lower() for rel in link.get("rel", [])}:
            yield link["href"]
    for element in soup.find_all(srcset=True):
        yield from (url for url in re.split(r"\s*,\s*", element["srcset"]) if REMOTE.match(url))
    for style in soup.find_all("style"):
        yield from re.findall(r"url\(\s*['\"]?((?:https?:)?//[^)'\"]+)", style.get_text())


def test_no_built_page_or_stylesheet_loads_from_another_website(site):
    offenders = {}
    for path in built_pages(site):
        soup = BeautifulSoup((site / path).read_text(encoding="utf-8"), "lxml")
        if found := list(remote_loads(soup)):
            offenders[path] = found
    for css in site.rglob("*.css"):
        text = css.read_text(encoding="utf-8")
        if found := re.findall(r"(?:url\(|@import)\s*['\"]?((?:https?:)?//[^)'\"\s]+)", text):
            offenders[css.relative_to(site).as_posix()] = found
    assert offenders == {}


def test_the_static_check_finds_a_remote_script():
    soup = BeautifulSoup('<script src="https://unpkg.com/iframe-worker/shim"></script>'
                         '<link rel="stylesheet" href="//fonts.example/x.css">'
                         '<a href="https://example.org/">a link is fine</a>', "lxml")
    assert list(remote_loads(soup)) == ["https://unpkg.com/iframe-worker/shim", "//fonts.example/x.css"]


def test_foreign_means_another_origin():
    base = "http://127.0.0.1:8000/"
    assert foreign(["http://127.0.0.1:8000/search/search_index.json", "data:image/png;base64,x",
                    "https://unpkg.com/iframe-worker/shim", "http://127.0.0.1:9000/x",
                    "http://localhost:8000/x"], base) == [
        "https://unpkg.com/iframe-worker/shim", "http://127.0.0.1:9000/x", "http://localhost:8000/x"]
