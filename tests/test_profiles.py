"""Local settings: each profile's details appear where they should, nothing leaks from another
profile, and bad settings stop the build with a message naming the file and the field."""
import functools

import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import CHOICES, ROOT, copy_project, run_mkdocs_build
import macros.data as loader

REGIONAL = ["cornwall", "caerphilly", "leicestershire"]


def profile(name):
    return yaml.safe_load((ROOT / "profiles" / f"{name}.yml").read_text(encoding="utf-8"))


def build(project, site_dir, profile_name):
    return run_mkdocs_build(project, site_dir, TOOLKIT_PROFILE=profile_name, TOOLKIT_PDFS="0")


@pytest.fixture(scope="session")
def profile_sites(tmp_path_factory):
    """Each example profile's site, built the first time a test asks for it (however the
    tests are ordered, or shared between workers, a profile is built once per worker)."""
    @functools.cache
    def site_of(name):
        site = tmp_path_factory.mktemp(name)
        result = build(ROOT, site, name)
        assert result.returncode == 0, result.stderr
        return site
    return site_of


@pytest.fixture(params=REGIONAL)
def built(request, profile_sites):
    return request.param, profile_sites(request.param)


def norm(text):
    return " ".join(text.split())


def soup(site, lang, page):
    folder = site if lang == "en" else site / lang
    return BeautifulSoup((folder / page).read_text(encoding="utf-8"), "lxml")


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_profile_details_appear_and_nothing_leaks(built, lang):
    name, site = built
    settings = profile(name)
    own = {service["name"][lang] for service in settings["services"]}
    others = {service["name"][lang] for other in REGIONAL if other != name
              for service in profile(other).get("services", [])} - own
    for page in ("local-support.html", "whole-school/pathways-of-support.html"):
        table = soup(site, lang, page).select_one("table[aria-labelledby=local-services-caption]")
        shown = {" ".join(th.get_text().split()) for th in table.select("tbody th")}
        assert shown == own, page
        assert not shown & others
    page = soup(site, lang, "index.html")
    assert norm(settings["safeguarding_contact"][lang]) in norm(page.select_one(".toolkit-urgent").get_text())
    assert norm(settings["worry_contact"][lang]) in norm(soup(site, lang, "local-support.html").get_text())


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_the_schools_safeguarding_contact_comes_before_the_national_numbers(built, lang):
    name, site = built
    box = soup(site, lang, "help-now.html").select_one("aside.toolkit-urgent")
    school = box.select_one(".toolkit-urgent__school")
    assert norm(profile(name)["safeguarding_contact"][lang]) in norm(school.get_text())
    first_number = box.select_one("a[href^='tel:']")
    assert school in first_number.find_all_previous("p")


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_the_school_name_shows_on_screen_above_the_title(built, page, lang):
    """A phone screen shows whose copy this is (the default names no school: tests/test_look.py)."""
    name, site = built
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto((site / ("" if lang == "en" else "cy") / "pace" / "curiosity.html").as_uri())
    shown = page.locator("article .toolkit-school-name")
    assert shown.is_visible() and shown.inner_text().strip() == profile(name)["name"][lang]
    title = page.locator("article h1").bounding_box()
    assert shown.bounding_box()["y"] + shown.bounding_box()["height"] <= title["y"] < 844


def test_the_default_profile_lists_no_services(html):
    strings = loader.for_nation(loader.load_all(ROOT / "data"), None)["strings"]   # its words filled in
    assert html("en", "local-support.md").select_one("table[aria-labelledby=local-services-caption]") is None
    assert norm(strings["local_services_none"]["cy"]) in norm(html("cy", "local-support.md").get_text())


@pytest.fixture
def project(tmp_path):
    return copy_project(tmp_path / "project")


def write_profile(project, text):
    (project / "profiles" / "broken.yml").write_text(text, encoding="utf-8")


def test_missing_welsh_setting_is_named(project, tmp_path):
    write_profile(project, "name: {en: Ysgol Test, cy: Ysgol Test}\nworry_contact: {en: Ask the office}\n")
    result = build(project, tmp_path / "site", "broken")
    assert result.returncode != 0
    assert "profiles/broken.yml, field 'worry_contact.cy': expected Welsh text, found nothing" in result.stderr


def test_bad_service_level_is_named(project, tmp_path):
    write_profile(project, """
name: {en: Test School, cy: Ysgol Test}
worry_contact: {en: Ask the office, cy: Gofynnwch i'r swyddfa}
services:
  - id: nurse
    name: {en: School nurse, cy: Nyrs ysgol}
    offer: {en: Health advice, cy: Cyngor iechyd}
    contact: {en: Through the office, cy: Drwy'r swyddfa}
    level: urgent
""")
    result = build(project, tmp_path / "site", "broken")
    assert "profiles/broken.yml, field 'services[1].level': expected one of universal, targeted, " \
           "specialist, found 'urgent'" in result.stderr


def test_feedback_must_be_a_web_or_mail_address(project, tmp_path):
    write_profile(project, "name: {en: T, cy: T}\nworry_contact: {en: A, cy: A}\nfeedback: Mrs Jones\n")
    result = build(project, tmp_path / "site", "broken")
    assert "profiles/broken.yml, field 'feedback': expected an address starting https:// or mailto:, " \
           "found 'Mrs Jones'" in result.stderr


def test_unknown_profile_is_named(project, tmp_path):
    result = build(project, tmp_path / "site", "atlantis")
    assert "profiles/atlantis.yml: no such profile (TOOLKIT_PROFILE=atlantis; known: caerphilly, " \
           "cornwall, default, leicestershire)" in result.stderr


# England and Wales: each profile's nation decides the names of roles and bodies on every page.
NATION_WORDS = {   # checked against the published guidance listed in data/nation-words.yml
    "wales": {"en": ["designated safeguarding person", "ALNCo", "Estyn"],
              "cy": ["person diogelu dynodedig", "CADY", "Estyn"]},
    "england": {"en": ["designated safeguarding lead", "SENCO", "Ofsted"],
                "cy": ["arweinydd diogelu dynodedig", "SENCO", "Ofsted"]},
}
OTHER_NATION = {"wales": "england", "england": "wales"}
CORNWALL_LABEL = {"en": "An example from Cornwall and the Isles of Scilly",
                  "cy": "Enghraifft o Gernyw ac Ynysoedd Syllan"}


def site_text(site, lang):
    """The article text of every page of one language, as one string."""
    folder = site if lang == "en" else site / lang
    pages = [page for page in folder.rglob("*.html") if lang != "en" or "cy" not in page.relative_to(site).parts[:1]]
    return " ".join(norm(article.get_text(" ")) for page in pages
                    if (article := BeautifulSoup(page.read_text(encoding="utf-8"), "lxml").select_one("article")))


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_a_profile_reads_as_its_nation_throughout(built, lang):
    name, site = built
    nation = profile(name)["nation"]
    text = site_text(site, lang)
    for word in NATION_WORDS[nation][lang]:
        assert word in text, (name, word)
    for word in NATION_WORDS[OTHER_NATION[nation]][lang][:2]:   # Estyn stays: its report is a source
        assert word not in text, (name, word)
    urgent = norm(soup(site, lang, "index.html").select_one(".toolkit-urgent").get_text())
    assert NATION_WORDS[nation][lang][0] in urgent


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_the_national_wellbeing_guidance_is_the_nations_own(built, lang):
    name, site = built
    guidance = {"wales": {"en": "the Welsh Government's whole-school approach framework",
                          "cy": "Yn ôl fframwaith dull ysgol gyfan Llywodraeth Cymru"},
                "england": {"en": "Public Health England's guidance on a whole school and college approach",
                            "cy": "Yn ôl canllawiau Public Health England ar ddull ysgol a choleg gyfan"}}
    text = norm(soup(site, lang, "whole-school/positive-relationships.html").select_one("article").get_text(" "))
    assert guidance[profile(name)["nation"]][lang] in text


def test_the_welsh_edition_mutates_the_role_after_a_word_that_softens_it(built):
    name, site = built
    cells = [norm(td.get_text()) for td in soup(site, "cy", "start-here/how-to-use.html").select("td")]
    expected = {"wales": "Dirprwy berson diogelu dynodedig", "england": "Dirprwy arweinydd diogelu dynodedig"}
    assert expected[profile(name)["nation"]] in cells


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_the_cornwall_examples_are_labelled_or_left_out(built, lang):
    name, site = built
    shown = profile(name).get("cornwall_examples", "show") == "show"
    for page in ("local-support.html", "whole-school/pathways-of-support.html"):
        text = norm(soup(site, lang, page).select_one("article").get_text(" "))
        assert (CORNWALL_LABEL[lang] in text) == shown, (name, page)
        assert ("I-Thrive" in text) == shown, (name, page)


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_the_neutral_default_names_both_nations_and_keeps_the_examples_labelled(html, lang):
    both = {"en": "the designated safeguarding lead (England) or person (Wales)",
            "cy": "yr arweinydd diogelu dynodedig (Lloegr) neu'r person diogelu dynodedig (Cymru)"}
    assert both[lang] in norm(html(lang, "index.md").select_one(".toolkit-urgent").get_text())
    assert both[lang] in norm(html(lang, "whole-school/confidentiality.md").select_one("article").get_text(" "))
    for nation in CHOICES["nation"]:
        terms = {norm(dt.get_text()) for dt in html(lang, "glossary.md").select("article dt")}
        assert NATION_WORDS[nation][lang][0] in {term.lower() for term in terms}
    for page in ("local-support.md", "whole-school/pathways-of-support.md"):
        assert CORNWALL_LABEL[lang] in norm(html(lang, page).select_one("article").get_text(" "))


def test_a_bad_nation_is_named(project, tmp_path):
    write_profile(project, "name: {en: T, cy: T}\nworry_contact: {en: A, cy: A}\nnation: scotland\n")
    result = build(project, tmp_path / "site", "broken")
    assert result.returncode != 0
    assert "profiles/broken.yml, field 'nation': expected one of england, wales, found 'scotland'" \
        in result.stderr


def test_an_unknown_word_in_a_profile_is_named(project, tmp_path):
    write_profile(project, "name: {en: T, cy: T}\n"
                           "worry_contact: {en: 'Ask [[safeguarding-rol.the]]', cy: A}\n")
    result = build(project, tmp_path / "site", "broken")
    assert result.returncode != 0
    assert "profiles/broken.yml, field 'worry_contact.en': unknown word [[safeguarding-rol.the]]" \
        in result.stderr
