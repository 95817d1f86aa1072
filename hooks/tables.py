"""MkDocs hook: tables that a phone can show without scrolling sideways.

On a narrow screen docs/assets/toolkit.css ("Tables on phones") stacks a table's rows as
cards, and each cell shows the name of its column, which CSS can only read from an
attribute. So each table of three or more columns, and each generated table (macros/render.py,
whose cells hold lists), is marked `data-stack` ("wide" from five columns, which stack on
wider screens too), and each body cell gets its column's header as `data-label`.
Two-column Markdown tables fit a phone as they are and are left alone.

display: block takes the table semantics away in some browsers, so a screen reader would
lose the headers of a stacked table: the roles are set explicitly to keep them.
"""
import re
from html import escape, unescape

TABLE = re.compile(r"(<table\b[^>]*>)(.*?</table>)", re.DOTALL)
HEAD = re.compile(r"<thead\b[^>]*>.*?</thead>", re.DOTALL)
HEADER = re.compile(r"<th\b[^>]*>(.*?)</th>", re.DOTALL)
ROW = re.compile(r"(<tr\b[^>]*>)(.*?</tr>)", re.DOTALL)
CELL = re.compile(r"<(td|th)\b([^>]*)>")
GROUP = re.compile(r"<(thead|tbody)\b([^>]*)>")
TAG = re.compile(r"<[^>]+>")
WIDE = 5   # columns from which a table is stacked on a tablet or small laptop too


def text_of(fragment):
    """The words of a piece of HTML, as one line."""
    return " ".join(unescape(TAG.sub("", fragment)).split())


def with_attributes(tag, **attributes):
    """An opening tag with attributes added (those it already has are kept)."""
    added = "".join(f' {name.replace("_", "-")}="{escape(value, quote=True)}"'
                    for name, value in attributes.items()
                    if value is not None and not re.search(rf'\s{name.replace("_", "-")}=', tag))
    return tag[:-1] + added + ">"


def stack_table(match):
    opening, rest = match.groups()
    rest = GROUP.sub(lambda m: with_attributes(m.group(), role="rowgroup"), rest)
    head = HEAD.search(rest)
    headers = [text_of(cell) for cell in HEADER.findall(head.group())] if head else []
    generated = 'class="toolkit-table' in opening
    if len(headers) < 2 or (len(headers) < 3 and not generated) or "colspan" in rest or "rowspan" in rest:
        return match.group()
    opening = with_attributes(opening, role="table",
                              data_stack="wide" if len(headers) >= WIDE else "narrow")

    def row(found):
        tr, cells = found.groups()
        in_head = found.start() < head.end()
        names = iter(headers)

        def cell(c):
            name = next(names, "")
            if in_head:
                return with_attributes(c.group(), role="columnheader")
            role = "rowheader" if c.group(1) == "th" else "cell"
            return with_attributes(c.group(), role=role, data_label=name or None)
        return with_attributes(tr, role="row") + CELL.sub(cell, cells)
    return opening + ROW.sub(row, rest)


def stack_tables(html):
    return TABLE.sub(stack_table, html)


def on_page_content(html, page, config, files):
    return stack_tables(html)
