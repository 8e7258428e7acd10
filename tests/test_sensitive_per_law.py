"""Sensitive data in each law's own terms: the GDPR's Art. 9(2) conditions and Art. 10, the UK's Schedule 1
conditions, the Swiss FADP's express consent, and the findings for answers no wording can make lawful."""

from __future__ import annotations

import datetime

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
    assert "We use your health information on the basis of explicit consent (GDPR Art. 9(2)(a))." in text
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
    assert ("We use your health information on the basis of health or social care (UK GDPR Art. 9(2)(h)), and for "
            "people in the UK also the Data Protection Act 2018, Schedule 1, Part 1, paragraph 2: health or social "
            "care purposes (section 10).") in text
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
    data["data_categories"][3] = {**CRIMINAL, "criminal_offence_authority": "the Dutch GDPR Implementation Act, Art. 33"}
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
