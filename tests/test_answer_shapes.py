"""Answers the model could not hold before (issue #16, answer shapes): each is said in the policy only where it is
true, found missing by ``check`` where a law needs it, and asked by the wizard only where it applies."""

from __future__ import annotations

import copy

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
