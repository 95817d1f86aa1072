"""The printable sheets, and the reading ease of a built page (scripts/readability, tests).

Not a test module: tests/test_print.py and scripts/readability import it.
"""
import copy
import re
import sys
from pathlib import Path

# Sheets written for parents and carers: each prints on at most two A4 pages.
PARENT_SHEETS = ("appendices/parents-help-sheet.md", "parents/resilience-at-home.md",
                 "parents/pace-for-families.md")
# Every page with a PDF to download (front matter `pdf: true`).
PDF_PAGES = PARENT_SHEETS + ("appendices/roles-and-responsibilities.md", "whole-school/self-review.md")
# Around the text: the print header and buttons, the urgent-help box, the page's dates.
NOT_TEXT = (".toolkit-print-header, .toolkit-print-actions, .headerlink, .toolkit-urgent, "
            ".toolkit-updated, .toolkit-print-version, .toolkit-print-qr, .toolkit-feedback, script")
BLOCKS = ("h1", "h2", "h3", "h4", "p", "li", "th", "td", "dt", "dd")


def reader_text(soup):
    """The words a reader reads on a built page: the article, up to "Where this comes from".

    Each heading, cell and list item becomes a sentence of its own, as a reader takes it, so
    that a list of short items is not counted as one long sentence.
    """
    article = copy.copy(soup.select_one("article"))     # the soup may be shared: keep it whole
    for element in article.select(NOT_TEXT):
        element.decompose()
    sources = article.select_one("h2#sources")
    if sources:
        for element in [sources, *sources.find_next_siblings()]:
            element.decompose()
    sentences = []
    for block in article.find_all(BLOCKS):
        if block.find(BLOCKS):          # the inner blocks speak for themselves
            continue
        text = re.sub(r"\s+", " ", block.get_text(" ")).strip()
        if text:
            sentences.append(text if text[-1] in ".!?:;" else text + ".")
    return " ".join(sentences)


def scores(text):
    """(Flesch reading ease, Flesch-Kincaid grade, words) of an English text."""
    import textstat
    textstat.set_lang("en")
    return (textstat.flesch_reading_ease(text), textstat.flesch_kincaid_grade(text),
            textstat.lexicon_count(text))


def main(site):
    from bs4 import BeautifulSoup
    print(f"{'English sheet':<42} {'Flesch':>7} {'F-K grade':>10} {'reading age':>12} {'words':>6}")
    for doc in PARENT_SHEETS:
        html = (Path(site) / doc.removesuffix(".md")).with_suffix(".html")
        ease, grade, words = scores(reader_text(BeautifulSoup(html.read_text(encoding="utf-8"),
                                                              "lxml")))
        # A US grade is about five years younger than the reading age it stands for.
        print(f"{doc:<42} {ease:>7.1f} {grade:>10.1f} {grade + 5:>12.1f} {words:>6}")
    print("Flesch: 60-70 plain English, 70-80 fairly easy, 80-90 easy. "
          "Welsh pages have no such formula; they follow the English sentence by sentence.")


if __name__ == "__main__":
    main(sys.argv[1])
