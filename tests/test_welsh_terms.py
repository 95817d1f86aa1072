"""The Welsh edition uses the toolkit's chosen terms (data/terms.yml), never the variants it avoids."""
import re

from conftest import ROOT


def welsh_texts(data):
    """(where, text) for every Welsh page and every Welsh string in data/."""
    for path in sorted((ROOT / "docs").rglob("*.cy.md")):
        yield path.relative_to(ROOT).as_posix(), path.read_text(encoding="utf-8")

    def walk(value, where):
        if isinstance(value, dict):
            if "cy" in value and isinstance(value["cy"], str):
                yield where, value["cy"]
            for key, inner in value.items():
                yield from walk(inner, f"{where}.{key}")
        elif isinstance(value, list):
            for index, inner in enumerate(value):
                yield from walk(inner, f"{where}[{index}]")
    # search-words.yml lists what readers type, avoided variants included, so search finds them.
    for name, content in data.items():
        if name not in ("terms", "schema", "search-words"):
            yield from walk(content, f"data/{name}.yml")


def test_no_welsh_text_uses_an_avoided_variant(data):
    avoided = {variant: term["term"]["cy"] for term in data["terms"] for variant in term.get("avoid", [])}
    problems = [f"{where}: '{variant}' (use '{chosen}')"
                for where, text in welsh_texts(data)
                for variant, chosen in avoided.items()
                if re.search(rf"(?<![\w']){re.escape(variant)}(?![\w'])", text, re.IGNORECASE)]
    assert problems == []
