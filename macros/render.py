"""Render checked data records as Markdown for one language.

Pure functions: data and a language code in, Markdown (with md_in_html blocks) out. Those that
show allowed values take `choices` (data/schema.yml): {name: {value: the key of its words}}.
"""
import posixpath
import re
from html import escape
from urllib.parse import urlsplit

def pick(text, lang):
    """The text of a bilingual {en, cy} value in one language."""
    return text[lang].strip()


def word(strings, key, lang):
    """An interface word (data/strings.yml) in one language: the one way code gets one, with
    its key written out whole, so grep and data.check_string_keys find it."""
    return pick(strings[key], lang)


def source_comment(name):
    return f"<!-- generated from data/{name}.yml -->"


def list_table(name, caption, headers, rows, none_listed, caption_id=None, column_keys=None,
               table_attrs="", comment=None):
    """A table whose first cell per row is a heading and the others bullet lists or short texts.

    rows: (row id, heading, [a list of items, a text, or None, per further column]), already
    in one language. comment: where the table comes from (default: its data file). Cells are Markdown (md_in_html), so emphasis and abbreviation tooltips work
    inside them. The caption is a paragraph that labels the table, as md_in_html wraps
    a <caption> in a <p>. No table scrolls sideways (on a phone hooks/tables.py and the
    stylesheet stack it as cards), so none needs to take the keyboard focus.
    column_keys: a key per further column, set as data-column on its cells (for scripts).
    """
    caption_id = caption_id or f"{name}-caption"
    keys = [f' data-column="{key}"' for key in column_keys] if column_keys else [""] * len(headers)
    lines = [comment or source_comment(name),
             f'<p class="toolkit-caption" id="{caption_id}">{caption}</p>',
             f'<table class="toolkit-table" aria-labelledby="{caption_id}"{table_attrs} markdown>',
             "<thead markdown>", "<tr markdown>"]
    lines += [f'<th scope="col"{key}>{header}</th>' for key, header in zip([""] + keys, headers)]
    lines += ["</tr>", "</thead>", "<tbody markdown>"]
    for row_id, heading, columns in rows:
        lines += [f'<tr id="{row_id}" markdown>', f'<th scope="row" markdown="span">{heading}</th>']
        for key, items in zip(keys, columns):
            if isinstance(items, str):
                lines.append(f'<td{key} markdown="span">{items}</td>')
            elif items:
                lines += [f'<td{key} markdown="block">'] + [f"- {item}" for item in items] + ["</td>"]
            else:
                lines.append(f'<td{key}><span aria-hidden="true">—</span>'
                             f'<span class="md-visually-hidden">{none_listed}</span></td>')
        lines.append("</tr>")
    lines += ["</tbody>", "</table>"]
    return "\n".join(lines)


def texts(values, lang):
    return [pick(value, lang) for value in values] if values else None


def heading_and_list_table(name, records, heading, items, lang, words):
    """A two-column table: each record's `heading` field, then its `items` as a list.

    words: the caption, the two headers and "none listed", in the page's language.
    """
    caption, heading_header, items_header, none_listed = words
    rows = [(r["id"], pick(r[heading], lang), [texts(r[items], lang)]) for r in records]
    return list_table(name, caption, [heading_header, items_header], rows, none_listed)


def pace_notice_table(records, strings, lang):
    s = lambda key: word(strings, key, lang)
    return heading_and_list_table("pace-notice", records, "notice", "actions", lang, [
        s("pace_notice_caption"), s("pace_notice_header_notice"), s("pace_notice_header_actions"),
        s("none_listed")])


def parents_help_sheet(records, strings, lang):
    s = lambda key: word(strings, key, lang)
    return heading_and_list_table("parents-help-sheet", records, "focus", "actions", lang, [
        s("parents_help_sheet_caption"), s("parents_help_sheet_header_focus"),
        s("parents_help_sheet_header_actions"), s("none_listed")])


def healthy_school_matrix(records, strings, lang, choices):
    s = lambda key: word(strings, key, lang)
    columns = choices["matrix_column"]
    headers = [s("matrix_header_element")] + [s(key) for key in columns.values()]
    rows = [(r["id"], pick(r["element"], lang), [texts(r.get(c), lang) for c in columns])
            for r in records]
    return list_table("healthy-school-matrix", s("matrix_caption"), headers, rows, s("none_listed"))


def vulnerability_index(records, strings, lang, domain, choices, link=lambda text: text):
    """One domain's table; link(text) may turn named interventions into links."""
    s = lambda key: word(strings, key, lang)
    levels = choices["level"]
    headers = [s("vulnerability_header_factor")] + [s(key) for key in levels.values()]
    rows = [(r["id"], pick(r["factor"], lang),
             [[link(item) for item in texts(r.get(level), lang) or []] or None for level in levels])
            for r in records if r["domain"] == domain]
    caption = s("vulnerability_caption").format(domain=s(choices["domain"][domain]))
    return list_table("vulnerability-index", caption, headers, rows, s("none_listed"),
                      caption_id=f"vulnerability-index-{domain}-caption", column_keys=list(levels),
                      table_attrs=f' data-domain="{domain}"')


def role_checklist(role, strings, lang):
    """One role's duties as labelled tick boxes that work (and print) without a script.

    Each box's id comes from the role and the duty's English words, so it stays the same in
    both languages and when duties are reordered; docs/assets/javascripts/checklist.js keeps
    the ticks in the browser by these ids.
    """
    label = f"{word(strings, 'role_checklist_label', lang)} {pick(role['role'], lang)}"
    lines = [source_comment("roles"),
             f'<ul class="toolkit-checklist" data-checklist="{role["id"]}" '
             f'aria-label="{escape(label, quote=True)}" markdown>']
    for box, duty in zip(duty_ids(role), role["duties"]):
        lines.append(f'<li markdown="span"><input type="checkbox" id="{box}" autocomplete="off"> '
                     f'<label for="{box}">{pick(duty, lang)}</label></li>')
    lines.append("</ul>")
    return "\n".join(lines) + "\n"


def duty_ids(role):
    """A stable id per duty: the role's id and the first words of the duty in English."""
    ids, seen = [], {}
    for duty in role["duties"]:
        base = f"duty-{role['id']}-" + "-".join(re.findall(r"[a-z0-9]+", duty["en"].lower())[:6])
        seen[base] = seen.get(base, 0) + 1
        ids.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return ids


def conversation_prompts(records, lang):
    """Every situation as a level-3 heading followed by its prompts."""
    parts = [source_comment("conversation-prompts")]
    for record in records:
        parts += [f"### {pick(record['situation'], lang)} {{ #{record['id']} }}", "",
                  prompt_list(record, lang)]
    return "\n".join(parts)


def prompt_list(record, lang):
    return "\n".join(f"- {pick(prompt, lang)}" for prompt in record["prompts"]) + "\n"


def ways_to_build_resilience(records, lang):
    parts = [source_comment("ways-to-build-resilience")]
    for record in records:
        parts += [f"### {pick(record['title'], lang)} {{ #{record['id']} }}", "",
                  pick(record["summary"], lang), ""]
    return "\n".join(parts)


def glossary(records, lang):
    """A definition list of every term, its meaning and any explanation."""
    parts = [source_comment("glossary")]
    for record in sorted(records, key=lambda r: pick(r["term"], lang).lower()):
        meaning = pick(record["meaning"], lang)
        if record.get("explanation"):
            meaning += ". " + pick(record["explanation"], lang)
        parts += [f"{pick(record['term'], lang)} {{ #{record['id']} }}", f":   {meaning}", ""]
    return "\n".join(parts)


def abbreviations(records, lang, text=None):
    """Definitions for the abbr extension, so each term gets a tooltip on the page.

    An abbreviation's plural (PRUs for PRU) gets the same tooltip, unless it is a term itself.
    One paragraph each: the abbr extension re-reads the rest of a paragraph after each
    definition, so a single paragraph of them all made every page's build quadratic.
    """
    meanings = {pick(r["term"], lang): pick(r["meaning"], lang) for r in records}
    plurals = {term + "s": meaning for term, meaning in meanings.items()
               if term.isupper() and term + "s" not in meanings}
    # Only the terms the page's text holds (text=None: all): the rest could mark nothing, and
    # each definition is a paragraph the abbr extension reads on every page.
    return "\n\n".join(f"*[{term}]: {meaning}" for term, meaning in {**meanings, **plurals}.items()
                         if text is None or term in text)


def sources_section(source_ids, sources, strings, lang):
    """The closing "where this comes from" section naming each source document."""
    by_id = {source["id"]: source for source in sources}
    lines = [f"## {word(strings, 'sources_heading', lang)} {{ #sources }}", "",
             word(strings, "sources_intro", lang), ""]
    for source_id in source_ids:
        source = by_id[source_id]
        lines.append(f"- *{pick(source['title'], lang)}*, {pick(source['publisher'], lang)}"
                     f"{published(source.get('date'), lang)}")
    return "\n".join(lines) + "\n"


def published(value, lang):
    """When a document came out, after its title: ' (2020)', ' (July 2020)' or
    ' (Gorffennaf 2020)' from '2020-07'; '' if not known."""
    if not value:
        return ""
    if len(value) == 7:   # YYYY-MM (checked by data.py)
        from datetime import date
        from babel.dates import format_date
        value = format_date(date.fromisoformat(value + "-01"), "MMMM y", locale=lang)
    return f" ({value})"


def long_date(iso_date, lang):
    """'2026-11-23' as '23 November 2026' or '23 Tachwedd 2026'."""
    from datetime import date
    from babel.dates import format_date
    return format_date(date.fromisoformat(iso_date), "d MMMM y", locale=lang)


def urgent_help(lines, strings, lang, school_contact=None, cite=False):
    """The "if a child is in danger" box, as HTML: at the foot of every page, on the Help now
    page, and copied into the Help now panel by docs/assets/javascripts/help-now.js.

    school_contact: the school's own safeguarding contact (local settings), if any; it comes
    before the national numbers. cite: also list the published pages behind the numbers.
    """
    s = lambda key: word(strings, key, lang)
    local = (f'<p class="toolkit-urgent__school"><strong>{s("urgent_help_in_school")}</strong> '
             f'{escape(school_contact)}</p>' if school_contact else "")
    oldest = min(line["checked"] for line in lines)
    cited = ""
    if cite:
        cited = "".join(
            f'<li>{pick(line["name"], lang)}: ' + ", ".join(
                f'<a href="{escape(url, quote=True)}">{escape(host(url))}</a>'
                for url in line["sources"]) + "</li>"
            for line in lines if line.get("sources"))
        cited = (f'<p class="toolkit-urgent__sources">{s("urgent_help_sources")}</p>'
                 f'<ul class="toolkit-urgent__sources">{cited}</ul>' if cited else "")
    return (f'<aside class="toolkit-urgent" aria-labelledby="urgent-help-title">'
            f'<p class="toolkit-urgent__title" id="urgent-help-title"><strong>{s("urgent_help_heading")}</strong></p>'
            f'<p>{s("urgent_help_policy")}</p>{local}'
            f'<p>{s("urgent_help_call")}</p>{urgent_lines(lines, lang)}'
            f'<p class="toolkit-urgent__checked">'
            f'{s("urgent_help_checked").format(date=long_date(oldest, lang))}</p>{cited}</aside>')


def urgent_lines(lines, lang):
    """Each line as a large tap-to-call link to its number, then its name and who it is for."""
    items = []
    for line in lines:
        note = (f'<span class="toolkit-urgent__note">{pick(line["note"], lang)}</span>'
                if line.get("note") else "")
        items.append(f'<li><a class="toolkit-urgent__call" href="tel:{line["number"].replace(" ", "")}">'
                     f'{line["number"]}</a> <span><strong>{pick(line["name"], lang)}</strong>, '
                     f'{pick(line["who"], lang)}{note}</span></li>')
    return f'<ul class="toolkit-urgent__lines">{"".join(items)}</ul>'


def host(url):
    """'https://www.nhs.uk/a/b' as 'nhs.uk': a short, readable name for a cited page."""
    return urlsplit(url).hostname.removeprefix("www.")


def welsh_terms(records, strings, lang):
    """The chosen Welsh terms as a two-column Markdown table, sorted in the page's language."""
    s = lambda key: word(strings, key, lang)
    rows = sorted(records, key=lambda r: r["term"][lang].lower())
    lines = [source_comment("terms"), "", f"| {s('terms_header_en')} | {s('terms_header_cy')} |",
             "|---|---|"]
    lines += [f"| {r['term']['en']} | {r['term']['cy']} |" for r in rows]
    return "\n".join(lines) + "\n"


def nation_word(words, word_id, form, lang):
    """One of the words that differ between England and Wales, for a page.

    words: {"id.form": text} for the profile's nation (macros/data.py nation_words). A form
    written with a capital ("The", "Name") gives the word with a capital, to start a
    sentence or a table cell. Raises ValueError naming the known words.
    """
    key = f"{word_id}.{form.lower()}"
    if key not in words:
        raise ValueError(f"no word '{key}' in data/nation-words.yml "
                         f"(known: {', '.join(sorted(words))})")
    text = pick(words[key], lang)
    return text[0].upper() + text[1:] if form[:1].isupper() else text


def nation_word_sources(records, nation, strings, lang, choices):
    """Each word in this copy's nation (both, for the neutral default) and the published
    guidance it was checked against, as a Markdown list."""
    s = lambda key: word(strings, key, lang)
    nations = [nation] if nation else list(choices["nation"])
    lines = [source_comment("nation-words"), ""]
    for record in records:
        for each in nations:
            sources = "; ".join(
                f"*{pick(source['title'], lang)}*, {pick(source['publisher'], lang)}"
                + published(source.get("date"), lang)
                + f", [{host(pick(source['url'], lang))}]({pick(source['url'], lang)})"
                for source in record["sources"] if source["nation"] == each)
            lines.append(f"- **{pick(record[each]['name'], lang)}** ({s(choices['nation'][each])}): {sources}")
    return "\n".join(lines) + "\n"


def example_from_cornwall(text, strings, lang, shown=True, heading=False):
    """An example from Cornwall and the Isles of Scilly, after a label saying so (unless it
    has a heading of its own that does), or nothing when the profile leaves these out."""
    if not shown:
        return ""
    return text if heading else f"{word(strings, 'example_from_cornwall', lang)} {text}"


def names_own_school(profile, neutral, lang):
    """Whether a profile names its own school or area, not just the toolkit as the neutral
    profile does (a copy of it not yet renamed names the toolkit too)."""
    return pick(profile["name"], lang) != pick(neutral["name"], lang)


def local_services(profile, profile_name, strings, lang, choices):
    """The school's or area's own services, by level of need, or a note that there are none."""
    s = lambda key: word(strings, key, lang)
    services = profile.get("services") or []
    if not services:
        return f"<!-- from profiles/{profile_name}.yml -->\n\n{s('local_services_none')}\n"
    levels = list(choices["level"])
    rows = []
    for service in sorted(services, key=lambda service: levels.index(service["level"])):
        need = s(choices["level"][service["level"]])
        if service.get("thrive"):
            need += f" ({s(choices['thrive'][service['thrive']])})"
        rows.append((f"service-{service['id']}", pick(service["name"], lang),
                     [pick(service["offer"], lang), pick(service["contact"], lang), need]))
    headers = [s("local_services_header_name"), s("local_services_header_offer"),
               s("local_services_header_contact"), s("local_services_header_need")]
    return list_table("local-services", s("local_services_caption").format(
        name=pick(profile["name"], lang)), headers, rows, s("none_listed"),
        comment=f"<!-- from profiles/{profile_name}.yml -->")


def source_documents(sources, titles, strings, lang):
    """Every source document with its publisher and date, and the pages that draw on it.

    titles: {page path: its title in this language}.
    """
    s = lambda key: word(strings, key, lang)
    parts = [source_comment("sources")]
    for source in sources:
        date = published(source.get("date"), lang)
        pages = sorted({page for section in source["sections"] for page in section["pages"]})
        links = ", ".join(f"[{titles[page]}]({page})" for page in pages)
        parts += [f"### {pick(source['title'], lang)} {{ #source-{source['id']} }}", "",
                  f"{pick(source['publisher'], lang)}{date}. "
                  f"{s('source_sections').format(count=len(source['sections']))}", "",
                  f"{s('source_pages')} {links}", ""]
    return "\n".join(parts)


def booklet_link(booklets, strings, lang, page_url):
    """The link to the edition's whole-toolkit PDF ({language: its path from the top of the
    site}, from hooks/pdfs.py), relative to the page; nothing when the build makes no PDFs."""
    if lang not in booklets:
        return ""
    href = posixpath.relpath(booklets[lang], posixpath.dirname(page_url) or ".")
    return (f'<p class="toolkit-print-actions"><a class="toolkit-print-actions__item '
            f'toolkit-booklet-link" href="{escape(href, quote=True)}" type="application/pdf" '
            f'download>{word(strings, "booklet_link", lang)}</a></p>')
