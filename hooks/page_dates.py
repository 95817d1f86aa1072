"""MkDocs hook: "Page last updated" on every page, from the repository's history.

One `git log` over the docs folder gives each page's last commit, and one over data/ each
data file's: a page whose tables come from a data file is as new as the newer of the two. A
page with changes not yet committed shows the build date, as does every page of a copy
without git history (a downloaded zip). The date is written in the page's language: 23
November 2026, 23 Tachwedd 2026 (overrides/main.html shows it). We used to take it from the
git-revision-date-localized plugin: it asked git once per page, and with Debian's git 2.39
its log filter matched no commit, so every page showed the build date.
"""
import datetime
import subprocess
from functools import lru_cache
from pathlib import Path

from mkdocs.plugins import event_priority


def git(docs_dir, *arguments):
    return subprocess.run(["git", *arguments], cwd=docs_dir, capture_output=True, text=True,
                          check=True).stdout


@lru_cache(maxsize=None)
def last_changed(docs_dir):
    """{file path relative to docs_dir: the day of its last commit, or today if changed since}."""
    try:
        log = git(docs_dir, "log", "--format=%x00%ct", "--name-only", "--relative", "--", ".")
        changed = (git(docs_dir, "diff", "--name-only", "--relative", "HEAD", "--", ".")
                   + git(docs_dir, "ls-files", "--others", "--exclude-standard", "--", "."))
    except (OSError, subprocess.CalledProcessError):       # no git, or not a repository
        return {}
    days = {}
    for entry in log.split("\0")[1:]:
        stamp, *names = entry.strip().split("\n")
        day = datetime.datetime.fromtimestamp(int(stamp), datetime.timezone.utc).date()
        for name in filter(None, names):
            days.setdefault(name, day)                     # newest first: keep the first seen
    today = datetime.date.today()
    for name in changed.splitlines():
        days[name] = today
    return days


def page_day(markdown, path, docs_days, data_days, data_files_of):
    """The day a page last changed: its own file's, or a data file's its tables show
    (data_files_of: macros/core.py), whichever is newer; today for one changed since."""
    today = datetime.date.today()
    return max([docs_days.get(path, today)]
               + [data_days.get(name.removeprefix("data/"), today) for name in data_files_of(markdown)])


@event_priority(100)   # before mkdocs-macros, so `markdown` still holds the page's macro calls
def on_page_markdown(markdown, page, config, files):
    from macros import core, render   # hooks/toolkit.py says why imported here
    docs_dir = Path(config.docs_dir)
    data_dir = Path(config.config_file_path).parent / "data"
    path = Path(page.file.abs_src_path).relative_to(docs_dir).as_posix()
    day = page_day(markdown, path, last_changed(str(docs_dir)),
                   last_changed(str(data_dir)), core.data_files_of)
    page.meta["updated"] = render.long_date(day.isoformat(), core.page_language(page, config))
    return markdown
