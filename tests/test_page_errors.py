"""Mistakes in pages stop the build with a message that names the page."""
from conftest import copy_project, run_mkdocs_build


def build_with(tmp_path, relative, text):
    project = copy_project(tmp_path / "project")
    (project / "docs" / relative).write_text(text, encoding="utf-8")
    return run_mkdocs_build(project, tmp_path / "site")


def test_a_page_without_sources_stops_the_build(tmp_path):
    result = build_with(tmp_path, "extra.md", "---\ntitle: Extra\n---\n\n# Extra\n")
    assert result.returncode != 0
    assert "extra.md: front matter 'sources' must list the source documents" in result.stderr


def test_an_unknown_role_stops_the_build(tmp_path):
    result = build_with(tmp_path, "extra.md",
                        "---\ntitle: Extra\nsources: [cornwall]\n---\n\n{{ role_checklist('janitor') }}\n")
    assert result.returncode != 0
    assert "docs/extra.md: role_checklist('janitor'): no 'janitor' in data/roles.yml" in result.stderr
