"""The Content-Security-Policy that a built site satisfies (see scripts/csp)."""
import base64
import hashlib
import sys
from html.parser import HTMLParser
from pathlib import Path

POLICY = ("default-src 'self'; script-src 'self' {hashes}; style-src 'self'; "
          "img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; "
          "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'")


class InlineScripts(HTMLParser):
    """Collects the text of every inline script that a browser would run."""

    def __init__(self):
        super().__init__()
        self.scripts, self._current = [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and "src" not in attrs and attrs.get("type", "text/javascript") in (
                "text/javascript", "module"):
            self._current = []

    def handle_data(self, data):
        if self._current is not None:
            self._current.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._current is not None:
            self.scripts.append("".join(self._current))
            self._current = None


def inline_script_hashes(site):
    hashes = set()
    for page in Path(site).rglob("*.html"):
        parser = InlineScripts()
        parser.feed(page.read_text(encoding="utf-8"))
        hashes |= {base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode()
                   for s in parser.scripts}
    return sorted(hashes)


def policy(site):
    return POLICY.format(hashes=" ".join(f"'sha256-{h}'" for h in inline_script_hashes(site)))


if __name__ == "__main__":
    print(policy(sys.argv[1] if len(sys.argv) > 1 else "site"))
