"""Spelling of the Welsh edition, checked with Bangor University's Welsh Hunspell dictionary
(bundled by cymraeg-mcp, read by spylls) and a reviewed list of accepted words."""
import re

from cymraeg_mcp.spelling import known

from conftest import ROOT

LETTERS = "A-Za-zÂâÊêÎîÔôÛûŴŵŶŷÄäËëÏïÖöÜüÁáÉéÍíÓóÚúÀàÈèÌìÒòÙù"
WORD = re.compile(rf"[{LETTERS}]+(?:['’-][{LETTERS}]+)*")
CLITIC = re.compile(r"['’](n|r|i|w|u|m|th|ch|ti|ni|chi|nhw)$", re.IGNORECASE)   # pethau'n, â'r
MAX_UNKNOWN_RATE = 0.005


def accepted_entries():
    """(heading, word, reason) for each word of the reviewed list: the `## ` heading it sits
    under and the text after its own `#`."""
    heading, entries = None, []
    for line in (ROOT / "data" / "welsh-accepted-words.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            heading = line
        elif line.strip() and not line.startswith("#"):
            word, _, reason = line.partition("#")
            entries.append((heading, word.strip(), reason.strip()))
    return entries


def accepted_words():
    """The reviewed list, lower-cased: a word is accepted whatever its capitals."""
    return {word.lower() for _, word, _ in accepted_entries()}


def is_known(word):
    base = CLITIC.sub("", word)
    return known(word) or known(base) or all(known(part) for part in re.split(r"[-'’]", base) if part)


def welsh_words(site):
    """Every word of the article text of every Welsh page, leaving out code, abbreviations
    and text marked as English."""
    from bs4 import BeautifulSoup
    for page in sorted((site / "cy").rglob("*.html")):
        article = BeautifulSoup(page.read_text(encoding="utf-8"), "lxml").select_one("article")
        if article is None:
            continue
        for skipped in article.select("code, abbr, [lang=en]"):
            skipped.decompose()
        yield from WORD.findall(article.get_text(" "))


def test_the_checker_knows_welsh_and_catches_a_misspelling():
    assert is_known("gwydnwch") and is_known("blant") and is_known("pethau'n")
    assert not is_known("gwyndwch")


def test_welsh_pages_have_few_unknown_words(site):
    accepted = accepted_words()
    words = list(welsh_words(site))
    unknown = sorted({w for w in words if w.lower() not in accepted and not is_known(w)})
    rate = sum(1 for w in words if w in unknown) / len(words)
    assert len(words) > 20_000
    assert rate <= MAX_UNKNOWN_RATE, f"{rate:.2%} unknown: {unknown[:100]}"


def test_accepted_words_are_still_needed_and_not_dictionary_words(site):
    """The list stays reviewed: no entry the dictionary already knows, none no page uses."""
    words = {w.lower() for w in welsh_words(site)}
    accepted = accepted_words()
    assert sorted(w for w in accepted if is_known(w)) == []
    assert sorted(accepted - words) == []


def test_every_accepted_word_says_why_it_is_there():
    """A name, an English word of a cited title, an abbreviation, or a Welsh word the
    dictionary lacks with its own reason: never an unexplained entry (a misspelling)."""
    entries = accepted_entries()
    assert [word for heading, word, _ in entries if heading is None] == []
    welsh = [(word, reason) for heading, word, reason in entries if heading.startswith("## Welsh")]
    assert len(welsh) > 20
    assert [word for word, reason in welsh if len(reason.split()) < 2] == []
    assert all(" " not in word for _, word, _ in entries)


def test_fixed_misspellings_are_not_accepted():
    assert {"thanteithion", "targedig", "thargedig"}.isdisjoint(accepted_words())
