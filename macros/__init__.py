"""mkdocs-macros entry point: check the data once, then offer the macros to pages.

The language always comes from the page being built (mkdocs-static-i18n sets
page.file.locale), never from a macro argument, so English and Welsh pages make
the same calls.
"""
from pathlib import Path

from mkdocs.exceptions import PluginError

from . import data, render


def page_language(env):
    """The language of the page being rendered (en for a page with no Welsh twin yet)."""
    return getattr(env.page.file, "locale", None) or "en"


def define_env(env):
    try:
        store = data.load_all(Path(env.project_dir) / "data")
    except data.DataError as error:
        raise PluginError(f"The toolkit's data has problems:\n{error}") from None
    strings = store["strings"]
    # Theme templates cannot call macros, so the urgent-help box is made here, once per
    # language, for overrides/main.html to place on every page.
    env.conf["extra"]["urgent_help"] = {
        lang: render.urgent_help(store["urgent-help"], strings, lang) for lang in data.LANGUAGES}

    def lang():
        return page_language(env)

    def find(name, record_id):
        for record in store[name]:
            if record["id"] == record_id:
                return record
        known = ", ".join(r["id"] for r in store[name])
        raise PluginError(f"{env.page.file.src_uri}: no record '{record_id}' in "
                          f"data/{name}.yml (known: {known})")

    @env.macro
    def pace_notice_table():
        """The PACE "what you notice / what you can do" table."""
        return render.pace_notice_table(store["pace-notice"], strings, lang())

    @env.macro
    def conversation_prompts(situation_id=None):
        """Helpful things to say: every situation with headings, or one situation's list."""
        if situation_id:
            return render.prompt_list(find("conversation-prompts", situation_id), lang())
        return render.conversation_prompts(store["conversation-prompts"], lang())

    @env.macro
    def role_checklist(role_id):
        """One role's duties as a checklist."""
        return render.role_checklist(find("roles", role_id), lang())

    @env.macro
    def parents_help_sheet():
        return render.parents_help_sheet(store["parents-help-sheet"], strings, lang())

    @env.macro
    def ways_to_build_resilience():
        return render.ways_to_build_resilience(store["ways-to-build-resilience"], lang())

    @env.macro
    def healthy_school_matrix():
        return render.healthy_school_matrix(store["healthy-school-matrix"], strings, lang())

    @env.macro
    def vulnerability_index(domain):
        """One domain's protective factors with universal, targeted and specialist help."""
        if domain not in render.DOMAINS:
            raise PluginError(f"{env.page.file.src_uri}: vulnerability_index('{domain}'): "
                              f"expected one of {', '.join(render.DOMAINS)}")
        return render.vulnerability_index(store["vulnerability-index"], strings, lang(), domain)

    @env.macro
    def welsh_terms():
        """The chosen Welsh terms (data/terms.yml), for readers and translators."""
        return render.welsh_terms(store["terms"], strings, lang())

    @env.macro
    def glossary():
        return render.glossary(store["glossary"], lang())

    env.toolkit_store = store  # read by on_post_page_macros below


def on_post_page_macros(env):
    """Close every page with its sources and give its abbreviations tooltips."""
    store, lang = env.toolkit_store, page_language(env)
    source_ids = env.page.meta.get("sources")
    known = [source["id"] for source in store["sources"]]
    if not isinstance(source_ids, list) or not source_ids or set(source_ids) - set(known):
        raise PluginError(f"{env.page.file.src_uri}: front matter 'sources' must list the "
                          f"source documents this page is adapted from, from: {', '.join(known)} "
                          f"(if the page has it, check the front matter is valid YAML: quote "
                          f"any value that contains ': ')")
    env.markdown += "\n\n" + render.sources_section(source_ids, store["sources"],
                                                    store["strings"], lang)
    env.markdown += "\n\n" + render.abbreviations(store["glossary"], lang) + "\n"
