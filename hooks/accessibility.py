"""MkDocs hook: give the menu's section toggles their words.

With Material's navigation.indexes, a menu section is its first page's link plus a toggle (a
Tab stop) that opens or closes its other pages; Material gives the toggle an arrow and no
words, and the section's menu takes its name from the toggle. Each toggle gets words for
screen readers ("PACE: pages in this section", `nav_section_pages` in data/strings.yml;
tests/test_accessibility.py).
"""
import html as entities
import re

# A section's link and its wordless toggle, side by side (Material's partials/nav-item.html).
# (The name is taken whole and stripped after: a lazy match around it cost a third of a
# second a build.)
SECTION_TOGGLE = re.compile(
    r'(<span class="md-ellipsis">([^<]*)</span>\s*</a>\s*'
    r'<label class="md-nav__link[^"]*" for="__nav_[\d_]+" id="__nav_[\d_]+_label" tabindex="0">\s*)'
    r'(<span class="md-nav__icon md-icon"></span>)')


def name_section_toggles(html, words):
    """Each section toggle's words, from `words` ("{section}: ...") and the section's name."""
    def name(match):
        section = entities.unescape(match.group(2).strip())
        hidden = entities.escape(words.format(section=section), quote=False)
        return f'{match.group(1)}<span class="md-visually-hidden">{hidden}</span>{match.group(3)}'
    return SECTION_TOGGLE.sub(name, html)


def on_post_page(output, page, config):
    from macros import core   # the words of the core (hooks/toolkit.py says why imported here)
    words = core.load(config).word("nav_section_pages", core.page_language(page, config))
    return name_section_toggles(output, words)
