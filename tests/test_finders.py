"""Quick help for staff: the intervention finder, the situation finder and the role
checklists (macros/finders.py, docs/assets/javascripts/). The render functions on small
fixtures, the built pages, then each feature in headless Chromium in both languages, with
JavaScript, without it, and from file://."""
import re
import shutil
import unicodedata

import pytest
import yaml
from playwright.sync_api import expect

import macros.data as loader
from conftest import CHOICES, LANGUAGES, ROOT, page_url, rewrite_yaml
from macros import finders, render, self_review

LEVELS = tuple(CHOICES["level"])
DOMAINS = tuple(CHOICES["domain"])
VULNERABILITY = "appendices/vulnerability-index.md"
SITUATIONS = "pace/situation-finder.md"
ROLES = "appendices/roles-and-responsibilities.md"
SCRIPT_PAGES = {"intervention-finder.js": {VULNERABILITY}, "welsh-mutations.js": {VULNERABILITY}, "situation-finder.js": {SITUATIONS},
                "checklist.js": {ROLES}, **dict.fromkeys(self_review.SCRIPTS, {"whole-school/self-review.md"})}


def fold(text):
    """What the finder compares: lower case, no accents (as in intervention-finder.js)."""
    text = unicodedata.normalize("NFD", text).replace("\u2019", "'").replace("\u2018", "'")
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def plain(markdown_text):
    return " ".join(markdown_text.replace("*", "").split())


def text_of(element):
    return " ".join(element.get_text().split())


def url(server, lang, doc):
    return server + ("" if lang == "en" else f"{lang}/") + page_url(doc)


# --- The render functions, without a build ------------------------------------------------

LINKS = [{"id": "elsa", "names": [{"en": "ELSA", "cy": "ELSA"}], "glossary": "elsa"},
         {"id": "pace", "names": [{"en": "PACE", "cy": "PACE"}], "page": "pace/index.md"},
         {"id": "nurture", "names": [{"en": "nurture group", "cy": "grŵp meithrin"},
                                     {"en": "nurture groups", "cy": "grwpiau meithrin"}],
          "glossary": "nurture-group"},
         {"id": "coaching", "names": [{"en": "emotion coaching", "cy": "hyfforddi emosiynau"}],
          "glossary": "emotion-coaching"}]


def test_named_interventions_link_once_to_where_the_toolkit_explains_them():
    targets = finders.link_targets(LINKS, "appendices/vulnerability-index.cy.md")
    assert finders.link_names("ELSA and PACE, then ELSA again", targets, "en") == (
        "[ELSA](../glossary.md#elsa) and [PACE](../pace/index.md), then ELSA again")
    # The longer name wins where two start together; Welsh names are matched in Welsh.
    assert finders.link_names("Grwpiau meithrin", targets, "cy") == (
        "[Grwpiau meithrin](../glossary.md#nurture-group)")
    assert finders.link_names("Nurture groups", targets, "en") == (
        "[Nurture groups](../glossary.md#nurture-group)")


def test_names_match_whole_words_and_only_lower_case_names_ignore_a_capital():
    targets = finders.link_targets(LINKS, "appendices/vulnerability-index.md")
    assert finders.link_names("Emotion coaching", targets, "en") == (
        "[Emotion coaching](../glossary.md#emotion-coaching)")
    assert finders.link_names("PACE-based work", targets, "en") == "[PACE](../pace/index.md)-based work"
    for untouched in ("at their own pace", "ELSAs", "non-PACE", "a nurture grouping"):
        assert finders.link_names(untouched, targets, "en") == untouched


def test_a_link_needs_exactly_one_target_and_an_existing_page(tmp_path):
    (tmp_path / "pace").mkdir()
    (tmp_path / "pace" / "index.md").write_text("# PACE")
    records = [{"id": "ok", "names": [], "page": "pace/index.md"},
               {"id": "both", "names": [], "page": "pace/index.md", "glossary": "elsa"},
               {"id": "neither", "names": []},
               {"id": "gone", "names": [], "page": "pace/gone.md"}]
    shape = {"intervention-links.yml": {"records": {"page": "page?"}}}
    assert loader.check_links(records) + loader.check_pages(
        {"intervention-links": records}, shape, tmp_path) == [
        "data/intervention-links.yml, record 'both' (#2): expected one of 'page' or 'glossary', found both",
        "data/intervention-links.yml, record 'neither' (#3): expected one of 'page' or 'glossary', found neither",
        "data/intervention-links.yml, record 'gone' (#4), field 'page': expected a page under docs/, "
        "'pace/gone.md' does not exist"]


def test_every_prompt_is_a_situation_and_no_pace_row_is_left_out():
    notices = [{"id": "upset", "notice": {"en": "Upset", "cy": "Gofidus"}, "actions": []},
               {"id": "lonely", "notice": {"en": "Lonely", "cy": "Unig"}, "actions": []}]
    prompts = [{"id": "meltdown", "situation": {"en": "Meltdown", "cy": "Ffrwydrad"},
                "notice": "upset", "prompts": []},
               {"id": "parents", "situation": {"en": "Parents", "cy": "Rhieni"}, "prompts": []}]
    found = finders.situations(prompts, notices)
    assert [(sid, notice and notice["id"], prompt and prompt["id"])
            for sid, _, notice, prompt in found] == [
        ("meltdown", "upset", "meltdown"), ("parents", None, "parents"), ("lonely", "lonely", None)]


def test_script_tags_are_relative_to_the_built_page():
    assert finders.script_tag("checklist.js", "appendices/roles-and-responsibilities.html") == (
        '<script src="../assets/javascripts/checklist.js" defer></script>')
    assert finders.script_tag("checklist.js", "cy/appendices/roles-and-responsibilities.html") == (
        '<script src="../../assets/javascripts/checklist.js" defer></script>')
    assert finders.script_tag("x.js", "index.html") == '<script src="assets/javascripts/x.js" defer></script>'


def test_duty_ids_come_from_the_english_words_and_stay_unique():
    role = {"id": "staff", "duties": [{"en": "Listen *calmly* to pupils.", "cy": "Gwrandewch."},
                                      {"en": "Listen calmly to pupils.", "cy": "Gwrandewch eto."}]}
    assert render.duty_ids(role) == ["duty-staff-listen-calmly-to-pupils",
                                     "duty-staff-listen-calmly-to-pupils-2"]
    welsh_changed = {**role, "duties": [{**d, "cy": "Newid"} for d in role["duties"]]}
    assert render.duty_ids(welsh_changed) == render.duty_ids(role)


@pytest.fixture
def data_copy(tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(ROOT / "data", folder)
    return folder


def rewrite(folder, name, edit):
    rewrite_yaml(folder / name, edit)


def test_a_reference_to_a_missing_record_stops_the_build_with_a_named_message(data_copy):
    rewrite(data_copy, "conversation-prompts.yml", lambda r: r[0].update(notice="no-such-row"))
    rewrite(data_copy, "intervention-links.yml", lambda r: r[1].update(glossary="no-such-term"))
    with pytest.raises(loader.DataError) as error:
        loader.load_all(data_copy)
    prompts = yaml.safe_load((data_copy / "conversation-prompts.yml").read_text(encoding="utf-8"))
    links = yaml.safe_load((data_copy / "intervention-links.yml").read_text(encoding="utf-8"))
    assert str(error.value).splitlines() == [
        f"data/conversation-prompts.yml, record '{prompts[0]['id']}' (#1), field 'notice': "
        "no record 'no-such-row' in data/pace-notice.yml",
        f"data/intervention-links.yml, record '{links[1]['id']}' (#2), field 'glossary': "
        "no record 'no-such-term' in data/glossary.yml"]


def test_a_reference_that_is_not_an_id_is_named(data_copy):
    rewrite(data_copy, "conversation-prompts.yml", lambda r: r[0].update(notice="Not An Id"))
    with pytest.raises(loader.DataError) as error:
        loader.load_all(data_copy)
    assert str(error.value).splitlines() == [
        "data/conversation-prompts.yml, record 'struggling-to-get-on' (#1), field 'notice': "
        "expected the id of a record in data/pace-notice.yml, found 'Not An Id'"]


# --- The built pages -------------------------------------------------------------------------

# A Welsh radical's mutated forms at the start of a word (soft, nasal, aspirate; a vowel
# takes h after "ei" (her)): written forwards here, as a grammar gives them, to check the
# finder, which reads mutated words backwards (welsh-mutations.js).
MUTATED = {"c": ("g", "ngh", "ch"), "p": ("b", "mh", "ph"), "t": ("d", "nh", "th"), "g": ("", "ng"),
           "b": ("f", "m"), "d": ("dd", "n"), "m": ("f",), "ll": ("l",), "rh": ("r",)}


def mutated_forms(word):
    start = next((s for s in ("ll", "rh") if word.startswith(s)), word[:1])
    forms = [form + word[len(start):] for form in MUTATED.get(start, ())]
    return forms + (["h" + word] if start in "aeiouwy" else [])


def finds(word, text, lang):
    """Whether the finder finds `word` in `text`: as typed, or (Welsh) mutated at a word's start."""
    return word in text or (lang == "cy" and any(
        re.search(r"(?<![\w'])" + re.escape(form), text) for form in mutated_forms(word)))


def expected_interventions(data, lang, domain="", level="", words=""):
    """How many interventions the finder should show, counted from the data."""
    wanted = fold(words).split()
    count = 0
    for record in data["vulnerability-index"]:
        for record_level in LEVELS:
            for item in record.get(record_level) or []:
                text = fold(plain(item[lang])) + " " + fold(plain(record["factor"][lang]))
                if ((not domain or record["domain"] == domain) and (not level or record_level == level)
                        and all(finds(word, text, lang) for word in wanted)):
                    count += 1
    return count


@pytest.mark.parametrize("lang", LANGUAGES)
def test_intervention_links_reach_a_page_or_a_glossary_entry(html, site, data, lang):
    soup = html(lang, VULNERABILITY)
    glossary_ids = {dt.get("id") for dt in html(lang, "glossary.md").select("article dl dt")}
    assert glossary_ids >= {record["id"] for record in data["glossary"]}
    all_ids = [tag["id"] for tag in html(lang, "glossary.md").select("[id]")]
    assert len(all_ids) == len(set(all_ids)), "a glossary anchor clashes with another id"
    links = soup.select("table.toolkit-table[data-domain] td li a[href]")
    used = {record["id"] for record in data["intervention-links"]}
    assert links
    for link in links:
        path, _, anchor = link["href"].partition("#")
        folder = site / lang if lang == "cy" else site
        assert (folder / "appendices" / path).resolve().is_file(), link["href"]
        if path.endswith("glossary.html"):
            assert anchor in glossary_ids, link["href"]
    # Every record of the mapping is used, so it holds no dead entries.
    targets = {link["href"] for link in links}
    expected = {record["id"]: f"../glossary.html#{record['glossary']}" if record.get("glossary")
                else "../" + page_url(record["page"]) for record in data["intervention-links"]}
    assert {rid for rid, href in expected.items() if href in targets} == used


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_finder_form_is_there_from_the_first_paint_and_worded_from_the_strings_file(html, data, lang):
    """Not hidden in the HTML, so nothing moves when the script arrives (without JavaScript
    the stylesheet hides it: test_without_javascript_everything_is_shown_and_the_forms_are_not)."""
    strings = {key: value[lang] for key, value in data["strings"].items()}
    form = html(lang, VULNERABILITY).select_one("form#intervention-finder")
    assert not form.has_attr("hidden")
    assert text_of(form.select_one("label[for=intervention-finder-text]")) == strings["finders_interventions_text"]
    assert form["data-count"] == strings["finders_interventions_count"]
    assert [text_of(legend) for legend in form.select("legend")] == [
        strings["finders_interventions_domain"], strings["finders_interventions_level"]]
    assert [text_of(label) for label in form.select("fieldset")[0].select("label")] == [
        strings["finders_interventions_all_domains"]] + [strings[CHOICES["domain"][d]] for d in DOMAINS]
    status = form.select_one("[role=status]")
    assert status["aria-live"] == "polite"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_situation_is_on_the_page_in_full(html, data, lang):
    soup = html(lang, SITUATIONS)
    notices = {record["id"]: record for record in data["pace-notice"]}
    sections = soup.select("section.toolkit-situation")
    prompts = data["conversation-prompts"]
    linked = {record.get("notice") for record in prompts}
    expected = [r["id"] for r in prompts] + [n for n in notices if n not in linked]
    assert [section["data-situation"] for section in sections] == expected
    for section, record in zip(sections, prompts):
        assert text_of(section.h3).rstrip("¶ ") == plain(record["situation"][lang])
        lists = section.find_all("ul", recursive=False)
        notice = notices.get(record.get("notice"))
        assert [len(ul.find_all("li")) for ul in lists] == (
            [len(notice["actions"])] if notice else []) + [len(record["prompts"])]
        if notice:
            assert plain(notice["notice"][lang]) in text_of(section)
    radios = soup.select("form#situation-finder input[name=situation]")
    assert [radio["value"] for radio in radios] == [""] + expected


@pytest.mark.parametrize("lang", LANGUAGES)
def test_checklists_are_labelled_tick_boxes_with_the_same_ids_in_both_languages(html, data, lang):
    soup = html(lang, ROLES)
    lists = soup.select("ul.toolkit-checklist")
    assert [ul["data-checklist"] for ul in lists] == [role["id"] for role in data["roles"]]
    for ul, role in zip(lists, data["roles"]):
        boxes = ul.select("li > input[type=checkbox]")
        assert [box["id"] for box in boxes] == render.duty_ids(role)
        assert [text_of(soup.select_one(f"label[for='{box['id']}']")) for box in boxes] == [
            plain(duty[lang]) for duty in role["duties"]]
        assert ul["aria-label"].endswith(plain(role["role"][lang]))
    assert len(soup.select("input[type=checkbox][id]")) == len({b["id"] for b in soup.select("input[type=checkbox]")})


def test_each_script_is_loaded_once_and_only_on_the_pages_that_use_it(html, pages):
    for lang in LANGUAGES:
        for doc in pages:
            sources = [script["src"] for script in html(lang, doc).select("script[src]")]
            for name, users in SCRIPT_PAGES.items():
                count = sum(src.endswith("assets/javascripts/" + name) for src in sources)
                assert count == (1 if doc in users else 0), (lang, doc, name)


# --- In the browser ----------------------------------------------------------------------------

def count_text(data, lang, key, count, total):
    return data["strings"][key][lang].replace("{count}", str(count)).replace("{total}", str(total))


def finder_status(page):
    return page.locator("#intervention-finder-count")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_intervention_finder_filters_by_words_domain_and_level_and_counts(page, server, data, lang):
    total = expected_interventions(data, lang)
    page.goto(url(server, lang, VULNERABILITY))
    form = page.locator("form#intervention-finder")
    expect(form).to_be_visible()
    shows = lambda n: expect(finder_status(page)).to_have_text(
        count_text(data, lang, "finders_interventions_count", n, total))
    shows(total)
    assert page.locator("table.toolkit-table[data-domain] td li:visible").count() == total

    page.fill("#intervention-finder-text", "elsa")
    elsa = expected_interventions(data, lang, words="elsa")
    assert 0 < elsa < total
    shows(elsa)
    assert page.locator("table.toolkit-table[data-domain] td li:visible").count() == elsa

    page.check("form#intervention-finder input[name=domain][value=school]")
    shows(expected_interventions(data, lang, domain="school", words="elsa"))
    for domain in DOMAINS:
        table = page.locator(f"table.toolkit-table[data-domain={domain}]")
        caption = page.locator(f"#vulnerability-index-{domain}-caption")
        (expect(table).to_be_visible if domain == "school" else expect(table).to_be_hidden)()
        (expect(caption).to_be_visible if domain == "school" else expect(caption).to_be_hidden)()

    page.fill("#intervention-finder-text", "")
    page.check("form#intervention-finder input[name=level][value=specialist]")
    specialist = expected_interventions(data, lang, domain="school", level="specialist")
    shows(specialist)
    school = page.locator("table.toolkit-table[data-domain=school]")
    expect(school.locator("th[data-column=universal]")).to_be_hidden()
    expect(school.locator("th[data-column=specialist]")).to_be_visible()

    page.fill("#intervention-finder-text", "zzzz nothing matches")
    expect(finder_status(page)).to_have_text(data["strings"]["finders_interventions_none"][lang])
    expect(page.locator("table.toolkit-table[data-domain]:visible")).to_have_count(0)

    page.click("form#intervention-finder button[type=reset]")
    shows(total)
    expect(page.locator("table.toolkit-table[data-domain]:visible")).to_have_count(len(DOMAINS))
    assert page.console_errors == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_intervention_finder_ignores_accents_and_works_from_the_keyboard(page, server, data, lang):
    total = expected_interventions(data, lang)
    page.goto(url(server, lang, VULNERABILITY))
    page.focus("#intervention-finder-text")
    word = "grwp" if lang == "cy" else "group"
    page.keyboard.type(word)
    expected = expected_interventions(data, lang, words=word)
    assert expected > 0
    expect(finder_status(page)).to_have_text(
        count_text(data, lang, "finders_interventions_count", expected, total))
    page.keyboard.press("Tab")           # to the domain radios: "all domains" is checked
    page.keyboard.press("ArrowDown")     # ...and the arrow chooses the next, "individual"
    expect(finder_status(page)).to_have_text(count_text(
        data, lang, "finders_interventions_count",
        expected_interventions(data, lang, domain="individual", words=word), total))
    assert page.console_errors == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_example_word_in_the_finders_hint_finds_an_intervention(page, server, data, lang):
    """The hint's examples work as typed; in Welsh a word found only mutated in the tables
    ("ar gyfeillgarwch") is found by its radical ("cyfeillgarwch"), as search finds it."""
    hint = data["strings"]["finders_interventions_hint"][lang]
    examples = [word.strip(" .") for word in hint.split(":", 1)[1].split(",")]
    assert len(examples) >= 3
    page.goto(url(server, lang, VULNERABILITY))
    total = expected_interventions(data, lang)
    for word in examples:
        page.fill("#intervention-finder-text", word)
        expected = expected_interventions(data, lang, words=word)
        assert expected > 0, f"{word!r} in the hint matches nothing in data/vulnerability-index.yml"
        expect(finder_status(page)).to_have_text(
            count_text(data, lang, "finders_interventions_count", expected, total))
    assert page.console_errors == []


def situation_label(page, data, lang, situation_id):
    record = next(r for r in data["conversation-prompts"] if r["id"] == situation_id)
    return page.get_by_label(plain(record["situation"][lang]), exact=True)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_situation_finder_shows_the_chosen_situation_only(page, server, data, lang):
    page.goto(url(server, lang, SITUATIONS))
    sections = page.locator("section.toolkit-situation")
    total = sections.count()
    status = page.locator("#situation-finder-count")
    expect(page.locator("form#situation-finder")).to_be_visible()
    expect(status).to_have_text(count_text(data, lang, "finders_situations_count", total, total))

    situation_label(page, data, lang, "very-dysregulated").check()
    expect(page.locator("section.toolkit-situation:visible")).to_have_count(1)
    chosen = page.locator("section.toolkit-situation[data-situation=very-dysregulated]")
    expect(chosen).to_be_visible()
    notice = next(n for n in data["pace-notice"] if n["id"] == "distressed-by-challenges")
    expect(chosen).to_contain_text(plain(notice["actions"][0][lang]))
    expect(status).to_have_text(count_text(data, lang, "finders_situations_count", 1, total))
    assert page.url.endswith("#very-dysregulated")

    # The address keeps the choice: a reload, or a link to another situation, chooses it.
    page.reload()
    expect(situation_label(page, data, lang, "very-dysregulated")).to_be_checked()
    expect(page.locator("section.toolkit-situation:visible")).to_have_count(1)
    page.evaluate("location.hash = '#being-helpful'")
    expect(situation_label(page, data, lang, "being-helpful")).to_be_checked()
    expect(page.locator("section.toolkit-situation[data-situation=being-helpful]")).to_be_visible()
    expect(page.locator("section.toolkit-situation:visible")).to_have_count(1)

    # Keyboard: the arrow keys move between situations.
    situation_label(page, data, lang, "being-helpful").focus()
    page.keyboard.press("ArrowDown")
    following = data["conversation-prompts"][
        [r["id"] for r in data["conversation-prompts"]].index("being-helpful") + 1]["id"]
    expect(page.locator(f"section.toolkit-situation[data-situation={following}]")).to_be_visible()

    page.check("form#situation-finder input[name=situation][value='']")
    expect(page.locator("section.toolkit-situation:visible")).to_have_count(total)
    assert page.console_errors == []


def checkbox(page, data, index, role="all-staff"):
    record = next(r for r in data["roles"] if r["id"] == role)
    return page.locator(f"#{render.duty_ids(record)[index]}")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_checklist_ticks_survive_a_reload_and_the_reset_clears_them(page, server, data, lang):
    page.goto(url(server, lang, ROLES))
    expect(page.locator(".toolkit-checklist-note")).to_be_visible()
    expect(page.locator(".toolkit-checklist-note")).to_have_text(data["strings"]["finders_checklist_note"][lang])
    page.click(f"label[for={checkbox(page, data, 0).get_attribute('id')}]")   # the label ticks it
    checkbox(page, data, 2).check()
    checkbox(page, data, 0, role="head-teacher").check()
    page.reload()
    expect(checkbox(page, data, 0)).to_be_checked()
    expect(checkbox(page, data, 2)).to_be_checked()
    expect(checkbox(page, data, 1)).not_to_be_checked()
    expect(checkbox(page, data, 0, role="head-teacher")).to_be_checked()

    # Printing shows the ticks, without the buttons.
    page.emulate_media(media="print")
    expect(checkbox(page, data, 0)).to_be_checked()
    expect(checkbox(page, data, 0)).to_be_visible()
    expect(page.locator(".toolkit-checklist-tools").first).to_be_hidden()
    page.emulate_media(media="screen")

    # The reset button clears its own list only, and says so.
    tools = page.locator("ul.toolkit-checklist[data-checklist=all-staff] + .toolkit-checklist-tools")
    tools.locator("button").click()
    expect(tools.locator("[role=status]")).to_have_text(data["strings"]["finders_checklist_cleared"][lang])
    expect(checkbox(page, data, 0)).not_to_be_checked()
    page.reload()
    expect(checkbox(page, data, 0)).not_to_be_checked()
    expect(checkbox(page, data, 2)).not_to_be_checked()
    expect(checkbox(page, data, 0, role="head-teacher")).to_be_checked()
    assert page.console_errors == []


def test_ticks_are_shared_between_the_languages(page, server, data):
    page.goto(url(server, "en", ROLES))
    checkbox(page, data, 0).check()
    page.goto(url(server, "cy", ROLES))
    expect(checkbox(page, data, 0)).to_be_checked()
    checkbox(page, data, 0).uncheck()
    checkbox(page, data, 1, role="head-teacher").check()
    page.goto(url(server, "en", ROLES))
    expect(checkbox(page, data, 0)).not_to_be_checked()
    expect(checkbox(page, data, 1, role="head-teacher")).to_be_checked()
    assert page.console_errors == []


def test_ticks_saved_per_language_before_are_moved_to_the_shared_store(page, server, data):
    """Ticks from before the stores were shared survive: a tick in either language counts."""
    staff = render.duty_ids(next(r for r in data["roles"] if r["id"] == "all-staff"))
    page.goto(url(server, "en", ROLES))
    page.evaluate("""([en, cy]) => {
        localStorage.clear();
        localStorage.setItem("toolkit-checklist:en:/appendices/roles-and-responsibilities.html", JSON.stringify(en));
        localStorage.setItem("toolkit-checklist:cy:/cy/appendices/roles-and-responsibilities.html", JSON.stringify(cy));
    }""", [{staff[0]: True}, {staff[2]: True}])
    page.goto(url(server, "cy", ROLES))
    expect(checkbox(page, data, 0)).to_be_checked()
    expect(checkbox(page, data, 2)).to_be_checked()
    expect(checkbox(page, data, 1)).not_to_be_checked()
    keys = page.evaluate("Object.keys(localStorage).sort()")
    assert keys == ["toolkit-checklist:all-staff"]
    assert page.console_errors == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_without_javascript_everything_is_shown_and_the_forms_are_not(browser, server, data, lang):
    context = browser.new_context(java_script_enabled=False)
    try:
        tab = context.new_page()
        tab.goto(url(server, lang, VULNERABILITY))
        assert not tab.locator("form#intervention-finder").is_visible()
        assert tab.locator("table.toolkit-table[data-domain] td li:visible").count() == \
            expected_interventions(data, lang)
        tab.goto(url(server, lang, SITUATIONS))
        assert not tab.locator("form#situation-finder").is_visible()
        assert tab.locator("section.toolkit-situation:visible").count() == \
            tab.locator("section.toolkit-situation").count() > 0
        tab.goto(url(server, lang, ROLES))
        assert not tab.locator(".toolkit-checklist-tools").first.is_visible()
        first = tab.locator("ul.toolkit-checklist input[type=checkbox]").first
        first.check()                     # still a working tick box
        assert first.is_checked()
    finally:
        context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_features_work_from_a_shared_drive(page, site, data, lang):
    """Opened as files (file://), as from a shared drive: scripts load and ticks are kept."""
    folder = site / lang if lang == "cy" else site
    page.goto((folder / page_url(VULNERABILITY)).as_uri())
    total = expected_interventions(data, lang)
    page.fill("#intervention-finder-text", "elsa")
    expect(finder_status(page)).to_have_text(count_text(
        data, lang, "finders_interventions_count", expected_interventions(data, lang, words="elsa"), total))
    page.goto((folder / page_url(SITUATIONS)).as_uri())
    expect(page.locator("form#situation-finder")).to_be_visible()
    page.goto((folder / page_url(ROLES)).as_uri())
    checkbox(page, data, 1).check()
    page.reload()
    expect(checkbox(page, data, 1)).to_be_checked()
    assert page.console_errors == []
