"""The words that differ between England and Wales: picked for a nation, filled into data
texts, and shown on pages, without a build."""
import pytest

from conftest import CHOICES, ROOT
from macros import data, render

RECORDS = [{"id": "role",
            "england": {"name": {"en": "lead", "cy": "arweinydd"}, "the": {"en": "the lead", "cy": "yr arweinydd"},
                        "soft": {"en": "lead", "cy": "arweinydd"}},
            "wales": {"name": {"en": "person", "cy": "person"}, "the": {"en": "the person", "cy": "y person"},
                      "soft": {"en": "person", "cy": "berson"}},
            "neutral": {"name": {"en": "lead or person", "cy": "arweinydd neu berson"},
                        "the": {"en": "the lead or person", "cy": "yr arweinydd neu'r person"},
                        "soft": {"en": "lead or person", "cy": "arweinydd neu berson"}},
            "sources": [{"nation": "england", "title": {"en": "KCSIE", "cy": "KCSIE"},
                         "publisher": {"en": "DfE", "cy": "DfE"}, "date": "2026",
                         "url": {"en": "https://www.gov.uk/k", "cy": "https://www.gov.uk/k"}},
                        {"nation": "wales", "title": {"en": "KLS", "cy": "CDD"},
                         "publisher": {"en": "WG", "cy": "LlC"},
                         "url": {"en": "https://www.gov.wales/k", "cy": "https://www.llyw.cymru/k"}}]}]
STRINGS = {"nation_england": {"en": "England", "cy": "Lloegr"}, "nation_wales": {"en": "Wales", "cy": "Cymru"},
           "example_from_cornwall": {"en": "An example from Cornwall:", "cy": "Enghraifft o Gernyw:"}}


def test_each_nation_has_its_own_words_and_no_nation_names_both():
    assert data.nation_words(RECORDS, "wales")["role.soft"]["cy"] == "berson"
    assert data.nation_words(RECORDS, "england")["role.the"]["en"] == "the lead"
    assert data.nation_words(RECORDS, None)["role.the"]["cy"] == "yr arweinydd neu'r person"


def test_a_text_gets_the_word_in_each_of_its_languages():
    words = data.nation_words(RECORDS, "wales")
    filled = data.fill_nation_words({"en": "Tell [[role.the]].", "cy": "Drwy [[role.soft]]."}, words, "x")
    assert filled == {"en": "Tell the person.", "cy": "Drwy berson."}


def test_an_unknown_word_or_one_outside_a_text_is_named_with_its_place():
    words = data.nation_words(RECORDS, None)
    with pytest.raises(data.DataError) as error:
        data.fill_nation_words({"logo": "[[role.name]]", "name": {"en": "[[rol.the]]", "cy": "A"}},
                               words, "profiles/x.yml")
    assert str(error.value).splitlines() == [
        "profiles/x.yml, field 'logo': unknown word [[role.name]] in a value that is not English "
        "or Welsh text (known: role.name, role.soft, role.the)",
        "profiles/x.yml, field 'name.en': unknown word [[rol.the]] in a text (known: role.name, "
        "role.soft, role.the)"]


def test_the_glossary_and_terms_keep_only_the_nations_own_terms():
    store = data.load_all(ROOT / "data")
    ids = lambda loaded, name: {record["id"] for record in loaded[name]}
    wales, england, both = (data.for_nation(store, nation) for nation in ("wales", "england", None))
    assert "designated-safeguarding-person" in ids(wales, "glossary") - ids(england, "glossary")
    assert "ofsted" in ids(england, "glossary") - ids(wales, "glossary")
    assert {"ofsted", "estyn", "alnco", "senco"} <= ids(both, "glossary")
    assert "designated-safeguarding-lead" in ids(england, "terms") - ids(wales, "terms")


def test_the_real_data_names_no_unknown_word():
    store = data.load_all(ROOT / "data")
    for nation in [*CHOICES["nation"], None]:
        filled = data.for_nation(store, nation)
        assert "[[" not in str(filled["strings"]) + str(filled["healthy-school-matrix"])


def test_a_page_word_can_start_a_sentence_and_an_unknown_one_is_named():
    words = data.nation_words(RECORDS, "wales")
    assert render.nation_word(words, "role", "the", "cy") == "y person"
    assert render.nation_word(words, "role", "The", "cy") == "Y person"
    with pytest.raises(ValueError, match=r"no word 'role.plural' in data/nation-words.yml \(known: "):
        render.nation_word(words, "role", "plural", "en")


def test_the_sources_list_shows_only_the_nations_guidance_and_both_without_one():
    wales = render.nation_word_sources(RECORDS, "wales", STRINGS, "cy", CHOICES)
    assert "**person** (Cymru): *CDD*, LlC, [llyw.cymru](https://www.llyw.cymru/k)" in wales
    assert "KCSIE" not in wales
    both = render.nation_word_sources(RECORDS, None, STRINGS, "en", CHOICES)
    assert "**lead** (England): *KCSIE*, DfE (2026), [gov.uk](https://www.gov.uk/k)" in both
    assert "**person** (Wales): *KLS*" in both


def test_a_cornwall_example_is_labelled_or_left_out():
    assert render.example_from_cornwall("CAMHS.", STRINGS, "cy") == "Enghraifft o Gernyw: CAMHS."
    assert render.example_from_cornwall("CAMHS.", STRINGS, "en", shown=False) == ""
    assert render.example_from_cornwall("## In Cornwall", STRINGS, "en", heading=True) == "## In Cornwall"


def test_an_unknown_word_in_a_data_file_names_the_file_record_and_field():
    store = data.load_all(ROOT / "data")
    store["glossary"][0]["explanation"]["cy"] = "Gweler [[safeguarding-role.plural]]."
    with pytest.raises(data.DataError, match=r"^data/glossary.yml, record 'aces' \(#1\), field "
                                             r"'explanation.cy': unknown word \[\[safeguarding-role.plural\]\]"):
        data.for_nation(store, "wales")
