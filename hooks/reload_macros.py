"""MkDocs hook: `mkdocs serve` (scripts/serve) runs each rebuild with the macros as saved.

mkdocs-macros imports the macros/ package once per process, so without this a rebuild after
saving macros/*.py would still run the old code (hooks, mkdocs.yml and data/ are read afresh
by every build anyway). Before each full build, ahead of the macros plugin, the package is
forgotten, so the plugin imports it again. A plain `mkdocs build` is one build: no change.
"""
import sys

from mkdocs.plugins import event_priority


@event_priority(100)  # before mkdocs-macros (0) imports the package
def on_config(config):
    if config.plugins["i18n"].building:   # the Welsh edition of the same build: same code
        return
    for name in [name for name in sys.modules if name == "macros" or name.startswith("macros.")]:
        del sys.modules[name]
