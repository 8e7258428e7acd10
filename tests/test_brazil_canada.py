"""Brazil's LGPD additions (encarregado, the ANPD's standard clauses, the reply time) and Canada's: PIPEDA's
cross-border statement and Quebec's private sector act as amended by Law 25."""

from __future__ import annotations

from test_legal import COMPLETE, TODAY, fixture_for, findings, model, policy_text
from policygen.legal.check import check

ENCARREGADO = {"name": "Ana Souza", "email": "encarregado@testco.example"}


def brazil(**organisation) -> dict:
    return {**COMPLETE, "audiences": {"regions": ["brazil"]},
            "organisation": {**COMPLETE["organisation"], **organisation}}


def element(data: dict, element_id: str, day=TODAY):
    found = [e for law in check(model(data), day).laws for e in law.elements if e.element == element_id]
    return found[0] if found else None


# ---- Brazil
def test_the_encarregado_is_named_with_their_contact():
    data = brazil(lgpd_officer=ENCARREGADO)
    result = element(data, "lgpd.encarregado")
    assert result.covered_by == ("brazil-rights",) and not result.findings
    said = policy_text(model(data))
    assert "our encarregado is Ana Souza" in said and "encarregado@testco.example" in said


def test_a_missing_encarregado_is_a_finding_naming_the_field():
    assert findings(brazil())["lgpd.encarregado"] == ["organisation.lgpd_officer"]
    assert [f.severity for f in element(brazil(), "lgpd.encarregado").findings] == ["warning"]  # small agents
    assert findings(brazil(lgpd_officer={"name": "Ana Souza"}))["lgpd.encarregado"] == [
        "organisation.lgpd_officer.email"]
    assert "lgpd.encarregado" not in findings(brazil(lgpd_officer=ENCARREGADO))
    assert "our encarregado" not in policy_text(model(brazil()))


def test_the_encarregado_rule_binds_from_the_anpd_resolution():
    import datetime

    assert element(brazil(), "lgpd.encarregado", datetime.date(2024, 7, 16)) is None
    assert element(brazil(), "lgpd.encarregado", datetime.date(2024, 7, 17)) is not None


def test_the_full_text_of_the_anpd_clauses_is_offered_where_they_are_used():
    data = brazil(lgpd_officer=ENCARREGADO)  # COMPLETE sends data to the US under the ANPD's clauses too
    result = element(data, "lgpd.anpd-clauses")
    assert result.covered_by == ("transfers",) and not result.findings
    assert "full text of the ANPD standard clauses we use" in policy_text(model(data))
    data["transfers"] = {"storage_countries": ["US"], "transfers": [{"destination": "US", "mechanisms": ["consent"]}]}
    assert element(data, "lgpd.anpd-clauses") is None
    assert "ANPD standard clauses" not in policy_text(model(data))


def test_a_reply_time_longer_than_the_lgpds_is_a_warning():
    data = brazil(lgpd_officer=ENCARREGADO)
    data["rights"] = {**COMPLETE["rights"], "response_days": 30}
    assert findings(data)["lgpd-reply-days"] == ["rights.response_days"]
    data["rights"]["response_days"] = 15
    assert "lgpd-reply-days" not in findings(data)
    assert "lgpd-reply-days" not in findings({**data, "audiences": {"regions": ["uk"]},
                                              "rights": {**COMPLETE["rights"], "response_days": 30}})


def test_the_reply_time_and_rights_are_disclosed():
    data = fixture_for("lgpd")
    for name in ("lgpd.reply-time", "lgpd.rights"):
        assert element(data.model_dump(mode="json", exclude_none=True), name).covered_by == ("brazil-rights",)
    assert "full statement, given within 15 days" in policy_text(data)


# ---- Canada: PIPEDA's cross-border statement
def test_data_processed_outside_canada_is_said_with_foreign_access():
    data = {**COMPLETE, "audiences": {"regions": ["canada"], "canadian_provinces": ["ON"]}}
    result = element(data, "pipeda.cross-border")
    assert result.covered_by == ("transfers",) and not result.findings
    assert "the courts, law enforcement and national security authorities" in policy_text(model(data))
    data["transfers"] = {"storage_countries": ["CA"]}
    assert element(data, "pipeda.cross-border") is None
    assert "national security authorities" not in policy_text(model(data))


# ---- Quebec (P-39.1 as amended by Law 25)
ACTIVATION = "with the Advertising and Location switches in Settings"


def canada(*provinces: str, **changes) -> dict:
    return {**COMPLETE, "audiences": {"regions": ["canada"], "canadian_provinces": list(provinces)},
            "practices": {**COMPLETE["practices"], "tracking_activation": ACTIVATION}, **changes}


def laws_of(data: dict) -> set[str]:
    from policygen.facts import facts_of

    return set(facts_of(model(data)).laws)


def test_quebec_applies_when_canada_is_served_with_quebec_or_no_province_named():
    assert "quebec" in laws_of(canada("QC")) and "quebec" in laws_of(canada("ON", "QC"))
    assert "quebec" in laws_of(canada())  # no province named: all of Canada
    assert "quebec" not in laws_of(canada("ON", "BC"))
    assert "quebec" not in laws_of({**COMPLETE, "audiences": {"regions": ["uk"]}})
    assert "If you are in Quebec" not in policy_text(model(canada("ON")))


def test_provinces_answered_without_canada_have_no_effect():
    data = {**COMPLETE, "audiences": {"regions": ["uk"], "canadian_provinces": ["QC"]}}
    assert "audiences.canadian_provinces" in findings(data)["no-effect"]
    assert "audiences.canadian_provinces" not in findings(canada("QC")).get("no-effect", [])


def test_every_quebec_element_is_disclosed_in_its_own_words():
    data = canada("QC")
    report = check(model(data), TODAY)
    [quebec] = [law for law in report.laws if law.law == "quebec"]
    assert {e.element for e in quebec.elements} == {
        "quebec.person-in-charge", "quebec.purposes", "quebec.rights", "quebec.outside-quebec", "quebec.technology",
        "quebec.automated"}
    assert all(e.covered_by and not e.findings for e in quebec.elements)
    said = policy_text(model(data))
    assert "is our person in charge of the protection of personal information under Quebec's law" in said
    assert "gives you the same rights: to see your information, to have it corrected and to withdraw" in said
    assert "For people in Quebec, this means your information is communicated outside Quebec." in said
    assert ("Some technology we use can find where you are precisely and build a profile of your interests to "
            "choose the ads you see. How to turn these functions on: With the Advertising and Location switches in "
            "Settings.") in said
    assert "give your observations to a member of our staff who can review the decision" in said


def test_no_person_in_charge_is_a_finding():
    data = canada("QC", organisation={k: v for k, v in COMPLETE["organisation"].items() if k != "privacy_officer"})
    assert findings(data)["quebec.person-in-charge"] == ["organisation.privacy_officer"]
    assert "person in charge of the protection" not in policy_text(model(data))
    assert "quebec.person-in-charge" not in findings(canada("QC"))


def test_technology_that_locates_or_profiles_needs_the_way_to_turn_it_on():
    data = canada("QC", practices=COMPLETE["practices"])  # no tracking_activation
    assert findings(data)["quebec.technology"] == ["practices.tracking_activation"]
    assert "How to turn these functions on" not in policy_text(model(data))
    # a shop with essential cookies and no location or biometric data: nothing identifies, locates or profiles
    shop = canada("QC", practices=COMPLETE["practices"], cookies={"kinds": ["essential"]},
                  data_categories=[COMPLETE["data_categories"][0]])
    assert element(shop, "quebec.technology") is None and "quebec.technology" not in findings(shop)


def test_the_activation_question_is_asked_only_where_quebec_and_such_technology_meet():
    from policygen.model.answers import Practices
    from policygen.model.conditions import ask_when

    asked = ask_when(Practices.model_fields["tracking_activation"]).predicate
    assert asked(model(canada("QC")))
    assert not asked(model(canada("ON")))
    assert not asked(model(canada("QC", cookies={"kinds": ["essential"]},
                                  data_categories=[COMPLETE["data_categories"][0]])))


def test_the_provinces_question_is_asked_only_for_canada():
    from policygen.model.answers import Audiences
    from policygen.model.conditions import ask_when

    asked = ask_when(Audiences.model_fields["canadian_provinces"]).predicate
    assert asked(model(canada()))
    assert not asked(model({**COMPLETE, "audiences": {"regions": ["brazil"]}}))


def test_automated_decisions_without_a_person_to_review_are_a_finding():
    data = canada("QC")
    data["practices"] = {**data["practices"], "automated_decisions": {
        **COMPLETE["practices"]["automated_decisions"], "human_review": False}}
    assert findings(data)["quebec.automated"] == ["practices.automated_decisions.human_review"]
    assert "**In Quebec.**" not in policy_text(model(data))
    assert "quebec.automated" not in findings(canada("QC"))
    assert element(canada("QC", practices={"tracking_activation": ACTIVATION}), "quebec.automated") is None


def test_data_kept_in_canada_is_not_said_to_leave_quebec():
    data = canada("QC", transfers={"storage_countries": ["CA"]})
    assert element(data, "quebec.outside-quebec") is None
    assert "communicated outside Quebec" not in policy_text(model(data))


def test_quebecs_rules_bind_from_their_stage_of_law_25():
    import datetime

    data = canada("QC")
    assert element(data, "quebec.person-in-charge", datetime.date(2022, 9, 21)) is None
    assert element(data, "quebec.person-in-charge", datetime.date(2022, 9, 22)) is not None
    assert element(data, "quebec.technology", datetime.date(2023, 9, 21)) is None
    assert element(data, "quebec.technology", datetime.date(2023, 9, 22)) is not None


def test_the_wizard_asks_the_new_questions_only_where_their_law_applies():
    from policygen.wizard import questions as q

    def relevant(path, data) -> bool:
        return q.is_relevant(q.question_at(path), q.lenient_answers(data))

    provinces = ("audiences", "canadian_provinces")
    assert relevant(provinces, {"audiences": {"regions": ["canada"]}})
    assert not relevant(provinces, {"audiences": {"regions": ["brazil"]}})
    activation = ("practices", "tracking_activation")
    located = {"data_categories": [{"category": "precise_location"}]}
    assert relevant(activation, {"audiences": {"regions": ["canada"]}, **located})
    assert not relevant(activation, {"audiences": {"regions": ["canada"], "canadian_provinces": ["ON"]}, **located})
    assert not relevant(activation, {"audiences": {"regions": ["canada"]}})
    encarregado = ("organisation", "lgpd_officer")
    assert relevant(encarregado, {"audiences": {"regions": ["brazil"]}})
    assert not relevant(encarregado, {"audiences": {"regions": ["canada"]}})
