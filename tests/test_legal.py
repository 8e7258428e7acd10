"""Legal coverage: every element each law requires is said by a clause in the policy, or is a finding."""

from __future__ import annotations

import datetime
import itertools
import json

import pytest

from conftest import SAMPLES, run_cli
from factory import BASE, answers, write
from policygen.answers import load_answers
from policygen.clauses.registry import CLAUSES_BY_ID
from policygen.document.compose import compose
from policygen.facts import facts_of
from policygen.laws import ELEMENTS, LAWS
from policygen.legal.check import check
from policygen.model import Answers
from policygen.render.markdown import render_markdown

TODAY = datetime.date(2026, 6, 1)

# A well-answered organisation: every law's facts are present, so every applicable element must be covered.
COMPLETE = answers(
    organisation={**BASE["organisation"], "country": "US", "phone": "+1 800 555 0100",
                  "privacy_officer": {"name": "Data Protection Officer", "email": "dpo@testco.example",
                                      "is_dpo": True},
                  "eu_representative": {"name": "Rep EU GmbH", "address": "1 Hauptstrasse, Berlin",
                                        "email": "eu@rep.example"},
                  "uk_representative": {"name": "Rep UK Ltd", "address": "1 High Street, London",
                                        "email": "uk@rep.example"},
                  "swiss_representative": {"name": "Rep CH AG", "address": "1 Bahnhofstrasse, Zürich",
                                           "email": "ch@rep.example"}},
    data_categories=[
        {"category": "contact_details", "sources": ["directly"], "purposes": ["customer_support", "marketing"],
         "retention": {"period": "2 years"}, "recipients": ["service_providers"], "required": True,
         "sold": False, "shared_for_advertising": False},
        {"category": "online_identifiers", "sources": ["automatically", "advertising_networks"],
         "purposes": ["advertising"], "retention": {"period": "13 months"}, "recipients": ["advertising_partners"],
         "sold": False, "shared_for_advertising": True},
        {"category": "precise_location", "sources": ["directly"], "purposes": ["customer_support"],
         "retention": {"criteria": "until you switch location sharing off"}, "limited_to_necessary_uses": False,
         "consent": True, "required": False, "sold": False, "shared_for_advertising": False},
    ],
    purposes=[
        {"purpose": "customer_support", "legal_basis": "contract"},
        {"purpose": "marketing", "legal_basis": "consent"},
        {"purpose": "advertising", "legal_basis": "legitimate_interests",
         "legitimate_interest": "funding a free service with ads"},
    ],
    cookies={"kinds": ["essential", "advertising"], "honours_do_not_track": False,
             "honours_global_privacy_control": True},
    marketing={"sends_marketing": True, "channels": ["email"], "opt_out_methods": ["unsubscribe_link"]},
    transfers={"storage_countries": ["US"],
               "transfers": [{"destination": "US", "mechanisms": ["sccs", "uk_addendum", "anpd_clauses"]}]},
    rights={"request_methods": ["email", "web_form", "toll_free_phone"], "toll_free_number": "+1 800 555 0199",
            "verification": "we ask you to confirm the email address on your account",
            "appeals": "reply to our answer with the word APPEAL",
            "consent_withdrawal": "use the unsubscribe link or your account settings",
            "do_not_sell_url": "https://testco.example/do-not-sell",
            "limit_sensitive_url": "https://testco.example/limit", "authorised_agents": True},
    practices={"automated_decisions": {"description": "we score leads automatically", "logic": "a points model"}},
)

LAW_REGIONS = {
    "gdpr": {"regions": ["eea"]},
    "uk_gdpr": {"regions": ["uk"]},
    "swiss_fadp": {"regions": ["switzerland"]},
    "ccpa": {"regions": ["california"]},
    "caloppa": {"regions": ["california"]},
    "us_states": {"regions": ["other_us_states"], "us_states": ["VA", "CO", "TX"]},
    "lgpd": {"regions": ["brazil"]},
    "pipeda": {"regions": ["canada"]},
    "quebec": {"regions": ["canada"], "canadian_provinces": ["QC"]},
    "washington_health": {"regions": ["other_us_states"], "us_states": ["WA"]},
    "nevada_health": {"regions": ["other_us_states"], "us_states": ["NV"]},
    "connecticut_health": {"regions": ["other_us_states"], "us_states": ["CT"]},
}
# The health data laws apply where some data is consumer health data: here precise location, named as such.
HEALTH_DATA = {"other_categories": ["Precise location"], "privacy_policy_url": "https://testco.example/health",
               "collection": "consent"}


# A UK service children are likely to use, answering every point of the Children's code a notice can state.
AADC_CHILDREN = {"minimum_age": 13, "uk_children_likely": True,
                 "age_suited_information": "a short picture guide in the app's Settings",
                 "high_privacy_defaults": True, "geolocation_off_by_default": True,
                 "profiling_off_by_default": True, "parental_controls": True, "child_told_when_monitored": True}


def model(data: dict) -> Answers:
    return Answers.model_validate(data)


def fixture_for(law: str) -> Answers:
    if law == "coppa":
        return model({**COMPLETE, "audiences": {"regions": ["other"]},
                      "cookies": {"kinds": ["essential"]},
                      "data_categories": [COMPLETE["data_categories"][0]],
                      "children": {"minimum_age": 8, "directed_to_children": True,
                                   "parental_consent_method": "a small card charge that we refund",
                                   "data_from_children": ["contact_details"]}})
    if law == "aadc":
        return model({**COMPLETE, "audiences": {"regions": ["uk"]}, "children": AADC_CHILDREN})
    if law == "lgpd":
        return model({**COMPLETE, "audiences": LAW_REGIONS[law], "organisation": {
            **COMPLETE["organisation"], "lgpd_officer": {"name": "Ana Souza", "email": "encarregado@testco.example"}}})
    if law == "quebec":
        return model({**COMPLETE, "audiences": LAW_REGIONS[law], "practices": {
            **COMPLETE["practices"], "tracking_activation": "with the Advertising and Location switches in Settings"}})
    if law.endswith("_health"):
        return model({**COMPLETE, "audiences": LAW_REGIONS[law], "health_data": HEALTH_DATA})
    if law == "data_brokers":
        return model(BROKER)
    return model({**COMPLETE, "audiences": LAW_REGIONS[law]})


FIGURES = {"received": 10, "complied": 8, "denied": 2, "median_days": 12, "mean_days": 14.5}
BROKER = {**COMPLETE, "audiences": {"regions": ["california", "other_us_states"], "us_states": ["TX", "VA"]},
          "data_categories": [{**COMPLETE["data_categories"][0], "sources": ["data_brokers", "public_sources"],
                               "recipients": ["data_buyers"], "sold": True}] + COMPLETE["data_categories"][1:],
          "practices": {**COMPLETE["practices"], "data_broker": True, "broker": {
              "registered_with": ["california", "texas"], "processes_drop_requests": True,
              "request_metrics": [{"year": year, "deletion": FIGURES, "know": FIGURES, "opt_out": FIGURES,
                                   "limit": FIGURES} for year in (2024, 2025)]}}}
"""A data broker serving California and Texas, with every answer the data broker laws ask for."""


@pytest.mark.parametrize("law", list(LAWS))
def test_every_applicable_element_is_covered(law):
    report = check(fixture_for(law), TODAY)
    [result] = [r for r in report.laws if r.law == law]
    uncovered = [e.element for e in result.elements if not e.covered_by]
    assert not uncovered, uncovered
    assert not [f for e in result.elements for f in e.findings], "a complete fixture should have no findings"
    applicable = {e.id for e in ELEMENTS
                  if e.law == law and e.in_force.on(TODAY) and e.applies.holds(facts_of(fixture_for(law)))}
    assert {e.element for e in result.elements} == applicable
    # Connecticut adds one disclosure to its comprehensive law (us_states) for consumer health data.
    assert len(applicable) >= (1 if law == "connecticut_health" else 4)


def test_every_element_is_satisfiable_by_some_clause():
    for element in ELEMENTS:
        assert element.clauses, element.id
        assert all(c in CLAUSES_BY_ID for c in element.clauses), element.id


def test_laws_apply_only_for_their_audiences():
    report = check(model(answers()), TODAY)  # the base fixture serves the UK only
    assert [law.law for law in report.laws] == ["uk_gdpr"]


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_samples_have_no_error_findings(path):
    answers_model = load_answers(path)
    report = check(answers_model, answers_model.changes.last_updated)
    errors = [f for f in report.all_findings if f.severity == "error"]
    assert not errors, errors
    for law in report.laws:
        assert all(e.covered_by or e.findings for e in law.elements)


# ---- each consistency finding: triggered, and not triggered
def findings(data: dict, today: datetime.date = TODAY) -> dict[str, list[str]]:
    report = check(model(data), today)
    result: dict[str, list[str]] = {}
    for finding in report.all_findings:
        result.setdefault(finding.rule, []).append(finding.path)
    return result


def with_regions(*regions: str, **parts) -> dict:
    return {**COMPLETE, "audiences": {"regions": list(regions)}, **parts}


def test_purpose_without_legal_basis():
    data = with_regions("eea")
    data["purposes"] = [dict(p) for p in data["purposes"]]
    del data["purposes"][0]["legal_basis"]
    assert findings(data)["gdpr.purposes-bases"] == ["purposes[0].legal_basis"]
    assert "gdpr.purposes-bases" not in findings(with_regions("eea"))


def test_consent_without_withdrawal():
    data = with_regions("eea", rights={**COMPLETE["rights"], "consent_withdrawal": None})
    assert findings(data)["consent-withdrawal"] == ["rights.consent_withdrawal"]
    assert "consent-withdrawal" not in findings(with_regions("eea"))


def test_marketing_purpose_without_marketing_answers():
    purposes = [*COMPLETE["purposes"], {"purpose": "marketing", "legal_basis": "consent"}]
    data = with_regions("eea", purposes=purposes, marketing={"sends_marketing": False})
    assert findings(data)["marketing-objection"] == ["marketing.sends_marketing"]
    data["marketing"] = {"sends_marketing": True, "channels": ["email"], "opt_out_methods": ["unsubscribe_link"]}
    assert "marketing-objection" not in findings(data)


def test_sold_or_shared_without_opt_out():
    data = with_regions("california", rights={**COMPLETE["rights"], "do_not_sell_url": None},
                        cookies={"kinds": ["essential", "advertising"]})
    assert "rights.do_not_sell_url" in findings(data)["ccpa.opt-out"]
    assert "ccpa.opt-out" not in findings(with_regions("california"))


def test_ccpa_request_methods():
    data = with_regions("california", rights={**COMPLETE["rights"], "request_methods": ["email"],
                                              "toll_free_number": None})
    data["audiences"]["online_only"] = False
    assert findings(data)["ccpa.methods"] == ["rights.toll_free_number", "rights.request_methods"]
    data["audiences"]["online_only"] = True
    assert "ccpa.methods" not in findings(data)  # online-only businesses may offer email alone


def test_sensitive_data_beyond_permitted_uses_needs_limit_link():
    data = with_regions("california", rights={**COMPLETE["rights"], "limit_sensitive_url": None})
    assert findings(data)["ccpa.limit"] == ["rights.limit_sensitive_url"]
    assert "ccpa.limit" not in findings(with_regions("california"))


def test_category_without_retention():
    data = with_regions("eea")
    data["data_categories"] = [dict(c) for c in data["data_categories"]]
    del data["data_categories"][1]["retention"]
    assert findings(data)["gdpr.retention"] == ["data_categories[1].retention"]
    assert "gdpr.retention" not in findings(with_regions("eea"))


def test_data_leaving_the_eea_without_safeguard():
    data = with_regions("eea", transfers={"storage_countries": ["US", "DE"]})
    assert findings(data)["gdpr.transfers"] == ["transfers.transfers"]
    assert "gdpr.transfers" not in findings(with_regions("eea"))


def test_children_under_13_and_advertising():
    data = with_regions("other", children={"minimum_age": 10, "parental_consent_method": "card check",
                                           "data_from_children": ["contact_details"]})
    assert findings(data)["children-advertising"] == ["children"]
    data["cookies"] = {"kinds": ["essential"]}
    data["data_categories"] = [COMPLETE["data_categories"][0]]
    assert "children-advertising" not in findings(data)


def test_child_directed_service_without_parental_consent():
    data = with_regions("other", cookies={"kinds": ["essential"]}, data_categories=[COMPLETE["data_categories"][0]],
                        children={"minimum_age": 6, "directed_to_children": True,
                                  "data_from_children": ["contact_details"]})
    assert findings(data)["coppa.parents"] == ["children.parental_consent_method"]
    data["children"]["parental_consent_method"] = "a signed consent form"
    assert "coppa.parents" not in findings(data)


def test_texas_and_sensitive_data_sold():
    data = {**COMPLETE, "audiences": {"regions": ["other_us_states"], "us_states": ["TX"]}}
    data["data_categories"] = [dict(c) for c in data["data_categories"]]
    data["data_categories"][2]["sold"] = True
    assert findings(data)["texas-notice"] == ["data_categories"]
    report = check(model(data), TODAY)
    texas = [e for law in report.laws for e in law.elements if e.element == "us_states.texas-notice"]
    assert texas and texas[0].covered_by == ("sale",)  # the verbatim notice is in the policy
    data["audiences"]["us_states"] = ["VA"]
    assert "texas-notice" not in findings(data)


def test_gpc_not_honoured_where_required():
    data = {**COMPLETE, "audiences": {"regions": ["other_us_states"], "us_states": ["CO"]},
            "cookies": {"kinds": ["essential", "advertising"], "honours_global_privacy_control": False}}
    assert findings(data)["gpc"] == ["cookies.honours_global_privacy_control"]
    data["audiences"]["us_states"] = ["VA"]  # Virginia does not require honouring the signal
    assert "gpc" not in findings(data)


def test_gpc_unanswered_where_required_and_data_is_shared():
    data = {**COMPLETE, "audiences": {"regions": ["other_us_states"], "us_states": ["CO"]},
            "cookies": {"kinds": ["essential", "advertising"]}}
    assert findings(data)["gpc"] == ["cookies.honours_global_privacy_control"]
    assert [f.severity for f in check(model(data), TODAY).findings if f.rule == "gpc"] == ["error"]
    data["data_categories"] = [{**c, "shared_for_advertising": False} for c in COMPLETE["data_categories"]]
    data["cookies"] = {"kinds": ["essential"]}
    assert "gpc" not in findings(data)  # nothing sold or shared: the signal has nothing to stop


def policy_text(answers_model: Answers) -> str:
    return render_markdown(compose(answers_model))


def not_sold(*regions: str) -> dict:
    """COMPLETE with nothing sold or shared and no advertising, for the regions given."""
    return with_regions(*regions, cookies={**COMPLETE["cookies"], "kinds": ["essential"]},
                        data_categories=[{**c, "shared_for_advertising": False} for c in COMPLETE["data_categories"]])


def without(data: dict, index: int, field: str) -> dict:
    categories = [dict(c) for c in data["data_categories"]]
    del categories[index][field]
    return {**data, "data_categories": categories}


@pytest.mark.parametrize("law, region", [("ccpa.sold-shared", "california"), ("us_states.sale-ads", "other_us_states")])
def test_sold_or_shared_unanswered(law, region):
    data = without(without(not_sold(region), 0, "sold"), 2, "shared_for_advertising")
    assert findings(data)[law] == ["data_categories[0].sold", "data_categories[2].shared_for_advertising"]
    assert law not in findings(not_sold(region))
    assert "data_categories[0].sold" not in str(findings(without(not_sold("eea"), 0, "sold")))  # no US law


def test_nothing_sold_is_said_only_when_every_category_answers_no():
    said = policy_text(model(not_sold("california")))
    assert "we have not sold or shared any personal information" in said
    assert "we do not sell your data or share it for targeted ads" in said
    unanswered = policy_text(model(without(not_sold("california"), 1, "sold")))
    assert "not sold or shared any personal information" not in unanswered
    assert "we do not sell your data" not in unanswered
    assert "We do not sell your personal information" not in unanswered
    assert "Not stated" in unanswered  # the privacy label and the disclosure table


def test_do_not_track_and_gpc_unanswered():
    data = not_sold("california")
    data["cookies"] = {"kinds": ["essential"]}
    found = findings(data)
    assert found["caloppa.dnt"] == ["cookies.honours_do_not_track"]
    assert found["ccpa.gpc"] == ["cookies.honours_global_privacy_control"]
    report = check(model(data), TODAY)
    assert {f.severity for f in report.all_findings if f.rule in ("caloppa.dnt", "ccpa.gpc")} == {"warning"}
    said = policy_text(model(data))
    assert "so we do not respond to it" not in said and "We do not currently respond to GPC" not in said
    # The signal is explained, but how the site responds is not claimed until it is answered (explain agrees).
    assert "**Do Not Track.** Some browsers can send a Do Not Track signal" in said
    assert "tracking.do-not-track" not in dnt_gpc_claims(data)
    data["cookies"] = {"kinds": ["essential"], "honours_do_not_track": False, "honours_global_privacy_control": False}
    found = findings(data)
    assert "caloppa.dnt" not in found and "ccpa.gpc" not in found
    said = policy_text(model(data))
    assert "so we do not respond to it" in said and "We do not currently respond to GPC" in said
    assert "tracking.do-not-track" in dnt_gpc_claims(data)


def dnt_gpc_claims(data: dict) -> tuple[str, ...]:
    return next(c for c in compose(model(data)).clauses if c.id == "dnt-gpc").claims


def test_third_party_recipient_while_nothing_is_sold():
    provider = {"service": "google_analytics", "third_party": True, "data": ["contact_details"]}
    data = {**not_sold("california"), "processors": [provider]}
    assert findings(data)["third-party-not-sold"] == ["processors[0].third_party"]
    assert [f.severity for f in check(model(data), TODAY).findings if f.rule == "third-party-not-sold"] == ["warning"]
    assert "third-party-not-sold" not in findings({**data, "processors": [{**provider, "third_party": False}]})
    assert "third-party-not-sold" not in findings({**data, "data_categories": COMPLETE["data_categories"]})  # shared
    assert "third-party-not-sold" not in findings({**not_sold("eea"), "processors": [provider]})  # no CCPA


def test_stale_policy_under_ccpa():
    data = with_regions("california")
    assert findings(data, datetime.date(2027, 6, 1))["review-12-months"] == ["changes.last_updated"]
    assert "review-12-months" not in findings(data, datetime.date(2026, 6, 1))


def test_consent_age_comes_from_the_table():
    from policygen.catalogue.countries import GDPR_CHILD_CONSENT_AGE

    assert GDPR_CHILD_CONSENT_AGE["DE"] == 16 and GDPR_CHILD_CONSENT_AGE["FR"] == 15
    assert GDPR_CHILD_CONSENT_AGE["IT"] == 14 and GDPR_CHILD_CONSENT_AGE["BE"] == 13


# ---- the commands
@pytest.mark.slow
def test_check_command_text_json_and_strict(tmp_path):
    bad = dict(with_regions("eea"))
    bad["purposes"] = [{k: v for k, v in p.items() if k != "legal_basis"} for p in COMPLETE["purposes"]]
    path = write(tmp_path / "answers.yaml", bad)
    text = run_cli("check", path, "--today", "2026-06-01")
    assert text.returncode == 0
    lines = text.stdout.decode().splitlines()
    assert lines[0] == "GDPR: applies because audiences include the EEA"
    assert any(line.startswith("  covered  The rights of access") for line in lines)
    assert any("purposes[0].legal_basis: no legal basis" in line for line in lines)
    assert ": 3 errors, " in lines[-1]  # and warnings for the answers an EEA-only fixture does not use
    strict = run_cli("check", path, "--today", "2026-06-01", "--strict")
    assert strict.returncode == 1
    data = json.loads(run_cli("check", path, "--today", "2026-06-01", "--format", "json").stdout)
    assert {f["path"] for law in data["laws"] for e in law["elements"] for f in e["findings"]} >= {
        "purposes[0].legal_basis", "purposes[1].legal_basis", "purposes[2].legal_basis"}
    validate = run_cli("validate", path, "--strict", "--today", "2026-06-01")
    assert validate.returncode == 1
    assert validate.stdout.decode().splitlines()[0] == f"{path}: valid"
    assert f"{path}: error: purposes[0].legal_basis: no legal basis" in validate.stdout.decode()


@pytest.mark.slow
def test_strict_passes_on_samples():
    for path in SAMPLES:
        answers_model = load_answers(path)
        result = run_cli("check", path, "--strict", "--today", answers_model.changes.last_updated.isoformat())
        assert result.returncode == 0, result.stdout.decode()[-800:]


@pytest.mark.slow  # runs the command in a child process
def test_bad_today_is_usage_error():
    result = run_cli("check", SAMPLES[0], "--today", "yesterday")
    assert result.returncode == 2
    assert "'yesterday' is not a date" in result.stderr.decode()


# ---- the findings that keep the policy true
def test_provider_abroad_is_a_transfer_even_when_transfers_are_not_listed():
    data = with_regions("uk", transfers={}, processors=[{"service": "twilio"}])  # confirmed in the US
    assert findings(data)["uk_gdpr.transfers"] == ["transfers.transfers"]
    data["transfers"] = {"transfers": [{"destination": "US", "mechanisms": ["uk_addendum"]}]}
    assert "uk_gdpr.transfers" not in findings(data)
    data["transfers"] = {"transfers": [{"destination": "US", "mechanisms": ["sccs"]}]}  # the EU's, not the UK's
    assert findings(data)["uk_gdpr.transfers"] == ["transfers.transfers"]


def test_brazil_needs_its_own_transfer_mechanism():
    data = with_regions("brazil", transfers={"transfers": [{"destination": "US", "mechanisms": ["sccs"]}]})
    assert findings(data)["lgpd.transfers"] == ["transfers.transfers"]
    data["transfers"] = {"transfers": [{"destination": "US", "mechanisms": ["anpd_clauses"]}]}
    assert "lgpd.transfers" not in findings(data)


def test_storage_countries_that_contradict_providers():
    data = with_regions("uk", transfers={"storage_countries": ["GB"],
                                         "transfers": [{"destination": "US", "mechanisms": ["uk_addendum"]}]},
                        processors=[{"service": "twilio"}])  # confirmed in the US
    assert findings(data)["storage-vs-providers"] == ["transfers.storage_countries"]
    data["transfers"]["storage_countries"] = ["GB", "US"]
    assert "storage-vs-providers" not in findings(data)


def test_advertising_partner_receiving_childrens_data():
    children = {"minimum_age": 6, "directed_to_children": True, "parental_consent_method": "card check",
                "data_from_children": ["contact_details"]}
    ad = {"name": "AdNet", "kind": "advertising", "data": ["online_identifiers"], "country": "US"}
    data = with_regions("other", cookies={"kinds": ["essential"], "personalised_ads": False},
                        data_categories=[COMPLETE["data_categories"][0]], children=children, processors=[ad])
    assert findings(data)["children-partners"] == ["processors[0]"]  # not stated: internal operations only
    data["children"] = {**children, "identifiers_internal_only": True}
    assert "children-partners" not in findings(data)  # contextual ads on identifiers: an internal operation
    data["processors"] = [{**ad, "data": ["online_identifiers", "contact_details"]}]
    assert findings(data)["children-partners"] == ["processors[0]"]


def test_sensitive_data_without_the_consent_a_state_requires():
    data = {**COMPLETE, "audiences": {"regions": ["other_us_states"], "us_states": ["VA"]}}
    data["data_categories"] = [dict(c) for c in data["data_categories"]]
    data["data_categories"][2]["consent"] = None
    assert findings(data)["sensitive-consent"] == ["data_categories[2].consent"]
    data["audiences"]["us_states"] = ["UT"]  # Utah asks for notice and opt-out, not consent
    assert "sensitive-consent" not in findings(data)


def test_consent_only_data_kept_past_withdrawal():
    data = with_regions("eea")
    data["data_categories"] = [{"category": "contact_details", "sources": ["directly"], "purposes": ["marketing"],
                                "retention": {"period": "3 years"}}]
    assert findings(data)["consent-retention"] == ["data_categories[0].retention"]
    data["data_categories"][0]["retention"] = {"period": "3 years", "criteria": "or until you withdraw consent"}
    assert "consent-retention" not in findings(data)


def test_an_answer_with_no_effect_is_a_warning():
    data = with_regions("uk", rights={**COMPLETE["rights"], "financial_incentives": "10% off for our loyalty club"})
    assert "rights.financial_incentives" in findings(data)["no-effect"]
    data["audiences"] = {"regions": ["uk", "california"]}
    assert "rights.financial_incentives" not in findings(data).get("no-effect", [])


def test_each_law_speaks_only_where_it_applies():
    from policygen.document.compose import compose
    from policygen.render.markdown import render_markdown

    uk_only = model(with_regions("uk"))
    text = render_markdown(compose(uk_only))
    assert "Do Not Track" not in text and "authorised agent" not in text.lower()
    assert "GDPR Art. 6" not in text.replace("UK GDPR Art. 6", "")


def test_a_cycle_of_facts_is_named():
    from policygen.facts import FACTS, FactCycleError, Facts, fact

    @fact("first, for this test")
    def cycle_first_for_test(f):
        return f.cycle_second_for_test

    @fact("second, for this test")
    def cycle_second_for_test(f):
        return f.cycle_first_for_test

    try:
        with pytest.raises(FactCycleError, match="cycle_first_for_test -> cycle_second_for_test -> cycle_first_for_test"):
            Facts(model(answers())).cycle_first_for_test
    finally:
        del FACTS["cycle_first_for_test"], FACTS["cycle_second_for_test"]


def test_personalised_ads_with_nothing_marked_shared_under_us_law():
    data = {**COMPLETE, "audiences": {"regions": ["california"]}}
    data["data_categories"] = [{**c, "shared_for_advertising": False} for c in COMPLETE["data_categories"]]
    assert findings(data)["ads-shared"] == ["data_categories"]  # advertising cookies: ads follow people
    assert "ads-shared" not in findings({**COMPLETE, "audiences": {"regions": ["california"]}})
    data["cookies"] = {"kinds": ["essential"], "personalised_ads": False}
    assert "ads-shared" not in findings(data)


def test_an_ad_partner_that_uses_childrens_identifiers_for_itself():
    children = {"minimum_age": 6, "directed_to_children": True, "parental_consent_method": "card check",
                "data_from_children": ["contact_details"], "identifiers_internal_only": True}
    ad = {"name": "AdNet", "kind": "advertising", "data": ["online_identifiers"], "country": "US"}
    data = with_regions("other", cookies={"kinds": ["essential"], "personalised_ads": False},
                        data_categories=[COMPLETE["data_categories"][0]], children=children,
                        processors=[{**ad, "third_party": True}])
    assert findings(data)["children-partners"] == ["processors[0]"]
    data["processors"] = [{**ad, "third_party": False}]
    assert "children-partners" not in findings(data)


def test_citizenship_is_sensitive_under_the_ccpa_but_not_the_gdpr():
    from policygen.facts import facts_of

    data = with_regions("eea", "california")
    data["data_categories"] = [{"category": "citizenship_immigration", "sources": ["directly"],
                                "purposes": ["customer_support"], "retention": {"period": "1 year"}}]
    by_law = {s.law: s for s in facts_of(model(data)).sensitive_by_law}
    assert set(by_law) == {"ccpa"}


def test_an_unanswered_required_is_a_gdpr_finding_and_no_sentence():
    data = {**COMPLETE, "audiences": {"regions": ["eea"]}}
    data["data_categories"] = [{**COMPLETE["data_categories"][0], "required": None}] + COMPLETE["data_categories"][1:]
    report = check(model(data), TODAY)
    paths = [f.path for r in report.laws if r.law == "gdpr" for e in r.elements for f in e.findings]
    assert paths == ["data_categories[0].required"]


def test_no_minimum_age_is_not_a_childrens_service():
    answers = model({**COMPLETE, "audiences": {"regions": ["california"]}})
    assert answers.children.minimum_age is None
    assert not facts_of(answers).children_under_13 and not facts_of(answers).coppa_applies


def _extra_fixtures() -> list[Answers]:
    """Answers that reach the elements the per-law fixtures leave out (each applies only on a particular answer)."""
    california = {**COMPLETE, "audiences": {"regions": ["california"]},
                  "rights": {**COMPLETE["rights"], "financial_incentives": "10% off for newsletter subscribers"},
                  "children": {"minimum_age": 13, "sells_data_of_under_16": True},
                  "marketing": {**COMPLETE["marketing"], "shares_for_partner_marketing": True}}
    texas = {**COMPLETE, "audiences": {"regions": ["other_us_states"], "us_states": ["TX"]}}
    texas["data_categories"] = [dict(c) for c in COMPLETE["data_categories"]]
    texas["data_categories"][2]["sold"] = True
    texas["data_categories"].append({"category": "biometric_data", "sources": ["directly"],
                                     "purposes": ["customer_support"], "retention": {"period": "1 year"},
                                     "consent": True, "sold": True, "shared_for_advertising": False})
    children = {"minimum_age": 6, "directed_to_children": True, "parental_consent_method": "card check",
                "data_from_children": ["contact_details"], "identifiers_internal_only": True}
    game = {**COMPLETE, "audiences": {"regions": ["other"]}, "children": children,
            "cookies": {"kinds": ["essential"], "personalised_ads": False},
            "data_categories": [{**COMPLETE["data_categories"][0], "recipients": ["business_partners"]}],
            "processors": [{"name": "AdNet", "kind": "advertising", "data": ["online_identifiers"], "country": "US",
                            "third_party": False}]}
    every_state = {**COMPLETE, "audiences": {"regions": ["other_us_states"]}}  # no states listed: all of them
    joint = {**COMPLETE, "audiences": {"regions": ["eea", "uk"]}, "practices": {**COMPLETE["practices"], (
        "joint_controllers"): [{"name": "Meta Platforms Ireland Limited", "processing": "get Page Insights",
                                "arrangement": "Meta answers requests about this data"}]}}
    special = {**COMPLETE, "audiences": {"regions": ["eea", "uk"]}, "data_categories": COMPLETE["data_categories"] + [
        {"category": "health_information", "sources": ["directly"], "purposes": ["customer_support"],
         "retention": {"period": "1 year"}, "required": False, "special_category_condition": "health_social_care",
         "uk_schedule_1_condition": "Part 1, paragraph 2: health or social care purposes"},
        {"category": "other", "name": "Criminal record checks", "sources": ["partners"],
         "purposes": ["customer_support"],
         "retention": {"period": "1 year"}, "criminal_offences": True,
         "criminal_offence_authority": "the Dutch GDPR Implementation Act, Art. 33"}]}
    kids_in_states = {**COMPLETE, "audiences": {"regions": ["other_us_states"], "us_states": ["NJ"]},
                      "children": children}
    return [model(california), model(texas), model(game), model(every_state), model(joint), model(special),
            model(kids_in_states)]


def test_every_element_of_every_law_can_apply_and_be_disclosed():
    """Each element applies for some answers (none is dead), and there it is covered or names the answer to give."""
    reached: dict[str, list] = {}
    days = {TODAY} | {e.in_force.until - datetime.timedelta(days=1) for e in ELEMENTS if e.in_force.until}
    for answers_model, day in itertools.product([fixture_for(law) for law in LAWS] + _extra_fixtures(), days):
        for law in check(answers_model, day).laws:
            for result in law.elements:
                reached.setdefault(result.element, []).append(result)
    assert set(reached) == {e.id for e in ELEMENTS}, sorted({e.id for e in ELEMENTS} - set(reached))
    for element, results in reached.items():
        assert any(r.covered_by or (r.findings and not r.findings[0].message.startswith("no clause"))
                   for r in results), element


def test_tracker_role_unanswered_under_caloppa():
    provider = {"service": "amplitude"}  # an analytics provider whose role is not answered
    data = {**not_sold("california"), "processors": [provider]}
    assert findings(data)["caloppa.third-party-tracking"] == ["processors[0].third_party"]
    assert "caloppa.third-party-tracking" not in findings({**data, "processors": [{**provider, "third_party": False}]})


def test_contests_with_referrals_unanswered_is_a_warning():
    # "promotions" once covered refer-a-friend schemes; a file written then must say whether it runs one.
    data = with_regions("uk", practices={"promotions": True})
    assert findings(data)["referrals-unanswered"] == ["practices.referrals"]
    data["practices"]["referrals"] = False
    assert "referrals-unanswered" not in findings(data)
    assert "referrals-unanswered" not in findings(with_regions("uk"))


def test_other_companies_code_in_apps_must_be_named_before_the_policy_says_nobody_tracks():
    # CalOPPA 22575(b)(6): "we do not let other companies collect across sites" needs each company whose code (SDK)
    # runs in the apps to be named and to act on instructions; a host acting on instructions does not name the SDKs.
    data = answers(audiences={"regions": ["california"]}, cookies={"technologies": ["sdks"]},
                   processors=[{"name": "Acme Cloud", "kind": "hosting", "third_party": False}])
    assert findings(data)["caloppa.third-party-tracking"] == ["processors"]
    assert not facts_of(Answers.model_validate(data)).nobody_tracks_across_sites
    data["processors"].append({"name": "CrashKit", "kind": "error_monitoring", "in_app": True})
    assert findings(data)["caloppa.third-party-tracking"] == ["processors[1].third_party"]
    data["processors"][1]["third_party"] = False
    assert "caloppa.third-party-tracking" not in findings(data)
    assert facts_of(Answers.model_validate(data)).nobody_tracks_across_sites


def test_nevada_health_policy_asks_whose_code_runs_in_the_apps():
    # NRS 603A.495(1)(j): the separate policy says whether third parties collect across sites; unnamed SDKs leave it
    # unsettled, found under Nevada's law even where CalOPPA does not apply.
    data = answers(audiences={"regions": ["other_us_states"], "us_states": ["NV"]}, cookies={"technologies": ["sdks"]},
                   data_categories=[{"category": "health_information", "sources": ["directly"],
                                     "purposes": ["customer_support"], "retention": {"period": "1 year"}}],
                   health_data={"privacy_policy_url": "https://example.com/health", "collection": "consent"})
    assert findings(data)["nevada_health.tracking"] == ["processors"]


def test_a_purpose_no_data_is_used_for_is_a_warning():
    data = answers(purposes=BASE["purposes"] + [{"purpose": "research"}])
    assert findings(data)["purpose-without-data"] == ["purposes[1]"]
    data["data_categories"][0]["purposes"] = ["customer_support", "research"]
    assert "purpose-without-data" not in findings(data)


def test_a_request_form_is_listed_only_with_its_address():
    org = {k: v for k, v in COMPLETE["organisation"].items() if k != "contact_form_url"}
    data = {**COMPLETE, "organisation": {**org, "website": "https://testco.example"},
            "rights": {**COMPLETE["rights"], "request_methods": ["email", "web_form"]}}
    said = policy_text(model(data))
    assert "Online form" not in said and "use the form on" not in said
    assert findings(data)["request-form-address"] == ["organisation.contact_form_url"]
    data["organisation"]["contact_form_url"] = "https://testco.example/privacy-request"
    assert "- **Online form**: [our request form](https://testco.example/privacy-request)" in policy_text(model(data))
    assert "request-form-address" not in findings(data)


def test_people_are_told_of_a_new_purpose_in_the_ways_the_business_announces_changes():
    """The law asks for notice before a new purpose (e.g. GDPR Art. 13(3), CCPA 1798.100(a)(1)); how people hear of it
    rests on the answered ways of announcing changes, which reach people who never dealt with the business too."""
    announced = not_sold("california")
    announced["changes"] = {**announced["changes"], "notice_methods": ["updated_date", "email"]}
    said = policy_text(model(announced))
    assert "**New purposes.** Before we use your information for a new purpose, we will add it to this policy and " \
           "tell you in the ways [Changes to this policy](#" in said
    assert "we will tell you." not in said
    dated_only = not_sold("california")
    dated_only["changes"] = {**dated_only["changes"], "notice_methods": ["updated_date"]}
    assert "we will add it to this policy and change the \"last updated\" date at the top of this policy." in \
        policy_text(model(dated_only))
