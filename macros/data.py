"""Load the YAML data files and check each against data/schema.yml: every rule about the
data, the profile, the pages' front matter and the interface words lives here.

Every problem becomes one line naming the file, the record, the field and what was
expected, so a school editing the data never meets a Jinja traceback or a half-empty table.
load_toolkit() runs every check the build runs before rendering, without MkDocs.
"""
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from .render import word

LANGUAGES = ("en", "cy")
LANGUAGE_NAMES = {"en": "English", "cy": "Welsh"}
ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
DATE_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PUBLISHED_PATTERN = re.compile(r"^\d{4}(-(0[1-9]|1[0-2]))?$")   # 2020, or 2020-07 for July 2020
# An HTML tag or comment: data is words, never markup, which would reach the page live.
MARKUP = re.compile(r"<\s*/?\s*[A-Za-z!?]")
# A web address with a host, or a mail address: nothing that could leave an href="...".
WEB_ADDRESS = re.compile(r"^https?://[^\s/\"'<>()]+[^\s\"'<>()]*$")
MAIL_ADDRESS = re.compile(r"^mailto:[^\s\"'<>()]+$")
PHONE_NUMBER = re.compile(r"^\+?[0-9][0-9 ]*[0-9]$")   # it becomes a link: href="tel:..."


class DataError(Exception):
    """One or more data files do not fit the schema; str() is the full report."""


def load_all(data_dir):
    """Return {file name: checked data} for every file the schema names.

    Raises DataError listing every problem found, one per line.
    """
    data_dir = Path(data_dir)
    schema = _read_yaml(data_dir / "schema.yml", data_dir.name)
    choices = schema.get("choices", {})
    loaded, problems = {}, []
    for name, shape in schema["files"].items():
        path = data_dir / name
        where = f"{data_dir.name}/{name}"
        if not path.exists():
            problems.append(f"{where}: the file is missing (data/schema.yml lists it)")
            continue
        try:
            content = _read_yaml(path, where)
        except DataError as error:
            problems.append(str(error))
            continue
        problems += check_file(where, content, shape, choices)
        loaded[name.removesuffix(".yml")] = content
    if not problems:   # a broken file would make its references fail too: report it alone
        problems += check_references(loaded, schema["files"], data_dir.name)
    for path in sorted(data_dir.glob("*.yml")):
        if path.name != "schema.yml" and path.name not in schema["files"]:
            problems.append(f"{data_dir.name}/{path.name}: not described in data/schema.yml")
    if problems:
        raise DataError("\n".join(problems))
    return loaded


def load_profile(root, name):
    """Return the checked settings of profiles/<name>.yml; raise DataError naming the field."""
    schema = _read_yaml(root / "data" / "schema.yml", "data/schema.yml")
    where = f"profiles/{name}.yml"
    path = root / where
    if not path.is_file():
        known = ", ".join(sorted(p.stem for p in (root / "profiles").glob("*.yml")))
        raise DataError(f"{where}: no such profile (TOOLKIT_PROFILE={name}; known: {known})")
    profile = _read_yaml(path, where)
    if not isinstance(profile, dict):
        raise DataError(f"{where}: expected settings (a YAML mapping), found {_kind(profile)}")
    problems = (check_record(profile, schema["profile"], schema["choices"], where, "")
                + check_profile(profile, root / "docs", where))
    if problems:
        raise DataError("\n".join(problems))
    return profile


def check_profile(profile, docs_dir, where):
    """A profile's rules beyond its shape: unique service ids, a logo that exists, a
    feedback address a browser can open."""
    services = profile.get("services") if isinstance(profile.get("services"), list) else []
    ids = [service.get("id") for service in services   # an id that is not text: check_record says so
           if isinstance(service, dict) and isinstance(service.get("id"), str)]
    problems = [f"{where}, field 'services': the id '{_shown(i)}' is used twice"
                for i in sorted({i for i in ids if ids.count(i) > 1})]
    logo = profile.get("logo")
    if isinstance(logo, str) and not (docs_dir / logo).is_file():
        problems.append(f"{where}, field 'logo': expected a file under docs/, '{_shown(logo)}' does not exist")
    feedback = profile.get("feedback")
    if isinstance(feedback, str) and not (WEB_ADDRESS.match(feedback) or MAIL_ADDRESS.match(feedback)):
        problems.append(f"{where}, field 'feedback': expected an address starting https:// or "
                        f"mailto:, found {_kind(feedback)}")
    return problems


NATION_WORD = re.compile(r"\[\[([^\]]*)\]\]")
NEUTRAL = "neutral"   # a profile that names no nation: its words name both


def nation_words(records, nation):
    """{"id.form": {en, cy}} for one nation (None: the neutral default that names both)."""
    return {f"{record['id']}.{form}": text
            for record in records for form, text in record[nation or NEUTRAL].items()}


def fill_nation_words(value, words, where, path=""):
    """The value with every [[id.form]] in its English and Welsh texts replaced by that word
    in that language; raises DataError naming the place of each unknown one."""
    problems = []

    def fill(value, path, lang):
        if isinstance(value, dict):
            return {key: fill(inner, f"{path}.{key}" if path else str(key),
                              key if key in LANGUAGES else lang) for key, inner in value.items()}
        if isinstance(value, list):
            return [fill(inner, f"{path}[{index}]", lang) for index, inner in enumerate(value, 1)]
        if not isinstance(value, str):
            return value

        def word(match):
            if match[1] in words and lang:
                return words[match[1]][lang]
            known = ", ".join(sorted(words))
            problems.append(f"{where}, field '{path}': unknown word [[{_shown(match[1])}]] in "
                            f"{'a text' if lang else 'a value that is not English or Welsh text'} "
                            f"(known: {known})")
            return match[0]
        return NATION_WORD.sub(word, value)

    filled = fill(value, path, None)
    if problems:
        raise DataError("\n".join(problems))
    return filled


def for_nation(store, nation):
    """The checked data with each nation's words filled in (data/nation-words.yml) and the
    glossary's and chosen Welsh terms of the other nation left out (the neutral default keeps
    both)."""
    words = nation_words(store["nation-words"], nation)
    filled, problems = {}, []
    for name, content in store.items():
        if name == "nation-words":
            filled[name] = content
            continue
        try:
            if isinstance(content, list):
                filled[name] = [fill_nation_words(record, words, _record_label(
                    f"data/{name}.yml", record, position)) for position, record in enumerate(content, 1)]
            else:
                filled[name] = {key: fill_nation_words(value, words, f"data/{name}.yml, entry '{key}'")
                                for key, value in content.items()}
        except DataError as error:
            problems.append(str(error))
    if problems:
        raise DataError("\n".join(problems))
    for name in ("glossary", "terms"):
        filled[name] = [record for record in filled[name]
                        if nation is None or record.get("nation") in (None, nation)]
    return filled


FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_yaml(path, where):
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise DataError(f"{where}: not UTF-8 text (byte {error.start + 1}): save it as UTF-8") from None
    try:
        return yaml.load(text, Loader=FAST_LOADER)     # libyaml: ten times faster
    except yaml.YAMLError:
        pass
    try:               # read again by PyYAML's own loader, whose messages the tests expect
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f" at line {mark.line + 1}" if mark else ""
        problem = getattr(error, "problem", None) or "unreadable YAML"
        raise DataError(f"{where}: malformed YAML{line}: {problem}") from None


def check_file(where, content, shape, choices):
    """Return the problems of one file's content against its shape, as messages."""
    if "mapping" in shape:
        if not isinstance(content, dict) or not content:
            return [f"{where}: expected named entries (a YAML mapping), found {_kind(content)}"]
        return [problem for key, value in content.items()
                for problem in check_value(value, shape["mapping"], choices,
                                           f"{where}, entry '{key}'", "")]
    if not isinstance(content, list) or not content:
        return [f"{where}: expected a list of records, found {_kind(content)}"]
    problems, seen = [], set()
    for position, record in enumerate(content, start=1):
        label = _record_label(where, record, position)
        if not isinstance(record, dict):
            problems.append(f"{label}: expected a record (a YAML mapping), found {_kind(record)}")
            continue
        problems += check_record(record, shape["records"], choices, label, "")
        record_id = record.get("id")
        if isinstance(record_id, str):
            if record_id in seen:
                problems.append(f"{label}, field 'id': expected a unique id, "
                                f"'{_shown(record_id)}' is used by an earlier record")
            seen.add(record_id)
    return problems


def _record_label(where, record, position):
    record_id = record.get("id") if isinstance(record, dict) else None
    if isinstance(record_id, str) and ID_PATTERN.match(record_id):   # a broken id is reported as such
        return f"{where}, record '{record_id}' (#{position})"
    return f"{where}, record #{position}"


def check_record(record, fields, choices, label, prefix):
    problems = []
    for key, field_type in fields.items():
        # A field is optional when its type ends in "?" (or, for lists of records, its name).
        field = key.rstrip("?")
        path = f"{prefix}{field}"
        optional = key.endswith("?") or isinstance(field_type, str) and field_type.endswith("?")
        if field not in record or record[field] is None:
            if not optional:
                problems.append(f"{label}, field '{path}': expected {_describe(field_type, choices)}, found nothing")
            continue
        problems += check_value(record[field], field_type, choices, label, path)
    names = [key.rstrip("?") for key in fields]
    for field in record:
        if field not in names:
            known = ", ".join(names)
            problems.append(f"{label}, field '{prefix}{field}': not a known field (expected one of: {known})")
    return problems


def check_value(value, field_type, choices, label, path):
    """Check one value against a field type; return messages."""
    at = f"{label}, field '{path}'" if path else label
    if isinstance(field_type, dict):
        if not isinstance(value, dict):
            return [f"{at}: expected a record (a YAML mapping), found {_kind(value)}"]
        return check_record(value, field_type, choices, label, f"{path}.")
    if isinstance(field_type, list):
        if not isinstance(value, list) or not value:
            return [f"{at}: expected a non-empty list of records, found {_kind(value)}"]
        return [problem for index, item in enumerate(value, start=1)
                for problem in check_value(item, field_type[0], choices, label, f"{path}[{index}]")]
    base = field_type.rstrip("?")
    if base == "id":
        if isinstance(value, str) and ID_PATTERN.match(value):
            return []
        return [f"{at}: expected an id of lower-case letters, digits and hyphens, found {_kind(value)}"]
    if base in ("string", "page"):
        if isinstance(value, str) and value.strip():
            return _check_markup(value, at)
        return [f"{at}: expected a plain string, found {_kind(value)}"]
    if base in ("strings", "pages"):
        if isinstance(value, list) and value and all(isinstance(v, str) and v.strip() for v in value):
            return [problem for v in value for problem in _check_markup(v, at)]
        return [f"{at}: expected a non-empty list of plain strings, found {_kind(value)}"]
    if base == "phone":
        if isinstance(value, str) and PHONE_NUMBER.match(value):
            return []
        return [f"{at}: expected {_describe(field_type, choices)}, found {_kind(value)}"]
    if base in ("url", "urls"):
        if all(isinstance(v, str) and WEB_ADDRESS.match(v)
               for v in (value if base == "urls" and isinstance(value, list) and value else [value])):
            return []
        return [f"{at}: expected {_describe(field_type, choices)}, found {_kind(value)}"]
    if base == "count":
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return []
        return [f"{at}: expected a whole number above 0, found {_kind(value)}"]
    if base == "date":
        if isinstance(value, str) and DATE_PATTERN.match(value):
            return []
        return [f"{at}: expected a date written YYYY-MM-DD in quotes, found {_kind(value)}"]
    if base == "published":
        if isinstance(value, str) and PUBLISHED_PATTERN.match(value):
            return []
        return [f"{at}: expected a year (YYYY) or a month (YYYY-MM) in quotes, found {_kind(value)}"]
    if base in ("text", "url-text"):
        problems = _check_text(value, label, path)
        if base == "url-text" and not problems:
            problems = [f"{label}, field '{path}.{language}': expected a web address starting https://, "
                        f"found {_kind(value[language])}"
                        for language in LANGUAGES if not WEB_ADDRESS.match(value[language])]
        return problems
    if base == "texts":
        if not isinstance(value, list) or not value:
            return [f"{at}: expected a non-empty list of English and Welsh texts, found {_kind(value)}"]
        return [problem for index, item in enumerate(value, start=1)
                for problem in _check_text(item, label, f"{path}[{index}]")]
    if base.startswith("choice:"):
        allowed = choices[base.removeprefix("choice:")]
        if isinstance(value, str) and value in allowed:   # a choice's values are strings
            return []
        return [f"{at}: expected one of {', '.join(allowed)}, found {_kind(value)}"]
    if base.startswith(("ref:", "refs:")):   # that the ids exist is checked by check_references
        ids = value if base.startswith("refs:") and isinstance(value, list) and value else [value]
        if all(isinstance(v, str) and ID_PATTERN.match(v) for v in ids):
            return []
        return [f"{at}: expected {_describe(field_type, choices)}, found {_kind(value)}"]
    raise DataError(f"data/schema.yml: unknown field type '{field_type}' for '{path}'")


def check_references(loaded, files, folder):
    """Problems with ref: and refs: fields: each id must name a record of the file it points to."""
    problems = []
    for name, shape in files.items():
        records = loaded.get(name.removesuffix(".yml"))
        if "records" not in shape or not isinstance(records, list):
            continue
        for key, field_type in shape["records"].items():
            base = field_type.rstrip("?") if isinstance(field_type, str) else ""
            if not base.startswith(("ref:", "refs:")):
                continue
            field, target = key.rstrip("?"), base.split(":", 1)[1]
            known = {r.get("id") for r in loaded.get(target) or [] if isinstance(r, dict)}
            for position, record in enumerate(records, start=1):
                value = record.get(field) if isinstance(record, dict) else None
                for ref in value if isinstance(value, list) else [value]:
                    if isinstance(ref, str) and ID_PATTERN.match(ref) and ref not in known:
                        problems.append(f"{_record_label(f'{folder}/{name}', record, position)}, "
                                        f"field '{field}': no record {_kind(ref)} in {folder}/{target}.yml")
    return problems


def _check_text(value, label, path):
    at = f"{label}, field '{path}'" if path else label
    if not isinstance(value, dict):
        return [f"{at}: expected English and Welsh text ({{en: ..., cy: ...}}), found {_kind(value)}"]
    problems = []
    for language in LANGUAGES:
        text = value.get(language)
        field = f"{path}.{language}" if path else language
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{label}, field '{field}': expected {LANGUAGE_NAMES[language]} text, found {_kind(text)}")
        else:
            problems += _check_markup(text, f"{label}, field '{field}'")
    for extra in value:
        if extra not in LANGUAGES:
            problems.append(f"{at}: '{extra}' is not a language of this toolkit (expected en and cy)")
    return problems


def _check_markup(text, at):
    found = MARKUP.search(text)
    if not found:
        return []
    return [f"{at}: expected words without HTML, found {_kind(text[found.start():])} "
            f"(write it without the angle brackets)"]


def _describe(field_type, choices):
    if isinstance(field_type, dict):
        return "a record (a YAML mapping)"
    if isinstance(field_type, list):
        return "a non-empty list of records"
    base = field_type.rstrip("?")
    if base.startswith("choice:"):
        return "one of " + ", ".join(choices[base.removeprefix("choice:")])
    if base.startswith("ref:"):
        return f"the id of a record in data/{base.removeprefix('ref:')}.yml"
    if base.startswith("refs:"):
        return f"a non-empty list of ids of records in data/{base.removeprefix('refs:')}.yml"
    return {"id": "an id", "string": "a plain string", "strings": "a non-empty list of plain strings",
            "page": "a page under docs/ (e.g. pace/index.md)",
            "phone": "a phone number of digits and spaces, in quotes (\"0800 1111\")",
            "url": "a web address starting https://", "urls": "a non-empty list of web addresses",
            "url-text": "English and Welsh web addresses ({en: https://..., cy: https://...})",
            "pages": "a non-empty list of pages under docs/",
            "date": "a date written YYYY-MM-DD in quotes", "count": "a whole number above 0",
            "text": "English and Welsh text ({en: ..., cy: ...})",
            "texts": "a non-empty list of English and Welsh texts"}[base]


def _shown(value):
    """A value as it appears in a message: at most 40 characters."""
    text = str(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _kind(value):
    """Describe a found value briefly, for messages."""
    if value is None or value == "" or value == [] or value == {}:
        return "nothing"
    if isinstance(value, bool):
        return f"{str(value).lower()} (a true/false value)"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return f"'{_shown(value)}'"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


# --- Everything the build checks before rendering ---------------------------------------------

@dataclass(frozen=True)
class Toolkit:
    """The checked inputs of one build: the data (each nation's words filled in), the profile
    and the neutral default one, the nation's words, the schema's choices, each page's
    front matter ({English or Welsh source path: its fields}) and the interface words each
    file of code names ({path: [key]}, string_keys_used)."""
    root: Path
    profile_name: str
    store: dict
    profile: dict
    neutral: dict
    words: dict
    choices: dict
    pages: dict
    keys: dict

    def word(self, key, lang):
        """An interface word in one language: the one way the macros, hooks and templates
        get one (load_toolkit has checked every key they name)."""
        return word(self.store["strings"], key, lang)


def load_toolkit(root, profile_name):
    """Load and check every data file, the profile, the pages' front matter, the page links
    in the data and every interface word the code uses; return a Toolkit.

    Pure: reads files under root (data/, profiles/, docs/, and the code that names strings),
    runs no MkDocs. Raises DataError, one line per problem naming file, record and field.
    """
    root = Path(root)
    store = load_all(root / "data")   # the rest relies on well-formed data: it stops here first
    schema = _read_yaml(root / "data" / "schema.yml", "data/schema.yml")
    texts = page_texts(root / "docs")   # each page read once, for its front matter and its calls
    pages, keys = read_pages(texts), string_keys_used(code_root(root))
    problems = (check_pages(store, schema["files"], root / "docs")
                + check_links(store["intervention-links"])
                + check_situations(store["conversation-prompts"], store["pace-notice"])
                + check_page_sources(pages, [source["id"] for source in store["sources"]])
                + check_titles(pages, store["sources"])
                + check_string_keys(store["strings"], keys, schema["choices"])
                + check_changelog(store["changelog"])
                + check_page_calls(texts, store, schema["choices"]))
    profile = neutral = words = filled = None
    try:
        profile = load_profile(root, profile_name)
        neutral = profile if profile_name == "default" else load_profile(root, "default")
    except DataError as error:
        problems.append(str(error))
    nation = profile.get("nation") if profile else None
    try:
        filled = for_nation(store, nation)
        words = nation_words(store["nation-words"], nation)
        if profile:
            profile = fill_nation_words(profile, words, f"profiles/{profile_name}.yml")
    except DataError as error:
        problems.append(str(error))
    if problems:
        raise DataError("\n".join(problems))
    return Toolkit(root, profile_name, filled, profile, neutral, words, schema["choices"],
                   pages, keys)


# A page's macro call that names a record of the data, or a word, by its id: the first
# argument, and nation_word's form (a capital starts a sentence: "The").
PAGE_CALL = re.compile(r"""\b(role_checklist|conversation_prompts|nation_word|vulnerability_index)"""
                       r"""\(\s*["']([^"']*)["']\s*(?:,\s*["']([^"']*)["'])?""")


def check_page_calls(texts, store, choices):
    """Each id a page gives a macro is in the data: role_checklist("pupils") needs the role
    'pupils' in data/roles.yml, so a renamed record stops the build here, naming the page,
    rather than in the middle of rendering it."""
    ids = lambda name: {record["id"] for record in store[name]}
    known = {"role_checklist": ("data/roles.yml", ids("roles")),
             "conversation_prompts": ("data/conversation-prompts.yml", ids("conversation-prompts")),
             "vulnerability_index": ("data/schema.yml, choices 'domain'", set(choices["domain"])),
             "nation_word": ("data/nation-words.yml", set(nation_words(store["nation-words"], None)))}
    problems = []
    for page, text in texts.items():
        for macro, record_id, form in PAGE_CALL.findall(text):
            where, found = known[macro]
            wanted = f"{record_id}.{(form or 'name').lower()}" if macro == "nation_word" else record_id
            if wanted not in found:
                problems.append(f"docs/{page}: {macro}('{_shown(record_id)}'"
                                f"{f', {_shown(form)!r}' if form else ''}): no '{_shown(wanted)}' in "
                                f"{where} (known: {', '.join(sorted(found))})")
    return problems


def check_changelog(records):
    """What the schema cannot say of data/changelog.yml: no version twice, the newest first
    (its first version is the toolkit's, printed on every page)."""
    found, seen = [], set()
    for position, record in enumerate(records, start=1):
        where = f"data/changelog.yml, record #{position} ('{record['version']}')"
        if record["version"] in seen:
            found.append(f"{where}, field 'version': expected a new version, "
                         f"'{record['version']}' is listed above")
        seen.add(record["version"])
        if position > 1 and record["date"] > records[position - 2]["date"]:
            found.append(f"{where}, field 'date': expected the newest version first, "
                         f"{record['date']} is later than the version above it")
    return found


def check_links(records):
    """Each named intervention links to exactly one of a page or a glossary entry."""
    return [f"{_record_label('data/intervention-links.yml', record, position)}: expected one of "
            f"'page' or 'glossary', found {'both' if record.get('page') else 'neither'}"
            for position, record in enumerate(records, start=1)
            if bool(record.get("page")) == bool(record.get("glossary"))]


def _english(page):
    """Whether a page's source path is an English page, not a twin in another language."""
    return not any(page.endswith(f".{lang}.md") for lang in LANGUAGES[1:])


def check_pages(loaded, files, docs_dir, folder="data"):
    """Every `page` or `pages` field names a page under docs/ (its English source, .md)."""
    problems = []
    # By name, not by asking the disk: '../README.md' and a Welsh twin are files, not pages.
    english = {path.relative_to(docs_dir).as_posix() for path in Path(docs_dir).rglob("*.md")
               if _english(path.name)}
    for name, shape in files.items():
        records = loaded.get(name.removesuffix(".yml"))
        for position, record in enumerate(records if "records" in shape else [], start=1):
            for path, page in _fields_of_type(record, shape["records"], "page"):
                if page not in english:
                    problems.append(f"{_record_label(f'{folder}/{name}', record, position)}, field "
                                    f"'{path}': expected a page under docs/, {_kind(page)} does not exist")
    return problems


def _fields_of_type(record, fields, kind, prefix=""):
    """(field path, value) of each `kind` value in a checked record, nested ones included;
    a `kinds` field (a list) gives each of its values."""
    for key, field_type in fields.items():
        field, value = key.rstrip("?"), record.get(key.rstrip("?"))
        if value is None:
            continue
        if isinstance(field_type, dict):
            yield from _fields_of_type(value, field_type, kind, f"{prefix}{field}.")
        elif isinstance(field_type, list):
            for index, item in enumerate(value, start=1):
                yield from _fields_of_type(item, field_type[0], kind, f"{prefix}{field}[{index}].")
        elif field_type.rstrip("?") == kind:
            yield f"{prefix}{field}", value
        elif field_type.rstrip("?") == kind + "s":
            yield from ((f"{prefix}{field}[{index}]", v) for index, v in enumerate(value, start=1))


def check_situations(prompts, notices):
    """The situation finder shows each conversation-prompts record, and each PACE row no
    prompt names, by its id: a PACE row left on its own must not share a prompt's id."""
    named = {prompt.get("notice") for prompt in prompts}
    ids = {prompt["id"] for prompt in prompts}
    return [f"{_record_label('data/pace-notice.yml', notice, position)}, field 'id': "
            f"'{notice['id']}' is also the id of a situation in data/conversation-prompts.yml "
            f"(name this row as that situation's notice, or give it another id)"
            for position, notice in enumerate(notices, start=1)
            if notice["id"] not in named and notice["id"] in ids]


FRONT_MATTER = re.compile(r"\A---\s*\n(.*?\n)---\s*\n", re.DOTALL)


def page_texts(docs_dir):
    """{source path under docs/: its text}, for every page."""
    return {path.relative_to(docs_dir).as_posix(): path.read_text(encoding="utf-8", errors="replace")
            for path in sorted(Path(docs_dir).rglob("*.md"))}


def read_pages(texts):
    """{source path under docs/: its front matter (a dict; {} if it has none or it is broken)}."""
    pages = {}
    for page, text in texts.items():
        found = FRONT_MATTER.match(text)
        try:
            meta = yaml.load(found[1], Loader=FAST_LOADER) if found else {}
        except yaml.YAMLError:
            meta = {}   # check_page_sources names the page
        pages[page] = meta if isinstance(meta, dict) else {}
    return pages


def check_page_sources(pages, known):
    """Every page's front matter lists the source documents it is adapted from."""
    return [f"docs/{page}: front matter 'sources' must list the source documents this page is "
            f"adapted from, from: {', '.join(known)} (if the page has it, check the front matter "
            f"is valid YAML: quote any value that contains ': ')"
            for page, meta in pages.items()
            if not isinstance(meta.get("sources"), list) or not meta["sources"]
            or not all(isinstance(s, str) for s in meta["sources"])
            or set(meta["sources"]) - set(known)]


def check_titles(pages, sources):
    """Each page a source document maps to has a title in each language (the About page
    lists them by title: macros/core.py page_titles)."""
    named = sorted({page for source in sources for section in source["sections"]
                    for page in section["pages"] if page in pages and _english(page)})
    twins = [page if lang == LANGUAGES[0] else page.removesuffix(".md") + f".{lang}.md"
             for page in named for lang in LANGUAGES]
    return [f"docs/{twin}: front matter 'title' is needed (data/sources.yml maps a source to "
            f"this page, and the list of sources shows its title)"
            for twin in twins if not isinstance(pages.get(twin, {}).get("title"), str)]


# --- Interface words: every key the code names must be in data/strings.yml --------------------

# Where keys are named: in Python as the key argument of word() (render.word, Toolkit.word)
# or of a renderer's s(), in templates as that of word(), each written out whole; the scripts
# read the words the page hands them as words.<key>. These patterns are the one rule, so grep
# and this check find the same keys.
KEY = r"[a-z][a-z0-9]*_[a-z0-9_]+"   # every key is a group and a name: level_universal
KEY_USES = {".py": re.compile(rf"""\b(?:word|s)\((?:\s*strings\s*,)?\s*["']({KEY})["']\s*[,)]"""),
            ".html": re.compile(rf"""\bword\(\s*["']({KEY})["']\s*[,)]"""),
            ".js": re.compile(rf"\bwords\.({KEY})\b")}
CODE_FOLDERS = ("macros", "hooks", "overrides", "docs/assets/javascripts")


def code_root(root):
    """The folder holding the code that names keys: the project, or (for a copy of only its
    data, profiles and pages) the one this module belongs to."""
    return root if (root / "macros").is_dir() else Path(__file__).resolve().parent.parent


def string_keys_used(code):
    """{file path under code: the keys it names, in order}, for every file that names any."""
    used = {}
    for folder in CODE_FOLDERS:
        for path in sorted((code / folder).rglob("*")):
            pattern = KEY_USES.get(path.suffix)
            keys = pattern.findall(path.read_text(encoding="utf-8")) if pattern else []
            if keys:
                used[path.relative_to(code).as_posix()] = list(dict.fromkeys(keys))
    return used


def check_string_keys(strings, used, choices):
    """One line per key that a file of code (used: string_keys_used) or a choice in
    data/schema.yml names and data/strings.yml does not have."""
    named = [*used.items(), *((f"data/schema.yml, choices '{name}'", list(values.values()))
                              for name, values in choices.items() if isinstance(values, dict))]
    return [f"{where}: no key '{key}' in data/strings.yml"
            for where, keys in named for key in keys if key not in strings]
