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
