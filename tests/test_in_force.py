"""In-force dates: every rule of every law says when it took effect and where that date comes from, and ``check``
applies a rule only on the days it is in force."""

from __future__ import annotations

import datetime
import json

import pytest

from conftest import run_cli
from factory import answers, write
from policygen.catalogue.regions import US_PRIVACY_STATES
from policygen.laws import CHECKS, ELEMENTS, LAWS
from policygen.laws.us_states import GPC_FROM, STATE_LAWS
from policygen.legal.check import check
from policygen.model import Answers
from test_legal import COMPLETE

DAY = datetime.timedelta(days=1)
NEW_YEAR_2026 = datetime.date(2026, 1, 1)
COPPA_2025 = datetime.date(2026, 4, 22)


def test_every_rule_of_every_law_has_its_date_and_source():
    for law in LAWS.values():
        assert law.in_force and law.in_force.source, law.id
    for rule in list(ELEMENTS) + [c for c in CHECKS if c.law]:
        assert rule.in_force is not None, rule.id
        assert rule.in_force.source.strip(), rule.id
        assert isinstance(rule.in_force.confirmed, bool)
        assert rule.in_force.until is None or rule.in_force.until > rule.in_force.since, rule.id


def test_only_checks_about_the_answers_themselves_have_no_date():
    assert {c.id for c in CHECKS if c.in_force is None} == {c.id for c in CHECKS if not c.law}


def test_every_state_policygen_knows_has_its_law_and_date():
    assert set(STATE_LAWS) == set(US_PRIVACY_STATES)
    assert set(GPC_FROM) <= set(STATE_LAWS)


def serving(**audiences) -> Answers:
    return Answers.model_validate({**COMPLETE, "audiences": audiences})


def elements_on(model: Answers, day: datetime.date) -> set[str]:
    return {e.element for law in check(model, day).laws for e in law.elements}


def test_a_state_law_applies_from_its_first_day_only():
    indiana = serving(regions=["other_us_states"], us_states=["IN"])
    assert "us_states.IN" not in elements_on(indiana, NEW_YEAR_2026 - DAY)
    assert "us_states.IN" in elements_on(indiana, NEW_YEAR_2026)


def test_a_replaced_rule_gives_way_to_its_successor_on_the_day():
    children = {"minimum_age": 8, "directed_to_children": True, "parental_consent_method": "a card check",
                "data_from_children": ["contact_details"]}
    model = Answers.model_validate({**COMPLETE, "audiences": {"regions": ["other"]}, "children": children,
                                    "cookies": {"kinds": ["essential"]},
                                    "data_categories": [COMPLETE["data_categories"][0]]})
    before, after = elements_on(model, COPPA_2025 - DAY), elements_on(model, COPPA_2025)
    assert "coppa.parents-2013" in before and "coppa.parents" not in before
    assert "coppa.parents" in after and "coppa.parents-2013" not in after
    assert "coppa.retention" not in before and "coppa.retention" in after


def test_a_states_opt_out_signal_duty_counts_from_its_own_date():
    oregon = {**COMPLETE, "audiences": {"regions": ["other_us_states"], "us_states": ["OR"]},
              "cookies": {**COMPLETE["cookies"], "honours_global_privacy_control": False}}
    model = Answers.model_validate(oregon)
    rules = lambda day: {f.rule for f in check(model, day).all_findings}  # noqa: E731
    assert "gpc" not in rules(NEW_YEAR_2026 - DAY)
    assert "gpc" in rules(NEW_YEAR_2026)


@pytest.mark.slow  # runs the command in a child process
def test_check_today_applies_only_what_is_in_force(tmp_path):
    path = write(tmp_path / "answers.yaml", answers(audiences={"regions": ["other_us_states"], "us_states": ["KY"]}))

    def elements(day: str) -> set[str]:
        result = run_cli("check", path, "--today", day, "--format", "json")
        assert result.returncode == 0, result.stderr
        report = json.loads(result.stdout)
        return {e["element"]: e["in_force"] for law in report["laws"] for e in law["elements"]}

    assert "us_states.KY" not in elements("2025-12-31")
    assert elements("2026-01-01")["us_states.KY"] == "2026-01-01"


# ---- what is new since the last review, and what takes effect soon
def children_fixture(**changes) -> Answers:
    children = {"minimum_age": 8, "directed_to_children": True, "parental_consent_method": "a card check",
                "data_from_children": ["contact_details"]}
    return Answers.model_validate({**COMPLETE, "audiences": {"regions": ["other"]}, "children": children,
                                   "cookies": {"kinds": ["essential"]},
                                   "data_categories": [COMPLETE["data_categories"][0]],
                                   "changes": {**COMPLETE["changes"], **changes}})


def review(model: Answers, day: datetime.date) -> dict[str, str]:
    return {f.rule: f.severity for f in check(model, day).review}


def test_a_rule_that_took_effect_after_the_last_review_is_an_error_until_reviewed_again():
    after = datetime.date(2026, 5, 1)
    found = review(children_fixture(last_reviewed="2025-09-01"), after)
    assert found["coppa.retention"] == "error" and found["coppa.parents"] == "error"
    assert "coppa.operators" not in found  # in force since 2013, long before the review
    assert review(children_fixture(last_reviewed=COPPA_2025.isoformat()), after) == {}
    assert review(children_fixture(), after) == {}, "no review date given: nothing to compare with"


def test_the_new_rule_finding_names_the_review_date_the_rule_and_what_to_do():
    [finding] = [f for f in check(children_fixture(last_reviewed="2025-09-01"), datetime.date(2026, 5, 1)).review
                 if f.rule == "coppa.retention"]
    assert finding.path == "changes.last_reviewed" and finding.citation == "16 CFR 312.10 (2025)"
    assert finding.message.startswith("new since your last review on 2025-09-01: COPPA: A written retention policy")
    assert "took effect on 2026-04-22" in finding.message


def test_a_rule_taking_effect_within_90_days_is_a_warning():
    model = children_fixture()
    assert review(model, COPPA_2025 - 90 * DAY)["coppa.retention"] == "warning"
    assert "coppa.retention" not in review(model, COPPA_2025 - 91 * DAY)
    assert "coppa.retention" not in review(model, COPPA_2025), "in force: no longer announced"


def test_rules_that_do_not_apply_to_the_answers_are_not_announced():
    uk_only = Answers.model_validate({**COMPLETE, "audiences": {"regions": ["uk"]},
                                      "changes": {**COMPLETE["changes"], "last_reviewed": "2010-01-01"}})
    assert {rule.split(".")[0] for rule in review(uk_only, datetime.date(2026, 5, 1))} <= {"uk_gdpr", "gdpr"}


@pytest.mark.slow  # runs the command in a child process
def test_check_strict_fails_on_a_new_rule_until_the_review_date_moves(tmp_path):
    data = {**COMPLETE, "audiences": {"regions": ["other_us_states"], "us_states": ["RI"]}}
    data["changes"] = {**data["changes"], "last_reviewed": "2025-09-01"}
    path = write(tmp_path / "answers.yaml", data)
    result = run_cli("check", path, "--strict", "--today", "2026-02-01")
    assert result.returncode == 1
    assert "new since your last review on 2025-09-01: US state privacy laws: The privacy notice Rhode Island" \
        in result.stdout.decode()
    data["changes"]["last_reviewed"] = "2026-01-15"
    write(path, data)
    reviewed = run_cli("check", path, "--strict", "--today", "2026-02-01")
    assert reviewed.returncode == 0 and b"new since your last review" not in reviewed.stdout


@pytest.mark.slow  # runs the command in a child process
def test_the_review_date_never_reaches_the_policy(tmp_path):
    data = answers()
    plain = run_cli("render", write(tmp_path / "a.yaml", data), "--format", "markdown")
    data["changes"] = {**data["changes"], "last_reviewed": "2026-01-15"}
    reviewed = run_cli("render", write(tmp_path / "b.yaml", data), "--format", "markdown")
    assert plain.returncode == reviewed.returncode == 0
    assert plain.stdout == reviewed.stdout
