"""Every saver of answers files keeps a file's kind and what people put in it: a .json file stays JSON (diff --record,
the wizard), --record keeps a YAML file's comments, and the wizard's draft is no more readable than the answers."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
import yaml

from conftest import SAMPLES_DIR, run_cli
from policygen.answers import load_answers
from policygen.answers.save import dump_answers
from policygen.wizard.session import Session, draft_path

# Every test here runs policygen as a separate process: the slow tier (python -m pytest runs it; -m "not slow" does not).
pytestmark = pytest.mark.slow

MINIMAL = SAMPLES_DIR / "minimal.yaml"


def _as_json(path: Path) -> str:
    return dump_answers(load_answers(path), as_json=True)


def _bump(text: str, old: str, new: str) -> str:
    assert old in text
    return text.replace(old, new)


def test_record_keeps_a_json_answers_file_json(tmp_path):
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(_as_json(MINIMAL), encoding="utf-8")
    new.write_text(_bump(_as_json(MINIMAL), '"last_updated": "2026-01-15"', '"last_updated": "2026-02-01"'),
                   encoding="utf-8")
    result = run_cli("diff", old, new, "--record", "--summary", "Email added")
    assert result.returncode == 1, result.stderr
    text = new.read_text(encoding="utf-8")
    saved = json.loads(text)
    assert saved["changes"]["history"] == [{"date": "2026-02-01", "summary": "Email added", "material": False}]
    assert list(saved) == list(json.loads(old.read_text(encoding="utf-8")))  # same key order
    assert text == json.dumps(saved, indent=2, ensure_ascii=False) + "\n"  # 2-space indent, final newline


def test_record_keeps_the_comments_of_a_yaml_file(tmp_path):
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_bytes(MINIMAL.read_bytes())
    text = "# Reviewed by legal, 2026-01\n" + _bump(MINIMAL.read_text(encoding="utf-8"), "last_updated: 2026-01-15",
                                                     "last_updated: 2026-02-01  # the email notice")
    new.write_text(text, encoding="utf-8")
    assert run_cli("diff", old, new, "--record", "--summary", "First").returncode == 1
    first = new.read_text(encoding="utf-8")
    assert first == text.replace("  # the email notice\n", "  # the email notice\n  history:\n"
                                 "    - date: 2026-02-01\n      summary: First\n      material: false\n")
    new.write_text(_bump(first, "last_updated: 2026-02-01", "last_updated: 2026-03-01"), encoding="utf-8")
    assert run_cli("diff", old, new, "--record", "--summary", "Second").returncode == 1
    second = new.read_text(encoding="utf-8")
    assert second.startswith("# Reviewed by legal, 2026-01\n")
    assert "last_updated: 2026-03-01  # the email notice\n  history:\n    - date: 2026-03-01\n      summary: Second\n" \
           "      material: false\n    - date: 2026-02-01\n      summary: First\n" in second
    history = load_answers(new).changes.history
    assert [(h.date.isoformat(), h.summary) for h in history] == [("2026-03-01", "Second"), ("2026-02-01", "First")]


def test_wizard_saves_a_json_answers_file_as_json(tmp_path):
    path = tmp_path / "answers.json"
    path.write_text(_as_json(MINIMAL), encoding="utf-8")
    session = Session.open(path)
    session.set(("organisation", "trading_name"), "Juniper")
    assert session.save() == 0
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["organisation"]["trading_name"] == "Juniper"
    assert path.read_text(encoding="utf-8").endswith("}\n")

    session.set(("organisation", "email"), "not an email")  # incomplete answers go to the draft, as YAML
    assert session.save() > 0
    assert json.loads(path.read_text(encoding="utf-8")) == saved
    assert yaml.safe_load(draft_path(path).read_text(encoding="utf-8"))["organisation"]["email"] == "not an email"


def test_wizard_saves_incomplete_json_answers_as_json(tmp_path):
    path = tmp_path / "new.json"
    session = Session.open(path)
    session.set(("organisation", "legal_name"), "Juniper Lane Ltd")
    assert session.save() > 0
    assert json.loads(path.read_text(encoding="utf-8"))["organisation"] == {"legal_name": "Juniper Lane Ltd"}


def test_draft_takes_the_answers_file_permissions(tmp_path):
    path = tmp_path / "answers.yaml"
    path.write_bytes(MINIMAL.read_bytes())
    os.chmod(path, 0o600)
    previous = os.umask(0o022)
    try:
        session = Session.open(path)
        session.set(("organisation", "trading_name"), "Juniper")
        session.write_draft()
        assert stat.S_IMODE(draft_path(path).stat().st_mode) == 0o600
        os.chmod(path, 0o640)
        session.write_draft()  # an existing draft follows the answers file too
        assert stat.S_IMODE(draft_path(path).stat().st_mode) == 0o640

        fresh = Session.open(tmp_path / "new.yaml")  # no answers file yet: owner only
        fresh.set(("organisation", "legal_name"), "Juniper Lane Ltd")
        fresh.write_draft()
        assert stat.S_IMODE(draft_path(tmp_path / "new.yaml").stat().st_mode) == 0o600
    finally:
        os.umask(previous)


def test_a_value_met_twice_is_written_twice_not_as_an_alias():
    import datetime

    from policygen.answers.save import dump_yaml

    day = datetime.date(2026, 12, 1)
    assert dump_yaml({"last_updated": day, "history": [{"date": day}]}) == (
        "last_updated: 2026-12-01\nhistory:\n  - date: 2026-12-01\n")
