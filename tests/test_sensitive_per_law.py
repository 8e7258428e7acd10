"""Sensitive data in each law's own terms: the GDPR's Art. 9(2) conditions and Art. 10, the UK's Schedule 1
conditions, the Swiss FADP's express consent, and the findings for answers no wording can make lawful."""

from __future__ import annotations

import datetime

import pytest

from conftest import run_cli
from factory import write
from test_legal import COMPLETE, model, policy_text
from policygen.legal.check import check
from policygen.model.effect import answers_without_effect

TODAY = datetime.date(2026, 6, 1)
HEALTH = {"category": "health_information", "sources": ["directly"], "purposes": ["customer_support"],
          "retention": {"period": "1 year"}, "required": False, "consent": True}
CRIMINAL = {"category": "other", "name": "Criminal record checks", "sources": ["partners"],
            "purposes": ["customer_support"], "retention": {"period": "1 year"}, "criminal_offences": True}


def with_data(regions: list[str], *categories: dict, purposes: list[dict] | None = None, **parts) -> dict:
    return {**COMPLETE, "audiences": {"regions": regions},
            "data_categories": COMPLETE["data_categories"] + list(categories),
            "purposes": purposes or COMPLETE["purposes"], **parts}


def findings(data: dict) -> dict[str, list[str]]:
    result: dict[str, list[str]] = {}
    for finding in check(model(data), TODAY).all_findings:
        result.setdefault(finding.rule, []).append(finding.path)
    return result


CONSENT_PURPOSES = [{"purpose": "customer_support", "legal_basis": "consent"}] + COMPLETE["purposes"][1:]


# ---- GDPR Art. 9(2): the condition next to the legal basis

def test_special_category_data_without_an_art_9_condition_is_an_error_naming_the_field():
    data = with_data(["eea"], HEALTH)
    assert findings(data)["gdpr.special-conditions"] == ["data_categories[3].special_category_condition"]
    data["data_categories"][3] = {**HEALTH, "special_category_condition": "explicit_consent"}
    assert "gdpr.special-conditions" not in findings({**data, "purposes": CONSENT_PURPOSES})


def test_the_condition_is_stated_next_to_the_legal_basis_and_in_the_sensitive_section():
    data = with_data(["eea"], {**HEALTH, "special_category_condition": "explicit_consent"},
                     purposes=CONSENT_PURPOSES)
    text = policy_text(model(data))
    row = next(line for line in text.splitlines() if line.startswith("| **Customer support**"))
    assert ("Consent (GDPR Art. 6(1)(a)): you have agreed to it, and you can withdraw that agreement at any time. "
            "For your health information, which is special category data, we also rely on explicit consent (GDPR "
            "Art. 9(2)(a))") in row
    # The condition is said once, in the table; the sensitive section speaks of it only in the GDPR's own notice,
    # to the people it covers, and points to the table.
    assert text.count("Art. 9(2)") == 1
    sensitive = text.split("Sensitive information")[1]
    general, eea = sensitive.split("**For people in the EEA.**")[0], sensitive.split("**For people in the EEA.**")[1]
    assert "special category" not in general and "GDPR" not in general
    assert eea.split("\n\n")[0].startswith(' The law calls health information "special category data". We may use it '
                                          "only in the cases the law lists, besides the legal basis of each purpose. "
                                          "The table in [")
    # The general "where the law allows" sentence gives way to the condition named.
    assert "We may use it only where the law allows" not in text
    assert "withdraw" in text


def test_without_a_condition_the_policy_names_none():
    text = policy_text(model(with_data(["eea"], HEALTH)))
    assert "Art. 9(2)" not in text
    assert "We may use it only where the law allows, for example with your explicit consent." in text


def test_explicit_consent_for_a_purpose_not_based_on_consent_is_a_warning():
    data = with_data(["eea"], {**HEALTH, "special_category_condition": "explicit_consent"})  # support: contract
    assert findings(data)["explicit-consent-basis"] == ["data_categories[3].special_category_condition"]
    assert "explicit-consent-basis" not in findings({**data, "purposes": CONSENT_PURPOSES})
    data["data_categories"][3] = {**HEALTH, "special_category_condition": "health_social_care"}
    assert "explicit-consent-basis" not in findings(data)


def test_required_data_collected_on_consent_is_a_warning_under_art_7_4():
    data = with_data(["eea"], {**HEALTH, "required": True, "special_category_condition": "explicit_consent"},
                     purposes=CONSENT_PURPOSES)
    assert "data_categories[3].required" in findings(data)["consent-for-required-data"]
    data["data_categories"][3] = {**data["data_categories"][3], "required": False}
    assert "data_categories[3].required" not in findings(data).get("consent-for-required-data", [])
    # Contact details are required and also used for marketing on consent: the service does not depend on it.
    assert COMPLETE["data_categories"][0]["required"] is True
    assert "consent-for-required-data" not in findings(with_data(["eea"]))
    # No GDPR-style law, no Art. 7(4).
    us = with_data(["california"], {**HEALTH, "required": True})
    assert "consent-for-required-data" not in findings(us)


def test_the_condition_is_asked_only_where_the_gdpr_applies_and_for_special_category_data():
    from policygen.wizard import questions as q

    path = ("data_categories", 3, "special_category_condition")

    def relevant(regions, category) -> bool:
        data = with_data(regions, category)
        return q.is_relevant(q.question_at(path), q.lenient_answers(data), path)

    assert relevant(["eea"], HEALTH)
    assert relevant(["uk"], HEALTH)
    assert not relevant(["california"], HEALTH)
    assert not relevant(["eea"], {**HEALTH, "category": "government_ids"})  # sensitive in the US, not Art. 9
    assert not relevant(["switzerland"], HEALTH)  # the FADP has no Art. 9(2) list
    given = {**HEALTH, "special_category_condition": "explicit_consent"}
    assert ("data_categories[3].special_category_condition" in
            dict(answers_without_effect(model(with_data(["california"], given)))))
    assert not [path for path, _ in answers_without_effect(model(with_data(["eea"], given, purposes=CONSENT_PURPOSES)))
                if path.startswith("data_categories[3]")]


# ---- the UK: Data Protection Act 2018 s.10 and Schedule 1

def test_the_uk_needs_a_schedule_1_condition_for_conditions_b_g_h_i_j():
    data = with_data(["uk"], {**HEALTH, "special_category_condition": "health_social_care"})
    assert findings(data)["uk_gdpr.schedule-1"] == ["data_categories[3].uk_schedule_1_condition"]
    data["data_categories"][3]["uk_schedule_1_condition"] = "Part 1, paragraph 2: health or social care purposes"
    assert "uk_gdpr.schedule-1" not in findings(data)
    text = policy_text(model(data))
    # With a Schedule 1 condition beside it (not in the purposes table), the UK's notice names both.
    assert ('**For people in the UK.** The law calls health information "special category data". We may use it only '
            "in the cases the law lists, besides the legal basis of each purpose. We use your health information on "
            "the basis of health or social care (UK GDPR Art. 9(2)(h)), and for people in the UK also the Data "
            "Protection Act 2018, Schedule 1, Part 1, paragraph 2: health or social care purposes (section 10).") in text
    # Explicit consent needs no Schedule 1 condition: the question is not asked, and nothing is found.
    consent = with_data(["uk"], {**HEALTH, "special_category_condition": "explicit_consent"},
                        purposes=CONSENT_PURPOSES)
    assert "uk_gdpr.schedule-1" not in findings(consent)
    from policygen.wizard import questions as q

    path = ("data_categories", 3, "uk_schedule_1_condition")
    assert not q.is_relevant(q.question_at(path), q.lenient_answers(consent), path)
    assert q.is_relevant(q.question_at(path), q.lenient_answers(data), path)
    eea = with_data(["eea"], {**HEALTH, "special_category_condition": "health_social_care"})
    assert not q.is_relevant(q.question_at(path), q.lenient_answers(eea), path)


def test_schedule_1_condition_names_which_need_an_appropriate_policy_document():
    from policygen.catalogue.special_conditions import SPECIAL_CONDITIONS

    assert {c.letter for c in SPECIAL_CONDITIONS.values()} == set("abcdefghij")
    assert {c.letter for c in SPECIAL_CONDITIONS.values() if c.uk_schedule_1} == set("bghij")
    assert {c.letter for c in SPECIAL_CONDITIONS.values() if c.uk_policy_document} == set("bg")


# ---- Art. 10: criminal-offence data

def test_criminal_offence_data_needs_the_law_that_authorises_it():
    data = with_data(["eea"], CRIMINAL)
    assert findings(data)["gdpr.criminal-data"] == ["data_categories[3].criminal_offence_authority"]
    data["data_categories"][3] = {**CRIMINAL,
                                  "criminal_offence_authority": "the Dutch GDPR Implementation Act, Art. 33"}
    assert "gdpr.criminal-data" not in findings(data)
    text = policy_text(model(data))
    assert ("We use information about criminal convictions and offences: your criminal record checks, as the Dutch "
            "GDPR Implementation Act, Art. 33 allows (GDPR Art. 10).") in text


def test_criminal_offence_data_is_sensitive_for_the_swiss_fadp_and_unasked_in_the_us():
    from policygen.facts import facts_of

    swiss = facts_of(model(with_data(["switzerland"], CRIMINAL)))
    assert [s.law for s in swiss.sensitive_by_law if any(c.label == "Criminal record checks" for c in s.categories)] \
        == ["swiss_fadp"]
    assert "data_categories[3].criminal_offences" in dict(answers_without_effect(
        model(with_data(["california"], CRIMINAL))))


# ---- Switzerland: express consent for sensitive data

def test_swiss_policy_says_consent_to_sensitive_data_is_asked_expressly():
    text = policy_text(model(with_data(["switzerland"], HEALTH)))
    assert ("Where we ask for your consent to use your health information, we ask you to give it expressly, as the "
            "Swiss FADP requires for sensitive personal data (FADP Art. 6(7)).") in text
    without_consent = policy_text(model(with_data(["switzerland"], {**HEALTH, "consent": False})))
    assert "give it expressly" not in without_consent
    assert "give it expressly" not in policy_text(model(with_data(["eea"], HEALTH)))


# ---- bad input

@pytest.mark.slow  # runs the command in a child process
def test_an_unknown_condition_is_one_line_naming_the_file_and_field_and_exit_2(tmp_path):
    path = write(tmp_path / "answers.yaml", with_data(["eea"], {**HEALTH, "special_category_condition": "because"}))
    result = run_cli("check", path)
    assert result.returncode == 2
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1
    assert "answers.yaml" in lines[0] and "special_category_condition" in lines[0]
    assert "Traceback" not in result.stderr.decode()


def test_the_uk_asks_for_an_appropriate_policy_document_only_where_schedule_1_needs_one():
    from policygen.wizard import questions as q

    employment = {**HEALTH, "special_category_condition": "employment_social_security",
                  "uk_schedule_1_condition": "Part 1, paragraph 1: employment, social security and social protection"}
    data = with_data(["uk"], employment)
    assert findings(data)["uk_gdpr.schedule-1"] == ["data_categories[3].uk_policy_document"]
    data["data_categories"][3]["uk_policy_document"] = True
    assert "uk_gdpr.schedule-1" not in findings(data)
    path = ("data_categories", 3, "uk_policy_document")
    assert q.is_relevant(q.question_at(path), q.lenient_answers(data), path)
    health = with_data(["uk"], {**HEALTH, "special_category_condition": "health_social_care",
                                "uk_schedule_1_condition": "Part 1, paragraph 2: health or social care purposes"})
    assert not q.is_relevant(q.question_at(path), q.lenient_answers(health), path)
    assert "uk_gdpr.schedule-1" not in findings(health)


# ---- US states: each state's own sensitive data and rules

def in_states(*states: str, categories: tuple[dict, ...] = (), **parts) -> dict:
    return {**COMPLETE, "audiences": {"regions": ["other_us_states"], "us_states": list(states)},
            "data_categories": COMPLETE["data_categories"] + list(categories), **parts}


def state_findings(data: dict, day: datetime.date) -> dict[str, list[str]]:
    """The findings about the answers (not the notices of rules about to take effect)."""
    result: dict[str, list[str]] = {}
    for finding in check(model(data), day).all_findings:
        if finding.path != "changes.last_reviewed":
            result.setdefault(finding.rule, []).append(finding.path)
    return result


CARD = {"category": "payment_information", "sources": ["directly"], "purposes": ["customer_support"],
        "retention": {"period": "1 year"}, "sold": False, "shared_for_advertising": False}
IDS = {**CARD, "category": "government_ids"}


def us_sensitive(data: dict) -> list[str]:
    from policygen.facts import facts_of

    return [c.category for s in facts_of(model(data)).sensitive_by_law if s.law == "us_states" for c in s.categories]


def test_each_state_counts_its_own_additions_as_sensitive_from_their_day():
    assert "payment_information" in us_sensitive(in_states("NJ", categories=(CARD,)))
    assert "payment_information" not in us_sensitive(in_states("VA", categories=(CARD,)))
    before = {**COMPLETE["changes"], "effective_date": "2026-06-30", "last_updated": "2026-06-30"}
    after = {**COMPLETE["changes"], "effective_date": "2026-07-01", "last_updated": "2026-07-01"}
    assert "government_ids" not in us_sensitive(in_states("CT", categories=(IDS,), changes=before))
    assert "government_ids" in us_sensitive(in_states("CT", categories=(IDS,), changes=after))
    # Consent is asked for where the state counts it sensitive, naming that state only.
    report = check(model(in_states("NJ", "VA", categories=(CARD,))), TODAY)
    [message] = [f.message for f in report.all_findings if f.path == "data_categories[3].consent"]
    assert "which NJ allow only" in message
    assert "data_categories[3].consent" not in state_findings(in_states("VA", categories=(CARD,)), TODAY).get(
        "sensitive-consent", [])


def test_maryland_forbids_selling_sensitive_data_and_allows_it_only_where_strictly_necessary():
    health = {**HEALTH, "sold": True, "shared_for_advertising": False, "limited_to_necessary_uses": True}
    data = in_states("MD", categories=(health,))
    data["data_categories"][2] = {**data["data_categories"][2], "limited_to_necessary_uses": True}
    assert state_findings(data, TODAY)["maryland-sensitive"] == ["data_categories[3].sold"]
    assert "maryland-sensitive" not in state_findings(data, datetime.date(2026, 3, 31))  # processing from 1 April
    data["data_categories"][3] = {**health, "sold": False, "limited_to_necessary_uses": None}
    assert state_findings(data, TODAY)["maryland-sensitive"] == ["data_categories[3].limited_to_necessary_uses"]
    data["data_categories"][3] = {**health, "sold": False}
    assert "maryland-sensitive" not in state_findings(data, TODAY)
    assert "maryland-sensitive" not in state_findings(in_states("VA", categories=(health,)), TODAY)


def test_oregon_forbids_selling_precise_location_from_2026():
    data = in_states("OR")
    data["data_categories"][2] = {**data["data_categories"][2], "sold": True}  # precise location
    assert state_findings(data, datetime.date(2026, 1, 1))["oregon-location-sale"] == ["data_categories[2].sold"]
    assert "oregon-location-sale" not in state_findings(data, datetime.date(2025, 12, 31))
    assert "oregon-location-sale" not in state_findings({**data, "audiences": {
        "regions": ["other_us_states"], "us_states": ["VA"]}}, datetime.date(2026, 1, 1))


def teens(*states: str, **children) -> dict:
    return in_states(*states, children=children)


def test_teen_rules_per_state():
    # COMPLETE shares identifiers for targeted ads.
    assert state_findings(teens("NJ"), TODAY)["teens-unanswered"] == ["children.knows_teen_users"]
    assert state_findings(teens("NJ", knows_teen_users=True), TODAY)["teens"] == ["children.teens_opt_in"]
    assert "teens" not in state_findings(teens("NJ", knows_teen_users=True, teens_opt_in=True), TODAY)
    assert not {"teens", "teens-unanswered"} & set(state_findings(teens("NJ", knows_teen_users=False), TODAY))
    # Maryland forbids it even with consent; Oregon from 2026 too.
    maryland = state_findings(teens("MD", knows_teen_users=True, teens_opt_in=True), TODAY)
    assert maryland["teens"] == ["children.knows_teen_users"]
    oregon = teens("OR", knows_teen_users=True, teens_opt_in=True)
    assert "teens" not in state_findings(oregon, datetime.date(2025, 12, 31))
    assert state_findings(oregon, datetime.date(2026, 1, 1))["teens"] == ["children.knows_teen_users"]
    # No rule: Virginia; a minimum age of 18; nothing sold or shared.
    assert "teens-unanswered" not in state_findings(teens("VA"), TODAY)
    assert "teens-unanswered" not in state_findings(teens("NJ", minimum_age=18), TODAY)
    quiet = teens("NJ")
    quiet["data_categories"] = [{**c, "shared_for_advertising": False, "sold": False} for c in quiet["data_categories"]]
    assert "teens-unanswered" not in state_findings(quiet, TODAY)


def test_the_wizard_asks_about_teens_only_where_a_state_served_has_a_teen_rule():
    from policygen.wizard import questions as q

    def relevant(field: str, data: dict) -> bool:
        return q.is_relevant(q.question_at(("children", field)), q.lenient_answers(data))

    assert relevant("knows_teen_users", teens("NJ"))
    assert not relevant("knows_teen_users", teens("VA"))
    assert not relevant("knows_teen_users", {**COMPLETE, "audiences": {"regions": ["california"]}})
    assert not relevant("knows_teen_users", teens("NJ", minimum_age=18))
    assert relevant("teens_opt_in", teens("NJ", knows_teen_users=True))
    assert not relevant("teens_opt_in", teens("NJ", knows_teen_users=False))
    assert not relevant("teens_opt_in", teens("MD", knows_teen_users=True))  # Maryland: no consent makes it lawful
    assert "children.knows_teen_users" in dict(answers_without_effect(model(teens("VA", knows_teen_users=True))))


def test_texas_notices_follow_texas_definitions():
    biometric = {**CARD, "category": "biometric_data", "consent": True, "sold": True}
    text = policy_text(model(in_states("TX", categories=(biometric,))))
    assert "**NOTICE: We may sell your biometric personal data.**" in text
    assert "**NOTICE: We may sell your sensitive personal data.**" in text
    report = check(model(in_states("TX", categories=(biometric,))), TODAY)
    covered = {e.element: e.covered_by for law in report.laws for e in law.elements}
    assert covered["us_states.texas-biometric-notice"] and covered["us_states.texas-notice"]
    assert "NOTICE: We may sell" not in policy_text(model(in_states("VA", categories=(biometric,))))
    # Government IDs are sensitive in California, not in Texas: selling them prints no Texas notice.
    ids = {**IDS, "sold": True}
    both = {**in_states("TX", categories=(ids,)), "audiences": {"regions": ["california", "other_us_states"],
                                                                "us_states": ["TX"]}}
    assert "NOTICE: We may sell" not in policy_text(model(both))


def test_us_consent_to_data_the_service_requires_is_a_warning():
    eligibility = {"category": "citizenship_immigration", "sources": ["directly"], "purposes": ["customer_support"],
                   "retention": {"period": "1 year"}, "consent": True, "required": True}
    data = in_states("VA", categories=(eligibility,))
    assert state_findings(data, TODAY)["sensitive-consent-required"] == ["data_categories[3].required"]
    data["data_categories"][3] = {**eligibility, "required": False}
    assert "sensitive-consent-required" not in state_findings(data, TODAY)
    assert "sensitive-consent-required" not in state_findings(in_states("UT", categories=(eligibility,)), TODAY)


@pytest.mark.slow  # runs the command in a child process
def test_a_teen_answer_that_is_not_yes_or_no_is_one_line_and_exit_2(tmp_path):
    path = write(tmp_path / "answers.yaml", teens("NJ", knows_teen_users="perhaps"))
    result = run_cli("render", path)
    assert result.returncode == 2
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "answers.yaml" in lines[0] and "knows_teen_users" in lines[0]


def test_a_known_childs_data_is_sensitive_where_the_state_says_so():
    kids = {"minimum_age": 8, "directed_to_children": True, "parental_consent_method": "a small card charge",
            "data_from_children": ["contact_details"]}
    game = {**in_states("NJ", "UT"), "children": kids}
    text = policy_text(model(game))
    assert ("**Children under 13.** We collect personal information from children under 13. The privacy laws of New "
            "Jersey count it as sensitive data. We collect it only with a parent's consent ([Children]") in text
    report = check(model(game), TODAY)
    covered = {e.element: e.covered_by for law in report.laws for e in law.elements}
    assert covered["us_states.known-child"] == ("sensitive-data",)
    # Utah's law does not count it sensitive; without a parental consent method, no promise of one.
    assert "Children under 13.**" not in policy_text(model({**in_states("UT"), "children": kids}))
    unanswered = policy_text(model({**game, "children": {**kids, "parental_consent_method": None}}))
    assert "The privacy laws of New Jersey count it as sensitive data.\n" in unanswered
    assert "only with a parent's consent" not in unanswered
    assert "Children under 13.**" not in policy_text(model(in_states("NJ")))
