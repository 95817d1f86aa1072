"""Word counts of the toolkit's pages, per language (used by scripts/benchmark.py).

A word is a run of characters between whitespace, in the Markdown of docs/ with each page's
front matter (the YAML between the opening '---' lines) left out. English pages are the .md
files not ending .cy.md; Welsh pages are the *.cy.md files.
"""
import re
from pathlib import Path

FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n.*?^---[ \t]*$", re.DOTALL | re.MULTILINE)


def body(markdown):
    """The page's text with its front matter, if any, removed."""
    return FRONT_MATTER.sub("", markdown, count=1)


def count_words(markdown):
    """Whitespace-separated words of one page, front matter excluded."""
    return len(body(markdown).split())


def language(path):
    return "cy" if str(path).endswith(".cy.md") else "en"


def word_counts(pages):
    """{"en": words, "cy": words} of `pages`, an iterable of (path, Markdown text)."""
    totals = {"en": 0, "cy": 0}
    for path, markdown in pages:
        totals[language(path)] += count_words(markdown)
    return totals


def docs_word_counts(docs):
    """Word counts of every .md file under the folder `docs`."""
    return word_counts((path.name, path.read_text(encoding="utf-8"))
                       for path in sorted(Path(docs).rglob("*.md")))


if __name__ == "__main__":
    counts = docs_word_counts(Path(__file__).resolve().parent.parent / "docs")
    print(f"English {counts['en']:,}, Welsh {counts['cy']:,}")
