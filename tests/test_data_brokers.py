"""Data brokers: the "we are a data broker" answer, Texas's notice (Bus. & Com. Code 509.004), California's Delete
Act (registration, DROP, the yearly request figures) and the policy's clause for the people a broker holds data on."""

from __future__ import annotations

import copy
import datetime

import pytest

from test_legal import BROKER, COMPLETE, FIGURES, findings, model, policy_text
from policygen.facts import facts_of
from policygen.laws.data_brokers import TEXAS_NOTICE, due_year
from policygen.legal.check import check
from policygen.model.effect import answers_without_effect

SECRETARY_OF_STATE_WORDS = ("The entity maintaining this website is a data broker under Texas law. To conduct business "
                            "in Texas, a data broker must register with the Texas Secretary of State (Texas SOS). "
                            "Information about data broker registrants is available on the Texas SOS website.")
JULY_2026 = datetime.date(2026, 7, 1)
JULY_2 = datetime.date(2026, 7, 2)


def broker(**changes) -> dict:
    """BROKER with parts of practices.broker replaced."""
    data = copy.deepcopy(BROKER)
    data["practices"]["broker"].update(copy.deepcopy(changes))
    return data


def with_audiences(data: dict, **audiences) -> dict:
    return {**data, "audiences": audiences}


def elements(data: dict, day=JULY_2026) -> dict:
    return {e.element: e for law in check(model(data), day).laws if law.law == "data_brokers" for e in law.elements}


# ---- the law and its elements
def test_every_element_is_disclosed_in_its_own_words():
    found = elements(BROKER)
    assert set(found) == {"data_brokers.texas-notice", "data_brokers.texas-rights", "data_brokers.california-rights",
                          "data_brokers.california-metrics"}
    assert all(e.covered_by and not e.findings for e in found.values())
    said = policy_text(model(BROKER))
    assert "We are a data broker: we collect personal information about people who have never dealt with us, from " \
           "data providers and public sources, and sell it to other companies." in said
    assert "It also covers the personal information we hold as a data broker about people who have never dealt " \
           "with us" in said
    assert "**Texas data broker notice.** " + SECRETARY_OF_STATE_WORDS in said
    assert "We are registered as a data broker in California and Texas." in said
    assert "Delete Request and Opt-out Platform (DROP)" in said and "We check DROP for new requests at least every " \
           "45 days." in said
    assert "**Requests we received in 2025.**" in said
    assert "| Delete, asked of us directly | 10 | 8 | 2 | 12 | 14.5 |" in said


def test_the_texas_notice_is_the_secretary_of_states_words_exactly():
    assert TEXAS_NOTICE == SECRETARY_OF_STATE_WORDS


def test_the_law_applies_only_where_data_is_sold_and_a_us_state_law_applies():
    assert "data_brokers" in facts_of(model(BROKER)).laws
    unsold = copy.deepcopy(BROKER)
    for category in unsold["data_categories"]:
        category["sold"] = False
    assert "data_brokers" not in facts_of(model(unsold)).laws
    assert "data_brokers" not in facts_of(model(with_audiences(BROKER, regions=["uk"]))).laws


def test_texas_elements_apply_only_where_texas_is_served():
    virginia = elements(with_audiences(BROKER, regions=["california", "other_us_states"], us_states=["VA"]))
    assert "data_brokers.texas-notice" not in virginia and "data_brokers.california-metrics" in virginia
    said = policy_text(model(with_audiences(BROKER, regions=["california", "other_us_states"], us_states=["VA"])))
    assert "Texas data broker notice" not in said and "If you live in California, you can ask" in said


def test_california_elements_apply_only_where_california_is_served():
    texas_only = with_audiences(BROKER, regions=["other_us_states"], us_states=["TX"])
    found = elements(texas_only)
    assert "data_brokers.california-metrics" not in found and "data_brokers.texas-notice" in found
    said = policy_text(model(texas_only))
    assert "DROP" not in said and "Requests we received" not in said


def test_rules_bind_from_their_own_dates():
    assert "data_brokers.texas-rights" not in elements(BROKER, datetime.date(2025, 8, 31))
    assert "data_brokers.texas-rights" in elements(BROKER, datetime.date(2025, 9, 1))
    assert "data_brokers.texas-notice" not in elements(BROKER, datetime.date(2023, 12, 3))
    assert "data_brokers.texas-notice" in elements(BROKER, datetime.date(2023, 12, 4))
    assert "data_brokers.california-metrics" not in elements(BROKER, datetime.date(2024, 6, 30))


def test_a_broker_without_a_website_is_told_the_notice_goes_in_its_app():
    app_only = {**BROKER, "services": {"covered": [{"kind": "mobile_app", "name": "Leads"}]}}
    result = elements(app_only)["data_brokers.texas-notice"]
    assert [f.path for f in result.findings] == ["services.covered"] and not result.covered_by
    assert "Texas data broker notice" not in policy_text(model(app_only))


def test_a_broker_without_figures_is_asked_for_them():
    result = elements(broker(request_metrics=[]))["data_brokers.california-metrics"]
    assert [f.path for f in result.findings] == ["practices.broker.request_metrics"]
    assert "Requests we received" not in policy_text(model(broker(request_metrics=[])))


# ---- the consistency checks, each triggered and not triggered
def test_data_sold_from_others_without_the_broker_answer_is_a_finding():
    unanswered = copy.deepcopy(BROKER)
    del unanswered["practices"]["data_broker"], unanswered["practices"]["broker"]
    assert findings(unanswered)["broker-unanswered"] == ["practices.data_broker"]
    assert "broker-unanswered" not in findings({**unanswered, "practices": {"data_broker": False}})
    own = copy.deepcopy(unanswered)  # sold, but all of it collected from the people themselves
    own["data_categories"][0]["sources"] = ["directly"]
    assert "broker-unanswered" not in findings(own)
    assert "data broker" not in policy_text(model(unanswered))


def test_the_texas_notice_is_also_due_on_the_website_itself():
    message = findings_of(BROKER, "broker-texas-notice-on-site")
    assert [p for p, _ in message] == ["practices.data_broker"] and "https://testco.example" in message[0][1]
    assert "app" not in message[0][1]
    with_app = copy.deepcopy(BROKER)
    with_app["services"]["covered"].append({"kind": "mobile_app", "name": "Testco app"})
    assert "1 TAC 106.5(2)" in findings_of(with_app, "broker-texas-notice-on-site")[0][1]
    assert not findings_of(with_audiences(BROKER, regions=["california"]), "broker-texas-notice-on-site")


def test_a_california_broker_not_registered_with_the_agency_is_reminded():
    assert findings(broker(registered_with=["texas"]))["broker-california-registration"] == [
        "practices.broker.registered_with"]
    assert "broker-california-registration" not in findings(BROKER)
    said = policy_text(model(broker(registered_with=[])))
    assert "registered as a data broker" not in said and "every data broker registered in California" in said


def test_drop_requests_must_be_processed_from_august_2026():
    data = broker(processes_drop_requests=None)
    assert [p for p, _ in findings_of(data, "broker-drop", datetime.date(2026, 8, 1))] == [
        "practices.broker.processes_drop_requests"]
    assert not findings_of(data, "broker-drop", datetime.date(2026, 7, 31))
    assert not findings_of(BROKER, "broker-drop", datetime.date(2026, 8, 1))
    said = policy_text(model(broker(processes_drop_requests=False)))
    assert "Delete Request and Opt-out Platform (DROP)" in said and "We check DROP" not in said


def test_the_figures_due_depend_on_the_day_check_runs():
    assert due_year(datetime.date(2026, 7, 1)) == 2024 and due_year(JULY_2) == 2025  # "on or before July 1"
    only_2024 = broker(request_metrics=[entry for entry in BROKER["practices"]["broker"]["request_metrics"]
                                        if entry["year"] == 2024])
    assert "broker-metrics-due" not in findings(only_2024, datetime.date(2026, 7, 1))
    assert findings(only_2024, datetime.date(2026, 7, 1))["broker-metrics-coming"] == [
        "practices.broker.request_metrics"]
    assert findings(only_2024, JULY_2)["broker-metrics-due"] == ["practices.broker.request_metrics"]
    assert "broker-metrics-coming" not in findings(only_2024, JULY_2)
    assert "broker-metrics-due" not in findings(BROKER, JULY_2)
    assert "broker-metrics-coming" not in findings(BROKER, datetime.date(2026, 6, 30))
    only_2025 = broker(request_metrics=[entry for entry in BROKER["practices"]["broker"]["request_metrics"]
                                        if entry["year"] == 2025])  # published early: nothing older is needed
    assert "broker-metrics-due" not in findings(only_2025, datetime.date(2026, 3, 1))
    # the policy prints the latest year answered, whatever the day
    assert "Requests we received in 2024" in policy_text(model(only_2024))
    assert "Requests we received in 2025" in policy_text(model(BROKER))


def test_every_kind_of_request_is_needed_and_drop_from_2026():
    partial = broker(request_metrics=[{"year": 2025, "deletion": FIGURES, "know": FIGURES}])
    assert findings(partial, JULY_2)["broker-metrics-due"] == [
        "practices.broker.request_metrics[0].opt_out", "practices.broker.request_metrics[0].limit"]
    year_2026 = {"year": 2026, "deletion": FIGURES, "know": FIGURES, "opt_out": FIGURES, "limit": FIGURES}
    later = datetime.date(2027, 7, 2)
    assert findings(broker(request_metrics=[year_2026]), later)["broker-metrics-due"] == [
        "practices.broker.request_metrics[0].drop_deletion"]
    with_drop = {**year_2026, "drop_deletion": FIGURES}
    assert findings(broker(request_metrics=[with_drop]), later)["broker-metrics-due"] == [
        "practices.broker.request_metrics[0].drop_denials"]
    reasons = {"not_verifiable": 1, "not_by_consumer": 0, "exempt": 1, "other": 0}
    complete = broker(request_metrics=[{**with_drop, "drop_denials": reasons}])
    assert "broker-metrics-due" not in findings(complete, later)
    said = policy_text(model(complete))
    assert "| Delete, through DROP | 10 | 8 | 2 | 12 | 14.5 |" in said
    assert "Of the requests through DROP, we denied 1 in whole or in part because we could not verify them, 0 " \
           "because they were not made by a consumer, 1 because they asked us to delete information the law lets " \
           "us keep, and 0 for other reasons." in said


def test_large_figures_and_exemptions_print_as_written():
    big = {"received": 1234567, "complied": 1200000, "denied": 34567, "median_days": 3, "mean_days": 4.25}
    data = broker(request_metrics=[{"year": 2025, "deletion": big, "know": FIGURES, "opt_out": FIGURES,
                                    "limit": FIGURES, "deletion_not_required": [
                                        {"provision": "Civil Code 1798.145(a)(1)", "requests": 1},
                                        {"provision": "Civil Code 1798.146(a)", "requests": 12}]}])
    said = policy_text(model(data))
    assert "| Delete, asked of us directly | 1,234,567 | 1,200,000 | 34,567 | 3 | 4.2 |" in said
    assert "- Civil Code 1798.145(a)(1): 1 request.\n- Civil Code 1798.146(a): 12 requests." in said


def findings_of(data: dict, rule: str, day=JULY_2026) -> list[tuple[str, str]]:
    return [(f.path, f.message) for f in check(model(data), day).findings if f.rule == rule]


# ---- the sale clause stays true for a broker
def test_gpc_is_not_offered_as_a_way_to_stop_the_sale_of_data_bought_from_others():
    lists_only = copy.deepcopy(BROKER)  # sells what it bought, shares nothing for ads
    lists_only["data_categories"][1]["shared_for_advertising"] = False
    lists_only["cookies"] = {**COMPLETE["cookies"], "kinds": ["essential"]}
    assert "Turn on Global Privacy Control" not in policy_text(model(lists_only))
    not_a_broker = {**lists_only, "practices": {"data_broker": False}}
    assert "Turn on Global Privacy Control" in policy_text(model(not_a_broker))
    tracked = copy.deepcopy(lists_only)  # it also sells what it collects from browsers: GPC reaches that
    tracked["data_categories"][1]["sold"] = True
    assert "Turn on Global Privacy Control" in policy_text(model(tracked))
    assert "Turn on Global Privacy Control" in policy_text(model(BROKER))  # it shares data for ads


# ---- the wizard and answers with no effect
def test_the_wizard_asks_the_broker_questions_only_where_they_apply():
    from policygen.wizard import questions as q

    def relevant(path, data) -> bool:
        return q.is_relevant(q.question_at(path), q.lenient_answers(data))

    sold = {"data_categories": [{"category": "contact_details", "sold": True}]}
    assert relevant(("practices", "data_broker"), {"audiences": {"regions": ["california"]}, **sold})
    assert not relevant(("practices", "data_broker"), {"audiences": {"regions": ["california"]}})
    assert not relevant(("practices", "data_broker"), {"audiences": {"regions": ["uk"]}, **sold})
    yes = {"practices": {"data_broker": True}, **sold}
    assert relevant(("practices", "broker"), {"audiences": {"regions": ["other_us_states"]}, **yes})
    assert not relevant(("practices", "broker"), {"audiences": {"regions": ["other_us_states"]}, **sold})
    drop = ("practices", "broker", "processes_drop_requests")
    metrics = ("practices", "broker", "request_metrics")
    assert relevant(drop, {"audiences": {"regions": ["california"]}, **yes})
    assert relevant(metrics, {"audiences": {"regions": ["california"]}, **yes})
    assert not relevant(drop, {"audiences": {"regions": ["other_us_states"]}, **yes})
    assert not relevant(metrics, {"audiences": {"regions": ["other_us_states"]}, **yes})


def test_broker_answers_where_no_data_is_sold_have_no_effect():
    data = copy.deepcopy(BROKER)
    for category in data["data_categories"]:
        category["sold"] = False
    paths = [path for path, _ in answers_without_effect(model(data))]
    assert "practices.data_broker" in paths and "practices.broker" in paths
    assert not [p for p, _ in answers_without_effect(model(BROKER)) if "broker" in p]


@pytest.mark.slow  # runs the command in a child process
@pytest.mark.parametrize("figure, value, message", [
    ("received", -1, "practices.broker.request_metrics[0].deletion.received: must be at least 0 (found -1)"),
    ("mean_days", -0.5, "practices.broker.request_metrics[0].deletion.mean_days: must be at least 0 (found -0.5)"),
    ("mean_days", "soon", "practices.broker.request_metrics[0].deletion.mean_days: should be a number (found 'soon')"),
])
def test_bad_figures_are_one_line_each_and_exit_2(tmp_path, figure, value, message):
    import subprocess
    import sys

    import yaml

    data = broker(request_metrics=[{"year": 2025, "deletion": {**FIGURES, figure: value}}])
    path = tmp_path / "answers.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "policygen", "validate", str(path)], capture_output=True, text=True)
    assert result.returncode == 2 and result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith(f"{path}:") and line.endswith(message)


def test_a_year_given_twice_is_refused():
    twice = broker(request_metrics=[{"year": 2025, "deletion": FIGURES}, {"year": 2025, "know": FIGURES}])
    with pytest.raises(Exception, match="2025 is given more than once"):
        model(twice)


def test_the_sample_broker_uses_every_part_of_the_law():
    from policygen.answers.load import load_answers
    from pathlib import Path

    sample = load_answers(Path(__file__).parent.parent / "sample_answers" / "008-data-broker.yaml")
    report = check(sample, JULY_2026)
    [law] = [r for r in report.laws if r.law == "data_brokers"]
    assert {e.element for e in law.elements} == set(elements(BROKER))
    assert all(e.covered_by and not e.findings for e in law.elements)
    assert [f.rule for f in report.findings] == ["broker-texas-notice-on-site"]


def test_the_wizard_takes_day_figures_with_decimals_and_saves_numbers():
    from policygen.wizard import questions as q
    from policygen.wizard.form import DecimalQuestion

    mean = q.question_at(("practices", "broker", "request_metrics", 0, "deletion", "mean_days"))
    assert (mean.kind, mean.text_kind, mean.minimum, mean.maximum) == ("text", "number", 0, 3650)
    assert q.placeholder(mean, {}) == 0
    assert [DecimalQuestion.parse(None, text) for text in ("11.4", "12", " .5 ", "", "soon")] == [
        11.4, 12, 0.5, q.MISSING, "soon"]
    lenient = q.lenient_answers({"practices": {"broker": {"request_metrics": [
        {"year": 2025, "deletion": {**FIGURES, "mean_days": 11.4}}]}}})
    assert lenient.practices.broker.request_metrics[0].deletion.mean_days == 11.4


def test_a_business_that_only_sells_is_not_told_of_new_broker_rules():
    seller = copy.deepcopy(BROKER)
    seller["practices"] = {"data_broker": False}
    seller["changes"] = {**seller["changes"], "last_reviewed": "2026-01-01"}
    new_rules = {f.rule for f in check(model(seller), datetime.date(2026, 12, 1)).review}
    assert not {rule for rule in new_rules if "broker" in rule}
    broker_reviewed = {**BROKER, "changes": seller["changes"]}
    assert "broker-drop" in {f.rule for f in check(model(broker_reviewed), datetime.date(2026, 12, 1)).review}
    texas_only = with_audiences(broker_reviewed, regions=["other_us_states"], us_states=["TX"])
    assert "broker-drop" not in {f.rule for f in check(model(texas_only), datetime.date(2026, 12, 1)).review}


# ---- whose data: people acting as individuals, or only people in their work role
def test_state_laws_other_than_californias_do_not_reach_people_in_their_work_role():
    """Virginia's model covers people acting for themselves or their households, not in a commercial or employment
    context (Va. Code 59.1-575; Tex. Bus. & Com. Code 541.001): a broker of business contacts serving only businesses
    offers California's rights, which cover business contacts, and no other state's."""
    b2b = {**BROKER, "audiences": {**BROKER["audiences"], "consumers": False, "business_customers": True}}
    work_only = broker(people_at_work_only=True)
    work_only["audiences"] = b2b["audiences"]
    assert {"ccpa", "us_states", "data_brokers"} <= facts_of(model(b2b)).laws
    laws = facts_of(model(work_only)).laws
    assert "ccpa" in laws and "data_brokers" in laws and "us_states" not in laws
    said = policy_text(model(work_only))
    assert "Other US states" not in said and "In other US states with a privacy law" not in said
    assert "If you live in California, the California Consumer Privacy Act (CCPA) gives you these rights" in said
    # Texas's data broker law still asks how to use chapter 541's rights (509.004(4)), without offering them here.
    assert "explains how to use your rights under the Texas Data Privacy and Security Act" not in said
    assert "That law does not cover people acting in a work or business role, and the information we sell is only " \
           "about people in their work role, so those rights do not reach it." in said
    assert elements(work_only)["data_brokers.texas-rights"].covered_by
    # The appeal those laws ask for is then an answer without effect.
    work_only["rights"] = {**work_only["rights"], "appeals": "reply with the word APPEAL"}
    assert "rights.appeals" in dict(answers_without_effect(model(work_only)))
    # A business whose customers are individuals is covered, whatever its broker data.
    consumers = broker(people_at_work_only=True)
    assert "us_states" in facts_of(model(consumers)).laws


def test_a_brokers_deletion_right_over_data_from_others_is_the_delete_acts():
    """CCPA 1798.105(a) covers what the business collected from the consumer; DROP (1798.99.86(a)(2)) covers any
    personal information a broker holds about them, and a request it cannot verify becomes an opt-out."""
    said = policy_text(model(BROKER))
    assert "| Right to delete | Ask us to delete personal information we collected from you, with some exceptions, " \
           "such as what the law requires us to keep. To have us delete what we hold about you that came from " \
           "others, use DROP, described in [We are a data broker]" in said
    assert "California's Delete Act gives you this right over any personal information a data broker holds about " \
           "you, wherever it came from." in said
    assert "If we cannot verify a request, we treat it as a request to stop selling or sharing your information." \
           in said
    assert "cannot match" not in said
    ordinary = copy.deepcopy(BROKER)
    ordinary["practices"]["data_broker"] = False
    assert "To have us delete what we hold about you that came from others" not in policy_text(model(ordinary))
