"""data.load_toolkit: every check the build makes before rendering, without MkDocs, each
problem one line naming the file, the record and the field (or the key)."""
import shutil

import pytest
import yaml

from conftest import ROOT, rewrite_yaml

import macros.data as loader


@pytest.fixture
def project(tmp_path):
    """A copy of what load_toolkit reads: data, profiles and pages (the code is this one's)."""
    for part in ("data", "profiles", "docs"):
        shutil.copytree(ROOT / part, tmp_path / part, ignore=shutil.ignore_patterns("assets"))
    return tmp_path


def edit(project, name, change):
    return rewrite_yaml(project / name, change)


def problems(project, profile="default"):
    with pytest.raises(loader.DataError) as error:
        loader.load_toolkit(project, profile)
    return str(error.value).splitlines()


def test_the_real_toolkit_loads_with_every_profile():
    for path in sorted((ROOT / "profiles").glob("*.yml")):
        toolkit = loader.load_toolkit(ROOT, path.stem)
        assert toolkit.profile_name == path.stem and toolkit.store["strings"]
        assert "index.md" in toolkit.pages and "index.cy.md" in toolkit.pages


def test_a_copy_without_code_is_checked_against_this_code(project):
    assert loader.load_toolkit(project, "cornwall").profile["name"]["en"]


def test_a_source_section_must_map_to_pages_that_exist(project):
    sources = edit(project, "data/sources.yml", lambda r: r[0]["sections"][1]["pages"].append("gone.md"))
    at = len(sources[0]["sections"][1]["pages"])
    assert problems(project) == [
        f"data/sources.yml, record '{sources[0]['id']}' (#1), field 'sections[2].pages[{at}]': "
        "expected a page under docs/, 'gone.md' does not exist"]


def test_an_intervention_link_needs_a_page_or_a_glossary_entry(project):
    links = edit(project, "data/intervention-links.yml",
                 lambda r: r[0].update(page="pace/index.md", glossary=r[0].get("glossary") or "elsa"))
    assert problems(project) == [
        f"data/intervention-links.yml, record '{links[0]['id']}' (#1): expected one of 'page' or "
        "'glossary', found both"]


def test_a_pace_row_on_its_own_must_not_share_a_situations_id(project):
    prompts = edit(project, "data/conversation-prompts.yml", lambda r: r[0].pop("notice"))
    row = yaml.safe_load((ROOT / "data/conversation-prompts.yml").read_text(encoding="utf-8"))[0]["notice"]
    rows = edit(project, "data/pace-notice.yml",
                lambda r: next(n for n in r if n["id"] == row).update(id=prompts[1]["id"]))
    position = next(i for i, n in enumerate(rows, 1) if n["id"] == prompts[1]["id"])
    assert problems(project) == [
        f"data/pace-notice.yml, record '{prompts[1]['id']}' (#{position}), field 'id': "
        f"'{prompts[1]['id']}' is also the id of a situation in data/conversation-prompts.yml "
        "(name this row as that situation's notice, or give it another id)"]


def test_a_page_without_sources_is_named(project):
    (project / "docs" / "extra.md").write_text("---\ntitle: Extra\nsources: [nobody]\n---\n# Extra\n")
    (project / "docs" / "bare.md").write_text("# Bare\n")
    found = problems(project)
    assert [line.split(":")[0] for line in found] == ["docs/bare.md", "docs/extra.md"]
    assert all(": front matter 'sources' must list the source documents" in line for line in found)


def test_profile_and_data_problems_come_together(project):
    (project / "profiles" / "broken.yml").write_text("name: {en: A, cy: B}\nworry_contact: {en: C}\n")
    (project / "docs" / "bare.md").write_text("# Bare\n")
    found = problems(project, "broken")
    assert found[0].startswith("docs/bare.md: front matter 'sources'")
    assert found[1:] == ["profiles/broken.yml, field 'worry_contact.cy': expected Welsh text, found nothing"]


def test_a_missing_profile_is_named(project):
    assert problems(project, "nowhere")[0].startswith("profiles/nowhere.yml: no such profile")


def test_broken_data_is_reported_alone(project):
    edit(project, "data/roles.yml", lambda r: r[0].pop("role"))
    (project / "docs" / "bare.md").write_text("# Bare\n")
    assert problems(project) == [problems(project)[0]]
    assert problems(project)[0].endswith("field 'role': expected English and Welsh text "
                                         "({en: ..., cy: ...}), found nothing")
