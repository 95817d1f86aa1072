"""Broken copies of the data files stop the build with one exact, named message."""
import shutil

import pytest
import yaml

from conftest import ROOT, copy_project, rewrite_yaml, run_mkdocs_build

import macros.data as loader


@pytest.fixture
def data_copy(tmp_path):
    """A writable copy of data/; returns a function to rewrite one file through a change."""
    folder = tmp_path / "data"
    shutil.copytree(ROOT / "data", folder)

    def change(name, edit):
        return rewrite_yaml(folder / name, edit)
    change.folder = folder
    return change


def problems(folder):
    with pytest.raises(loader.DataError) as error:
        loader.load_all(folder)
    return str(error.value).splitlines()


def test_the_real_data_is_valid():
    loaded = loader.load_all(ROOT / "data")
    assert {"strings", "pace-notice", "roles", "sources"} <= set(loaded)


# One broken field each: (file, the change, the message; {id} is the changed record's id).
BROKEN_FIELDS = {
    "missing Welsh text": (
        "pace-notice.yml", lambda r: r[0]["notice"].pop("cy"),
        "data/pace-notice.yml, record '{id}' (#1), field 'notice.cy': expected Welsh text, found nothing"),
    "missing English text in a list": (
        "roles.yml", lambda r: r[0]["duties"][1].update(en=""),
        "data/roles.yml, record '{id}' (#1), field 'duties[2].en': expected English text, found nothing"),
    "missing field": (
        "pace-notice.yml", lambda r: r[1].pop("actions"),
        "data/pace-notice.yml, record '{id}' (#2), field 'actions': "
        "expected a non-empty list of English and Welsh texts, found nothing"),
    "unknown domain": (
        "vulnerability-index.yml", lambda r: r[0].update(domain="home"),
        "data/vulnerability-index.yml, record '{id}' (#1), field 'domain': "
        "expected one of individual, school, family, community, found 'home'"),
    "unknown theme": (
        "healthy-school-matrix.yml", lambda r: r[0].update(theme="ethos"),
        "data/healthy-school-matrix.yml, record '{id}' (#1), field 'theme': "
        "expected one of culture, learning, support, found 'ethos'"),
    "unknown field": (
        "vulnerability-index.yml", lambda r: r[0].update(universl=r[0]["universal"]),
        "data/vulnerability-index.yml, record '{id}' (#1), field 'universl': "
        "not a known field (expected one of: id, domain, factor, universal, targeted, specialist, empty)"),
    "a count written as text": (
        "source-tables.yml", lambda r: r[0].update(rows="27"),
        "data/source-tables.yml, record '{id}' (#1), field 'rows': "
        "expected a whole number above 0, found '27'"),
    "wrong type": (
        "roles.yml", lambda r: r[0].update(duties="Listen to pupils"),
        "data/roles.yml, record '{id}' (#1), field 'duties': "
        "expected a non-empty list of English and Welsh texts, found 'Listen to pupils'"),
    "search words without Welsh": (
        "search-words.yml", lambda r: r[0]["words"].pop("cy"),
        "data/search-words.yml, record '{id}' (#1), field 'words.cy': expected Welsh text, found nothing"),
    "text given as a plain string": (
        "pace-notice.yml", lambda r: r[0].update(notice="Upset"),
        "data/pace-notice.yml, record '{id}' (#1), field 'notice': "
        "expected English and Welsh text ({{en: ..., cy: ...}}), found 'Upset'"),
}


@pytest.mark.parametrize("case", BROKEN_FIELDS)
def test_a_broken_field_is_named_by_file_record_and_field(data_copy, case):
    name, edit, message = BROKEN_FIELDS[case]
    records = data_copy(name, edit)
    changed = records[1] if "(#2)" in message else records[0]
    assert problems(data_copy.folder) == [message.format(id=changed["id"])]


def test_duplicate_id(data_copy):
    records = data_copy("pace-notice.yml", lambda r: r[1].update(id=r[0]["id"]))
    assert problems(data_copy.folder) == [
        f"data/pace-notice.yml, record '{records[0]['id']}' (#2), field 'id': "
        f"expected a unique id, '{records[0]['id']}' is used by an earlier record"]


def test_record_without_id_is_named_by_position(data_copy):
    data_copy("roles.yml", lambda r: r[2 if len(r) > 2 else 0].pop("id"))
    position = 3 if len(yaml.safe_load((ROOT / "data/roles.yml").read_text())) > 2 else 1
    assert problems(data_copy.folder) == [
        f"data/roles.yml, record #{position}, field 'id': expected an id, found nothing"]


def test_malformed_yaml(data_copy):
    (data_copy.folder / "roles.yml").write_text("- id: all-staff\n  role: {en: Staff\n",
                                                 encoding="utf-8")
    assert problems(data_copy.folder) == [
        "data/roles.yml: malformed YAML at line 3: expected ',' or '}', but got '<stream end>'"]


def test_file_not_in_the_schema(data_copy):
    (data_copy.folder / "extra.yml").write_text("- id: x\n", encoding="utf-8")
    assert problems(data_copy.folder) == ["data/extra.yml: not described in data/schema.yml"]


def test_missing_file(data_copy):
    (data_copy.folder / "roles.yml").unlink()
    assert problems(data_copy.folder) == ["data/roles.yml: the file is missing (data/schema.yml lists it)"]


def test_the_build_stops_with_the_message_and_no_traceback(tmp_path):
    project = copy_project(tmp_path / "project")
    path = project / "data" / "pace-notice.yml"
    records = yaml.safe_load(path.read_text(encoding="utf-8"))
    records[0]["notice"]["cy"] = ""
    path.write_text(yaml.safe_dump(records, allow_unicode=True), encoding="utf-8")

    result = run_mkdocs_build(project, tmp_path / "site")

    assert result.returncode != 0
    assert (f"data/pace-notice.yml, record '{records[0]['id']}' (#1), field 'notice.cy': "
            "expected Welsh text, found nothing") in result.stderr
    assert "Traceback" not in result.stderr and "jinja2" not in result.stderr.lower()
    assert not (tmp_path / "site" / "pace" / "index.html").exists()
