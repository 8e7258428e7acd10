"""When a question is worth asking: Python predicates attached to model fields.

A field annotated with ``AskWhen(predicate)`` is only relevant when the predicate holds for the whole answers
(for example legal bases only when GDPR-style law applies), or, with ``about_entry``, for the entry the field
belongs to (the legitimate interest only for a purpose whose basis is legitimate interests). The wizard reads this
metadata to hide questions; the JSON Schema ignores it. Predicates are plain functions, never strings of template
code.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from policygen.model.answers import Answers


@dataclass(frozen=True)
class AskWhen:
    predicate: Callable[["Answers"], bool]
    """Receives the whole answers; True when the question applies."""
    reason: str
    """Why the question may be hidden, in words for the wizard ("only when you serve the EEA, UK or Switzerland")."""
    about_entry: bool = False
    """The predicate receives the entry the field belongs to (a purpose, a data category), not the whole answers."""


def on_fact(name: str) -> Callable[["Answers"], bool]:
    """A question asked when the fact ``name`` holds: the same definition the policy and the laws use
    (policygen/facts), so "serves the EEA" or "people have accounts" is decided in one place."""

    def holds(answers: "Answers") -> bool:
        from policygen.facts import facts_of

        return bool(getattr(facts_of(answers), name))

    holds.__name__ = name
    return holds


def sensitive_entry(category) -> bool:
    return category.is_sensitive


def legitimate_interests_basis(purpose) -> bool:
    return purpose.legal_basis == "legitimate_interests"


ASK_GDPR = AskWhen(on_fact("european_law"), "only when you serve the EEA, the UK or Switzerland")
ASK_US = AskWhen(on_fact("us_law"), "only when you serve California or other US states with privacy laws")
ASK_US_STATES = AskWhen(on_fact("serves_other_us_states"), "only when you serve US states other than California")
ASK_EEA = AskWhen(on_fact("serves_eea"), "only when you serve the EEA")
ASK_UK = AskWhen(on_fact("serves_uk"), "only when you serve the UK")
ASK_US_CHILDREN = AskWhen(on_fact("us_audience"), "only when your audiences may include the United States, where "
                         "COPPA protects children under 13")
ASK_TOLL_FREE = AskWhen(on_fact("toll_free_asked"), "only when a US state privacy law applies or people may make "
                       "requests by toll-free phone")
ASK_COPPA = AskWhen(on_fact("coppa_applies"), "only when children under 13 in the US may use the service (COPPA)")
ASK_TRANSFERS = AskWhen(on_fact("transfers_matter"), "only when data goes abroad: stored, or sent to providers, outside your country or the region of a law that applies")
ASK_PROCESSOR_ROLE = AskWhen(on_fact("serves_businesses"), "only when you serve business customers")
ASK_APPS = AskWhen(on_fact("has_app_or_platform"), "only when your services include an app or a platform")
ASK_APP_LABELS = AskWhen(on_fact("has_app"), "only when your services include a mobile or desktop app (for its store "
                         "labels)")
ASK_COOKIES = AskWhen(on_fact("uses_cookies"), "only when you use cookies")
ASK_ACCOUNTS = AskWhen(on_fact("has_accounts"), "only when people have accounts: you collect sign-in details or they manage "
                                     "their data in their account")
ASK_SWISS = AskWhen(on_fact("serves_switzerland"), "only when you serve Switzerland")
ASK_CALIFORNIA = AskWhen(on_fact("serves_california"), "only when you serve California")
ASK_BRAZIL = AskWhen(on_fact("serves_brazil"), "only when you serve Brazil")
ASK_CANADA = AskWhen(on_fact("serves_canada"), "only when you serve Canada")
ASK_QUEBEC_TRACKING = AskWhen(on_fact("quebec_tracking_functions"), "only when you serve Quebec and your answers "
                              "show technology that can identify, locate or profile people")
ASK_BROKER_QUESTION = AskWhen(on_fact("broker_question_applies"), "only when you sell personal information and a US "
                              "state privacy law applies")
ASK_BROKER = AskWhen(on_fact("is_data_broker"), "only when you are a data broker and a US state privacy law applies")
ASK_BROKER_CALIFORNIA = AskWhen(on_fact("california_broker"), "only when you are a data broker and serve California")
ASK_ADS = AskWhen(on_fact("shows_ads"), "only when you show ads (an advertising provider or advertising cookies)")
ASK_SENSITIVE_ENTRY = AskWhen(sensitive_entry, "only for sensitive data", about_entry=True)
ASK_LEGITIMATE_INTEREST = AskWhen(legitimate_interests_basis, "only when the legal basis is legitimate interests",
                                  about_entry=True)


def ask_when(field_info) -> AskWhen | None:
    """The AskWhen attached to a pydantic FieldInfo, if any."""
    return next((m for m in field_info.metadata if isinstance(m, AskWhen)), None)
