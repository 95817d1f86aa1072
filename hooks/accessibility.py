"""MkDocs hook: give task-list tick boxes and the menu's section toggles their words.

pymdownx.tasklist puts each box in a <label> of its own, with the item's words after the
label, so a screen reader announces "tick box, not ticked" with no name (WCAG 1.3.1, 4.1.2;
tests/test_accessibility.py). This moves the words of each simple item (text and inline
markup, no nested list or paragraph) inside the label.

With Material's navigation.indexes, a menu section is its first page's link plus a toggle (a
Tab stop) that opens or closes its other pages; Material gives the toggle an arrow and no
words, and the section's menu takes its name from the toggle. Each toggle gets words for
screen readers ("PACE: pages in this section", `nav_section_pages` in data/strings.yml).
"""
import html as entities
import re

TASK_ITEM = re.compile(
    r'(<li class="task-list-item"><label class="task-list-control"><input[^>]*>'
    r'<span class="task-list-indicator"></span>)</label>'
    r'((?:(?!</?(?:li|ul|ol|p|div|table|label)\b).)*?)</li>', re.DOTALL)

# A section's link and its wordless toggle, side by side (Material's partials/nav-item.html).
SECTION_TOGGLE = re.compile(
    r'(<span class="md-ellipsis">\s*([^<]*?)\s*</span>\s*</a>\s*'
    r'<label class="md-nav__link[^"]*" for="__nav_[\d_]+" id="__nav_[\d_]+_label" tabindex="0">\s*)'
    r'(<span class="md-nav__icon md-icon"></span>)')


def label_task_items(html):
    return TASK_ITEM.sub(r"\1\2</label></li>", html)


def name_section_toggles(html, words):
    """Each section toggle's words, from `words` ("{section}: ...") and the section's name."""
    def name(match):
        section = entities.unescape(match.group(2))
        hidden = entities.escape(words.format(section=section), quote=False)
        return f'{match.group(1)}<span class="md-visually-hidden">{hidden}</span>{match.group(3)}'
    return SECTION_TOGGLE.sub(name, html)


def on_page_content(html, page, config, files):
    return label_task_items(html)


def on_post_page(output, page, config):
    from macros import core   # the words of the core (hooks/toolkit.py says why imported here)
    words = core.load(config).word("nav_section_pages", core.page_language(page, config))
    return name_section_toggles(output, words)
