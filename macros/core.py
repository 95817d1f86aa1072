"""The toolkit's core, shared by the macros, the hooks and the theme's templates.

One load of the checked data, profile and pages per build (data.load_toolkit), one way to get
an interface word in a language (Toolkit.word, word() in templates) and one way to know a
page's language (page_language). The hooks import this module inside their functions, after
hooks/reload_macros.py has made the package fresh, so that every part of a build shares one
load.
"""
import os
import re
from functools import lru_cache
from pathlib import Path

from . import data, render


def profile_name(config):
    """The local settings in use: TOOLKIT_PROFILE, else extra.profile in mkdocs.yml, else default."""
    return os.environ.get("TOOLKIT_PROFILE") or config["extra"].get("profile") or "default"


def page_language(page, config):
    """The language of a page: its file's (mkdocs-static-i18n sets page.file.locale), else,
    for a page without one (a theme template such as 404.html), the edition's being built."""
    return getattr(getattr(page, "file", None), "locale", None) or config["theme"]["language"]


def load(config):
    """The checked toolkit of this build, loaded once for both editions; a problem stops the
    build with one line per problem (MkDocs' PluginError: a message, never a traceback)."""
    try:
        return _load(Path(config["config_file_path"]).parent, profile_name(config))
    except data.DataError as error:
        from mkdocs.exceptions import PluginError   # the one tie to the builder
        raise PluginError(f"The toolkit's data has problems:\n{error}") from None


@lru_cache(maxsize=None)
def _load(root, name):
    return data.load_toolkit(root, name)


def version(toolkit):
    """The toolkit's version: the newest in data/changelog.yml (the What's new page)."""
    return toolkit.store["changelog"][0]["version"]


def theme_parts(toolkit, lang):
    """What the theme's templates show besides words (overrides/main.html and partials)."""
    profile = toolkit.profile
    return {
        "urgent_help": urgent_help(toolkit, lang),
        # The header's Help now link: each edition's own help page, from the top of the site.
        "help_now_href": ("" if lang == data.LANGUAGES[0] else f"{lang}/") + "help-now.html",
        "school_name": render.pick(profile["name"], lang),
        "own_name": render.names_own_school(profile, toolkit.neutral, lang),
        "feedback_url": profile.get("feedback"),
        "version": version(toolkit),
    }


def urgent_help(toolkit, lang, cite=False):
    """The urgent-help box, with the school's own safeguarding contact if it has one."""
    contact = toolkit.profile.get("safeguarding_contact")
    return render.urgent_help(toolkit.store["urgent-help"], toolkit.store["strings"], lang,
                              render.pick(contact, lang) if contact else None, cite)


# The data files each macro shows on a page (data/<name>.yml), so that a page's "last updated"
# date counts a change to its tables as well as to its words (hooks/page_dates.py). A macro
# that shows no data file's records (a link, the profile's own words) has none.
MACRO_DATA = {
    "pace_notice_table": ("pace-notice",), "conversation_prompts": ("conversation-prompts",),
    "role_checklist": ("roles",), "parents_help_sheet": ("parents-help-sheet",),
    "ways_to_build_resilience": ("ways-to-build-resilience",),
    "healthy_school_matrix": ("healthy-school-matrix",), "self_review_form": ("healthy-school-matrix",),
    "self_review_tools": (), "vulnerability_index": ("vulnerability-index", "intervention-links"),
    "intervention_finder": (), "situation_finder": ("conversation-prompts", "pace-notice"),
    "situation_finder_link": (), "source_documents": ("sources",), "local_services": (),
    "worry_contact": (), "nation_word": ("nation-words",), "nation_word_sources": ("nation-words",),
    "cornwall_example": (), "welsh_terms": ("terms",), "help_now": ("urgent-help",),
    "booklet_link": (), "glossary": ("glossary",), "changelog": ("changelog",),
}
MACRO_CALL = re.compile(r"\{[{%]-?\s*(?:call\s+)?([a-z_]+)\(")


def data_files_of(markdown):
    """The data files whose records a page's macros show: ['data/roles.yml', ...]."""
    return sorted({f"data/{name}.yml" for macro in MACRO_CALL.findall(markdown)
                   for name in MACRO_DATA.get(macro, ())})


def page_titles(toolkit, pages, lang):
    """{page path: the title in its front matter}, the Welsh twin's for Welsh."""
    return {page: toolkit.pages[page if lang == data.LANGUAGES[0]
                                else page.removesuffix(".md") + f".{lang}.md"]["title"]
            for page in pages}
