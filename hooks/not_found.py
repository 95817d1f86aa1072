"""MkDocs hook: a "page not found" page in each edition, in its own language.

Theme templates such as 404.html are written to the top of the site by every edition's
build, so with mkdocs-static-i18n the Welsh build would overwrite the English 404.html.
This keeps the default language's page at 404.html and moves each other edition's to
<lang>/404.html. Its words come from word() (hooks/toolkit.py), in the edition's language.
"""
import copy
from pathlib import Path


def on_template_context(context, template_name, config):
    """The language menu of a 404 page offers each edition's home page (mkdocs-static-i18n
    leaves the last page built's alternates there)."""
    i18n = config.plugins["i18n"]
    if template_name == "404.html" and i18n.extra_alternate:
        # An attribute, as mkdocs-static-i18n sets it (templates read the attribute first).
        config.extra.alternate = copy.deepcopy(i18n.extra_alternate)
    return context


def on_post_template(output, template_name, config):
    i18n = config.plugins["i18n"]
    if template_name != "404.html" or i18n.current_language == i18n.default_language:
        return output
    path = Path(config.site_dir) / i18n.current_language / "404.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(output, encoding="utf-8")
    return ""   # MkDocs writes nothing for an empty template: the top 404.html stays
