"""Quick-help features for staff: the intervention finder, the situation finder and the
checklists' scripts. Pure functions: records, strings and a language in, Markdown or HTML out.

Each feature works without JavaScript (the full tables, every situation, plain tick boxes).
Its form is rendered here with every word from data/strings.yml, shown from the first paint
(nothing moves when its script arrives) and hidden by the stylesheet only where scripting is
off; its script in docs/assets/javascripts/ reads any words it needs from data- attributes.
"""
import functools
import posixpath
import re
from html import escape

from .render import pick, word, prompt_list, source_comment

SCRIPTS = "assets/javascripts"


def script_tag(name, page_url):
    """A deferred <script> for assets/javascripts/<name>, relative to the built page's URL.

    Relative, so the site works from a sub-folder and from file:// alike.
    """
    page_dir = posixpath.dirname(page_url)
    src = posixpath.relpath(f"{SCRIPTS}/{name}", page_dir or ".")
    return f'<script src="{src}" defer></script>'


def attribute(text):
    return escape(text, quote=True)


# --- The line that points readers to the situation finder ----------------------------------

SITUATION_FINDER = "pace/situation-finder.md"


def situation_finder_link(strings, lang, page_src):
    """A short paragraph linking the situation finder, relative to page_src (its source path).

    One wording on every page that uses it, so a reader in a hurry learns to spot it; left out
    of the search index, where it would make every such page match "upset" and "angry".
    """
    target = posixpath.relpath(SITUATION_FINDER, posixpath.dirname(page_src) or ".")
    return (f"**{word(strings, 'routes_finder_question', lang)}** "
            f"{word(strings, 'routes_finder_go', lang)} "
            f"[{word(strings, 'routes_finder_link', lang)}]({target}).\n"
            "{ .toolkit-finder-pointer data-search-exclude }")


# --- Links from named interventions to where the toolkit explains them -----------------------

def link_targets(records, page_src):
    """[(pattern, link target)] for one page: compiled name patterns per link record.

    page_src is the page's source path (e.g. "appendices/vulnerability-index.cy.md"); targets
    are relative .md links, which the build checks and points at the page's own language.
    """
    here = posixpath.dirname(page_src) or "."
    targets = []
    for record in records:
        path = record.get("page") or "glossary.md"
        anchor = f"#{record['glossary']}" if record.get("glossary") else ""
        targets.append((record, posixpath.relpath(path, here) + anchor))
    return targets


@functools.cache   # each name is looked for in each of some 600 table cells
def name_pattern(name):
    """A name as a whole-word pattern; a lower-case name also matches with a capital.

    A hyphen may follow ("CBT-based") but not come before ("non-PACE" is not PACE).
    """
    first = name[0]
    head = f"[{first}{first.upper()}]" if first.islower() else re.escape(first)
    return re.compile(rf"(?<![\w-]){head}{re.escape(name[1:])}(?!\w)")


def link_names(text, targets, lang):
    """Text with the first mention of each named intervention turned into a Markdown link.

    Where names overlap, the earlier one wins, then the longer one.
    """
    spans = []
    for record, target in targets:
        found = [match for name in record["names"]
                 for match in [name_pattern(pick(name, lang)).search(text)] if match]
        if found:
            best = min(found, key=lambda m: (m.start(), -len(m.group())))
            spans.append((best.start(), best.end(), target))
    chosen, end = [], -1
    for start, stop, target in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if start >= end:
            chosen.append((start, stop, target))
            end = stop
    for start, stop, target in reversed(chosen):
        text = f"{text[:start]}[{text[start:stop]}]({target}){text[stop:]}"
    return text


# --- The intervention finder on the Vulnerability Index page ---------------------------------

FINDER_HEADING = "find-an-intervention"


def intervention_finder(strings, lang, choices):
    """The finder's form (hidden where scripting is off) for the vulnerability_index tables:
    a choice of each domain and level of need (data/schema.yml)."""
    s = lambda key: attribute(word(strings, key, lang))

    def radios(name, legend, every, values):
        options = [f'<label><input type="radio" name="{name}" value="" checked> {every}</label>']
        options += [f'<label><input type="radio" name="{name}" value="{value}"> {label}</label>'
                    for value, label in values]
        return [f'<fieldset class="toolkit-finder__choices"><legend>{legend}</legend>',
                *options, "</fieldset>"]

    # A heading, so the finder is in the page contents; one id in both languages, so the
    # language toggle keeps the reader's place.
    lines = [
        f'## {word(strings, "finders_interventions_title", lang)} {{ #{FINDER_HEADING} }}', "",
        f'<form class="toolkit-finder" id="intervention-finder" role="search" '
        f'aria-labelledby="{FINDER_HEADING}" '
        f'data-count="{s("finders_interventions_count")}" '
        f'data-none="{s("finders_interventions_none")}">',
        '<p class="toolkit-finder__search">',
        f'<label for="intervention-finder-text">{s("finders_interventions_text")}</label>',
        '<input type="search" id="intervention-finder-text" name="words" autocomplete="off" '
        'spellcheck="false" aria-describedby="intervention-finder-hint">',
        f'<span class="toolkit-finder__hint" id="intervention-finder-hint">'
        f'{s("finders_interventions_hint")}</span>',
        "</p>",
        *radios("domain", s("finders_interventions_domain"), s("finders_interventions_all_domains"),
                 [(domain, s(key)) for domain, key in choices["domain"].items()]),
        *radios("level", s("finders_interventions_level"), s("finders_interventions_all_levels"),
                 [(level, s(key)) for level, key in choices["level"].items()]),
        f'<p class="toolkit-finder__actions"><button type="reset" class="md-button">'
        f'{s("finders_interventions_reset")}</button></p>',
        '<p class="toolkit-finder__count" id="intervention-finder-count" role="status" '
        'aria-live="polite"></p>',
        "</form>",
    ]
    return "\n".join(lines) + "\n"


# --- The situation finder: what you notice, what to do, what to say ---------------------------

def situations(prompts, notices):
    """[(id, title, notice record or None, prompts record or None)] in the prompts' order.

    Each conversation-prompts record is a situation, with the PACE row its `notice` names;
    a PACE row that no situation names becomes a situation of its own, so nothing is lost
    (data.check_situations keeps their ids apart).
    """
    by_id = {notice["id"]: notice for notice in notices}
    found = [(p["id"], p["situation"], by_id.get(p.get("notice")), p) for p in prompts]
    named = {p.get("notice") for p in prompts}
    return found + [(n["id"], n["notice"], n, None) for n in notices if n["id"] not in named]


def situation_finder(prompts, notices, strings, lang):
    """Every situation in full (a heading, what you notice, what to do, what to say), after a
    chooser form (hidden where scripting is off) whose script shows one situation at a time."""
    s = lambda key: word(strings, key, lang)
    found = situations(prompts, notices)
    radios = [f'<label><input type="radio" name="situation" value="" checked> '
              f'{attribute(s("finders_situations_all"))}</label>']
    radios += [f'<label><input type="radio" name="situation" value="{sid}"> '
               f'{attribute(plain(pick(title, lang)))}</label>' for sid, title, _, _ in found]
    parts = [source_comment("conversation-prompts"), source_comment("pace-notice"),
             '<form class="toolkit-finder" id="situation-finder">',
             '<fieldset class="toolkit-finder__choices toolkit-finder__choices--stacked">',
             f'<legend>{attribute(s("finders_situations_legend"))}</legend>',
             *radios, "</fieldset>",
             '<p class="toolkit-finder__count" id="situation-finder-count" role="status" '
             f'aria-live="polite" data-count="{attribute(s("finders_situations_count"))}"></p>',
             "</form>", ""]
    for sid, title, notice, prompt in found:
        parts += [f'<section class="toolkit-situation" data-situation="{sid}" markdown>', "",
                  f"### {pick(title, lang)} {{ #{sid} }}", ""]
        if notice and prompt:   # a PACE row of its own already has the notice as its title
            parts += [f'**{s("finders_situations_notice")}:** {pick(notice["notice"], lang)}', ""]
        if notice:
            parts += [f'**{s("finders_situations_actions")}**', ""]
            parts += [f"- {pick(action, lang)}" for action in notice["actions"]] + [""]
        if prompt:
            parts += [f'**{s("finders_situations_prompts")}**', "", prompt_list(prompt, lang)]
        parts += ["</section>", ""]
    return "\n".join(parts)


def plain(markdown_text):
    """Markdown text without emphasis markers, for a form label."""
    return markdown_text.replace("*", "")


# --- Checklists: the note shown once per page, with the script -------------------------------

def checklist_note(strings, lang):
    """A line, hidden until the script runs, saying that ticks are kept in this browser."""
    return (f'<p class="toolkit-checklist-note" hidden '
            f'data-not-saved="{attribute(word(strings, "finders_checklist_not_saved", lang))}">'
            f'{attribute(word(strings, "finders_checklist_note", lang))}</p>')


def checklist_tools(strings, lang):
    """A checklist's reset button and status line, hidden until the script runs."""
    s = lambda key: attribute(word(strings, key, lang))
    return (f'<p class="toolkit-checklist-tools" hidden>'
            f'<button type="button" class="md-button" data-checklist-reset>'
            f'{s("finders_checklist_reset")}</button> '
            f'<span role="status" aria-live="polite" data-cleared="{s("finders_checklist_cleared")}">'
            f'</span></p>')
