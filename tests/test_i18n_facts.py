"""Facts and headings in the language being written: each phrase a fact puts together is one message, looked up in
the current language's catalogue, while check's findings stay in English.

A stand-in catalogue (a Speaker with its own messages) plays the translation, so these tests do not depend on the
shipped .po files."""

from __future__ import annotations

import datetime
import itertools
from functools import lru_cache

import pytest

from test_legal import COMPLETE, model
from test_sensitive_per_law import CONSENT_PURPOSES, HEALTH, with_data
from policygen.clauses.registry import CLAUSES_BY_ID
from policygen.facts import facts_of
from policygen.facts.collection import kept
from policygen.i18n.catalogues import extract
from policygen.i18n.speaking import Speaker, _, translating
from policygen.legal.check import check

SPECIAL = ("For your {labels}, which is special category data, we also rely on {condition} ({citation}): "
           "{meaning}")
CATALOGUE = {
    "GDPR": "RGPD",
    "GDPR Art. {article}": "RGPD, art. {article}",
    SPECIAL: "Pour vos {labels} (catégorie particulière), nous nous fondons aussi sur {condition} ({citation}), car "
             "{meaning}",
    '"{source}" means you gave it to us': "«\u00a0{source}\u00a0» signifie que vous nous les avez fournies",
    "Rights in the EEA and the UK": "Droits dans l'EEE et au Royaume-Uni",
    "{period} ({criteria})": "{period} [{criteria}]",
    "for {period}.": "pendant {period}.",
    "We keep {what} for {period}": "Nous conservons {what} pendant {period}",
    ("%(num)d year", 0): "%(num)d an",
    ("%(num)d year", 1): "%(num)d ans",
}


def in_french():
    return translating(Speaker("fr", CATALOGUE))


def special_category_answers():
    return model(with_data(["eea"], {**HEALTH, "special_category_condition": "explicit_consent"},
                           purposes=CONSENT_PURPOSES))


def test_a_sentence_a_fact_builds_is_one_message_with_its_values_in_place():
    answers = special_category_answers()
    with in_french():
        f = facts_of(answers)
        cell = next(row.basis for row in f.purpose_rows if "health" in row.basis)
    assert ("Pour vos health information (catégorie particulière), nous nous fondons aussi sur explicit consent "
            "(RGPD, art. 9(2)(a)), car you have given your explicit consent") in cell
    assert f.legal_basis_laws == ("RGPD",)
    # English is untouched: the same answers in English say what they always did.
    english = facts_of(answers, "en")
    assert "For your health information, which is special category data, we also rely on explicit consent (GDPR " \
           "Art. 9(2)(a))" in next(row.basis for row in english.purpose_rows if "health" in row.basis)


def test_a_source_key_puts_the_source_inside_the_message():
    answers = model(COMPLETE)
    with in_french():
        key = facts_of(answers).first_party_source_key
    assert key[0].startswith("«\u00a0") and key[0].endswith("» signifie que vous nous les avez fournies")


def test_how_long_data_is_kept_says_the_period_in_the_language():
    answers = model(COMPLETE | {"data_categories": [{
        **COMPLETE["data_categories"][0],
        "retention": {"period": "2 years", "criteria": "while you are a customer",
                      "exceptions": [{"what": "invoices", "period": "1 year"}]}}] + COMPLETE["data_categories"][1:]})
    with in_french():
        phrase = kept(answers.data_categories[0].retention).phrase
    assert phrase == "pendant 2 ans [while you are a customer]. Nous conservons invoices pendant 1 an."


@pytest.mark.parametrize("regions", [r for n in (1, 2, 3) for r in itertools.combinations(("eea", "uk", "switzerland"),
                                                                                          n)])
def test_the_european_rights_heading_is_one_whole_message_for_each_set_of_places(regions):
    answers = model({**COMPLETE, "audiences": {"regions": list(regions)}})
    heading = CLAUSES_BY_ID["eu-uk-rights"].title_for(facts_of(answers, "en"))
    assert heading in _extracted_messages()


def test_the_heading_is_said_through_the_catalogue():
    answers = model({**COMPLETE, "audiences": {"regions": ["eea", "uk"]}})
    with in_french():
        assert _(CLAUSES_BY_ID["eu-uk-rights"].title_for(facts_of(answers))) == "Droits dans l'EEE et au Royaume-Uni"


def test_check_findings_stay_english_whatever_the_language():
    data = with_data(["eea"], {**HEALTH, "special_category_condition": "explicit_consent"})  # support: contract
    with in_french():
        found = [x for x in check(model(data), datetime.date(2026, 6, 1)).all_findings
                 if x.rule == "explicit-consent-basis"]
    assert found and "(GDPR Art. 9(2)(a))" in found[0].message and "RGPD" not in found[0].message


@lru_cache(maxsize=1)
def _extracted_messages() -> frozenset[str]:
    return frozenset(message.id for message in extract() if isinstance(message.id, str))
