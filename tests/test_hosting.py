"""The sample hosting setup (hosting/nginx.conf) serves the site with compression, caching
and a Content Security Policy that every kind of page satisfies, in a real nginx and a real
browser; every response carries every security header that the README's security note
promises."""
import re
import socket
import subprocess
import time
import urllib.error
import urllib.request

import pytest

from conftest import ROOT, wait_until
from crawl import wait_for_search

NGINX_CONF = (ROOT / "hosting" / "nginx.conf").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")


def security_headers():
    """The headers hosting/nginx.conf sends with every response, by name (Cache-Control,
    which depends on the file, left out), with the policy in full: the one list of them."""
    csp = re.search(r'set \$csp "([^"]+)";', NGINX_CONF).group(1)
    headers = {name: value.strip('"').replace("$csp", csp) for name, value in
               re.findall(r'^\s*add_header\s+(\S+)\s+("[^"]*"|\S+)\s+always;', NGINX_CONF, re.M)}
    del headers["Cache-Control"]
    return headers
# One page of each layout, in both editions.
PAGES = ["index.html", "pace/what-to-say.html", "appendices/vulnerability-index.html",
         "appendices/roles-and-responsibilities.html", "appendices/parents-help-sheet.html",
         "glossary.html", "no-such-page.html"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def nginx(site, tmp_path_factory):
    """Run Debian's nginx with the sample server block, pointed at the built site."""
    folder = tmp_path_factory.mktemp("nginx")
    port = free_port()
    server = (NGINX_CONF.replace("listen 80;", f"listen 127.0.0.1:{port};")
              .replace("root /var/www/resilience-toolkit;", f"root {site};"))
    (folder / "site.conf").write_text(server, encoding="utf-8")
    (folder / "nginx.conf").write_text(f"""
        user root; worker_processes 1; daemon off; pid {folder}/nginx.pid;
        error_log {folder}/error.log;
        events {{ }}
        http {{ include /etc/nginx/mime.types; access_log off;
               client_body_temp_path {folder}; proxy_temp_path {folder};
               fastcgi_temp_path {folder}; uwsgi_temp_path {folder}; scgi_temp_path {folder};
               include {folder}/site.conf; }}""", encoding="utf-8")
    process = subprocess.Popen(["/usr/sbin/nginx", "-p", str(folder), "-c", str(folder / "nginx.conf")],
                               stderr=subprocess.PIPE, text=True)
    # Until it answers on its port: a mistake in the configuration ends it at once, and says so.
    deadline = time.monotonic() + 10
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail("nginx did not answer on its port within 10 s: " + process.stderr.read())
            time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/"
    process.terminate()
    process.wait(timeout=10)


@pytest.mark.parametrize("path", PAGES + ["cy/" + p for p in PAGES])
def test_pages_load_without_breaking_the_content_security_policy(browser, nginx, path):
    context = browser.new_context()
    page = context.new_page()
    # The browser's own report of a refusal ("Refused to ... Content Security Policy"), in the
    # page or in the search worker, and any other console error (a header it cannot read).
    errors = []
    page.on("console", lambda m: m.type == "error" and m.location["url"] != nginx + path
            and errors.append(m.text))         # (a 404 page's own status is logged too)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.add_init_script("document.addEventListener('securitypolicyviolation', e => "
                         "console.error('Content Security Policy: ' + e.violatedDirective + ' ' + e.blockedURI))")
    response = page.goto(nginx + path)
    assert response.status == (404 if "no-such-page" in path else 200)
    assert response.headers["content-security-policy"] == security_headers()["Content-Security-Policy"]
    # Everything the page does by itself is done once the search worker has loaded its index
    # (the worker's script, then the index it fetches: the last things a page loads) ...
    wait_for_search(page)
    if path.endswith("index.html"):
        # ... or, where a reader searches, once the results are shown.
        page.click("input.md-search__input")
        page.keyboard.type("PACE")
        wait_until(page, "() => document.querySelector('.md-search-result__item')",
                   "search results for 'PACE' shown", timeout=30_000)
    # A violation is reported by a task queued after the refusal: once the browser is idle
    # (requestIdleCallback runs only when no task is waiting) every report has been made, and
    # fonts (loaded late, and subject to font-src) are in.
    wait_until(page, "() => document.fonts.ready.then("
                     "() => new Promise(idle => requestIdleCallback(() => idle(true))))",
               "the page idle, with its fonts loaded")
    context.close()
    assert errors == []


def responses(site):
    """Each kind of response the site gives, as (what, path, file sent, status)."""
    one = lambda pattern: next(site.glob(pattern)).relative_to(site).as_posix()
    pdf = one("appendices/*.pdf")
    kinds = [("a page", "index.html", "index.html", 200),
             ("the home page by its folder", "", "index.html", 200),
             ("a Welsh page", "cy/pace/what-to-say.html", "cy/pace/what-to-say.html", 200),
             ("the Welsh home page by its folder", "cy/", "cy/index.html", 200),
             ("the theme's stylesheet", one("assets/stylesheets/main.*.min.css"), None, 200),
             ("the toolkit's stylesheet", "assets/toolkit.css", None, 200),
             ("the theme's script", one("assets/javascripts/bundle.*.min.js"), None, 200),
             ("the toolkit's script", "assets/javascripts/checklist.js", None, 200),
             ("the search worker", "assets/javascripts/search-worker.js", None, 200),
             ("the theme's search worker", one("assets/javascripts/workers/search.*.min.js"), None, 200),
             ("a PDF", pdf, None, 200),
             ("a Welsh PDF", "cy/" + pdf, None, 200),
             ("the image", "assets/images/favicon.png", None, 200),
             ("a missing page", "no-such-page.html", "404.html", 404),
             ("a missing Welsh page", "cy/no-such-page.html", "cy/404.html", 404),
             ("a missing theme file", "assets/stylesheets/main.00000000.min.css", "404.html", 404)]
    for lang in ("", "cy/"):
        for index in ("search/search_index.json", "search/search_index.js"):
            kinds.append((f"the {'Welsh' if lang else 'English'} search index ({index.rsplit('.', 1)[1]})",
                          lang + index, None, 200))
    return [(what, path, sent or path, status) for what, path, sent, status in kinds]


# What each kind of file is sent as; text says it is UTF-8, and is compressed (gzip_types).
CONTENT_TYPES = {".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
                 ".js": "application/javascript; charset=utf-8",
                 ".json": "application/json; charset=utf-8", ".pdf": "application/pdf",
                 ".png": "image/png"}
COMPRESSED = {".html", ".css", ".js", ".json"}
SMALLEST_COMPRESSED = int(re.search(r"gzip_min_length (\d+);", NGINX_CONF).group(1))
HASHED = re.compile(r"\.[0-9a-f]{8}\.min\.(css|js)$")


def get(url):
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, response.headers
    except urllib.error.HTTPError as error:
        return error.code, error.headers


def test_every_kind_of_response_carries_every_security_header(nginx, site):
    promised = security_headers()
    wrong = []
    for what, path, sent, status in responses(site):
        code, headers = get(nginx + path)
        file = site / sent
        suffix = file.suffix
        expected = {**promised, "Content-Type": CONTENT_TYPES[suffix],
                    "Cache-Control": ("public, max-age=604800" if HASHED.search(path) and code == 200
                                      else "no-cache")}
        if suffix in COMPRESSED and file.stat().st_size >= SMALLEST_COMPRESSED:
            expected.update({"Content-Encoding": "gzip", "Vary": "Accept-Encoding"})
        got = {name: headers[name] for name in expected}
        if code != status:
            wrong.append(f"{what} (/{path}): status {code}, not {status}")
        wrong += [f"{what} (/{path}): {name} is {got[name]!r}, not {value!r}"
                  for name, value in expected.items() if got[name] != value]
    assert wrong == [], "\n".join(wrong)


def test_no_location_adds_headers_of_its_own():
    """nginx drops every header of the server's in a location that adds one of its own."""
    locations = NGINX_CONF[re.search(r"^\s*location ", NGINX_CONF, re.M).start():]
    assert "add_header" not in locations


def readme_section(title):
    return README.split(f"## {title}\n", 1)[1].split("\n## ", 1)[0]


def test_the_readme_promises_the_headers_the_server_sends():
    note = readme_section("Security")
    table = dict(re.findall(r"^\| `([\w-]+)` \| `([^`]*)`", note, re.M))
    sent = security_headers()
    assert table.keys() == sent.keys()
    for name, value in table.items():
        if name != "Content-Security-Policy":      # in full in hosting/nginx.conf
            assert value == sent[name], name
    # GitHub Pages lets a site send no header of its own: the README says which it goes without.
    github = next(line for line in readme_section("Publish").split("\n- ") if "GitHub Pages" in line)
    assert all(f"`{name}`" in github for name in sent), github


def test_the_sample_policy_matches_what_the_build_needs(site):
    from hosting.csp import policy
    sample = re.search(r'set \$csp "([^"]+)";', NGINX_CONF).group(1)
    assert sample == policy(site), "run scripts/build && scripts/csp, and update hosting/nginx.conf"
