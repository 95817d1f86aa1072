"""MkDocs hook: one search index per language, and a Welsh index that knows mutations.

mkdocs-static-i18n leaves a single index holding both editions, so a Welsh reader would get
English results. After the last build this splits it: English stays in search/, Welsh goes
to cy/search/ (Welsh pages look there: see overrides/main.html). lunr has no Welsh stemmer
and cannot see that "blant" is "plant", so each Welsh entry gets a `radicals` field with
the radical (unmutated) forms of its mutated words, checked against Bangor University's
Welsh Hunspell dictionary: searching "plant" then finds a page that only says "blant".
Each index is also written as search_index.js, which Material loads instead when the site is
opened from disk (file://), where browsers refuse to fetch the JSON.

Loading the dictionary takes seconds, so the radicals found are kept in
.cache/welsh-radicals.json (a build cache: safe to delete; never published) and the
dictionary is only read when a word is new.
"""
import json
import re
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

from mkdocs.plugins import event_priority

WELSH = "cy"
WORD = re.compile(r"[a-zâêîôûŵŷáéíóúàèìòùäëïöü]+", re.IGNORECASE)
MUTATIONS = ("soft", "nasal", "aspirate")
VOWELS = "aeiouwyâêîôûŵŷ"
CACHE = Path(".cache", "welsh-radicals.json")
# What the cached radicals depend on: a change to either makes the cache start afresh.
CACHE_VERSION = f"cymraeg-mcp {version('cymraeg-mcp')}, search_index.py 1"


@lru_cache(maxsize=1)
def _engine():
    from cymraeg_mcp.mutations import MutationEngine
    from cymraeg_mcp.paths import mutation_rules_path
    from cymraeg_mcp.spelling import lookup
    return MutationEngine(mutation_rules_path(), lookup), lookup


@lru_cache(maxsize=None)
def radicals_of(word):
    """Dictionary words that `word` could be a mutation of (up to two steps back)."""
    engine, lookup = _engine()
    found, frontier = set(), {word}
    for _ in range(2):
        step = set()
        for form in frontier:
            candidates = {c for kind in MUTATIONS for c in engine.demutate(form, kind)}
            if len(form) > 2 and form[0] == "h" and form[1] in VOWELS:
                candidates.add(form[1:])          # h- before a vowel: "ei hiechyd"
            step |= {c for c in candidates if c != word and lookup(c)}
        found |= step
        frontier = step
    return found


def welsh_radicals(text, cache):
    """The radical forms of the mutated words in a Welsh text, space-separated.

    cache: {word: [radicals]}, read first and filled in with any new word.
    Words under three letters are left alone: they are particles and prepositions
    (i, a, o, yn, ei), and "un-mutating" them only adds noise.
    """
    words = {w.lower() for w in WORD.findall(text)}
    for word in words - cache.keys():
        if len(word) > 2:
            cache[word] = sorted(r for r in radicals_of(word) if len(r) > 2)
    radicals = {r for w in words if len(w) > 2 for r in cache[w]}
    return " ".join(sorted(radicals - words))


def read_cache(path):
    try:
        cached = json.loads(path.read_text(encoding="utf-8"))
        return cached["words"] if cached.get("version") == CACHE_VERSION else {}
    except (OSError, ValueError, KeyError, AttributeError):
        return {}


def write_cache(path, words):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"version": CACHE_VERSION, "words": words}, ensure_ascii=False,
                               sort_keys=True), encoding="utf-8")


def split_index(index, cache):
    """{language: index} from the merged index, with Welsh locations made relative to cy/."""
    english = [doc for doc in index["docs"] if not doc["location"].startswith(WELSH + "/")]
    welsh = []
    for doc in index["docs"]:
        if doc["location"].startswith(WELSH + "/"):
            doc = dict(doc, location=doc["location"][len(WELSH) + 1:])
            doc["radicals"] = welsh_radicals(doc["title"] + " " + doc["text"], cache)
            welsh.append(doc)
    welsh_config = dict(index["config"], pipeline=[],
                        fields=dict(index["config"]["fields"], radicals={"boost": 1.0}))
    return {"en": dict(index, docs=english), WELSH: dict(index, config=welsh_config, docs=welsh)}


@event_priority(-200)  # after mkdocs-static-i18n (-100) has built every edition
def on_post_build(config):
    if config.plugins["i18n"].building:   # an inner build of one edition: not finished yet
        return
    site = Path(config.site_dir)
    merged = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    cache_path = Path(config.config_file_path).parent / CACHE
    cache = read_cache(cache_path)
    known = len(cache)
    indexes = split_index(merged, cache)
    if len(cache) != known:
        write_cache(cache_path, cache)
    for lang, index in indexes.items():
        folder = site / "search" if lang == "en" else site / lang / "search"
        folder.mkdir(parents=True, exist_ok=True)
        data = json.dumps(index, ensure_ascii=False)
        (folder / "search_index.json").write_text(data, encoding="utf-8")
        # Opened from disk (file://), Chromium will not fetch JSON: Material then loads the
        # index as a script that sets __index (what Material's offline plugin writes).
        (folder / "search_index.js").write_text(f"var __index = {data}", encoding="utf-8")
