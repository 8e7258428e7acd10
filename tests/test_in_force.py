"""In-force dates: every rule of every law says when it took effect and where that date comes from, and ``check``
applies a rule only on the days it is in force."""

from __future__ import annotations

import datetime
import json

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


def test_check_today_applies_only_what_is_in_force(tmp_path):
    path = write(tmp_path / "answers.yaml", answers(audiences={"regions": ["other_us_states"], "us_states": ["KY"]}))

    def elements(day: str) -> set[str]:
        result = run_cli("check", path, "--today", day, "--format", "json")
        assert result.returncode == 0, result.stderr
        report = json.loads(result.stdout)
        return {e["element"]: e["in_force"] for law in report["laws"] for e in law["elements"]}

    assert "us_states.KY" not in elements("2025-12-31")
    assert elements("2026-01-01")["us_states.KY"] == "2026-01-01"
