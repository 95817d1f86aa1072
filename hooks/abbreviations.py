"""MkDocs hook: explain each abbreviation once per page, where it is first used.

The abbr extension gives every occurrence a title (the browser shows it as a tooltip); a
long table page had over ninety. As style guides advise, the meaning comes at the first use
only: later uses stay <abbr> elements, without a title.
"""
import re

ABBR = re.compile(r'<abbr title="[^"]*">([^<]*)</abbr>')


def first_use_only(html):
    seen = set()

    def keep_first(match):
        if match.group(1) in seen:
            return f"<abbr>{match.group(1)}</abbr>"
        seen.add(match.group(1))
        return match.group(0)
    return ABBR.sub(keep_first, html)


def on_page_content(html, page, config, files):
    return first_use_only(html)
