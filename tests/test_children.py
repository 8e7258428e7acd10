"""Children: COPPA's notice as amended in 2025 (identifiers for internal operations, contextual ads, disclosure to
third parties, retention) and the UK Children's code (Age Appropriate Design Code). Each rule is triggered and not
triggered, each element disclosed by the policy, and each question asked only where its law applies."""

from __future__ import annotations

import copy
import datetime

import pytest
import yaml

from conftest import SAMPLES_DIR, run_cli
from factory import answers, write
from policygen.document.compose import compose
from policygen.legal.check import check
from policygen.model import Answers
from policygen.wizard import questions as q

TODAY = datetime.date(2026, 6, 1)  # the 2025 COPPA amendments bind from 22 April 2026
GAME = yaml.safe_load((SAMPLES_DIR / "005-childrens-game.yaml").read_text(encoding="utf-8"))


def game(**children) -> dict:
    data = copy.deepcopy(GAME)
    data["children"].update(children)
    return data


def children_clause(data: dict):
    return next(c for c in compose(Answers.model_validate(data)).clauses if c.id == "children")


def findings(data: dict) -> dict[str, list[tuple[str, str]]]:
    found: dict[str, list[tuple[str, str]]] = {}
    for f in check(Answers.model_validate(data), TODAY).all_findings:
        found.setdefault(f.rule, []).append((f.path, f.severity))
    return found


def relevant(path, data) -> bool:
    return q.is_relevant(q.question_at(path), q.lenient_answers(data))


# ------------------------------------------------------------------------------ COPPA: internal-operations notice
def test_identifiers_collected_without_consent_are_named_apart_from_consented_data():
    text = children_clause(GAME).markdown
    consented, rest = text.split("**Identifiers we collect without asking a parent.**")
    identifiers, recipients = rest.split("**Who receives it.**")
    # With a parent's consent: the profile only. Without: the device identifiers, for named internal operations.
    assert "Online identifiers" not in consented and "**Profile information**" in consented
    assert "- **Online identifiers**, such as a device identifier and an identifier our game makes" in identifiers
    assert "- To choose ads from the screen your child is on" in identifiers
    assert "- To protect the service and its users from misuse and attacks." in identifiers
    assert "- **AdMob** receives online identifiers. We use it to show ads chosen from the game screen" in identifiers
    assert ("This is how we make sure: every ad request is marked as coming from a children's app, so AdMob uses the "
            "device identifier only to deliver the ad") in identifiers
    # AdMob receives only identifiers for internal operations: it is no recipient of consented data.
    assert "AdMob" not in recipients.split("**How long we keep it.**")[0]
    assert "- **Online identifiers**: needed for providing the service, security and fraud prevention, and " \
        "contextual advertising; kept for 12 months (counted from when each was collected)." in recipients
    assert 'Before we collect from a child the information listed under "What we collect from children"' in recipients


def test_how_children_data_is_used_speaks_of_the_consented_data_and_points_to_the_identifiers_uses():
    text = children_clause(GAME).markdown
    assert "**How we use it.** We use the information we collect from children with a parent's consent only for " \
        "providing the service. We do not sell it or use it to target ads. The identifiers below, which we collect " \
        "without asking a parent, have uses of their own, listed with them." in text
    without = children_clause(game(identifiers_internal_only=False)).markdown
    assert "only for providing the service. We do not sell it" in without and "uses of their own" not in without


def test_no_promise_rests_on_no_answer():
    # Deleting what was collected without consent would contradict the identifiers COPPA lets us collect so; that
    # a child can no longer use the service, or that we ask no more than an activity needs, no answer says.
    text = children_clause(GAME).markdown
    for words in ("without a parent's consent, we will delete it", "may then no longer be able to use",
                  "more information than the activity needs"):
        assert words not in text, words


def test_named_service_providers_replace_the_generic_kind_among_childrens_recipients():
    recipients = children_clause(GAME).markdown.split("**Who receives it.**")[1].split("**How long")[0]
    assert "- **Google Cloud** receives profile information." in recipients
    assert "**Service providers**" not in recipients
    unnamed = copy.deepcopy(GAME)
    unnamed["processors"] = [p for p in unnamed["processors"] if p.get("service") != "google_cloud"]
    recipients = children_clause(unnamed).markdown.split("**Who receives it.**")[1].split("**How long")[0]
    assert "- **Service providers**: companies that process data for us under contract." in recipients


def test_the_known_child_sentence_sets_apart_identifiers_collected_without_consent():
    def sensitive(data):
        return next(c for c in compose(Answers.model_validate(data)).clauses if c.id == "sensitive-data").markdown
    assert "We collect it only with a parent's consent, apart from the identifiers COPPA lets us collect without " \
        "it and use only to run our services" in sensitive(GAME)
    assert "We collect it only with a parent's consent ([Children]" in sensitive(game(identifiers_internal_only=False))


def test_sample_game_covers_the_internal_operations_element():
    report = check(Answers.model_validate(GAME), TODAY)
    [coppa] = [law for law in report.laws if law.law == "coppa"]
    elements = {e.element: e for e in coppa.elements}
    assert elements["coppa.internal-operations"].covered_by and not elements["coppa.internal-operations"].findings
    assert elements["coppa.third-party-disclosure"].covered_by


def test_each_missing_internal_operations_answer_is_a_finding():
    for field, empty in (("internal_identifiers", []), ("internal_operations", []), ("identifier_safeguards", None)):
        data = game(**{field: empty})
        assert findings(data)["coppa.internal-operations"] == [(f"children.{field}", "error")], field
        assert "Identifiers we collect without asking a parent" not in children_clause(data).markdown
    assert "coppa.internal-operations" not in findings(GAME)


def test_an_undeclared_identifier_category_is_a_finding():
    data = game(internal_identifiers=["online_identifiers", "device_information"])
    assert findings(data)["coppa.internal-operations"] == [("children.internal_identifiers", "error")]
    assert "Identifiers we collect without asking a parent" not in children_clause(data).markdown


def test_a_category_from_children_without_retention_is_named():
    data = game()
    del data["data_categories"][0]["retention"]  # the device identifiers
    assert ("data_categories[0].retention", "error") in findings(data)["coppa.retention"]
    assert "coppa.retention" not in findings(GAME)


def test_internal_only_identifiers_with_personalised_ads_is_a_contradiction():
    data = game()
    data["cookies"]["personalised_ads"] = True
    assert ("children.identifiers_internal_only", "error") in findings(data)["children-internal-operations"]
    assert "children-internal-operations" not in findings(GAME)
    assert "Identifiers we collect without asking a parent" not in children_clause(data).markdown


def test_contextual_ads_named_without_ads_is_a_contradiction():
    data = game()
    data["processors"] = [p for p in data["processors"] if p.get("kind") != "advertising"]
    data["cookies"] = {"technologies": ["sdks"]}
    assert findings(data)["children-internal-operations"] == [("children.internal_operations", "error")]


def test_the_policy_says_ads_are_contextual_only_when_answered():
    assert "children.contextual-ads" in children_clause(GAME).claims
    assert "**Ads.** Puddle Jump Adventures shows ads. They are chosen from what is on the screen" in \
        children_clause(GAME).markdown
    unanswered = game()
    del unanswered["cookies"]["personalised_ads"]
    assert "children.contextual-ads" not in children_clause(unanswered).claims
    assert findings(unanswered)["children-ads-unstated"] == [("cookies.personalised_ads", "warning")]
    assert "children-ads-unstated" not in findings(GAME)


def test_no_third_party_or_separate_consent_is_stated_as_true():
    assert "children.no-third-parties" in children_clause(GAME).claims
    shared = game()
    shared["processors"].append({"name": "Chatly", "kind": "communications", "data": ["profile_information"],
                                 "third_party": True})
    clause = children_clause(shared)
    assert "children.separate-consent" in clause.claims and "children.no-third-parties" not in clause.claims
    assert "We do not give children's information to third parties" not in clause.markdown


def test_internal_operations_questions_are_asked_only_where_coppa_and_the_exception_apply():
    path = ("children", "internal_operations")
    us_child = {"audiences": {"regions": ["california"]},
                "children": {"minimum_age": 6, "directed_to_children": True, "identifiers_internal_only": True}}
    assert relevant(path, us_child)
    assert relevant(("children", "identifier_safeguards"), us_child)
    assert not relevant(path, {**us_child, "children": {**us_child["children"], "identifiers_internal_only": False}})
    assert not relevant(path, {"audiences": {"regions": ["california"]}, "children": {"minimum_age": 18}})


@pytest.mark.slow  # runs the command in a child process
def test_a_non_identifier_under_internal_identifiers_is_bad_input(tmp_path):
    data = game(internal_identifiers=["contact_details"])
    result = run_cli("validate", write(tmp_path / "a.yaml", data))
    assert result.returncode == 2
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "children.internal_identifiers[0]" in lines[0] and "a.yaml" in lines[0], lines
    assert b"Traceback" not in result.stderr


@pytest.mark.slow  # runs the command in a child process
def test_an_unknown_internal_operation_is_bad_input(tmp_path):
    result = run_cli("validate", write(tmp_path / "a.yaml", game(internal_operations=["targeting"])))
    assert result.returncode == 2
    [line] = result.stderr.decode().strip().splitlines()
    assert "children.internal_operations[0]" in line and "'targeting' is not a known choice" in line


# ------------------------------------------------------------------------------------------ UK Children's code
AADC = {"minimum_age": 8, "uk_children_likely": True,
        "age_suited_information": "a short picture guide in the app's Settings",
        "high_privacy_defaults": True, "profiling_off_by_default": True, "parental_controls": True,
        "child_told_when_monitored": True}
LOCATION = {"category": "precise_location", "sources": ["directly"], "purposes": ["customer_support"],
            "retention": {"period": "1 day"}}


def uk_kids(with_location: bool = False, **children) -> dict:
    data = answers(children={**AADC, **children})
    if with_location:
        data["data_categories"].append(LOCATION)
        data["children"].setdefault("geolocation_off_by_default", True)
    return data


def aadc_elements(data: dict) -> dict:
    report = check(Answers.model_validate(data), TODAY)
    [aadc] = [law for law in report.laws if law.law == "aadc"]
    return {e.element: e for e in aadc.elements}


def test_every_point_of_the_code_is_stated_when_answered():
    data = uk_kids(with_location=True)
    elements = aadc_elements(data)
    assert set(elements) == {"aadc.transparency", "aadc.default-settings", "aadc.geolocation", "aadc.profiling",
                             "aadc.parental-controls"}
    assert all(e.covered_by and not e.findings for e in elements.values())
    text = children_clause(data).markdown
    assert "**Children in the UK.** Children under 18 in the UK are likely to use our services. So the UK's " \
        "Children's code" in text
    for words in ("in words suited to their age: a short picture guide in the app's Settings.",
                  "Children's privacy settings start at the most private choice.",
                  "Features that use a child's location stay off until the child turns them on",
                  "Nothing builds a profile of a child",
                  "While a parent can see a child's activity or location, the child sees a clear sign of it."):
        assert words in text, words


def test_the_code_points_say_only_what_the_answers_support():
    # No location collected: the parental-controls line speaks of activity only; no ads or suggestions are assumed
    # as examples of profiling; parental controls are not said to limit anything.
    text = children_clause(uk_kids()).markdown
    assert "- Nothing builds a profile of a child unless the child turns it on." in text
    assert "- Parents can use controls over how their child uses our services. While a parent can see a child's " \
        "activity, the child sees a clear sign of it." in text
    assert "location" not in text and "ads" not in text and "limit" not in text


def test_the_reading_app_sample_gives_its_book_suggestions_a_purpose_on_consent():
    reading = yaml.safe_load((SAMPLES_DIR / "011-uk-reading-app.yaml").read_text(encoding="utf-8"))
    text = "\n".join(c.markdown for c in compose(Answers.model_validate(reading)).clauses)
    assert "| **Book suggestions**: to suggest books from the child's reading level and the books they have read, " \
        "once the child turns suggestions on. | profile information | Consent (UK GDPR Art. 6(1)(a))" in text
    # The contract is with the parent: the child's reading does not rest on it.
    assert "| **Providing the service**: to run the service you asked for and its features. | contact details and " \
        "profile information | Legitimate interests" in text


def test_each_unanswered_or_refused_point_is_a_warning_naming_its_answer():
    cases = {"age_suited_information": ("aadc.transparency", None),
             "high_privacy_defaults": ("aadc.default-settings", False),
             "geolocation_off_by_default": ("aadc.geolocation", False),
             "profiling_off_by_default": ("aadc.profiling", False),
             "child_told_when_monitored": ("aadc.parental-controls", False)}
    for field, (element, refused) in cases.items():
        for value in {None, refused}:
            data = uk_kids(with_location=True, **{field: value})
            result = aadc_elements(data)[element]
            assert not result.covered_by, (field, value)
            assert [(f.path, f.severity) for f in result.findings] == [(f"children.{field}", "warning")], (field, value)


def test_the_code_applies_only_to_uk_services_children_are_likely_to_use():
    assert "aadc" in {law.law for law in check(Answers.model_validate(uk_kids()), TODAY).laws}
    not_likely = uk_kids(uk_children_likely=False)
    assert "aadc" not in {law.law for law in check(Answers.model_validate(not_likely), TODAY).laws}
    assert "Children in the UK" not in children_clause(not_likely).markdown
    us_only = {**uk_kids(), "audiences": {"regions": ["california"]}}
    assert "aadc" not in {law.law for law in check(Answers.model_validate(us_only), TODAY).laws}
    # Answered where it cannot apply: a warning that it has no effect.
    assert ("children.uk_children_likely", "warning") in findings(us_only)["no-effect"]


def test_a_uk_service_for_young_children_that_does_not_say_so_is_a_warning():
    data = uk_kids(uk_children_likely=None)
    assert findings(data)["aadc-children-likely"] == [("children.uk_children_likely", "warning")]
    assert "aadc-children-likely" not in findings(uk_kids())
    assert "aadc-children-likely" not in findings(answers(children={"minimum_age": 16}))


def test_code_questions_are_asked_only_where_it_applies():
    uk = {"audiences": {"regions": ["uk"]}}
    assert relevant(("children", "uk_children_likely"), uk)
    assert not relevant(("children", "uk_children_likely"), {**uk, "children": {"minimum_age": 18}})
    assert not relevant(("children", "uk_children_likely"), {"audiences": {"regions": ["california"]}})
    likely = {**uk, "children": {"uk_children_likely": True}}
    assert relevant(("children", "high_privacy_defaults"), likely)
    assert not relevant(("children", "high_privacy_defaults"), uk)
    # Location only when location data is collected; the monitoring sign only when parents have controls.
    assert not relevant(("children", "geolocation_off_by_default"), likely)
    assert relevant(("children", "geolocation_off_by_default"),
                    {**likely, "data_categories": [{"category": "precise_location"}]})
    assert not relevant(("children", "child_told_when_monitored"), likely)
    assert relevant(("children", "child_told_when_monitored"),
                    {**uk, "children": {"uk_children_likely": True, "parental_controls": True}})


def test_data_kept_in_house_is_said_once():
    data = game()  # no providers and no recipients: the game keeps the child's profile to itself
    data["processors"], data["cookies"] = [], {}
    data["data_categories"][1]["recipients"] = []
    data["children"]["internal_operations"] = ["maintain_or_analyse", "security"]
    clause = children_clause(data)
    assert "children.no-recipients" in clause.claims and "children.no-third-parties" not in clause.claims
    assert "We do not give children's information to anyone else, unless the law requires us to." in clause.markdown
    report = check(Answers.model_validate(data), TODAY)
    [coppa] = [law for law in report.laws if law.law == "coppa"]
    assert {e.element: e for e in coppa.elements}["coppa.third-party-disclosure"].covered_by


def test_data_kept_in_house_sets_apart_the_identifiers_providers_receive():
    data = game()  # the child's profile stays in house; AdMob still receives the device identifiers
    data["processors"] = [p for p in data["processors"] if p.get("kind") == "advertising"]
    data["data_categories"][1]["recipients"] = []
    text = children_clause(data).markdown
    assert "- **AdMob** receives online identifiers." in text
    assert "**Who receives it.** Apart from the identifiers above, we do not give children's information to anyone " \
        "else, unless the law requires us to." in text


def test_profiling_off_by_default_contradicted_by_ads_personalised_without_asking():
    data = uk_kids(with_location=False)
    data["cookies"] = {"kinds": ["essential", "advertising"]}
    assert findings(data)["aadc-profiling-contradicted"] == [("children.profiling_off_by_default", "error")]
    data["cookies"]["consent_banner"] = True  # personalised ads only once a consent is given
    assert "aadc-profiling-contradicted" not in findings(data)
    assert "aadc-profiling-contradicted" not in findings(uk_kids())


def test_an_identifier_listed_with_and_without_consent_is_a_contradiction():
    data = game(data_from_children=["profile_information", "online_identifiers"])
    assert findings(data)["children-internal-operations"] == [("children.internal_identifiers", "error")]
