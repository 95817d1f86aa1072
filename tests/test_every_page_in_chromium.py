"""Every built page of both editions (404 pages included), visited once in Chromium
(tests/crawl.py): axe-core finds no WCAG 2.2 A or AA violation, no page logs a console error,
and no page asks another website for anything. One module, so one test worker makes the
crawl once for all three."""
from crawl import foreign, visit_every_page


def test_every_page_of_both_editions_passes_wcag_22_aa(browser, server, site, pages):
    visits = visit_every_page(browser, server, site)
    assert len(visits) >= 2 * len(pages)
    failures = {path: visit.violations for path, visit in visits.items() if visit.violations}
    assert failures == {}


def test_no_page_logs_a_console_error(browser, server, site, pages):
    visits = visit_every_page(browser, server, site)
    assert len(visits) >= 2 * len(pages)
    errors = {path: visit.console_errors for path, visit in visits.items() if visit.console_errors}
    assert errors == {}


def test_no_page_requests_anything_from_another_origin(browser, server, site, pages):
    visits = visit_every_page(browser, server, site)
    assert len(visits) >= 2 * len(pages)
    # The recorder sees what scripts load after the page: each edition's search index.
    requested = {url for visit in visits.values() for url in visit.requests}
    assert {server + "search/search_index.json", server + "cy/search/search_index.json"} <= requested
    offenders = {path: foreign(visit.requests, server) for path, visit in visits.items()}
    assert {path: urls for path, urls in offenders.items() if urls} == {}
