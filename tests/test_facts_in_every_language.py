"""The facts decide the same whatever language the policy is written in: only their words change.

A fact that compared a translated label with an answer, or with an English word, would decide differently in French
than in English (a category the answers name stops counting as consumer health data), and the French policy would
say something the English one does not."""

from __future__ import annotations

import dataclasses
import datetime

import pytest
from pydantic import BaseModel

from conftest import SAMPLES
from test_health_data import serving
from test_legal import COMPLETE, model
from policygen.answers import load_answers
from policygen.catalogue.choices import COOKIE_KINDS
from policygen.facts import FACTS, Facts, facts_of
from policygen.i18n import TRANSLATED
from policygen.i18n.speaking import Speaker, translating

SESSION_LOGS = {"category": "usage_data", "sources": ["automatically"], "purposes": ["customer_support"],
                "retention": {"period": "1 year"}}


def answer_sets() -> dict:
    found = {path.stem: load_answers(path) for path in SAMPLES}
    # Answers that name one of the catalogue's categories, by the English label the wizard shows.
    found["health data named"] = model(serving("WA", "NV", "CT"))
    return found


ANSWERS = answer_sets()


def decided(value: object) -> object:
    """What a fact's value decides, its words left out: yes or no, numbers, dates, the answers and ids it picks, and
    how many items each list has."""
    if isinstance(value, str):
        return str
    if value is None or isinstance(value, (bool, int, float, datetime.date, BaseModel, frozenset, set)):
        return value
    if dataclasses.is_dataclass(value):
        return type(value).__name__, tuple(decided(getattr(value, f.name)) for f in dataclasses.fields(value))
    if isinstance(value, (list, tuple)):
        return tuple(decided(item) for item in value)
    if isinstance(value, dict):
        return tuple((key, decided(item)) for key, item in value.items())
    raise TypeError(f"a fact's value of a kind this test does not know: {type(value).__name__}")


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_fact_decides_the_same_in_each_language_as_in_english(lang):
    differ = []
    for name, answers in ANSWERS.items():
        english, translated = Facts(answers, "en"), Facts(answers, lang)
        differ += [f"{name}: {fact}" for fact in FACTS
                   if decided(getattr(english, fact)) != decided(getattr(translated, fact))]
    assert differ == []


def test_the_answers_compared_decide_something():
    # Guards the test above against comparing nothing: the health answers bring in each state's law.
    health = Facts(ANSWERS["health data named"], "en")
    assert health.washington_health_applies and health.nevada_health_applies and health.connecticut_health_applies
    assert [c.category for c in health.consumer_health_categories] == ["precise_location"]


@pytest.mark.parametrize("lang", TRANSLATED)
def test_a_category_named_by_its_english_label_counts_as_health_data_in_every_language(lang):
    data = serving("WA")  # health_data.other_categories: ["Precise location"]
    with translating(lang):
        answers = model(data)  # and the answers are valid whatever language is being spoken
        assert [c.category for c in facts_of(answers).consumer_health_categories] == ["precise_location"]


def test_a_translated_label_is_not_read_as_the_founder_naming_a_session_record():
    # A plausible German label for usage data that happens to hold the English words the heuristic looks for.
    german = Speaker("de", {"Usage data": "Session-Logs"})
    answers = model({**COMPLETE, "data_categories": COMPLETE["data_categories"] + [SESSION_LOGS]})
    assert Facts(answers, "en").record_categories == ()
    with translating(german):
        assert facts_of(answers).record_categories == ()


def test_cookie_kinds_keep_their_german_capitals_in_a_sentence():
    answers = model({**COMPLETE, "cookies": {**COMPLETE["cookies"], "kinds": ["essential", "analytics", "advertising"]}})
    assert Facts(answers, "en").tracking_cookie_labels == ("analytics", "advertising")
    with translating("de"):
        german = (COOKIE_KINDS["analytics"].label, COOKIE_KINDS["advertising"].label)
    assert german[0][0].isupper() and Facts(answers, "de").tracking_cookie_labels == german
