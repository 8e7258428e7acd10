"""The services catalogue: every entry well formed, each fact read in the provider's own pages or marked unconfirmed,
and an unconfirmed fact never stated in a policy until the answers give it."""

from __future__ import annotations

import dataclasses
import datetime

import pytest

from factory import answers
from policygen.catalogue.categories import DATA_CATEGORIES
from policygen.catalogue.choices import PROVIDER_KINDS
from policygen.catalogue.countries import COUNTRIES
from policygen.catalogue.services import CONFIRMABLE, SERVICES, catalogue_note
from policygen.document.compose import compose
from policygen.explain import provider_facts
from policygen.legal.check import check
from policygen.model import Answers
from policygen.render.markdown import render_markdown

TODAY = datetime.date(2026, 12, 1)
OWN_PAGE = "https://provider.example/privacy"


def _urls(service) -> list[str]:
    return [u for u in (service.policy_url, service.opt_out_url, *service.sources) if u]


@pytest.mark.parametrize("service_id", sorted(SERVICES))
def test_every_service_is_well_formed(service_id):
    service = SERVICES[service_id]
    assert service.kind in PROVIDER_KINDS
    assert service.country in COUNTRIES
    assert service.data and all(k in DATA_CATEGORIES for k in service.data)
    assert all(u.startswith("https://") for u in _urls(service)), _urls(service)


@pytest.mark.parametrize("service_id", sorted(SERVICES))
def test_every_fact_is_sourced_or_marked_unconfirmed(service_id):
    service = SERVICES[service_id]
    assert service.unconfirmed <= CONFIRMABLE
    assert all(getattr(service, field) for field in service.unconfirmed), "only a stated fact can be unconfirmed"
    if service.sources:
        assert service.checked is not None
    else:  # no page of its own was read: nothing it says may reach a policy
        assert service.checked is None
        assert service.unconfirmed == {f for f in CONFIRMABLE if getattr(service, f)}


def test_the_catalogue_holds_at_least_150_services():
    assert len(SERVICES) >= 150


def _with_service(monkeypatch, **changes) -> None:
    """Twilio's entry, read as a provider in New Zealand with its own privacy page: a country no other part of the
    fixture's policy names, so its presence in the text can only come from this entry."""
    twilio = SERVICES["twilio"]
    monkeypatch.setitem(SERVICES, "twilio", dataclasses.replace(twilio, country="NZ", policy_url=OWN_PAGE, **changes))


def _policy(provider: dict) -> tuple[str, Answers]:
    model = Answers.model_validate(answers(processors=[provider]))
    return render_markdown(compose(model)), model


def test_a_confirmed_country_and_privacy_page_reach_the_policy(monkeypatch):
    _with_service(monkeypatch)
    text, model = _policy({"service": "twilio"})
    assert "New Zealand" in text and OWN_PAGE in text
    assert not [f for f in check(model, TODAY).all_findings if f.rule == "catalogue-unconfirmed"]


def test_an_unconfirmed_country_is_not_stated_and_check_asks_for_it(monkeypatch):
    _with_service(monkeypatch, unconfirmed=frozenset({"country"}))
    text, model = _policy({"service": "twilio"})
    assert "New Zealand" not in text
    assert OWN_PAGE in text  # the confirmed privacy page still links
    [finding] = [f for f in check(model, TODAY).all_findings if f.rule == "catalogue-unconfirmed"]
    assert finding.path == "processors[0].country" and finding.severity == "warning"
    assert "could not confirm where it is based for Twilio" in finding.message
    assert dict((f.field, f.source) for f in provider_facts(model)[0][1])["country"] == \
        "not stated: the catalogue could not confirm it"


def test_an_unconfirmed_privacy_page_is_not_linked(monkeypatch):
    _with_service(monkeypatch, unconfirmed=frozenset({"policy_url"}))
    text, model = _policy({"service": "twilio"})
    assert OWN_PAGE not in text and "New Zealand" in text
    assert [f.path for f in check(model, TODAY).all_findings if f.rule == "catalogue-unconfirmed"] == \
        ["processors[0].policy_url"]


def test_the_founders_answer_states_an_unconfirmed_fact(monkeypatch):
    _with_service(monkeypatch, unconfirmed=frozenset({"country", "policy_url"}))
    text, model = _policy({"service": "twilio", "country": "NZ", "policy_url": OWN_PAGE})
    assert "New Zealand" in text and OWN_PAGE in text
    assert not [f for f in check(model, TODAY).all_findings if f.rule == "catalogue-unconfirmed"]


def test_the_answers_file_note_says_which_facts_are_unconfirmed(monkeypatch):
    _with_service(monkeypatch, unconfirmed=frozenset({"country"}))
    note = catalogue_note("twilio")
    assert "based in New Zealand (NZ) (unconfirmed: the policy leaves it out until you answer country)" in note
    assert f"privacy page {OWN_PAGE};" in note or note.endswith(f"privacy page {OWN_PAGE}.")
    assert "unconfirmed" not in catalogue_note("twilio", frozenset({"country"}))  # answered: the entry's own
