"""Guidance people can trust: when each page was updated, where it came from, how to report
a problem, and an About page that names every source."""
import datetime
import re
import subprocess

import pytest

from conftest import LANGUAGES, ROOT
from macros import core

DATE = {"en": r"\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}",
        "cy": r"\d{1,2} (Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) \d{4}"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_says_when_it_was_last_updated(html, pages, data, lang):
    label = data["strings"]["updated_label"][lang]
    for page in pages:
        updated = html(lang, page).select_one("article .toolkit-updated")
        assert updated is not None, page
        assert re.fullmatch(re.escape(label) + " " + DATE[lang], updated.get_text(" ", strip=True)), page


def git(*arguments):
    return subprocess.run(["git", *arguments], cwd=ROOT, capture_output=True, text=True,
                          check=True).stdout.strip()


def test_the_date_is_the_last_commit_of_the_page_or_its_data_or_today_if_changed_since(html, pages):
    changed = git("status", "--porcelain", "--untracked-files=all", "--", "docs", "data")
    months = DATE["en"].split("(")[1].split(")")[0].split("|")

    def changed_on(source):
        if source in changed:
            return datetime.date.today()
        return datetime.datetime.fromtimestamp(
            int(git("log", "-1", "--format=%ct", "--", source)), datetime.timezone.utc).date()

    for lang, suffix in (("en", ".md"), ("cy", ".cy.md")):
        for page in pages:
            source = "docs/" + page.removesuffix(".md") + suffix
            # A page showing a data file's records is as new as that file's last change.
            uses = core.data_files_of((ROOT / source).read_text(encoding="utf-8"))
            expected = max([changed_on(source)] + [changed_on(name) for name in uses])
            shown = html(lang, page).select_one("article .toolkit-updated").get_text(" ", strip=True)
            day, month, year = shown.split()[-3:]
            if lang == "en":
                assert (int(year), months.index(month) + 1, int(day)) == \
                    (expected.year, expected.month, expected.day), (source, shown)
            else:
                assert (int(year), int(day)) == (expected.year, expected.day), (source, shown)


def test_each_macro_names_the_data_it_shows():
    """So a page's date follows its tables (macros/core.py MACRO_DATA): every macro a page can
    call is listed, with data files that exist."""
    registered = re.findall(r"@env\.macro\n    def (\w+)\(", (ROOT / "macros" / "__init__.py").read_text())
    assert sorted(core.MACRO_DATA) == sorted(registered)
    assert all((ROOT / "data" / f"{name}.yml").is_file() for names in core.MACRO_DATA.values() for name in names)
    page = "{{ role_checklist('pupils') }} and {% call cornwall_example() %}x{% endcall %} {{ glossary() }}"
    assert core.data_files_of(page) == ["data/glossary.yml", "data/roles.yml"]
    uses_roles = core.data_files_of((ROOT / "docs" / "appendices" / "roles-and-responsibilities.md").read_text())
    assert "data/roles.yml" in uses_roles


def test_a_page_is_as_new_as_the_newest_data_it_shows():
    from hooks.page_dates import page_day
    old, new = datetime.date(2026, 1, 1), datetime.date(2026, 2, 1)
    uses = lambda markdown: ["data/roles.yml"] if "role_checklist" in markdown else []
    assert page_day("{{ role_checklist('pupils') }}", "a.md", {"a.md": old}, {"roles.yml": new}, uses) == new
    assert page_day("Words only.", "a.md", {"a.md": old}, {"roles.yml": new}, uses) == old
    assert page_day("{{ role_checklist('pupils') }}", "a.md", {"a.md": new}, {"roles.yml": old}, uses) == new
    assert page_day("{{ role_checklist('pupils') }}", "a.md", {"a.md": old}, {}, uses) == datetime.date.today()


def test_page_dates_come_from_one_git_log_and_changes_since_are_dated_today(tmp_path):
    from hooks.page_dates import last_changed
    docs = tmp_path / "docs"
    (docs / "pace").mkdir(parents=True)
    for name in ("index.md", "pace/empathy.md", "pace/empathy.cy.md"):
        (docs / name).write_text("# Page\n")
    when = dict(GIT_AUTHOR_DATE="2025-03-14T10:00:00Z", GIT_COMMITTER_DATE="2025-03-14T10:00:00Z")
    run = lambda *a, **env: subprocess.run(["git", *a], cwd=tmp_path, check=True, capture_output=True,
                                            env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), **env})
    run("init", "-q")
    run("-c", "user.name=t", "-c", "user.email=t@t", "add", ".")
    run("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "first", **when)
    (docs / "pace" / "empathy.md").write_text("# Changed\n")
    (docs / "new.md").write_text("# New\n")
    days = last_changed(str(docs))
    assert days["index.md"] == days["pace/empathy.cy.md"] == datetime.date(2025, 3, 14)
    assert days["pace/empathy.md"] == days["new.md"] == datetime.date.today()
    assert last_changed(str(tmp_path / "elsewhere")) == {}     # not a repository: build date


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_offers_a_way_to_report_a_problem(html, pages, data, lang):
    for page in pages:
        feedback = html(lang, page).select_one("article .toolkit-feedback")
        assert feedback is not None, page
        # The default profile ships no address, so no real person is ever named.
        assert feedback.get_text(strip=True) == data["strings"]["feedback_none"][lang]
        assert feedback.find("a") is None


@pytest.mark.parametrize("lang", LANGUAGES)
def test_about_page_lists_every_source_with_publisher(html, data, lang):
    about = html(lang, "about.md").select_one("article")
    for source in data["sources"]:
        heading = about.select_one(f"h3#source-{source['id']}")
        assert heading is not None and source["title"][lang] in heading.get_text(), source["id"]
        assert source["publisher"][lang] in heading.find_next("p").get_text()
