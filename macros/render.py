"""Render checked data records as Markdown for one language.

Pure functions: data and a language code in, Markdown (with md_in_html blocks) out.
"""
LEVELS = ("universal", "targeted", "specialist")
DOMAINS = ("individual", "school", "family", "community")


def pick(text, lang):
    """The text of a bilingual {en, cy} value in one language."""
    return text[lang].strip()


def source_comment(name):
    return f"<!-- generated from data/{name}.yml -->"


def list_table(name, caption, headers, rows, none_listed, caption_id=None):
    """A table whose first cell per row is a heading and the others bullet lists.

    rows: (row id, heading, [list of items, or None, per further column]), already in one
    language. Cells are Markdown (md_in_html), so emphasis and abbreviation tooltips work
    inside them. The caption is a paragraph that labels the table, as md_in_html wraps
    a <caption> in a <p>.
    """
    caption_id = caption_id or f"{name}-caption"
    lines = [source_comment(name),
             f'<p class="toolkit-caption" id="{caption_id}">{caption}</p>',
             f'<table class="toolkit-table" aria-labelledby="{caption_id}" markdown>',
             "<thead markdown>", "<tr markdown>"]
    lines += [f'<th scope="col">{header}</th>' for header in headers]
    lines += ["</tr>", "</thead>", "<tbody markdown>"]
    for row_id, heading, columns in rows:
        lines += [f'<tr id="{row_id}" markdown>', f'<th scope="row" markdown="span">{heading}</th>']
        for items in columns:
            if items:
                lines += ['<td markdown="block">'] + [f"- {item}" for item in items] + ["</td>"]
            else:
                lines.append(f'<td><span aria-hidden="true">—</span>'
                             f'<span class="md-visually-hidden">{none_listed}</span></td>')
        lines.append("</tr>")
    lines += ["</tbody>", "</table>"]
    return "\n".join(lines)


def texts(values, lang):
    return [pick(value, lang) for value in values] if values else None


def pace_notice_table(records, strings, lang):
    s = lambda key: pick(strings[key], lang)
    rows = [(r["id"], pick(r["notice"], lang), [texts(r["actions"], lang)]) for r in records]
    return list_table("pace-notice", s("pace_notice_caption"),
                      [s("pace_notice_header_notice"), s("pace_notice_header_actions")],
                      rows, s("none_listed"))


def parents_help_sheet(records, strings, lang):
    s = lambda key: pick(strings[key], lang)
    rows = [(r["id"], pick(r["focus"], lang), [texts(r["actions"], lang)]) for r in records]
    return list_table("parents-help-sheet", s("parents_help_sheet_caption"),
                      [s("parents_help_sheet_header_focus"), s("parents_help_sheet_header_actions")],
                      rows, s("none_listed"))


MATRIX_COLUMNS = ("staff", "children", "parents", "community", "strategies", "measures")


def healthy_school_matrix(records, strings, lang):
    s = lambda key: pick(strings[key], lang)
    headers = [s("matrix_header_element")] + [s(f"matrix_header_{c}") for c in MATRIX_COLUMNS]
    rows = [(r["id"], pick(r["element"], lang), [texts(r.get(c), lang) for c in MATRIX_COLUMNS])
            for r in records]
    return list_table("healthy-school-matrix", s("matrix_caption"), headers, rows, s("none_listed"))


def vulnerability_index(records, strings, lang, domain):
    s = lambda key: pick(strings[key], lang)
    headers = [s("vulnerability_header_factor")] + [s(f"level_{level}") for level in LEVELS]
    rows = [(r["id"], pick(r["factor"], lang), [texts(r.get(level), lang) for level in LEVELS])
            for r in records if r["domain"] == domain]
    caption = s("vulnerability_caption").format(domain=s(f"domain_{domain}"))
    return list_table("vulnerability-index", caption, headers, rows, s("none_listed"),
                      caption_id=f"vulnerability-index-{domain}-caption")


def role_checklist(role, lang):
    """A task list of one role's duties."""
    lines = [source_comment("roles"), ""]
    lines += [f"- [ ] {pick(duty, lang)}" for duty in role["duties"]]
    return "\n".join(lines) + "\n"


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
        parts += [pick(record["term"], lang), f":   {meaning}", ""]
    return "\n".join(parts)


def abbreviations(records, lang):
    """Definitions for the abbr extension, so each term gets a tooltip on the page.

    An abbreviation's plural (PRUs for PRU) gets the same tooltip, unless it is a term itself.
    """
    meanings = {pick(r["term"], lang): pick(r["meaning"], lang) for r in records}
    plurals = {term + "s": meaning for term, meaning in meanings.items()
               if term.isupper() and term + "s" not in meanings}
    return "\n".join(f"*[{term}]: {meaning}" for term, meaning in {**meanings, **plurals}.items())


def sources_section(source_ids, sources, strings, lang):
    """The closing "where this comes from" section naming each source document."""
    by_id = {source["id"]: source for source in sources}
    lines = [f"## {pick(strings['sources_heading'], lang)} {{ #sources }}", "",
             pick(strings["sources_intro"], lang), ""]
    for source_id in source_ids:
        source = by_id[source_id]
        date = f" ({source['date']})" if source.get("date") else ""
        lines.append(f"- *{pick(source['title'], lang)}*, {pick(source['publisher'], lang)}{date}")
    return "\n".join(lines) + "\n"


def long_date(iso_date, lang):
    """'2026-11-23' as '23 November 2026' or '23 Tachwedd 2026'."""
    from datetime import date
    from babel.dates import format_date
    return format_date(date.fromisoformat(iso_date), "d MMMM y", locale=lang)


def urgent_help(lines, strings, lang):
    """The "if a child is in danger" box shown on every page, as HTML."""
    s = lambda key: pick(strings[key], lang)
    items = "".join(
        f'<li><a href="tel:{line["number"].replace(" ", "")}">{line["number"]}</a> '
        f'<strong>{pick(line["name"], lang)}</strong>, {pick(line["who"], lang)}</li>'
        for line in lines)
    oldest = min(line["checked"] for line in lines)
    return (f'<aside class="toolkit-urgent" aria-labelledby="urgent-help-title">'
            f'<p class="toolkit-urgent__title" id="urgent-help-title"><strong>{s("urgent_help_heading")}</strong></p>'
            f'<p>{s("urgent_help_policy")}</p>'
            f'<p>{s("urgent_help_call")}</p><ul>{items}</ul>'
            f'<p class="toolkit-urgent__checked">'
            f'{s("urgent_help_checked").format(date=long_date(oldest, lang))}</p></aside>')


def welsh_terms(records, strings, lang):
    """The chosen Welsh terms as a two-column Markdown table, sorted in the page's language."""
    s = lambda key: pick(strings[key], lang)
    rows = sorted(records, key=lambda r: r["term"][lang].lower())
    lines = [source_comment("terms"), "", f"| {s('terms_header_en')} | {s('terms_header_cy')} |",
             "|---|---|"]
    lines += [f"| {r['term']['en']} | {r['term']['cy']} |" for r in rows]
    return "\n".join(lines) + "\n"
