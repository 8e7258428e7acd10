"""``policygen upgrade-report``: what a new clause library or laws layer changes in a policy, told apart from what
the answers changed, against the lock file ``--update`` writes."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from conftest import run_cli
from factory import answers, write
from policygen.changelog import CHANGES
from policygen.clauses.registry import CLAUSES_BY_ID
from policygen.document.templating import builtin_templates_dir
from policygen.laws import CHECKS, ELEMENTS
from policygen.upgrade import question_paths

pytestmark = pytest.mark.slow  # each test runs the command in child processes

SECURITY = builtin_templates_dir() / "clauses" / "security.md.j2"
OLD_WORDS = "No system is perfectly secure"
NEW_WORDS = "No system is completely secure"


def clause_versions(tmp_path):
    """Two versions of the security clause, as two folders of templates: the library before and after."""
    before, after = tmp_path / "before", tmp_path / "after"
    for folder in (before, after):
        folder.mkdir()
        shutil.copy(SECURITY, folder / "security.md.j2")
    text = (after / "security.md.j2").read_text(encoding="utf-8")
    assert OLD_WORDS in text
    (after / "security.md.j2").write_text(text.replace(OLD_WORDS, NEW_WORDS), encoding="utf-8")
    return before, after


def report(path, *options):
    result = run_cli("upgrade-report", path, "--format", "json", *options)
    assert result.returncode in (0, 1), result.stderr
    return result.returncode, json.loads(result.stdout)


def test_a_reworded_clause_is_the_librarys_change_and_an_answer_change_is_the_answers(tmp_path):
    before, after = clause_versions(tmp_path)
    data = answers()
    path = write(tmp_path / "privacy-answers.yaml", data)
    assert run_cli("upgrade-report", path, "--update", "--templates", before).returncode == 0
    assert (tmp_path / "privacy-answers.lock.json").is_file()

    code, same = report(path, "--templates", before)
    assert code == 0 and same["by_library"] == [] and same["by_answers"] == [] and not same["library_changed"]

    code, upgraded = report(path, "--templates", after)
    assert code == 1 and upgraded["library_changed"]
    assert [(c["id"], c["kind"]) for c in upgraded["by_library"]] == [("security", "reworded")]
    assert upgraded["by_answers"] == []

    data["organisation"] = {**data["organisation"], "legal_name": "Renamed Ltd"}
    write(path, data)
    code, both = report(path, "--templates", after)
    assert [c["id"] for c in both["by_library"]] == ["security"]
    assert "identity" in [c["id"] for c in both["by_answers"]]
    assert "security" not in [c["id"] for c in both["by_answers"]]
    text = run_cli("upgrade-report", path, "--templates", after).stdout.decode()
    assert "Clauses the library changed (your answers as recorded):\n  ~ reworded: security" in text
    assert "Clauses your answers changed since the lock file:" in text


def test_the_report_names_new_rules_and_questions_with_the_changelogs_reason(tmp_path):
    data = {**answers(audiences={"regions": ["other_us_states"], "us_states": ["IN"]})}
    path = write(tmp_path / "privacy-answers.yaml", data)
    assert run_cli("upgrade-report", path, "--update").returncode == 0
    lock = tmp_path / "privacy-answers.lock.json"
    recorded = json.loads(lock.read_text(encoding="utf-8"))
    # As an older library would have written it: without Indiana's rule, the review date, or this changelog.
    del recorded["rules"]["us_states.IN"]
    recorded["questions"].remove("changes.last_reviewed")
    recorded["changelog"] = "2026-01-01"
    lock.write_text(json.dumps(recorded), encoding="utf-8")

    code, found = report(path)
    assert code == 1
    [rule] = found["new_rules"]
    assert rule["rule"] == "us_states.IN" and rule["kind"] == "added" and rule["in_force"] == "2026-01-01"
    assert "one rule per US state privacy law" in rule["reason"]
    [question] = found["new_questions"]
    assert question["path"] == "changes.last_reviewed" and "last reviewed" in question["reason"]
    assert len(found["changes"]) == len(CHANGES)

    data["changes"] = {**data["changes"], "last_reviewed": "2026-02-01"}
    write(path, data)
    assert report(path)[1]["new_questions"] == [], "an answered question is not asked again"


def test_without_a_lock_file_it_says_how_to_make_one(tmp_path):
    path = write(tmp_path / "privacy-answers.yaml", answers())
    result = run_cli("upgrade-report", path)
    assert result.returncode == 2 and result.stdout == b""
    [line] = result.stderr.decode().splitlines()
    assert "privacy-answers.lock.json" in line and "--update" in line


def test_a_damaged_lock_file_is_one_problem_and_left_as_it_is(tmp_path):
    path = write(tmp_path / "privacy-answers.yaml", answers())
    lock = tmp_path / "privacy-answers.lock.json"
    lock.write_text("{not json", encoding="utf-8")
    result = run_cli("upgrade-report", path)
    assert result.returncode == 2 and len(result.stderr.decode().splitlines()) == 1
    assert lock.read_text(encoding="utf-8") == "{not json"


def test_the_lock_file_is_the_same_bytes_every_time_and_never_reads_the_clock(tmp_path):
    # Last updated long ago, for California: checked on the real today this would warn that the policy is stale.
    data = answers(audiences={"regions": ["california"]})
    data["changes"] = {**data["changes"], "effective_date": "2020-01-01", "last_updated": "2020-01-01"}
    path = write(tmp_path / "privacy-answers.yaml", data)
    lock = tmp_path / "privacy-answers.lock.json"
    assert run_cli("upgrade-report", path, "--update").returncode == 0
    first = lock.read_bytes()
    assert run_cli("upgrade-report", path, "--update").returncode == 0
    assert lock.read_bytes() == first
    recorded = json.loads(first)
    assert "review-12-months" not in {f["rule"] for f in recorded["findings"]}
    assert run_cli("upgrade-report", path).stdout == run_cli("upgrade-report", path).stdout


def test_changelog_entries_name_things_that_exist():
    rules = {e.id for e in ELEMENTS} | {c.id for c in CHECKS}
    questions = set(question_paths())
    days = [c.day for c in CHANGES]
    assert days == sorted(days)
    for change in CHANGES:
        assert change.summary.strip()
        assert set(change.clauses) <= set(CLAUSES_BY_ID), change
        assert set(change.rules) <= rules, change
        assert set(change.questions) <= questions, change


def test_diff_with_the_old_lock_file_tells_the_librarys_changes_from_the_answers(tmp_path):
    _, other_library = clause_versions(tmp_path)
    old_data = answers()
    new_data = {**old_data, "organisation": {**old_data["organisation"], "legal_name": "Renamed Ltd"}}
    old, new = write(tmp_path / "old.yaml", old_data), write(tmp_path / "new.yaml", new_data)
    lock = tmp_path / "old.lock.json"
    # The lock as another version of the security clause rendered OLD.
    assert run_cli("upgrade-report", old, "--update", "--templates", other_library).returncode == 0

    result = run_cli("diff", old, new, "--lock", lock, "--format", "json")
    assert result.returncode == 1, result.stderr
    causes = {c["id"]: c["cause"] for c in json.loads(result.stdout)["clauses"]}
    assert causes["security"] == "library" and causes["identity"] == "answers"
    text = run_cli("diff", old, new, "--lock", lock).stdout.decode()
    assert re.search(r"~ reworded: security \(.+\)  \[by the library\]\n", text), text
    without = {c["id"]: c["cause"] for c in json.loads(run_cli("diff", old, new, "--format", "json").stdout)["clauses"]}
    assert "security" not in without and without["identity"] == "answers"

    refused = run_cli("diff", new, old, "--lock", lock)
    assert refused.returncode == 2 and "other answers than OLD" in refused.stderr.decode()
