"""mkdocs-macros entry point: check the data once, then offer the macros to pages.

The language always comes from the page being built (mkdocs-static-i18n sets
page.file.locale), never from a macro argument, so English and Welsh pages make
the same calls.
"""
import os
from pathlib import Path

import yaml
from mkdocs.exceptions import PluginError

from . import data, finders, render, self_review


def page_language(env):
    """The language of the page being rendered (en for a page with no Welsh twin yet)."""
    return getattr(env.page.file, "locale", None) or "en"


def profile_name(env):
    """The local settings in use: TOOLKIT_PROFILE, else extra.profile in mkdocs.yml, else default."""
    return os.environ.get("TOOLKIT_PROFILE") or env.conf["extra"].get("profile") or "default"


def page_titles(root, pages, lang):
    """{page path: the title in its front matter}, reading the Welsh twin for Welsh."""
    titles = {}
    for page in pages:
        path = root / "docs" / (page if lang == "en" else page.removesuffix(".md") + f".{lang}.md")
        front_matter = path.read_text(encoding="utf-8").split("---")[1]
        titles[page] = yaml.safe_load(front_matter)["title"]
    return titles


def define_env(env):
    root = Path(env.project_dir)
    try:
        profile = data.load_profile(root, profile_name(env))
        nation = profile.get("nation")
        store = data.for_nation(data.load_all(root / "data"), nation)
        words = data.nation_words(store["nation-words"], nation)
        profile = data.fill_nation_words(profile, words, f"profiles/{profile_name(env)}.yml")
        neutral = data.load_profile(root, "default")
    except data.DataError as error:
        raise PluginError(f"The toolkit's data has problems:\n{error}") from None
    strings = store["strings"]
    cornwall_examples = profile.get("cornwall_examples", "show") == "show"

    # Theme templates cannot call macros, so what they show is made here, for each language
    # (mkdocs-static-i18n switches the language after this runs): overrides/main.html picks
    # the entry of config.theme.language.
    contact = profile.get("safeguarding_contact")

    def urgent_help(lang, cite=False):
        return render.urgent_help(store["urgent-help"], strings, lang,
                                  render.pick(contact, lang) if contact else None, cite)

    env.conf["extra"]["toolkit"] = {lang: {
        "urgent_help": urgent_help(lang),
        # The header's Help now link (overrides/partials/toolkit-help-now.html): each
        # edition's own help page, from the top of the site.
        "help_now_href": ("" if lang == data.LANGUAGES[0] else f"{lang}/") + "help-now.html",
        "help_now_label": render.pick(strings["help_now_label"], lang),
        "help_now_close": render.pick(strings["help_now_close"], lang),
        "school_name": render.pick(profile["name"], lang),
        "own_name": render.names_own_school(profile, neutral, lang),
        "updated_label": render.pick(strings["updated_label"], lang),
        "nav_section_pages": render.pick(strings["nav_section_pages"], lang),  # hooks/accessibility.py
        "feedback_url": profile.get("feedback"),
        "feedback_label": render.pick(strings["feedback_label"], lang),
        "feedback_none": render.pick(strings["feedback_none"], lang),
    } for lang in data.LANGUAGES}
    if profile.get("logo"):
        env.conf["theme"]["logo"] = profile["logo"]

    docs_dir = Path(env.conf["docs_dir"])
    link_problems = (finders.check_links(store["intervention-links"], docs_dir)
                     + finders.check_pages("search-words", store["search-words"], docs_dir))
    if link_problems:
        raise PluginError("The toolkit's data has problems:\n" + "\n".join(link_problems))

    def lang():
        return page_language(env)

    def script_once(name):
        """The <script> of a feature's file, on the first call in a page only (else "")."""
        loaded = env.page.__dict__.setdefault("toolkit_scripts", set())
        if name in loaded:
            return ""
        loaded.add(name)
        return "\n" + finders.script_tag(name, env.page.url) + "\n"

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
        script = script_once("checklist.js")
        note = finders.checklist_note(strings, lang()) + "\n\n" if script else ""
        return (note + render.role_checklist(find("roles", role_id), strings, lang()) + "\n"
                + finders.checklist_tools(strings, lang()) + "\n" + script)

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
    def self_review_form():
        """The self-review: a fieldset per key element of the matrix, a paper form without a script."""
        return self_review.form(store["healthy-school-matrix"], strings, lang())

    @env.macro
    def self_review_tools():
        """Summary, action plan, download, combine and snapshots (revealed by the script)."""
        return self_review.tools(strings, lang()) + "".join(map(script_once, self_review.SCRIPTS))

    @env.macro
    def vulnerability_index(domain):
        """One domain's protective factors with universal, targeted and specialist help."""
        if domain not in render.DOMAINS:
            raise PluginError(f"{env.page.file.src_uri}: vulnerability_index('{domain}'): "
                              f"expected one of {', '.join(render.DOMAINS)}")
        targets = finders.link_targets(store["intervention-links"], env.page.file.src_uri)
        return render.vulnerability_index(store["vulnerability-index"], strings, lang(), domain,
                                          lambda text: finders.link_names(text, targets, lang()))

    @env.macro
    def intervention_finder():
        """A form that filters the page's vulnerability_index tables (hidden without JavaScript)."""
        return (finders.intervention_finder(strings, lang(), render.DOMAINS, render.LEVELS)
                + script_once("intervention-finder.js"))

    @env.macro
    def situation_finder():
        """Every situation: what you notice, what to do, what to say; a chooser with JavaScript."""
        try:
            found = finders.situation_finder(store["conversation-prompts"], store["pace-notice"],
                                             strings, lang())
        except ValueError as error:
            raise PluginError(f"{env.page.file.src_uri}: {error}") from None
        return found + script_once("situation-finder.js")

    @env.macro
    def situation_finder_link():
        """One line pointing to the situation finder, for pages a reader in a hurry may be on."""
        return finders.situation_finder_link(strings, lang(), env.page.file.src_uri)

    @env.macro
    def source_documents():
        """The source documents, their publishers and dates, and the pages drawing on each."""
        pages = {page for source in store["sources"] for section in source["sections"]
                 for page in section["pages"]}
        return render.source_documents(store["sources"], page_titles(root, pages, lang()),
                                       strings, lang())

    @env.macro
    def local_services():
        """The school's or area's own services, from its profile (profiles/*.yml)."""
        return render.local_services(profile, profile_name(env), strings, lang())

    @env.macro
    def worry_contact():
        """Who to talk to in this school about a worry, from its profile."""
        return render.pick(profile["worry_contact"], lang())

    @env.macro
    def nation_word(word_id, form="name"):
        """A word that differs between England and Wales (data/nation-words.yml), in the
        profile's nation: nation_word("safeguarding-role", "the"); "The" for a capital."""
        try:
            return render.nation_word(words, word_id, form, lang())
        except ValueError as error:
            raise PluginError(f"{env.page.file.src_uri}: {error}") from None

    @env.macro
    def nation_word_sources():
        """Each of those words in this copy, with the published guidance it comes from."""
        return render.nation_word_sources(store["nation-words"], nation, strings, lang())

    @env.macro
    def cornwall_example(heading=False, caller=None):
        """{% call cornwall_example() %}...{% endcall %}: an example from Cornwall and the
        Isles of Scilly, which a profile may leave out (cornwall_examples). It gets a label
        in front, unless heading=True: a passage under its own heading that says so."""
        return render.example_from_cornwall(caller(), strings, lang(), cornwall_examples, heading)

    @env.macro
    def welsh_terms():
        """The chosen Welsh terms (data/terms.yml), for readers and translators."""
        return render.welsh_terms(store["terms"], strings, lang())

    @env.macro
    def help_now():
        """The urgent-help box, with the published pages behind its numbers (help-now.md)."""
        return urgent_help(lang(), cite=True)

    @env.macro
    def booklet_link():
        """The whole toolkit as one PDF of the page's language (hooks/booklet.py), if built."""
        return render.booklet_link(env.conf["extra"].get("toolkit_booklets") or {}, strings,
                                   lang(), env.page.url)

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
