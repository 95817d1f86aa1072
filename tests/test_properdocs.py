"""The site builds the same with ProperDocs, the community continuation of MkDocs 1.x (PyPI
`properdocs`), as with MkDocs: a way on if MkDocs 1.x stops being installable.

scripts/setup makes ProperDocs' own environment, .venv-properdocs, with the pinned packages of
requirements.txt except MkDocs (ProperDocs answers the plugins' `import mkdocs`) and
requirements-properdocs.txt. One build of each without PDFs (a few seconds each with the
.cache/ warm) is compared: the same files, each the same byte for byte, but for the generator
named in each page's <meta name="generator">. (A ProperDocs build with PDFs would print the
same pages with the same Chromium.)
"""
import os
import re
import subprocess

import pytest

from conftest import ROOT, run_mkdocs_build

PROPERDOCS = ROOT / ".venv-properdocs" / "bin" / "properdocs"
GENERATOR = re.compile(r'<meta name="generator" content="[^"]*">')
# mkdocs-static-i18n looks for MkDocs' list of search languages, which ProperDocs keeps under
# another name, when it is imported (before --strict counts warnings); it falls back on its own
# copy of the list, so the search index is the same (compared below).
KNOWN_WARNING = "WARNING -  mkdocs_static_i18n: Unable to detect lunr languages from mkdocs distribution"


def normalised(path):
    if path.suffix != ".html":
        return path.read_bytes()
    return GENERATOR.sub("", path.read_text(encoding="utf-8"))


def files(site):
    return {path.relative_to(site).as_posix(): path for path in site.rglob("*") if path.is_file()}


@pytest.fixture(scope="module")
def properdocs_site(tmp_path_factory):
    assert PROPERDOCS.exists(), (
        "no ProperDocs environment: run scripts/setup requirements-test.txt (scripts/test does)")
    site_dir = tmp_path_factory.mktemp("properdocs-site")
    result = subprocess.run([str(PROPERDOCS), "build", "--strict", "-f", "mkdocs.yml", "--site-dir", str(site_dir)],
                            cwd=ROOT, capture_output=True, text=True, env={**os.environ, "TOOLKIT_PDFS": "0"})
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("WARNING") and line != KNOWN_WARNING]
    assert warnings == []
    return site_dir


@pytest.fixture(scope="module")
def mkdocs_site(tmp_path_factory):
    site_dir = tmp_path_factory.mktemp("mkdocs-site")
    result = run_mkdocs_build(ROOT, site_dir, TOOLKIT_PDFS="0")
    assert result.returncode == 0, result.stderr
    return site_dir


def test_properdocs_builds_the_same_site_as_mkdocs(mkdocs_site, properdocs_site):
    ours, theirs = files(mkdocs_site), files(properdocs_site)
    assert sorted(ours) == sorted(theirs)
    assert [name for name in sorted(ours) if normalised(ours[name]) != normalised(theirs[name])] == []
    page = (properdocs_site / "index.html").read_text(encoding="utf-8")
    assert 'content="mkdocs-ProperDocs' in page     # it really was ProperDocs
