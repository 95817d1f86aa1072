"""MkDocs hook: one search index per language, and a Welsh index that knows mutations.

mkdocs-static-i18n leaves a single index holding both editions, so a Welsh reader would get
English results. After the last build this splits it: English stays in search/, Welsh goes
to cy/search/ (Welsh pages look there: see overrides/main.html). lunr has no Welsh stemmer
and cannot see that "blant" is "plant", so each Welsh entry gets a `radicals` field with
the radical (unmutated) forms of its mutated words, checked against Bangor University's
Welsh Hunspell dictionary: searching "plant" then finds a page that only says "blant".
Each index is also written as search_index.js, which Material loads instead when the site is
opened from disk (file://), where browsers refuse to fetch the JSON.

Readers' own words: each page named in data/search-words.yml gets a `words` field with the
everyday words that it answers ("tantrum", "strancio"), ranked above the page text. Each
index's config also carries what docs/assets/javascripts/search-worker.js needs to read a
query: the language and its stop words. Welsh entries also get the words written without
accents (grŵp -> grwp) in `radicals`, as many readers type them so.

Loading the dictionary takes seconds, so the radicals found are kept in
.cache/welsh-radicals.json (a build cache: safe to delete; never published) and the
dictionary is only read when a word is new. A fresh clone, with no .cache/, starts from the
radicals committed beside this file (hooks/welsh-radicals.json), so that only the words
written since are looked up; to bring it up to date, copy the cache over it after a build.
"""
import json
import os
import re
import unicodedata
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

from mkdocs.plugins import event_priority

WELSH = "cy"
WORD = re.compile(r"[a-zâêîôûŵŷáéíóúàèìòùäëïöü]+", re.IGNORECASE)
MUTATIONS = ("soft", "nasal", "aspirate")
VOWELS = "aeiouwyâêîôûŵŷ"
CACHE = Path(".cache", "welsh-radicals.json")
SEED = Path(__file__).with_name("welsh-radicals.json")   # committed: where a fresh clone starts
WORDS_BOOST = 100.0   # above the text (1), below titles (1000): a page named for a word leads
# Words that match nearly every page, so a query leaves them out when it has other words
# (search-worker.js). Reviewed by hand: "no", "not", "won't", "ddim" carry meaning in
# phrases, but alone they match everywhere; the everyday words keep phrases such as
# "won't talk" findable. "my", "your" stay: "my child" is how parents ask. Welsh: articles, particles, prepositions (with their 'r forms),
# possessives, and forms of "bod".
STOP_WORDS = {
    "en": """a about an and are as at be by can do does for from how i i'm if in is it
             me no not of on or so that the their them they this to was we what when
             where with you""".split(),
    "cy": """a a'i a'r ac am ar at beth chi ddim dros dy ei eich ein eu fe fo fy gan
             gyda gyda'r hi i i'r i'w mae o o'r oedd sut sy sydd wrth y ych ydy ydych yn
             yr yw""".split(),
}
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
    # Written aside, then moved into place: a build running alongside never reads half a file.
    part = path.with_name(f"{path.name}.{os.getpid()}")
    part.write_text(json.dumps({"version": CACHE_VERSION, "words": words}, ensure_ascii=False,
                               sort_keys=True), encoding="utf-8")
    os.replace(part, path)


def without_accents(text):
    """The words of `text` that have accents, written without them (grŵp -> grwp)."""
    words = {w.lower() for w in WORD.findall(text)}
    bare = {unicodedata.normalize("NFD", w).encode("ascii", "ignore").decode() for w in words}
    return " ".join(sorted(bare - words))


def everyday_words(records, lang):
    """{page location ('pace/index.html'): its everyday words in `lang`, space-separated}."""
    words = {}
    for record in records:
        phrases = " ".join(p.strip() for p in record["words"][lang].split(","))
        for page in record["pages"]:
            location = page.removesuffix(".md") + ".html"
            words[location] = (words.get(location, "") + " " + phrases).strip()
    return words


def add_everyday_words(docs, words):
    """Give each page's main entry (not its sections) the `words` it answers."""
    return [dict(doc, words=words[doc["location"]]) if doc["location"] in words else doc
            for doc in docs]


def search_config(config, lang):
    """An edition's index config: the everyday-words field, and what the query reader needs."""
    fields = dict(config["fields"], words={"boost": WORDS_BOOST})
    if lang == WELSH:   # radicals: see welsh_radicals
        fields["radicals"] = {"boost": 1.0}
    # No lunr stop words or stemming: STOP_WORDS are left out of queries instead, so that
    # "my" can still be found in "my child".
    config = dict(config, pipeline=[])
    return dict(config, fields=fields, toolkit={"lang": lang, "stopwords": STOP_WORDS[lang]})


def split_index(index, cache, records=()):
    """{language: index} from the merged index, with Welsh locations made relative to cy/.

    records: data/search-words.yml."""
    english = [doc for doc in index["docs"] if not doc["location"].startswith(WELSH + "/")]
    welsh = []
    for doc in index["docs"]:
        if doc["location"].startswith(WELSH + "/"):
            doc = dict(doc, location=doc["location"][len(WELSH) + 1:])
            text = doc["title"] + " " + doc["text"]
            radicals = welsh_radicals(text, cache)
            doc["radicals"] = " ".join(filter(None, [radicals, without_accents(text + " " + radicals)]))
            welsh.append(doc)
    return {lang: dict(index, config=search_config(index["config"], lang),
                       docs=add_everyday_words(docs, everyday_words(records, lang)))
            for lang, docs in (("en", english), (WELSH, welsh))}


@event_priority(-200)  # after mkdocs-static-i18n (-100) has built every edition
def on_post_build(config):
    if config.plugins["i18n"].building:   # an inner build of one edition: not finished yet
        return
    site = Path(config.site_dir)
    merged = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    root = Path(config.config_file_path).parent
    cache_path = root / CACHE
    cached = read_cache(cache_path)
    cache = {**read_cache(SEED), **cached}
    from macros import core   # the checked data (hooks/toolkit.py says why imported here)
    records = core.load(config).store["search-words"]
    indexes = split_index(merged, cache, records)
    if len(cache) != len(cached):
        write_cache(cache_path, cache)
    for lang, index in indexes.items():
        folder = site / "search" if lang == "en" else site / lang / "search"
        folder.mkdir(parents=True, exist_ok=True)
        data = json.dumps(index, ensure_ascii=False)
        (folder / "search_index.json").write_text(data, encoding="utf-8")
        # Opened from disk (file://), Chromium will not fetch JSON: Material then loads the
        # index as a script that sets __index (what Material's offline plugin writes).
        (folder / "search_index.js").write_text(f"var __index = {data}", encoding="utf-8")
