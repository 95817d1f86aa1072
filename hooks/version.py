"""MkDocs hook: which version is this?

The toolkit's version is the newest in data/changelog.yml (the What's new page lists every
version). The About page names it (config.extra.toolkit_version), and every page carries a
line for paper only, at its foot, with the version and the page's date (hooks/page_dates.py):
"Version 1.0.0 of the toolkit. Page last updated: 5 December 2026." (overrides/main.html;
styles: "Which version is this" in docs/assets/toolkit.css). So the printed pages and PDFs of
a build all say which version they come from, and a school can tell whether its printed copies
are current.

The changelog's shape is checked with the other data files (data/schema.yml, by the macros,
which run first); this checks what the schema cannot say: no version twice, newest first.
"""
from pathlib import Path

import yaml
from mkdocs.exceptions import PluginError

STRINGS = ("print_version", "updated_label")


def problems(records):
    """What is wrong with the changelog's order, as messages naming the file and the record."""
    found, seen = [], set()
    for position, record in enumerate(records, start=1):
        where = f"data/changelog.yml, record #{position} ('{record['version']}')"
        if record["version"] in seen:
            found.append(f"{where}, field 'version': expected a new version, "
                         f"'{record['version']}' is listed above")
        seen.add(record["version"])
        if position > 1 and record["date"] > records[position - 2]["date"]:
            found.append(f"{where}, field 'date': expected the newest version first, "
                         f"{record['date']} is later than the version above it")
    return found


def print_line(strings, lang, version, updated):
    """The words on paper: the toolkit's version, then the page's date if it has one."""
    line = strings["print_version"][lang].strip().replace("{version}", version)
    if updated:
        line += f" {strings['updated_label'][lang].strip()} {updated}"
    return line


def on_config(config):
    data = Path(config.config_file_path).parent / "data"
    records = yaml.safe_load((data / "changelog.yml").read_text(encoding="utf-8"))
    found = problems(records)
    if found:
        raise PluginError("The toolkit's data has problems:\n" + "\n".join(found))
    strings = yaml.safe_load((data / "strings.yml").read_text(encoding="utf-8"))
    missing = [key for key in STRINGS if key not in strings]
    if missing:
        raise PluginError(f"hooks/version.py: data/strings.yml has no {', '.join(missing)}")
    config.extra["toolkit_version"] = records[0]["version"]
    config.extra["toolkit_version_strings"] = {key: strings[key] for key in STRINGS}
    return config


def on_page_context(context, page, config, nav):
    lang = getattr(page.file, "locale", None) or config.theme.language
    context["toolkit_version_line"] = print_line(config.extra["toolkit_version_strings"], lang,
                                                 config.extra["toolkit_version"],
                                                 page.meta.get("updated"))
    return context
