"""Answers the model could not hold before (issue #16, answer shapes): each is said in the policy only where it is
true, found missing by ``check`` where a law needs it, and asked by the wizard only where it applies."""

from __future__ import annotations

import copy

import pytest

from conftest import run_cli
from factory import write
from policygen.facts import facts_of
from policygen.wizard import questions as q
from test_legal import COMPLETE, findings, model, policy_text, with_regions


def relevant(path, data) -> bool:
    return q.is_relevant(q.question_at(path), q.lenient_answers(data), path)


def one_line_exit_2(tmp_path, data: dict, *expected: str) -> None:
    result = run_cli("validate", write(tmp_path / "answers.yaml", data))
    lines = result.stderr.decode().strip().splitlines()
    assert result.returncode == 2 and len(lines) == 1, result.stderr
    assert all(e in lines[0] for e in expected), lines[0]


# ------------------------------------------------------------------ the Data Privacy Framework's enforcement body
DPF = {"name": "EU-U.S. Data Privacy Framework", "url": "https://www.dataprivacyframework.gov"}


def test_the_dpf_sentence_names_the_body_that_has_jurisdiction():
    for authority, named, other in (("ftc", "the US Federal Trade Commission", "Transportation"),
                                    ("dot", "the US Department of Transportation", "Federal Trade")):
        data = with_regions("eea", certifications=[{**DPF, "enforcement_authority": authority}])
        text = policy_text(model(data))
        assert f"Under the Data Privacy Framework, {named} can investigate" in text
        assert other not in text
        assert "dpf-enforcer" not in findings(data)


def test_an_unnamed_dpf_body_is_not_guessed_and_is_a_finding():
    data = with_regions("eea", certifications=[{"name": "TrustArc"}, DPF])
    text = policy_text(model(data))
    assert "the US government body that has jurisdiction over us can investigate" in text
    assert "Federal Trade" not in text and "Transportation" not in text
    assert findings(data)["dpf-enforcer"] == ["certifications[1].enforcement_authority"]


@pytest.mark.slow  # runs the command in a child process
def test_the_dpf_body_is_asked_only_for_a_dpf_certification(tmp_path):
    path = ("certifications", 0, "enforcement_authority")
    assert relevant(path, {"certifications": [DPF]})
    assert not relevant(path, {"certifications": [{"name": "TrustArc Privacy Certification"}]})
    data = with_regions("eea", certifications=[{"name": "TrustArc", "enforcement_authority": "ftc"}])
    assert "certifications[0].enforcement_authority" in findings(data)["no-effect"]
    one_line_exit_2(tmp_path, with_regions("eea", certifications=[{**DPF, "enforcement_authority": "sec"}]),
                    "certifications[0].enforcement_authority")


# ----------------------------------------------------------------- the value of the data behind a CCPA incentive
INCENTIVE = {"financial_incentives": "10% off for newsletter subscribers",
             "financial_incentive_value": "about $3 per subscriber a year",
             "financial_incentive_value_method": "we divided the profit on subscribers' extra orders by their number"}


def test_the_incentive_notice_gives_the_estimated_value_and_its_method():
    data = with_regions("california", rights={**COMPLETE["rights"], **INCENTIVE})
    text = policy_text(model(data))
    assert ("Our good-faith estimate of what that information is worth to us is about $3 per subscriber a year. How "
            "we calculated it: we divided the profit on subscribers' extra orders by their number.") in text
    assert "ccpa.incentive-value" not in findings(data)


def test_a_missing_value_or_method_is_a_finding_and_nothing_is_printed():
    for missing in ("financial_incentive_value", "financial_incentive_value_method"):
        rights = {**COMPLETE["rights"], **INCENTIVE}
        del rights[missing]
        data = with_regions("california", rights=rights)
        assert findings(data)["ccpa.incentive-value"] == [f"rights.{missing}"]
        assert "good-faith estimate" not in policy_text(model(data))
    # no incentive: nothing is asked for
    data = with_regions("california")
    assert "ccpa.incentive-value" not in findings(data)


def test_the_incentive_value_is_asked_only_with_an_incentive_in_california():
    path = ("rights", "financial_incentive_value_method")
    assert relevant(path, {"audiences": {"regions": ["california"]}, "rights": {"financial_incentives": "10% off"}})
    assert not relevant(path, {"audiences": {"regions": ["california"]}})
    assert not relevant(path, {"audiences": {"regions": ["uk"]}, "rights": {"financial_incentives": "10% off"}})
    data = with_regions("uk", rights={**COMPLETE["rights"], **INCENTIVE})
    assert {"rights.financial_incentive_value", "rights.financial_incentive_value_method"} <= set(
        findings(data)["no-effect"])


# ------------------------------------------------------------------------------------------ retention exceptions
def with_exception(*regions: str, **exception) -> dict:
    data = with_regions(*regions)
    data["data_categories"] = copy.deepcopy(COMPLETE["data_categories"])
    data["data_categories"][0]["retention"] = {"period": "30 days", "exceptions": [
        {"what": "order records", **(exception or {"period": "6 years", "criteria": "tax law requires it"})}]}
    return data


def test_an_exception_is_stated_beside_the_main_period_in_the_label_and_the_us_table():
    text = policy_text(model(with_exception("california")))
    label = next(line for line in text.splitlines() if line.startswith("| [Contact details]"))
    assert label.endswith("| 30 days; order records: 6 years (tax law requires it) |")
    table = next(line for line in text.splitlines() if line.startswith("| Identifiers: contact details"))
    assert table.endswith("| 30 days; order records: 6 years (tax law requires it) |")
    without = policy_text(model(with_regions("california")))
    assert "order records" not in without


def test_an_exception_is_its_own_sentence_where_retention_is_worded():
    from policygen.facts.collection import kept

    retention = model(with_exception("uk")).data_categories[0].retention
    assert kept(retention).phrase == "for 30 days. We keep order records for 6 years (tax law requires it)."
    assert kept(retention).listed == "30 days. Order records: 6 years (tax law requires it)."
    retention = model(with_exception("uk", criteria="as long as tax law requires")).data_categories[0].retention
    assert kept(retention).phrase == "for 30 days. We keep order records as long as tax law requires."


def test_the_label_export_agrees_with_the_policy():
    label = facts_of(model(with_exception("uk"))).data_disclosures[0]
    assert label.retention == "30 days; order records: 6 years (tax law requires it)"


def test_an_exception_kept_beyond_consent_is_a_finding():
    data = with_exception("eea")
    data["data_categories"][0]["purposes"] = ["marketing"]
    data["data_categories"][0]["retention"]["criteria"] = "or until you withdraw consent"
    assert findings(data)["consent-retention"] == ["data_categories[0].retention.exceptions[0]"]


@pytest.mark.slow  # runs the command in a child process
def test_an_exception_needs_a_period_or_criteria(tmp_path):
    data = with_exception("uk", period=None)
    del data["data_categories"][0]["retention"]["exceptions"][0]["period"]
    one_line_exit_2(tmp_path, data, "data_categories[0].retention.exceptions[0]", "give a period, criteria, or both")
    one_line_exit_2(tmp_path, with_exception("uk", period="six years"),
                    "data_categories[0].retention.exceptions[0].period")


# ------------------------------------------------------------------------------- data required only in some regions
def with_tax_id(*regions: str, required_in=("brazil",), contact_required=True) -> dict:
    data = with_regions(*regions)
    data["data_categories"] = copy.deepcopy(COMPLETE["data_categories"])
    data["data_categories"][0]["required"] = contact_required
    data["data_categories"].append({"category": "government_ids", "name": "Taxpayer number (CPF)",
                                    "sources": ["directly"], "purposes": ["customer_support"],
                                    "retention": {"period": "6 years"}, "required": True,
                                    "required_in": list(required_in)})
    return data


def must_give(text: str) -> str:
    return next(line for line in text.splitlines() if line.startswith("**What you must give us.**"))


def test_data_required_only_in_a_region_is_said_to_people_there():
    line = must_give(policy_text(model(with_tax_id("eea", "brazil"))))
    assert line.startswith("**What you must give us.** To use our services, you must give us your contact details. "
                           "If you are in Brazil, you must also give us your taxpayer number (CPF). Without this "
                           "information, we cannot provide them.")
    assert "The rest is up to you" in line  # the tax number is up to everyone else
    line = must_give(policy_text(model(with_tax_id("eea", "brazil", contact_required=False))))
    assert line.startswith("**What you must give us.** If you are in Brazil, you must give us your taxpayer number "
                           "(CPF) to use our services. Without this information")


def test_what_must_be_given_is_referred_to_whether_one_thing_or_several():
    # "you must give us your contact details and account login details. Without it" read as a slip: the sentence
    # after the list speaks of "this information", which fits one item or several.
    line = must_give(policy_text(model(with_tax_id("brazil", required_in=()))))
    assert "Without it," not in line
    assert "Without this information, we cannot provide them." in line


def test_required_in_every_region_served_is_required_of_everyone():
    line = must_give(policy_text(model(with_tax_id("brazil"))))
    assert "If you are in" not in line
    assert "you must give us your contact details and taxpayer number (CPF)" in line


def test_required_in_is_asked_only_for_required_data(tmp_path):
    path = ("data_categories", 0, "required_in")
    assert relevant(path, {"data_categories": [{"required": True}]})
    assert not relevant(path, {"data_categories": [{"required": False}]})
    data = with_tax_id("eea", "brazil")
    data["data_categories"][-1]["required"] = False
    assert "data_categories[3].required_in" in findings(data)["no-effect"]
    assert "If you are in Brazil, you must" not in policy_text(model(data))


@pytest.mark.slow  # runs the command in a child process
def test_required_in_names_only_regions_served(tmp_path):
    one_line_exit_2(tmp_path, with_tax_id("eea"), "data_categories[3].required_in[0]", "'brazil' is not one of")
    one_line_exit_2(tmp_path, with_tax_id("eea", "other", required_in=["other"]), "data_categories[3].required_in[0]")


# ------------------------------------------------------------------------------------------------ joint controllers
META = {"name": "Meta Platforms Ireland Limited",
        "processing": "get statistics (Page Insights) about how people use our Facebook page",
        "arrangement": "Meta answers requests about this data; we see only totals",
        "arrangement_url": "https://www.facebook.com/legal/terms/page_controller_addendum",
        "contact_point": "them", "contact": "Meta's privacy contact form"}


def with_joint_controller(*regions: str, **changes) -> dict:
    return with_regions(*regions, practices={**COMPLETE["practices"], "joint_controllers": [{**META, **changes}]})


def test_a_joint_controller_is_named_with_the_essence_of_the_arrangement_where_the_gdpr_applies():
    data = with_joint_controller("eea", "uk")
    text = policy_text(model(data))
    assert 'Under the GDPR and the UK GDPR, that makes us "joint controllers".' in text
    assert ("**Meta Platforms Ireland Limited.** Together with them, we get statistics (Page Insights) about how people "
            "use our Facebook page. Our arrangement: Meta answers requests about this data; we see only totals. "
            "[Read the arrangement](https://www.facebook.com/legal/terms/page_controller_addendum). They are the "
            "contact point for your questions and requests about it. How to reach them: Meta's privacy contact "
            "form.") in text
    assert "with each of us (the GDPR and the UK GDPR, Art. 26(3))" in text
    found = findings(data)
    assert not {"gdpr.joint-controllers", "uk_gdpr.joint-controllers"} & set(found)
    assert not any(path.startswith("practices.joint_controllers") for path in found["no-effect"])
    text = policy_text(model(with_joint_controller("uk", contact_point="us", contact=None)))
    assert "Under the UK GDPR, that makes us" in text and "the GDPR and" not in text
    assert "We are the contact point for your questions and requests about it: write to" in text
    assert "How to reach them" not in text


def test_no_joint_controllers_no_clause_and_no_element():
    data = with_regions("eea")
    assert "joint controllers" not in policy_text(model(data))
    report = facts_of(model(data))
    assert report.joint_controller_laws == ()


def test_joint_controllers_are_asked_only_where_the_gdpr_or_uk_gdpr_applies():
    path = ("practices", "joint_controllers")
    assert relevant(path, {"audiences": {"regions": ["eea"]}})
    assert relevant(path, {"audiences": {"regions": ["uk"]}})
    assert not relevant(path, {"audiences": {"regions": ["switzerland"]}})
    assert not relevant(path, {"audiences": {"regions": ["california"]}})
    data = with_joint_controller("california")
    assert "practices.joint_controllers" in findings(data)["no-effect"]
    assert "joint controllers" not in policy_text(model(data))


@pytest.mark.slow  # runs the command in a child process
def test_a_joint_controller_needs_its_arrangement(tmp_path):
    data = with_joint_controller("eea")
    del data["practices"]["joint_controllers"][0]["arrangement"]
    one_line_exit_2(tmp_path, data, "practices.joint_controllers[0].arrangement")
    one_line_exit_2(tmp_path, with_joint_controller("eea", contact_point="both"),
                    "practices.joint_controllers[0].contact_point")


# ------------------------------------------------------------------ automated decisions in each law's own terms
def with_significant_decisions(*regions: str, updated: str, special: bool = False) -> dict:
    data = with_regions(*regions, practices={"automated_decisions": {
        "description": "we approve or refuse loan applications automatically", "significant_effects": True}})
    data["changes"] = {**data["changes"], "effective_date": updated, "last_updated": updated}
    if special:
        data["data_categories"] = copy.deepcopy(COMPLETE["data_categories"]) + [
            {"category": "health_information", "sources": ["directly"], "purposes": ["customer_support"],
             "retention": {"period": "1 year"}, "required": False}]
    return data


def test_before_5_february_2026_both_laws_speak_through_article_22():
    text = policy_text(model(with_significant_decisions("eea", "uk", updated="2026-01-15")))
    assert ("**In the EEA and the UK.** Under the GDPR and UK GDPR (Art. 22), you have the right not to be subject to a "
            "decision based solely on automated processing, including profiling,") in text
    assert "Art. 22C" not in text


def test_from_5_february_2026_the_uk_gdpr_speaks_through_articles_22b_and_22c():
    text = policy_text(model(with_significant_decisions("eea", "uk", updated="2026-02-05")))
    assert "**In the EEA.** Under the GDPR (Art. 22), you have the right" in text
    assert ("**In the UK.** The UK GDPR sets rules for decisions about you based solely on automated processing that "
            "have a legal or similarly significant effect on you. We must tell you about such decisions, and let you "
            "make representations, ask for a person on our side to step in, and contest them (Art. 22C).") in text
    assert "Art. 22B" not in text  # no special category data
    text = policy_text(model(with_significant_decisions("uk", updated="2026-02-05", special=True)))
    assert "(Art. 22B)" in text and "(Art. 22)" not in text
    text = policy_text(model(with_significant_decisions("california", updated="2026-02-05", special=True)))
    assert "Art. 22" not in text


def test_each_representative_is_introduced_in_its_own_laws_terms():
    text = policy_text(model(with_regions("eea", "uk", "switzerland")))
    assert ("contact our representative there, Rep EU GmbH, about anything to do with how we process your personal "
            "information (GDPR Art. 27):") in text
    assert "Rep UK Ltd, about anything to do with how we process your personal information (UK GDPR Art. 27):" in text
    assert "Rep CH AG (FADP Art. 14):" in text


# ------------------------------------------------------------ researchers, delivery companies, connected sources
def with_parties(*regions: str, recipients=("service_providers",), sources=("directly",)) -> dict:
    data = with_regions(*regions)
    data["data_categories"] = copy.deepcopy(COMPLETE["data_categories"])
    data["data_categories"][0].update(recipients=list(recipients), sources=list(sources))
    return data


def test_researchers_and_delivery_companies_are_named_only_when_answered():
    data = with_parties("eea", "california", recipients=["service_providers", "couriers", "researchers"])
    text = policy_text(model(data))
    assert "- **Delivery companies**: couriers and postal services that deliver what you order." in text
    assert "- **Researchers**: universities and other research organisations we give data to for their studies." in text
    rows = [line for line in text.splitlines() if line.startswith("| Identifiers: contact details")]
    assert rows[-1].startswith("| Identifiers: contact details | Service providers, Delivery companies, Researchers |")
    assert "gdpr.recipients" not in findings(data)
    text = policy_text(model(with_parties("eea", "california")))
    assert "Delivery companies" not in text and "Researchers" not in text


def test_the_label_exports_treat_researchers_as_sharing_and_couriers_as_not():
    def shared(*recipients):
        data = with_parties("uk", recipients=recipients)
        data["data_categories"][0]["sold"] = data["data_categories"][0]["shared_for_advertising"] = False
        return facts_of(model(data)).data_disclosures[0].shared

    assert shared("researchers") is True
    assert shared("couriers") is False


def test_dpv_names_each_new_recipient_with_a_role():
    from policygen.exports import EXPORTERS

    data = with_parties("eea", recipients=["couriers", "researchers"])
    notice = __import__("json").loads(EXPORTERS["dpv"].write(facts_of(model(data))))
    roles = {r["skos:prefLabel"]: r["@type"] for r in notice["dpv:hasRecipient"]}
    assert roles["Delivery companies"] == "dpv:Recipient" and roles["Researchers"] == "dpv:ThirdParty"


def test_data_from_connected_apps_and_devices_is_data_from_others():
    data = with_parties("eea", sources=["connected_services"])
    f = facts_of(model(data))
    assert f.from_third_parties
    text = policy_text(model(data))
    assert "- **Contact details**: from apps and devices you connect." in text
    # the GDPR's Art. 14 elements apply and are covered
    assert not {"gdpr.sources", "gdpr.categories"} & set(findings(data))
    assert f.data_disclosures[0].in_app  # it comes through the app, so the stores' labels count it


def test_children_data_given_to_researchers_is_a_third_party_disclosure():
    children = {"minimum_age": 6, "directed_to_children": True, "parental_consent_method": "card check",
                "data_from_children": ["contact_details"]}
    for recipients, expected in ((["researchers"], True), (["couriers"], False)):
        data = with_parties("california", recipients=recipients)
        data["children"] = children
        assert bool(facts_of(model(data)).children_data_to_third_parties) is expected, recipients


def test_a_new_joint_controller_or_a_longer_exception_is_a_material_change():
    from policygen.diff import diff_answers

    before = model(with_regions("eea"))
    after = model(with_joint_controller("eea"))
    (change,) = [c for c in diff_answers(before, after).answers if c.path.startswith("practices.joint_controllers")]
    assert change.path == "practices.joint_controllers[Meta Platforms Ireland Limited]"
    assert change.material == "new joint controller"
    changes = diff_answers(before, model(with_exception("eea"))).answers
    material = {c.path.rsplit(".", 1)[-1]: c.material for c in changes if "exceptions[order records]" in c.path}
    assert material == {"what": "", "period": "longer retention", "criteria": ""}
