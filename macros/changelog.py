"""The What's new page: every version in data/changelog.yml, newest first, with what changed.
Pure functions: records, strings and a language in, Markdown out. The newest version is the
toolkit's version (overrides/main.html prints it on every page)."""
import re

from .render import long_date, pick, word


def version_id(version):
    """A version's heading id, the same in both languages: '1.0.0-beta.2' -> 'version-1-0-0-beta-2'."""
    return "version-" + re.sub(r"[^a-z0-9]+", "-", version.lower()).strip("-")


def changelog(records, strings, lang):
    """A heading per version (its date, and which is this one), then its changes as a list."""
    lines = []
    for position, record in enumerate(records):
        heading = (word(strings, "changelog_heading", lang)
                   .replace("{version}", record["version"])
                   .replace("{date}", long_date(record["date"], lang)))
        if position == 0:
            heading += " " + word(strings, "changelog_current", lang)
        lines += [f"## {heading} {{ #{version_id(record['version'])} }}", ""]
        lines += [f"- {pick(change, lang)}" for change in record["changes"]] + [""]
    return "\n".join(lines)
