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


def gdpr_style(answers: "Answers") -> bool:
    return answers.gdpr_applies


def us_privacy(answers: "Answers") -> bool:
    return answers.ccpa_applies or answers.us_state_laws_apply


def other_us_states(answers: "Answers") -> bool:
    return answers.serves("other_us_states")


def eea(answers: "Answers") -> bool:
    return answers.serves("eea")


def uk(answers: "Answers") -> bool:
    return answers.serves("uk")


def children_under_13(answers: "Answers") -> bool:
    return answers.coppa_applies


def leaves_region(answers: "Answers") -> bool:
    """Data is (or may be) kept outside the organisation's own country: then transfers need safeguards."""
    home = answers.organisation.country
    return answers.has_transfers or any(c != home for c in answers.transfers.storage_countries)


def serves_businesses(answers: "Answers") -> bool:
    return answers.audiences.business_customers


def has_apps(answers: "Answers") -> bool:
    """Some service is an app (push notifications need one)."""
    return any(s.kind in ("mobile_app", "desktop_app", "web_app", "platform") for s in answers.services.covered)


def has_accounts(answers: "Answers") -> bool:
    """People have accounts: sign-in details are collected, or requests and changes are made in an account."""
    return (any(c.category == "account_credentials" for c in answers.data_categories) or answers.rights.self_service
            or "in_account" in answers.rights.request_methods)


def california(answers: "Answers") -> bool:
    return answers.serves("california")


def brazil(answers: "Answers") -> bool:
    return answers.serves("brazil")


def switzerland(answers: "Answers") -> bool:
    return answers.serves("switzerland")


def shows_ads(answers: "Answers") -> bool:
    return bool(answers.processors_of_kind("advertising")) or "advertising" in answers.cookies.kinds


def sensitive_entry(category) -> bool:
    return category.is_sensitive


def legitimate_interests_basis(purpose) -> bool:
    return purpose.legal_basis == "legitimate_interests"


ASK_GDPR = AskWhen(gdpr_style, "only when you serve the EEA, the UK or Switzerland")
ASK_US = AskWhen(us_privacy, "only when you serve California or other US states with privacy laws")
ASK_US_STATES = AskWhen(other_us_states, "only when you serve US states other than California")
ASK_EEA = AskWhen(eea, "only when you serve the EEA")
ASK_UK = AskWhen(uk, "only when you serve the UK")
ASK_COPPA = AskWhen(children_under_13, "only when children under 13 may use the service")
ASK_TRANSFERS = AskWhen(leaves_region, "only when data is stored outside your own country")
ASK_PROCESSOR_ROLE = AskWhen(serves_businesses, "only when you serve business customers")
ASK_APPS = AskWhen(has_apps, "only when your services include an app or a platform")
ASK_ACCOUNTS = AskWhen(has_accounts, "only when people have accounts: you collect sign-in details or they manage "
                                     "their data in their account")
ASK_SWISS = AskWhen(switzerland, "only when you serve Switzerland")
ASK_CALIFORNIA = AskWhen(california, "only when you serve California")
ASK_BRAZIL = AskWhen(brazil, "only when you serve Brazil")
ASK_ADS = AskWhen(shows_ads, "only when you show ads (an advertising provider or advertising cookies)")
ASK_SENSITIVE_ENTRY = AskWhen(sensitive_entry, "only for sensitive data", about_entry=True)
ASK_LEGITIMATE_INTEREST = AskWhen(legitimate_interests_basis, "only when the legal basis is legitimate interests",
                                  about_entry=True)


def ask_when(field_info) -> AskWhen | None:
    """The AskWhen attached to a pydantic FieldInfo, if any."""
    return next((m for m in field_info.metadata if isinstance(m, AskWhen)), None)
