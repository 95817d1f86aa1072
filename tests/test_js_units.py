"""The unit tests of the site's scripts (tests/js/*.test.js), run in Node's own test runner
without a browser: the search worker's query reader, the self-review's logic and the
checklists' reading of saved ticks."""
import json
import os
import re
import subprocess

from conftest import CHOICES, ROOT

UNITS = ROOT / "tests" / "js"


def test_every_javascript_unit_test_passes_in_node():
    files = sorted(UNITS.glob("*.test.js"))
    assert files, "no tests/js/*.test.js"
    # The self-review's ratings and notes, which the page hands its script, from the schema.
    choices = json.dumps({"rating": list(CHOICES["rating"]), "field": list(CHOICES["review_field"])})
    result = subprocess.run(["node", "--test", *map(str, files)], cwd=ROOT, capture_output=True, text=True,
                            env={**os.environ, "TOOLKIT_REVIEW_CHOICES": choices})
    report = result.stdout + result.stderr
    assert result.returncode == 0, report
    totals = dict(re.findall(r"^# (pass|fail|cancelled) (\d+)$", result.stdout, re.MULTILINE))
    assert totals.get("fail") == "0" and totals.get("cancelled") == "0", report
    assert int(totals.get("pass", 0)) > 0, report
