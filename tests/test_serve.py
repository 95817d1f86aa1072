"""scripts/serve rebuilds when any file the build reads is saved."""
import sys

import yaml

from conftest import BUILD_FOLDERS, ROOT


class Loader(yaml.SafeLoader):
    """Reads mkdocs.yml, leaving its !ENV tags as plain values."""


Loader.add_multi_constructor("!", lambda loader, suffix, node: None)


def test_serve_watches_every_folder_the_build_reads():
    """scripts/serve rebuilds on a save anywhere the build reads (MkDocs itself watches
    docs/ and mkdocs.yml; the theme's custom_dir only with --watch-theme)."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
    assert set(BUILD_FOLDERS) - {config["docs_dir"]} <= set(config["watch"])


def test_each_serve_rebuild_imports_the_macros_afresh(monkeypatch):
    """hooks/reload_macros.py forgets macros/ before each full build (mkdocs serve's rebuilds
    run in one process), and keeps it for the Welsh edition of the same build."""
    import importlib.util
    import types
    spec = importlib.util.spec_from_file_location("reload_macros", ROOT / "hooks" / "reload_macros.py")
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    for name in [name for name in sys.modules if name.split(".")[0] == "macros"]:
        monkeypatch.setitem(sys.modules, name, sys.modules[name])   # put back after the test
    stale = types.ModuleType("macros")
    for name in ("macros", "macros.render"):
        monkeypatch.setitem(sys.modules, name, stale)

    i18n = types.SimpleNamespace(building=True)   # the Welsh edition of one build
    hook.on_config(types.SimpleNamespace(plugins={"i18n": i18n}))
    assert sys.modules["macros"] is stale and sys.modules["macros.render"] is stale

    i18n.building = False                         # a new build
    hook.on_config(types.SimpleNamespace(plugins={"i18n": i18n}))
    assert "macros" not in sys.modules and "macros.render" not in sys.modules
