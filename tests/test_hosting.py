"""The sample hosting setup (hosting/nginx.conf) serves the site with compression, caching
and a Content Security Policy that every kind of page satisfies, in a real nginx and a real
browser."""
import re
import socket
import subprocess
import time

import pytest

from conftest import ROOT

NGINX_CONF = (ROOT / "hosting" / "nginx.conf").read_text(encoding="utf-8")
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
    for _ in range(50):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            break
        except OSError:
            time.sleep(0.1)
    else:
        process.kill()
        pytest.fail("nginx did not start: " + process.stderr.read())
    yield f"http://127.0.0.1:{port}/"
    process.terminate()
    process.wait(timeout=10)


@pytest.mark.parametrize("path", PAGES + ["cy/" + p for p in PAGES])
def test_pages_load_without_breaking_the_content_security_policy(browser, nginx, path):
    context = browser.new_context()
    page = context.new_page()
    violations = []
    page.on("console", lambda m: "Content Security Policy" in m.text and violations.append(m.text))
    page.add_init_script("document.addEventListener('securitypolicyviolation', e => "
                         "console.error('Content Security Policy: ' + e.violatedDirective + ' ' + e.blockedURI))")
    response = page.goto(nginx + path)
    assert response.status == (404 if "no-such-page" in path else 200)
    assert "script-src 'self'" in response.headers["content-security-policy"]
    if path.endswith("index.html"):
        # Search fetches its index and runs in a worker: both must pass the policy too.
        page.click("input.md-search__input")
        page.keyboard.type("PACE")
        page.wait_for_selector(".md-search-result__item", timeout=30_000)
    page.wait_for_timeout(200)
    context.close()
    assert violations == []


def test_text_is_compressed_and_theme_files_are_cached(nginx, site):
    import urllib.request
    css = next((site / "assets" / "stylesheets").glob("main.*.min.css")).name
    request = urllib.request.Request(nginx + f"assets/stylesheets/{css}",
                                     headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request) as response:
        assert response.headers["Content-Encoding"] == "gzip"
        assert "max-age=604800" in response.headers["Cache-Control"]
    with urllib.request.urlopen(nginx + "index.html") as response:
        assert response.headers["Cache-Control"] == "no-cache"
        assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_the_sample_policy_matches_what_the_build_needs(site):
    from hosting.csp import policy
    sample = re.search(r'set \$csp "([^"]+)";', NGINX_CONF).group(1)
    assert sample == policy(site), "run scripts/build && scripts/csp, and update hosting/nginx.conf"
