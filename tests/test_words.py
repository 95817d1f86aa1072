"""The word counts scripts/benchmark.py prints (scripts/words.py)."""
import words   # scripts/words.py (pythonpath in pytest.ini)


def test_front_matter_is_not_counted():
    page = "---\ntitle: The PACE approach\nsources: [cornwall]\n---\n\n# The PACE approach\n\nBe curious.\n"
    assert words.count_words(page) == 6   # #, The, PACE, approach, Be, curious.


def test_a_page_without_front_matter_counts_every_word():
    assert words.count_words("# Title\n\nOne two\tthree\n") == 5


def test_a_rule_later_in_the_page_is_counted_as_text():
    page = "---\ntitle: T\n---\nbefore\n\n---\n\nafter words\n"
    assert words.count_words(page) == 4   # before, ---, after, words


def test_welsh_pages_end_cy_md_and_the_rest_are_english():
    counts = words.word_counts([("a.md", "one two"), ("a.cy.md", "un dau tri"),
                                ("pace/b.md", "---\ntitle: x\n---\nthree")])
    assert counts == {"en": 3, "cy": 3}


def test_docs_counts_every_page(tmp_path):
    (tmp_path / "pace").mkdir()
    (tmp_path / "pace" / "index.md").write_text("---\ntitle: x\n---\nPlayful and curious", encoding="utf-8")
    (tmp_path / "pace" / "index.cy.md").write_text("---\ntitle: x\n---\nChwareus", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a page", encoding="utf-8")
    assert words.docs_word_counts(tmp_path) == {"en": 3, "cy": 1}
