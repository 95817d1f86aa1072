"""MkDocs hook: the theme's side of the toolkit's core (macros/core.py).

Theme templates cannot call macros, so they get the core's two ways in as Jinja globals:
word("key") gives an interface word (data/strings.yml) in the language of the page (or of the
edition, on the 404 page), and toolkit() what the templates show besides words (the urgent-help
box, the school's name, the feedback address). The profile's logo becomes the theme's.
"""
from functools import lru_cache

from jinja2 import pass_context


def on_config(config):
    from macros import core   # here, once hooks/reload_macros.py has made the package fresh
    logo = core.load(config).profile.get("logo")
    if logo:
        config["theme"]["logo"] = logo
    return config


def on_env(env, config, files):
    from macros import core
    toolkit = core.load(config)
    parts = lru_cache(maxsize=None)(lambda lang: core.theme_parts(toolkit, lang))  # once a language

    def lang(context):
        return core.page_language(context.get("page"), config)

    env.globals["word"] = pass_context(lambda context, key: toolkit.word(key, lang(context)))
    env.globals["toolkit"] = pass_context(lambda context: parts(lang(context)))
    return env
