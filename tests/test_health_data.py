"""Consumer health data laws: Washington's My Health My Data Act, Nevada's and Connecticut's rules, the health_data
answers they ask for, and the separate consumer health data privacy policy (the health-data-policy export)."""

from __future__ import annotations

import pytest

import factory
from conftest import run_cli
from test_legal import COMPLETE, HEALTH_DATA, TODAY, findings, model, policy_text
from policygen.exports import EXPORTERS
from policygen.facts import facts_of
from policygen.legal.check import check
from policygen.model.answers import Audiences, DataCategoryAnswer, HealthData
from policygen.model.conditions import ask_when


def serving(*states: str, **parts) -> dict:
    """COMPLETE for the US states given (besides California), with the health answers of the law fixtures."""
    return {**COMPLETE, "audiences": {"regions": ["other_us_states"], "us_states": list(states)},
            "health_data": {**HEALTH_DATA, **parts.pop("health_data", {})}, **parts}


def with_health_category(data: dict, **category) -> dict:
    """Adds health information (consumer health data by its category) with the given answers."""
    health = {"category": "health_information", "sources": ["directly"], "purposes": ["customer_support"],
              "retention": {"period": "1 year"}, "consent": True, "sold": False, "shared_for_advertising": False,
              "recipients": ["service_providers"], **category}
    return {**data, "data_categories": data["data_categories"] + [health]}


def laws(data: dict) -> list[str]:
    return [law.law for law in check(model(data), TODAY).laws]


def health_policy(data: dict) -> str:
    return EXPORTERS["health-data-policy"].write(facts_of(model(data)))


# ---- Washington as an audience
def test_washington_alone_brings_its_health_law_and_no_comprehensive_state_law():
    assert laws(serving("WA")) == ["washington_health"]
    text = policy_text(model(serving("WA")))
    assert "Washington" not in text.split("Consumer health data")[0]  # no state-law rights speak for Washington
    assert "Rights of US state residents" not in text and "Other states' laws call it" not in text
    assert "If you live in Washington" not in text


def test_washington_beside_a_privacy_state_names_only_the_privacy_state_for_state_rights():
    text = policy_text(model(serving("WA", "VA")))
    assert "If you live in Virginia, your state's privacy law" in text
    assert "Washington, your state's privacy law" not in text and "Washington or Virginia" not in text
    assert laws(serving("WA", "VA")) == ["us_states", "washington_health"]


def test_gpc_is_not_required_for_washington():
    data = serving("WA", cookies={**COMPLETE["cookies"], "honours_global_privacy_control": False})
    assert "gpc" not in findings(data)
    assert "gpc" in findings(serving("CO", cookies=data["cookies"]))


def test_no_consumer_health_data_means_no_health_law():
    data = serving("WA", health_data={"other_categories": []})
    assert laws(data) == []  # precise location is not named, and nothing else is health data
    assert laws(with_health_category(data)) == ["washington_health"]  # health information always counts


def test_biometric_data_is_consumer_health_data_in_washington_but_not_by_itself_in_nevada():
    biometric = {"category": "biometric_data", "sources": ["directly"], "purposes": ["customer_support"],
                 "retention": {"period": "1 year"}, "consent": True}
    wa = serving("WA", health_data={"other_categories": []})
    nv = serving("NV", health_data={"other_categories": []})
    wa["data_categories"] = nv["data_categories"] = COMPLETE["data_categories"] + [biometric]
    assert "washington_health" in laws(wa)
    assert "nevada_health" not in laws(nv)


def test_a_named_category_that_is_not_declared_is_refused():
    with pytest.raises(ValueError, match=r"health_data.other_categories\[0\]: 'Moods' is not one of your data"):
        model(serving("WA", health_data={"other_categories": ["Moods"]}))


# ---- the questions
def test_the_health_questions_are_asked_only_where_the_laws_apply():
    from policygen.model.answers import Answers

    part = ask_when(Answers.model_fields["health_data"]).predicate
    assert part(model(serving("WA"))) and not part(model({**COMPLETE, "audiences": {"regions": ["eea"]}}))
    audience = ask_when(HealthData.model_fields["other_categories"]).predicate
    law = ask_when(HealthData.model_fields["collection"]).predicate
    assert audience(model(serving("WA"))) and law(model(serving("WA")))
    nothing = serving("WA", health_data={"other_categories": []})
    assert audience(model(nothing)) and not law(model(nothing))  # Washington served, no health data
    for elsewhere in ({**COMPLETE, "audiences": {"regions": ["california"]}},
                      {**COMPLETE, "audiences": {"regions": ["other_us_states"], "us_states": ["VA"]}}):
        assert not audience(model(elsewhere)) and not law(model(elsewhere))
    assert ask_when(Audiences.model_fields["us_states"]).predicate(model(serving("WA")))


def test_sale_is_asked_where_only_a_health_law_applies():
    asked = ask_when(DataCategoryAnswer.model_fields["sold"]).predicate
    assert asked(model(serving("WA")))
    assert not asked(model({**COMPLETE, "audiences": {"regions": ["eea"]}}))


def test_health_answers_for_a_law_that_does_not_apply_are_warned_as_without_effect():
    from policygen.model.effect import answers_without_effect

    data = {**COMPLETE, "audiences": {"regions": ["eea"]}, "health_data": {"collection": "consent"}}
    assert [path for path, _ in answers_without_effect(model(data)) if path.startswith("health_data")] == [
        "health_data"]  # the whole part is asked only where Washington, Nevada or Connecticut is served
    nothing = serving("WA", health_data={"other_categories": [], "collection": "consent"})
    assert [path for path, _ in answers_without_effect(model(nothing)) if path.startswith("health_data")] == [
        "health_data.privacy_policy_url", "health_data.collection"]  # served, but no consumer health data
    assert not [path for path, _ in answers_without_effect(model(serving("WA"))) if path.startswith("health_data")]


# ---- elements and checks
def test_every_washington_element_is_covered_by_the_link_to_the_separate_policy():
    report = check(model(serving("WA")), TODAY)
    [wa] = [law for law in report.laws if law.law == "washington_health"]
    assert {e.element for e in wa.elements} >= {"washington_health.policy-link", "washington_health.recipients",
                                                 "washington_health.access", "washington_health.delete"}
    assert all(e.covered_by == ("health-data",) and not e.findings for e in wa.elements)


def test_a_missing_policy_address_is_a_finding_and_the_policy_says_nothing_of_it():
    data = serving("WA", "NV", health_data={"privacy_policy_url": None})
    found = findings(data)
    assert found["washington_health.policy-link"] == ["health_data.privacy_policy_url"]
    assert found["nevada_health.policy-link"] == ["health_data.privacy_policy_url"]
    assert "consumer health data privacy policy" not in policy_text(model(data))


def test_the_policy_points_to_the_separate_policy_in_each_laws_terms():
    text = policy_text(model(serving("WA")))
    assert "Washington has a law that protects consumer health data" in text
    assert "that is your precise location" in text
    assert "[consumer health data privacy policy](https://testco.example/health)" in text
    both = policy_text(model(serving("WA", "NV")))
    assert "Washington and Nevada have laws that protect consumer health data" in both
    assert "Washington's law protects you" not in policy_text(model(serving("NV")))


def test_collection_unanswered_is_a_finding():
    assert findings(serving("WA", health_data={"collection": None}))["health-data-consent"] == ["health_data.collection"]


def test_sharing_health_data_needs_a_separate_consent_answer():
    shared = with_health_category(serving("WA"), recipients=["service_providers", "business_partners"])
    assert findings(shared)["health-data-consent"] == ["health_data.sharing"]
    contradicted = {**shared, "health_data": {**shared["health_data"], "sharing": "not_shared"}}
    assert findings(contradicted)["health-data-consent"] == ["health_data.sharing"]
    consented = {**shared, "health_data": {**shared["health_data"], "sharing": "separate_consent"}}
    assert "health-data-consent" not in findings(consented)
    processors_only = with_health_category(serving("WA"))  # service providers only: not sharing
    assert "health-data-consent" not in findings(processors_only)


def test_nevada_alone_has_the_same_consent_check_under_its_own_citation():
    shared = with_health_category(serving("NV"), recipients=["business_partners"])
    report = check(model(shared), TODAY)
    [finding] = [f for f in report.findings if f.rule.endswith("health-data-consent")]
    assert finding.rule == "nevada-health-data-consent" and finding.citation == "NRS 603A.500"
    both = check(model({**shared, "audiences": {"regions": ["other_us_states"], "us_states": ["NV", "WA"]}}), TODAY)
    assert [f.rule for f in both.findings if f.rule.endswith("health-data-consent")] == [
        "health-data-consent"]  # the same rule, found once


def test_a_sale_without_a_signed_authorisation_is_an_error():
    sold = with_health_category(serving("WA", health_data={"sharing": "separate_consent"}), sold=True)
    assert findings(sold)["health-data-sale"] == ["health_data.sale_authorisation"]
    refused = {**sold, "health_data": {**sold["health_data"], "sale_authorisation": False}}
    assert findings(refused)["health-data-sale"] == ["health_data.sale_authorisation"]
    authorised = {**sold, "health_data": {**sold["health_data"], "sale_authorisation": True}}
    assert "health-data-sale" not in findings(authorised)
    assert "health-data-sale" not in findings(with_health_category(serving("WA")))


def test_shared_with_affiliates_needs_their_names():
    data = with_health_category(serving("WA", health_data={"sharing": "separate_consent"}),
                                recipients=["affiliates"])
    assert findings(data)["washington_health.recipients"] == ["health_data.affiliates"]
    named = {**data, "health_data": {**data["health_data"], "affiliates": ["Testco Health Inc."]}}
    assert "washington_health.recipients" not in findings(named)
    assert "We share your health information with these companies in our group: Testco Health Inc." in (
        health_policy(named))
    partners = {**named, "data_categories": named["data_categories"][:-1] + [
        {**named["data_categories"][-1], "recipients": ["affiliates", "business_partners"]}]}
    assert ("We share your health information with business partners and with these companies in our group: "
            "Testco Health Inc.") in health_policy(partners)


def test_connecticut_needs_consent_and_the_sensitive_mark_for_consumer_health_data():
    inferences = {"category": "inferences", "sources": ["our_records"], "purposes": ["customer_support"],
                  "retention": {"period": "1 year"}}
    data = serving("CT", health_data={"other_categories": ["Inferences and preferences"]})
    data["data_categories"] = [COMPLETE["data_categories"][0], inferences]
    found = findings(data)
    assert found["connecticut-health-data-consent"] == ["data_categories[1].consent"]
    assert found["connecticut_health.sensitive"] == ["data_categories[1].sensitive"]
    data["data_categories"][1] = {**inferences, "sensitive": True, "consent": True}
    found = findings(data)
    assert "connecticut-health-data-consent" not in found and "connecticut_health.sensitive" not in found


# ---- the separate policy
def test_the_separate_policy_states_what_the_answers_make_true():
    text = health_policy(serving("WA"))
    assert text.startswith("# Consumer health data privacy policy of Testco Ltd\n")
    assert "| Precise location |" in text
    assert "We collect it only with your consent" in text
    assert "We do not share your consumer health data" in text
    assert "We do not sell your consumer health data." in text
    assert "Washington's My Health My Data Act gives you these rights" in text
    assert "If you live in Nevada" not in text
    assert "Reply to our answer with the word APPEAL." in text
    # RCW 19.373.040(1)(h): a denied appeal comes with a way to complain to the attorney general.
    assert ("If we turn down your appeal, we will tell you how to contact Washington's Attorney General to submit a "
            "complaint.") in text
    assert "Nevada" not in text and "## Changes to this policy" not in text  # Nevada's additions only for Nevada
    nevada = health_policy(serving("NV"))
    assert "Washington" not in nevada
    assert "## Changes to this policy" in nevada and "**If you live in Nevada, or we collect" in nevada
    assert "We delete it within 30 days" in nevada


def test_nevada_covers_people_whose_health_data_is_collected_there_and_gives_an_appeal():
    # SB 370 s.7 (the bill's digest): a "consumer" lives in Nevada or has consumer health data collected there; its
    # title requires a process to appeal a denied request. The rights to confirm and access were not read: unsaid.
    nevada = health_policy(serving("NV"))
    assert ("people who live in Nevada, and anyone whose consumer health data we collect in Nevada." in nevada)
    assert ("**If you live in Nevada, or we collect your consumer health data there.**" in nevada)
    assert "you can appeal. Reply to our answer with the word APPEAL." in nevada
    assert "Confirm and access" not in nevada and "whether we collect, share or sell" not in nevada
    both = health_policy(serving("WA", "NV"))
    assert "anyone whose consumer health data we collect in Washington or Nevada." in both
    assert "you can appeal as described above." in both
    unanswered = serving("NV")
    unanswered["rights"] = {k: v for k, v in unanswered["rights"].items() if k != "appeals"}
    assert findings(unanswered)["nevada_health.appeal"] == ["rights.appeals"]
    assert "rights.appeals" in [m.path for m in EXPORTERS["health-data-policy"].missing(facts_of(model(unanswered)))]


def test_the_separate_policy_gives_the_full_postal_address_with_the_country():
    text = health_policy(serving("WA"))
    org = COMPLETE["organisation"]
    contact = text.split("## Contact")[1]
    assert f"{org['address']}, United States." in contact


def test_the_separate_policy_does_not_apply_without_a_health_law():
    reason = EXPORTERS["health-data-policy"].not_applicable(facts_of(model({**COMPLETE,
                                                                           "audiences": {"regions": ["eea"]}})))
    assert "audiences.us_states" in reason


@pytest.mark.slow  # runs the command in a child process
def test_export_without_the_answers_it_needs_is_one_line_each_and_exit_2(tmp_path):
    data = with_health_category(serving("WA", health_data={"collection": None}), recipients=["business_partners"])
    out = tmp_path / "health.md"
    out.write_text("kept", encoding="utf-8")
    result = run_cli("export", factory.write(tmp_path / "answers.yaml", data), "--to", "health-data-policy",
                     "-o", out)
    assert result.returncode == 2 and b"Traceback" not in result.stderr
    lines = result.stderr.decode().splitlines()
    assert [line.split(": ")[1] for line in lines] == ["health_data.collection", "health_data.sharing"]
    assert out.read_text(encoding="utf-8") == "kept"


@pytest.mark.slow  # runs the command in a child process
def test_a_health_category_name_that_is_not_declared_is_one_line_exit_2(tmp_path):
    data = serving("WA", health_data={"other_categories": ["Moods"]})
    result = run_cli("validate", factory.write(tmp_path / "answers.yaml", data))
    assert result.returncode == 2
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 1 and "health_data.other_categories[0]" in lines[0] and "answers.yaml" in lines[0]


def test_the_rights_section_lists_the_health_data_section_only_when_it_is_there():
    linked = policy_text(model(serving("WA", "VA")))
    assert "- [Consumer health data](#" in linked
    unlinked = policy_text(model(serving("WA", "VA", health_data={"privacy_policy_url": None})))
    assert "[Consumer health data]" not in unlinked


def test_user_text_in_the_separate_policy_is_escaped():
    data = with_health_category(serving("WA", health_data={"sharing": "separate_consent",
                                                           "affiliates": ["<b>Evil</b> [x](javascript:alert(1))"]}),
                                recipients=["affiliates"], examples="*moods* <script>")
    text = health_policy(data)
    assert "We share your health information with these companies in our group: " in text
    assert "<b>" not in text and "<script>" not in text
    html = EXPORTERS["health-data-policy-html"].write(facts_of(model(data)))
    body = html.split("<article")[1]
    assert "<script>" not in body and "<b>Evil" not in body and 'href="javascript' not in body
