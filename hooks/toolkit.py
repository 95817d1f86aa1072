"""MkDocs hook: the theme's side of the toolkit's core (macros/core.py).

Theme templates cannot call macros, so they get the core's two ways in as Jinja globals:
word("key") gives an interface word (data/strings.yml) in the language of the page (or of the
edition, on the 404 page), and toolkit() what the templates show besides words (the urgent-help
box, the school's name, the feedback address, the version). The profile's logo becomes the
theme's, and the toolkit's version (data/changelog.yml) config.extra.toolkit_version.
"""
from functools import lru_cache

from pathlib import Path

from jinja2 import pass_context


def on_config(config):
    from macros import core   # here, once hooks/reload_macros.py has made the package fresh
    toolkit = core.load(config)
    if toolkit.profile.get("logo"):
        config["theme"]["logo"] = toolkit.profile["logo"]
    config["extra"]["toolkit_version"] = core.version(toolkit)   # pages: About, What's new
    return config


def on_env(env, config, files):
    from macros import compiled, core
    toolkit = core.load(config)
    parts = lru_cache(maxsize=None)(lambda lang: core.theme_parts(toolkit, lang))  # once a language

    def lang(context):
        return core.page_language(context.get("page"), config)

    env.globals["word"] = pass_context(lambda context, key: toolkit.word(key, lang(context)))
    env.globals["toolkit"] = pass_context(lambda context: parts(lang(context)))
    # Each theme template compiled once, not once an edition and a build (macros/compiled.py).
    env.bytecode_cache = compiled.bytecode_cache(Path(config["config_file_path"]).parent)
    return env
