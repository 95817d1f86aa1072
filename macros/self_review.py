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

from .render import pick, source_comment, texts

THEMES = ("culture", "learning", "support")
RATINGS = ("not-started", "developing", "established", "embedded")   # least to most in place
PRACTICE = ("staff", "children", "parents", "community", "strategies")
FIELDS = (("evidence", "textarea"), ("next", "textarea"), ("lead", "input"), ("due", "input"))
# The words the script needs, beyond those already on the page.
SCRIPT_WORDS = ("review_rating_none", "review_summary_text", "review_cleared", "review_not_saved",
                "review_file_name", "review_element", "review_rating", "review_field_evidence",
                "review_field_next", "review_field_lead", "review_field_due", "review_import_done", "review_import_error",
                "review_merged_caption", "review_snapshot_saved", "review_compare_current",
                "review_compare_caption", "review_compare_summary", "review_change_up",
                "review_change_down", "review_change_same", "review_change_unrated",
                "review_merged_own", "review_merged_caption_own", "review_merged_forgotten",
                "review_plan_date", "review_months", "review_saved_newer", "review_import_damaged",
                "review_import_newer", "review_import_no_rows", "review_import_left_out",
                "review_import_empty", "review_import_binary", "review_import_too_big")
# The script's parts, in the order they load (each needs those before it): the answers model,
# the downloads, the storage, and the view (docs/assets/javascripts/).
SCRIPTS = ("self-review-answers.js", "self-review-files.js", "self-review-storage.js", "self-review.js")


def words(strings, lang):
    """The script's words in the page's language, and every rating's words in every
    language (an imported CSV may come from the other edition)."""
    found = {key: pick(strings[key], lang) for key in SCRIPT_WORDS}
    found["ratings"] = {rating: pick(strings[rating_key(rating)], lang) for rating in RATINGS}
    found["ratingsAnyLanguage"] = {rating: sorted(strings[rating_key(rating)].values())
                                   for rating in RATINGS}
    return found


def rating_key(rating):
    return "review_rating_" + rating.replace("-", "_")


def script_data(strings, lang):
    """A JSON block (never run, so no Content-Security-Policy hash) that the script reads."""
    text = json.dumps(words(strings, lang), ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/json" id="self-review-words">{text}</script>'


def needs_script(strings, lang):
    return f'<p class="toolkit-needs-script">{pick(strings["review_needs_script"], lang)}</p>'


def button(label, attribute, classes="md-button"):
    return f'<button type="button" class="{classes}" {attribute}>{label}</button>'


def form(records, strings, lang):
    """The notice about saving, then one heading per theme and a fieldset per key element."""
    s = lambda key: pick(strings[key], lang)
    lines = [source_comment("healthy-school-matrix"), script_data(strings, lang),
             '<div class="toolkit-review-notice" data-review-part hidden>',
             f"<p>{s('review_storage_notice')}</p>",
             f"<p>{button(s('review_clear'), 'data-review-clear', 'md-button toolkit-review-clear')}</p>",
             '<p role="status" id="review-status"></p>', "</div>"]
    for theme in THEMES:
        lines += ["", f"## {s('review_theme_' + theme)} {{ #review-theme-{theme} }}", ""]
        lines += [row(record, strings, lang) for record in records if record["theme"] == theme]
    return "\n".join(lines)


def row(record, strings, lang):
    s = lambda key: pick(strings[key], lang)
    row_id = record["id"]
    lines = [f'<fieldset class="toolkit-review-row" id="review-{row_id}" '
             f'data-review-row="{row_id}" data-theme="{record["theme"]}" markdown>',
             f"<legend>{escape(pick(record['element'], lang))}</legend>",
             '<details class="toolkit-review-practice" markdown>',
             f"<summary>{s('review_practice_summary')}</summary>", ""]
    for column in PRACTICE:
        items = texts(record.get(column), lang)
        if items:
            lines += [f"**{s('matrix_header_' + column)}**", ""] + [f"- {item}" for item in items] + [""]
    lines += ["</details>", ""]
    if record.get("measures"):
        lines += [f'<p class="toolkit-review-measures-label">{s("review_measures_label")}</p>', ""]
        lines += [f"- {item}" for item in texts(record["measures"], lang)] + [""]
    lines += ['<fieldset class="toolkit-review-rating">',
              f"<legend>{s('review_rating_legend')}</legend>"]
    for rating in RATINGS:
        lines.append(f'<label><input type="radio" name="review-{row_id}" value="{rating}"> '
                     f"{s(rating_key(rating))}</label>")
    lines.append("</fieldset>")
    fields = []
    for field, kind in FIELDS:
        field_id = f"review-{row_id}-{field}"
        control = (f'<textarea id="{field_id}" data-field="{field}" rows="3"></textarea>'
                   if kind == "textarea" else
                   f'<input type="text" id="{field_id}" data-field="{field}" autocomplete="off">')
        fields.append(f'<div class="toolkit-review-field"><label for="{field_id}">'
                      f'{s("review_field_" + field)}</label>{control}</div>')
    # Who leads and by when sit side by side on a wide screen.
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


def tools(strings, lang):
    """Summary, action plan, download and combine, snapshots: revealed by the script."""
    s = lambda key: pick(strings[key], lang)
    rating_names = [s(rating_key(r)) for r in RATINGS] + [s("review_rating_none")]
    keys = list(RATINGS) + ["none"]
    summary_rows, chart_rows = [], []
    for theme in THEMES + ("all",):
        name = s("review_summary_all") if theme == "all" else s("review_theme_" + theme)
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
