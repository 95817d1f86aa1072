"""mkdocs-macros entry point: the macros pages call, over the toolkit's core (core.py).

The language always comes from the page being built (core.page_language), never from a
macro argument, so English and Welsh pages make the same calls.
"""
from pathlib import Path

from mkdocs.exceptions import PluginError

from . import changelog as releases
from . import compiled, core, finders, render, self_review


def define_env(env):
    toolkit = core.load(env.conf)
    store, profile, words, choices = toolkit.store, toolkit.profile, toolkit.words, toolkit.choices
    nation = profile.get("nation")
    strings = store["strings"]
    cornwall_examples = profile.get("cornwall_examples", "show") == "show"

    def lang():
        return core.page_language(env.page, env.conf)

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
        return render.healthy_school_matrix(store["healthy-school-matrix"], strings, lang(), choices)

    @env.macro
    def self_review_form():
        """The self-review: a fieldset per key element of the matrix, a paper form without a script."""
        keys = [key for name in self_review.SCRIPTS   # the words its scripts name
                for key in toolkit.keys.get(f"docs/{finders.SCRIPTS}/{name}", [])]
        return self_review.form(store["healthy-school-matrix"], strings, lang(), choices, keys)

    @env.macro
    def self_review_tools():
        """Summary, action plan, download, combine and snapshots (revealed by the script)."""
        return self_review.tools(strings, lang(), choices) + "".join(map(script_once, self_review.SCRIPTS))

    @env.macro
    def vulnerability_index(domain):
        """One domain's protective factors with universal, targeted and specialist help."""
        if domain not in choices["domain"]:
            raise PluginError(f"{env.page.file.src_uri}: vulnerability_index('{domain}'): "
                              f"expected one of {', '.join(choices['domain'])}")
        targets = finders.link_targets(store["intervention-links"], env.page.file.src_uri)
        return render.vulnerability_index(store["vulnerability-index"], strings, lang(), domain, choices,
                                          lambda text: finders.link_names(text, targets, lang()))

    @env.macro
    def intervention_finder():
        """A form that filters the page's vulnerability_index tables (hidden without JavaScript)."""
        return (finders.intervention_finder(strings, lang(), choices)
                + script_once("welsh-mutations.js") + script_once("intervention-finder.js"))

    @env.macro
    def situation_finder():
        """Every situation: what you notice, what to do, what to say; a chooser with JavaScript."""
        return (finders.situation_finder(store["conversation-prompts"], store["pace-notice"],
                                         strings, lang()) + script_once("situation-finder.js"))

    @env.macro
    def situation_finder_link():
        """One line pointing to the situation finder, for pages a reader in a hurry may be on."""
        return finders.situation_finder_link(strings, lang(), env.page.file.src_uri)

    @env.macro
    def source_documents():
        """The source documents, their publishers and dates, and the pages drawing on each."""
        pages = {page for source in store["sources"] for section in source["sections"]
                 for page in section["pages"]}
        return render.source_documents(store["sources"], core.page_titles(toolkit, pages, lang()),
                                       strings, lang())

    @env.macro
    def local_services():
        """The school's or area's own services, from its profile (profiles/*.yml)."""
        return render.local_services(profile, toolkit.profile_name, strings, lang(), choices)

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
        return render.nation_word_sources(store["nation-words"], nation, strings, lang(), choices)

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
        return core.urgent_help(toolkit, lang(), cite=True)

    @env.macro
    def booklet_link():
        """The whole toolkit as one PDF of the page's language (hooks/booklet.py), if built."""
        return render.booklet_link(env.conf["extra"].get("toolkit_booklets") or {}, strings,
                                   lang(), env.page.url)

    @env.macro
    def glossary():
        return render.glossary(store["glossary"], lang())

    @env.macro
    def changelog():
        """What changed in each version, newest first (data/changelog.yml)."""
        return releases.changelog(store["changelog"], strings, lang())



def on_pre_page_macros(env):
    """A page that calls no macro is not made into a Jinja template: a third of the pages,
    and their share of the build's time. The others are compiled once, and kept."""
    compiled.compile_once(env.env, Path(env.conf["config_file_path"]).parent,
                          lambda: f"{env.page.file.src_uri} {env.page.url}")
    if not env.has_j2(env.markdown):
        env.variables["page"].meta = {**env.page.meta, "render_macros": False}   # the page's copy


def on_post_page_macros(env):
    """Close every page with its sources and give its abbreviations tooltips."""
    store, lang = core.load(env.conf).store, core.page_language(env.page, env.conf)
    # data.load_toolkit has checked every page's sources.
    env.markdown += "\n\n" + render.sources_section(env.page.meta["sources"], store["sources"],
                                                    store["strings"], lang)
    env.markdown += "\n\n" + render.abbreviations(store["glossary"], lang, env.markdown) + "\n"
