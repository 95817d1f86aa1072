"""data.load_toolkit: every check the build makes before rendering, without MkDocs, each
problem one line naming the file, the record and the field (or the key)."""
import re
import shutil

import pytest
import yaml

from conftest import CHOICES, ROOT, copy_project, rewrite_yaml, run_mkdocs_build

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


# --- Interface words ---------------------------------------------------------------------------

def test_every_key_of_the_strings_is_named_whole_where_it_is_used():
    """So grep finds each key: named in the code (data.KEY_USES) or by a choice in the schema."""
    toolkit = loader.load_toolkit(ROOT, "default")
    named = {key for keys in toolkit.keys.values() for key in keys}
    named |= {key for values in toolkit.choices.values() if isinstance(values, dict) for key in values.values()}
    assert sorted(set(toolkit.store["strings"]) - named) == []


def test_a_deleted_key_is_named_with_the_file_that_uses_it(project):
    edit(project, "data/strings.yml", lambda strings: strings.pop("finders_situations_count"))
    assert problems(project) == ["macros/finders.py: no key 'finders_situations_count' in data/strings.yml"]


def test_a_deleted_key_of_a_choice_is_named(project):
    edit(project, "data/strings.yml", lambda strings: strings.pop("level_targeted"))
    assert problems(project) == ["data/schema.yml, choices 'level': no key 'level_targeted' in data/strings.yml"]


@pytest.mark.parametrize("where, key", [
    ("macros/finders.py", "finders_situations_count"),
    ("docs/assets/javascripts/self-review.js", "review_change_up"),
    ("overrides/partials/toolkit-help-now.html", "help_now_label"),
    ("hooks/accessibility.py", "nav_section_pages"),
])
def test_a_misspelt_key_in_the_code_is_named_with_its_file(tmp_path, where, key):
    project = copy_project(tmp_path / "project")
    path = project / where
    path.write_text(path.read_text(encoding="utf-8").replace(key, key + "x"), encoding="utf-8")
    assert problems(project) == [f"{where}: no key '{key}x' in data/strings.yml"]


def test_a_missing_key_stops_the_build_with_one_line_and_no_traceback(tmp_path):
    project = copy_project(tmp_path / "project")
    edit(project, "data/strings.yml", lambda strings: strings.pop("finders_situations_count"))
    result = run_mkdocs_build(project, tmp_path / "site", TOOLKIT_PDFS="0")
    assert result.returncode != 0
    assert "macros/finders.py: no key 'finders_situations_count' in data/strings.yml\n" in result.stderr
    assert "Traceback" not in result.stderr and "jinja2" not in result.stderr.lower()


def test_a_profiles_own_rules_are_checked_beside_its_shape(tmp_path):
    (tmp_path / "logo.svg").write_text("<svg/>")
    profile = {"logo": "gone.svg", "feedback": "www.example.org",
               "services": [{"id": "nurse"}, {"id": "nurse"}, {"id": "cahms"}]}
    assert loader.check_profile(profile, tmp_path, "profiles/x.yml") == [
        "profiles/x.yml, field 'services': the id 'nurse' is used twice",
        "profiles/x.yml, field 'logo': expected a file under docs/, 'gone.svg' does not exist",
        "profiles/x.yml, field 'feedback': expected an address starting https:// or mailto:, "
        "found 'www.example.org'"]
    assert loader.check_profile({"logo": "logo.svg", "feedback": "mailto:a@b.c"}, tmp_path, "p") == []


def test_each_list_of_allowed_values_is_written_only_in_the_schema():
    """No code or test repeats a choice's values as a list of its own: they read the schema
    (Python) or the page (scripts)."""
    code = [path for folder in ("macros", "hooks", "docs/assets/javascripts", "tests")
            for path in (ROOT / folder).rglob("*") if path.suffix in (".py", ".js", ".html")]
    for name, values in CHOICES.items():
        if len(values) < 2:
            continue
        quoted = r"""["']\s*,\s*["']""".join(re.escape(value) for value in list(values)[:2])
        found = [path.relative_to(ROOT).as_posix() for path in code
                 if re.search(rf"""["']{quoted}["']""", path.read_text(encoding="utf-8"))]
        assert found == [], name


def test_a_file_that_is_not_utf8_is_named(project):
    (project / "data" / "roles.yml").write_bytes("- id: x\n  role: {en: Caf\xe9}\n".encode("latin-1"))
    assert problems(project) == ["data/roles.yml: not UTF-8 text (byte 25): save it as UTF-8"]


def test_a_mapping_given_for_a_choice_is_named(project):
    (project / "profiles" / "odd.yml").write_text(
        "name: {en: A, cy: B}\nworry_contact: {en: C, cy: D}\nnation: {en: wales}\n")
    assert problems(project, "odd") == [
        "profiles/odd.yml, field 'nation': expected one of england, wales, found a mapping"]


def test_a_page_a_source_maps_to_needs_a_title_in_each_language(project):
    page = yaml.safe_load((ROOT / "data/sources.yml").read_text(encoding="utf-8"))[0]["sections"][0]["pages"][0]
    welsh = project / "docs" / page.replace(".md", ".cy.md")
    welsh.write_text(welsh.read_text(encoding="utf-8").replace("\ntitle:", "\ntitel:", 1), encoding="utf-8")
    assert problems(project) == [
        f"docs/{page.replace('.md', '.cy.md')}: front matter 'title' is needed (data/sources.yml "
        "maps a source to this page, and the list of sources shows its title)"]
