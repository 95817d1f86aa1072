"""Every data table keeps every row and every cell of the source table it comes from.

data/source-tables.yml records, counted by hand in the source documents, how many rows each
source table has and which cells a row fills; a record names under `empty` the cells its
source row leaves blank. So a dropped row, or a cell dropped from one row, fails here.
"""
import pytest
import yaml

from conftest import ROOT

TABLES = yaml.safe_load((ROOT / "data" / "source-tables.yml").read_text(encoding="utf-8"))


def test_every_table_of_rows_in_data_is_counted_against_its_source():
    """A new table file cannot skip the count: every data file whose records are rows of a
    source table is listed (the others hold the toolkit's own lists, not source tables)."""
    own = {"sources", "glossary", "urgent-help", "terms", "intervention-links", "source-tables",
           "search-words", "nation-words", "changelog"}
    files = {p.stem for p in (ROOT / "data").glob("*.yml")} - {"schema", "strings"}
    assert sorted(files - own) == sorted(table["id"] for table in TABLES)


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t["id"])
def test_data_has_exactly_the_rows_of_its_source_table(data, table):
    assert len(data[table["id"]]) == table["rows"], table["table"]


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t["id"])
def test_every_record_fills_every_cell_its_source_row_fills(data, table):
    problems = []
    for record in data[table["id"]]:
        empty = record.get("empty", [])
        problems += [f"{record['id']}: '{cell}' listed as empty is not a cell of this table"
                     for cell in empty if cell not in table["cells"]]
        problems += [f"{record['id']}: '{cell}' is missing (the source fills it)"
                     for cell in table["cells"] if cell not in empty and not record.get(cell)]
        problems += [f"{record['id']}: '{cell}' is listed as empty but has content"
                     for cell in empty if record.get(cell)]
    assert problems == []


def test_a_dropped_cell_is_caught(data):
    """The check above fails on the fault it exists for: one level taken from one record."""
    table = next(t for t in TABLES if t["id"] == "vulnerability-index")
    record = dict(next(r for r in data["vulnerability-index"] if r["id"] == "sport-leisure"))
    del record["specialist"]
    missing = [c for c in table["cells"] if c not in record.get("empty", []) and not record.get(c)]
    assert missing == ["specialist"]


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_sport_and_leisure_lists_its_specialist_help(html, data, lang):
    """Caerphilly's last row gives occupational therapy, the youth service, physiotherapy
    and the GP; the page once said "none listed" there."""
    row = html(lang, "appendices/vulnerability-index.md").select_one("tr#sport-leisure")
    items = row.select("td")[2].select("li")
    record = next(r for r in data["vulnerability-index"] if r["id"] == "sport-leisure")
    assert len(items) == len(record["specialist"]) == 4
