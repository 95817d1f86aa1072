"""Pages kept between builds in .cache/pages/ (hooks/page_cache.py): a build from kept pages
is the build made afresh, and a kept page's links are still checked in every build."""
import json
import os
import shutil
import subprocess
import sys
import time

import pytest

from conftest import copy_project, run_mkdocs_build

HEADING = "## Looking after the adults\n"   # start-here/index.md links to its #anchor


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """A copy of the project, built once (without PDFs) so that its every page is kept."""
    folder = tmp_path_factory.mktemp("kept")
    project = copy_project(folder / "project")
    result = run_mkdocs_build(project, folder / "first", TOOLKIT_PDFS="0")
    assert result.returncode == 0, result.stderr
    return project


def build_with(project, site, option):
    """A strict build without PDFs, with one more option of `mkdocs build`."""
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", option,
                           "--site-dir", str(site)], cwd=project, text=True, capture_output=True,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "TOOLKIT_PDFS": "0"})


def kept(project):
    return set((project / ".cache" / "pages").iterdir())


def built(site):
    return {path.relative_to(site): path.read_bytes() for path in site.rglob("*") if path.is_file()}


def test_a_build_from_kept_pages_is_the_build_made_afresh(project, tmp_path):
    pages = kept(project)
    assert len(pages) == len(list((project / "docs").rglob("*.md")))   # every page of both editions
    result = run_mkdocs_build(project, tmp_path / "second", TOOLKIT_PDFS="0")
    assert result.returncode == 0, result.stderr
    assert kept(project) == pages               # nothing made afresh
    first = built(project.parent / "first")
    assert built(tmp_path / "second") == first

    # The builds take their pages from what was kept: one kept page changed shows in the
    # next build, and two kept pages not whole (cut short, emptied) are made afresh.
    marked, cut, emptied = sorted(pages)[:3]
    originals = {path: path.read_text(encoding="utf-8") for path in (marked, cut, emptied)}
    content = json.loads(originals[marked])
    content["content"] += "<p>Taken from the kept page</p>"
    marked.write_text(json.dumps(content), encoding="utf-8")
    cut.write_text(originals[cut][:100], encoding="utf-8")
    emptied.write_text("{}", encoding="utf-8")
    try:
        result = run_mkdocs_build(project, tmp_path / "third", TOOLKIT_PDFS="0")
    finally:
        for path, text in originals.items():
            path.write_text(text, encoding="utf-8")
    assert result.returncode == 0, result.stderr
    third = built(tmp_path / "third")
    changed = [path for path, page in first.items() if path.suffix == ".html" and third[path] != page]
    assert len(changed) == 1 and b"Taken from the kept page" in third[changed[0]], changed


def test_a_kept_page_is_checked_against_a_changed_anchor(project, tmp_path):
    """start-here/index.md does not change, and comes from what was kept; the heading it
    links to does, so its link is reported broken all the same."""
    pages = kept(project)
    aims = project / "docs" / "start-here" / "aims.md"
    text = aims.read_text(encoding="utf-8")
    aims.write_text(text.replace(HEADING, "## Looking after the grown-ups\n"), encoding="utf-8")
    try:
        result = run_mkdocs_build(project, tmp_path / "site", TOOLKIT_PDFS="0")
    finally:
        aims.write_text(text, encoding="utf-8")
    assert result.returncode != 0
    assert ("Doc file 'start-here/index.md' contains a link 'aims.md#looking-after-the-adults', "
            "but the doc 'start-here/aims.md' does not contain an anchor "
            "'#looking-after-the-adults'.") in result.stderr, result.stderr
    assert len(kept(project) - pages) == 1      # aims.md alone was made afresh


def test_a_page_with_a_broken_link_is_never_kept(project, tmp_path):
    """Its warning comes in every build, so the strict build stops every time, even after
    a build that hid it (--quiet, which --strict does not stop)."""
    about = project / "docs" / "about.md"
    text = about.read_text(encoding="utf-8")
    about.write_text(text + "\n[Gone](no-such-page.md)\n", encoding="utf-8")
    message = ("Doc file 'about.md' contains a link 'no-such-page.md', "
               "but the target is not found among documentation files.")
    try:
        quiet = build_with(project, tmp_path / "quiet", "--quiet")
        assert quiet.returncode == 0 and message not in quiet.stderr, quiet.stderr
        for attempt in ("first", "second"):
            result = run_mkdocs_build(project, tmp_path / attempt, TOOLKIT_PDFS="0")
            assert result.returncode != 0 and message in result.stderr, (attempt, result.stderr)
    finally:
        about.write_text(text, encoding="utf-8")


def test_what_no_build_has_used_for_a_month_is_deleted(project, tmp_path):
    folder = project / ".cache" / "pages"
    stale = folder / ("0" * 64)
    stale.write_text("{}", encoding="utf-8")
    long_ago = time.time() - 40 * 24 * 3600
    for path in kept(project):
        os.utime(path, (long_ago, long_ago))
    result = run_mkdocs_build(project, tmp_path / "site", TOOLKIT_PDFS="0")
    assert result.returncode == 0, result.stderr
    # What this build used is kept (every page of both editions); the rest is gone.
    assert stale not in kept(project)
    assert len(kept(project)) == len(list((project / "docs").rglob("*.md")))


def test_a_verbose_build_keeps_no_page(project, tmp_path):
    """In a verbose build (-v) MkDocs records no page's links to anchors: a page kept from it
    would never have them checked again."""
    folder, aside = project / ".cache" / "pages", tmp_path / "kept"
    folder.rename(aside)
    try:
        verbose = build_with(project, tmp_path / "site", "--verbose")
        assert verbose.returncode == 0, verbose.stderr
        assert not folder.exists() or not any(folder.iterdir())
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        aside.rename(folder)
