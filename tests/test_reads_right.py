"""Sentences that read right for the business they describe: names, cross-references, change notices."""

from __future__ import annotations

from factory import BASE, answers
from policygen.document.compose import compose
from policygen.facts import facts_of
from policygen.model import Answers
from policygen.render.markdown import render_markdown


def _model(**parts) -> Answers:
    return Answers.model_validate(answers(**parts))


def test_the_summary_does_not_say_a_business_runs_a_service_of_its_own_name():
    named_alike = {"covered": [{"kind": "mobile_app", "name": "Testco"}]}
    org = {**BASE["organisation"], "trading_name": "Testco"}
    assert facts_of(_model(organisation=org, services=named_alike)).services_share_our_name
    assert not facts_of(_model(organisation=org)).services_share_our_name  # testco.example
    assert "Testco runs Testco" not in render_markdown(compose(_model(organisation=org, services=named_alike)))


def test_a_change_notice_names_only_the_places_the_service_has():
    changes = {**BASE["changes"], "notice_methods": ["site_notice"]}
    website = _model(changes=changes)
    both = _model(changes=changes, services={"covered": [BASE["services"]["covered"][0],
                                                         {"kind": "mobile_app", "name": "Testco app"}]})
    assert facts_of(website).change_notice_places == "on our website"
    assert facts_of(both).change_notice_places == "on our website and in our app"
    assert "- Put a notice on our website and in our app." in render_markdown(compose(both))


def test_a_cross_reference_to_a_clause_alone_in_its_section_carries_the_sections_title():
    data = _model(processors=[{"service": "stripe"}], transfers={"storage_countries": ["GB", "US"]})
    text = render_markdown(compose(data))
    assert "[Where your information goes](#" in text
    assert "[International transfers](#" not in text
