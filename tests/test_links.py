"""A page left out of the menu, a link to a missing page and a link to a missing #anchor stop
the strict build, each with a message naming the page (validation: in mkdocs.yml).

One broken copy of the project holds all the faults, so they cost one build; each message
is looked for on its own.
"""
import pytest

from conftest import copy_project, run_mkdocs_build


PAGE = "---\ntitle: {title}\ndescription: {title}, left out of the menu.\nsources: [cornwall]\n---\n\n# {title}\n"
# The English id of a heading whose Welsh id is different: right in the English page,
# a broken anchor in the Welsh one (headings' ids come from their own language's words).
ENGLISH_ID_LINK = "\n[Cydbwysedd](what-is-resilience.md#a-balance-between-stress-and-support)\n"


@pytest.fixture(scope="module")
def broken(tmp_path_factory):
    """stderr of a strict build of a copy with: an orphan page in both languages, a link to a
    missing page, a Welsh page linking to an English heading id, and a nav entry to a missing page."""
    folder = tmp_path_factory.mktemp("links")
    project = copy_project(folder / "project")
    docs = project / "docs"
    (docs / "orphan.md").write_text(PAGE.format(title="Orphan"), encoding="utf-8")
    (docs / "orphan.cy.md").write_text(PAGE.format(title="Amddifad"), encoding="utf-8")
    with (docs / "about.md").open("a", encoding="utf-8") as page:
        page.write("\n[Gone](no-such-page.md)\n")
    with (docs / "understanding" / "protective-factors.cy.md").open("a", encoding="utf-8") as page:
        page.write(ENGLISH_ID_LINK)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "  - about.md\n", "  - about.md\n  - gone-from-docs.md\n", 1), encoding="utf-8")
    result = run_mkdocs_build(project, folder / "site", TOOLKIT_PDFS="0")
    assert result.returncode != 0 and "in strict mode!" in result.stdout, result.stdout + result.stderr
    return result.stderr


def test_a_page_left_out_of_the_nav_stops_the_build(broken):
    for page in ("orphan.md", "orphan.cy.md"):   # each edition names its own file
        assert ('are not included in the "nav" configuration:\n  - ' + page) in broken, broken


def test_a_link_to_a_missing_page_stops_the_build(broken):
    assert ("Doc file 'about.md' contains a link 'no-such-page.md', "
            "but the target is not found among documentation files.") in broken, broken


def test_a_welsh_link_to_an_english_heading_id_stops_the_build(broken):
    assert ("Doc file 'understanding/protective-factors.cy.md' contains a link "
            "'what-is-resilience.md#a-balance-between-stress-and-support', but the doc "
            "'understanding/what-is-resilience.cy.md' does not contain an anchor "
            "'#a-balance-between-stress-and-support'.") in broken, broken
    # The same link from the English page is right, and is not reported.
    assert "Doc file 'understanding/protective-factors.md'" not in broken, broken


def test_a_nav_entry_for_a_missing_page_stops_the_build(broken):
    assert "A reference to 'gone-from-docs.md' is included in the 'nav' configuration" in broken, broken


def test_nothing_else_is_reported(broken):
    """The faults above are the only warnings: the real pages have none, and the Welsh files
    raise no false alarm (mkdocs-static-i18n keeps them out of the English edition)."""
    warnings = ("\n" + broken).split("\nWARNING")[1:]
    faults = ("orphan", "no-such-page.md", "a-balance-between-stress-and-support", "gone-from-docs.md")
    assert len(warnings) >= 5 and all(any(fault in block for fault in faults) for block in warnings), broken
