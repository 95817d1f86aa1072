"""Search that knows readers' words: the everyday-words file and what the hook adds to each
index (the query reader's unit tests are in tests/js/, run by test_js_units.py)."""
import json

from hooks.search_index import (STOP_WORDS, add_everyday_words, everyday_words,
                                search_config, without_accents)
import macros.data as loader

RECORDS = [{"id": "upset", "pages": ["pace/index.md", "pace/empathy.md"],
            "words": {"en": "tantrum, kicking off", "cy": "strancio, colli tymer"}},
           {"id": "calm", "pages": ["pace/index.md"], "words": {"en": "calm down", "cy": "ymdawelu"}}]


def test_everyday_words_go_to_each_page_of_their_record_in_each_language():
    assert everyday_words(RECORDS, "en") == {"pace/index.html": "tantrum kicking off calm down",
                                             "pace/empathy.html": "tantrum kicking off"}
    assert everyday_words(RECORDS, "cy")["pace/empathy.html"] == "strancio colli tymer"


def test_only_the_page_entry_gets_the_words_not_its_sections():
    docs = [{"location": "pace/index.html", "title": "PACE", "text": ""},
            {"location": "pace/index.html#why", "title": "Why", "text": ""}]
    found = add_everyday_words(docs, {"pace/index.html": "tantrum"})
    assert found[0]["words"] == "tantrum" and "words" not in found[1]
    assert "words" not in docs[0]                      # the input is left as it was


def test_each_index_config_names_the_words_field_language_and_stop_words():
    merged = {"lang": ["en"], "separator": "[\\s]+", "pipeline": ["stopWordFilter"],
              "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}}}
    welsh = search_config(merged, "cy")
    assert welsh["fields"]["words"]["boost"] > merged["fields"]["text"]["boost"]
    assert welsh["fields"]["words"]["boost"] < merged["fields"]["title"]["boost"]
    assert "radicals" in welsh["fields"] and "radicals" not in search_config(merged, "en")["fields"]
    assert welsh["pipeline"] == [] and welsh["toolkit"] == {"lang": "cy", "stopwords": STOP_WORDS["cy"]}
    assert {"yn", "y", "yr", "i'r", "mae"} <= set(STOP_WORDS["cy"])
    assert {"to", "the", "and"} <= set(STOP_WORDS["en"]) and "my" not in STOP_WORDS["en"]


def test_words_with_accents_are_also_written_without():
    assert without_accents("Grŵp meithrin ar ôl y ddrama") == "grwp ol"
    assert without_accents("grŵp neu grwp") == ""        # already there


def test_a_search_words_page_must_exist(tmp_path):
    (tmp_path / "pace").mkdir()
    (tmp_path / "pace" / "index.md").write_text("# PACE")
    records = [{"id": "ok", "pages": ["pace/index.md"]},
               {"id": "gone", "pages": ["pace/index.md", "pace/gone.md", "pace/index"]}]
    shape = {"search-words.yml": {"records": {"pages": "pages"}}}
    assert loader.check_pages({"search-words": records}, shape, tmp_path) == [
        "data/search-words.yml, record 'gone' (#2), field 'pages[2]': expected a page under "
        "docs/, 'pace/gone.md' does not exist",
        "data/search-words.yml, record 'gone' (#2), field 'pages[3]': expected a page under "
        "docs/, 'pace/index' does not exist"]


def test_the_real_search_words_have_no_empty_phrase(data):
    for record in data["search-words"]:
        for lang in ("en", "cy"):
            phrases = [p.strip() for p in record["words"][lang].split(",")]
            assert all(phrases), (record["id"], lang)        # no empty phrase (",,")


def test_the_index_of_each_edition_carries_the_everyday_words(site):
    for lang, folder, word in (("en", site / "search", "tantrum"),
                               ("cy", site / "cy" / "search", "strancio")):
        index = json.loads((folder / "search_index.json").read_text(encoding="utf-8"))
        by_location = {doc["location"]: doc for doc in index["docs"]}
        assert word in by_location["pace/situation-finder.html"]["words"].split()
        assert not any("words" in doc for doc in index["docs"] if "#" in doc["location"])
        assert index["config"]["toolkit"]["lang"] == lang
