"""The whole-school self-review (whole-school/self-review.md), made from the matrix data.

The same records as the matrix table (data/healthy-school-matrix.yml) give one row of the
review per key element, so the two cannot drift. Without JavaScript the page is a paper
form: every row with its rating boxes and room for notes. The script (SCRIPTS, in
docs/assets/javascripts/) saves the answers in the browser and reveals the tools (summary,
action plan, download, combine, snapshots), which are rendered here, hidden, with every word
from data/strings.yml. Pure functions: records, strings and a language in, Markdown/HTML out.
"""
import json
from html import escape

from .render import pick, word, source_comment, texts

# The script's parts, in the order they load (each needs those before it): the answers model,
# the downloads, the storage, and the view (docs/assets/javascripts/).
SCRIPTS = ("self-review-answers.js", "self-review-files.js", "self-review-storage.js", "self-review.js")


def script_data(strings, lang, choices, keys):
    """A JSON block (never run, so no Content-Security-Policy hash) that the script reads:
    the words it names (keys, in the page's language), each rating's and note's words, every
    rating's words in every language (an imported CSV may come from the other edition), and
    the ratings and notes it keeps."""
    ratings = choices["rating"]
    handed = {"words": {key: word(strings, key, lang) for key in keys},
              "ratings": {rating: word(strings, key, lang) for rating, key in ratings.items()},
              "fields": {field: word(strings, key, lang) for field, key in choices["review_field"].items()},
              "ratingsAnyLanguage": {rating: sorted(strings[key].values())
                                     for rating, key in ratings.items()},
              "choices": {"rating": list(ratings), "field": list(choices["review_field"])}}
    text = json.dumps(handed, ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/json" id="self-review-words">{text}</script>'


def needs_script(strings, lang):
    return f'<p class="toolkit-needs-script">{word(strings, "review_needs_script", lang)}</p>'


def button(label, attribute, classes="md-button"):
    return f'<button type="button" class="{classes}" {attribute}>{label}</button>'


def form(records, strings, lang, choices, script_keys):
    """The notice about saving, then one heading per theme and a fieldset per key element.
    script_keys: the keys of the words the script names (data.string_keys_used)."""
    s = lambda key: word(strings, key, lang)
    lines = [source_comment("healthy-school-matrix"), script_data(strings, lang, choices, script_keys),
             '<div class="toolkit-review-notice" data-review-part hidden>',
             f"<p>{s('review_storage_notice')}</p>",
             f"<p>{button(s('review_clear'), 'data-review-clear', 'md-button toolkit-review-clear')}</p>",
             '<p role="status" id="review-status"></p>', "</div>"]
    for theme, key in choices["theme"].items():
        lines += ["", f"## {s(key)} {{ #review-theme-{theme} }}", ""]
        lines += [row(record, strings, lang, choices) for record in records if record["theme"] == theme]
    return "\n".join(lines)


def row(record, strings, lang, choices):
    s = lambda key: word(strings, key, lang)
    row_id = record["id"]
    lines = [f'<fieldset class="toolkit-review-row" id="review-{row_id}" '
             f'data-review-row="{row_id}" data-theme="{record["theme"]}" markdown>',
             f"<legend>{escape(pick(record['element'], lang))}</legend>",
             '<details class="toolkit-review-practice" markdown>',
             f"<summary>{s('review_practice_summary')}</summary>", ""]
    for column, key in choices["matrix_column"].items():
        items = texts(record.get(column), lang) if column != "measures" else None   # shown below
        if items:
            lines += [f"**{s(key)}**", ""] + [f"- {item}" for item in items] + [""]
    lines += ["</details>", ""]
    if record.get("measures"):
        lines += [f'<p class="toolkit-review-measures-label">{s("review_measures_label")}</p>', ""]
        lines += [f"- {item}" for item in texts(record["measures"], lang)] + [""]
    lines += ['<fieldset class="toolkit-review-rating">',
              f"<legend>{s('review_rating_legend')}</legend>"]
    for rating, key in choices["rating"].items():
        lines.append(f'<label><input type="radio" name="review-{row_id}" value="{rating}"> '
                     f"{s(key)}</label>")
    lines.append("</fieldset>")
    fields = []
    for position, (field, key) in enumerate(choices["review_field"].items()):
        field_id = f"review-{row_id}-{field}"
        control = (f'<textarea id="{field_id}" data-field="{field}" rows="3"></textarea>'
                   if position < 2 else
                   f'<input type="text" id="{field_id}" data-field="{field}" autocomplete="off">')
        fields.append(f'<div class="toolkit-review-field"><label for="{field_id}">'
                      f'{s(key)}</label>{control}</div>')
    # The first two notes are long (evidence, next steps); the short ones (who leads, by
    # when) sit side by side on a wide screen.
    lines += fields[:2] + ['<div class="toolkit-review-pair">'] + fields[2:] + ["</div>",
                                                                                "</fieldset>", ""]
    return "\n".join(lines)


def table(table_id, caption, headers, body_rows=()):
    """A table of the tools; the script fills in or replaces the body."""
    lines = [f'<p class="toolkit-caption" id="{table_id}-caption">{caption}</p>',
             f'<table class="toolkit-table toolkit-review-table" id="{table_id}" aria-labelledby="{table_id}-caption">',
             "<thead><tr>" + "".join(f'<th scope="col">{h}</th>' for h in headers) + "</tr></thead>",
             "<tbody>"] + list(body_rows) + ["</tbody>", "</table>"]
    return "\n".join(lines)


def tools(strings, lang, choices):
    """Summary, action plan, download and combine, snapshots: revealed by the script."""
    s = lambda key: word(strings, key, lang)
    rating_names = [s(key) for key in choices["rating"].values()] + [s("review_rating_none")]
    keys = list(choices["rating"]) + ["none"]
    summary_rows, chart_rows = [], []
    themes = [(theme, s(key)) for theme, key in choices["theme"].items()]
    for theme, name in themes + [("all", s("review_summary_all"))]:
        summary_rows.append(f'<tr data-theme="{theme}"><th scope="row">{name}</th>'
                            + "".join(f'<td data-rating="{k}">0</td>' for k in keys) + "</tr>")
        segments = "".join(f'<span class="toolkit-review-bar toolkit-review-bar--{k}" data-rating="{k}"></span>'
                           for k in keys)
        chart_rows.append(f'<li data-theme="{theme}"><span class="toolkit-review-chart__label">{name}</span>'
                          f'<span class="toolkit-review-chart__bars">{segments}</span></li>')
    legend = "".join(f'<li><span class="toolkit-review-bar toolkit-review-bar--{k}"></span> {n}</li>'
                     for k, n in zip(keys, rating_names))
    plan_headers = [s("review_element"), s("review_rating"), s("review_field_next"),
                    s("review_field_lead"), s("review_field_due")]
    return "\n".join([
        '<section class="toolkit-review-tool" id="review-summary" markdown>', "",
        f"## {s('review_summary_heading')} {{ #summary }}", "", needs_script(strings, lang),
        '<div data-review-part hidden>',
        '<p id="review-summary-text" aria-live="polite"></p>',
        table("review-summary-table", s("review_summary_caption"),
              [s("review_theme")] + rating_names, summary_rows),
        '<figure class="toolkit-review-chart" aria-hidden="true">',
        f"<figcaption>{s('review_chart_label')}</figcaption>",
        '<ul class="toolkit-review-chart__rows">' + "".join(chart_rows) + "</ul>",
        '<ul class="toolkit-review-chart__legend">' + legend + "</ul>",
        "</figure>", "</div>", "</section>", "",
        '<section class="toolkit-review-tool" id="review-plan" markdown>', "",
        f"## {s('review_plan_heading')} {{ #action-plan }}", "", needs_script(strings, lang),
        '<div data-review-part hidden>',
        f"<p>{s('review_plan_intro')}</p>",
        '<p class="toolkit-review-buttons">'
        + button(s("review_plan_show"), 'data-review-plan-only aria-pressed="false"')
        + " " + button(s("review_plan_print"), "data-review-plan-print") + "</p>",
        '<p class="toolkit-review-plan-date" id="review-plan-date"></p>',
        f'<p id="review-plan-empty">{s("review_plan_empty")}</p>',
        table("review-plan-table", s("review_plan_caption"), plan_headers),
        "</div>", "</section>", "",
        '<section class="toolkit-review-tool" id="review-share" markdown>', "",
        f"## {s('review_share_heading')} {{ #share }}", "", needs_script(strings, lang),
        '<div data-review-part hidden>',
        '<p class="toolkit-review-buttons">' + button(s("review_export_json"), 'data-review-export="json"')
        + " " + button(s("review_export_csv"), 'data-review-export="csv"') + "</p>",
        f'<p><label for="review-import">{s("review_import_label")}</label><br>'
        '<input type="file" id="review-import" accept=".json,.csv,application/json,text/csv" multiple></p>',
        '<div id="review-import-status" role="status"></div>',
        '<div id="review-merged" hidden>',
        table("review-merged-table", s("review_merged_caption"),
              [s("review_element"), s("review_merged_ratings"), s("review_merged_notes")]),
        '<p class="toolkit-review-buttons">' + button(s("review_merged_forget"), "data-review-merged-forget")
        + "</p>",
        "</div>", "</div>", "</section>", "",
        '<section class="toolkit-review-tool" id="review-snapshots" markdown>', "",
        f"## {s('review_snapshots_heading')} {{ #snapshots }}", "", needs_script(strings, lang),
        '<div data-review-part hidden>',
        f'<p><label for="review-snapshot-date">{s("review_snapshot_date")}</label> '
        '<input type="date" id="review-snapshot-date"> '
        + button(s("review_snapshot_save"), "data-review-snapshot-save") + "</p>",
        '<p role="status" id="review-snapshot-status"></p>',
        f'<p id="review-compare-none">{s("review_compare_none")}</p>',
        '<div id="review-compare" hidden>',
        f'<p><label for="review-compare-from">{s("review_compare_from")}</label> '
        f'<select id="review-compare-from"></select> '
        f'<label for="review-compare-to">{s("review_compare_to")}</label> '
        '<select id="review-compare-to"></select></p>',
        '<p id="review-compare-summary" aria-live="polite"></p>',
        table("review-compare-table", "", [s("review_element"), "", "", s("review_change")]),
        "</div>", "</div>", "</section>"])
