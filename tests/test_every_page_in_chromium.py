"""Every built page of both editions (404 pages included), visited once in Chromium
(tests/crawl.py): axe-core finds no WCAG 2.2 A or AA violation, no page logs a console error,
and no page asks another website for anything.

An edition's three tests share its crawl, so they are one class: the parallel runner keeps
a class on one worker (--dist=loadscope in pytest.ini), and the two editions' crawls can run
side by side."""
from crawl import foreign, visit_every_page


class EveryPageOfAnEdition:
    lang = None
    runs_first = True   # the longest tests of the suite (tests/conftest.py)

    def visits(self, browser, server, site, pages):
        visits = visit_every_page(browser, server, site, self.lang)
        assert len(visits) > len(pages)    # every page and the edition's 404 page
        return visits

    def test_every_page_passes_wcag_22_aa(self, browser, server, site, pages):
        visits = self.visits(browser, server, site, pages)
        failures = {path: visit.violations for path, visit in visits.items() if visit.violations}
        assert failures == {}

    def test_no_page_logs_a_console_error(self, browser, server, site, pages):
        visits = self.visits(browser, server, site, pages)
        errors = {path: visit.console_errors for path, visit in visits.items() if visit.console_errors}
        assert errors == {}

    def test_no_page_requests_anything_from_another_origin(self, browser, server, site, pages):
        visits = self.visits(browser, server, site, pages)
        # The recorder sees what scripts load after the page: the edition's search index.
        requested = {url for visit in visits.values() for url in visit.requests}
        index = "search/search_index.json" if self.lang == "en" else f"{self.lang}/search/search_index.json"
        assert server + index in requested
        offenders = {path: foreign(visit.requests, server) for path, visit in visits.items()}
        assert {path: urls for path, urls in offenders.items() if urls} == {}


class TestEnglishEdition(EveryPageOfAnEdition):
    lang = "en"


class TestWelshEdition(EveryPageOfAnEdition):
    lang = "cy"
