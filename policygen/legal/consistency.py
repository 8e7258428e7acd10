"""Checks on the answers themselves: combinations that no wording of the policy can make lawful."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Callable

from policygen.legal.requirements import Gap, _serves_state, _sells_sensitive
from policygen.model import Answers

# States whose laws require honouring a universal opt-out signal such as Global Privacy Control.
GPC_STATES = ("CO", "CT", "DE", "MD", "MN", "MT", "NE", "NH", "NJ", "OR", "TX")


@dataclass(frozen=True)
class Check:
    id: str
    law: str
    citation: str
    severity: str
    detect: Callable[[Answers, datetime.date], list[Gap]]


def _consent_without_withdrawal(a: Answers, _today) -> list[Gap]:
    if a.gdpr_applies and any(p.legal_basis == "consent" for p in a.purposes) and not a.rights.consent_withdrawal:
        return [("rights.consent_withdrawal", "consent is a legal basis but you do not say how to withdraw it")]
    return []


def _marketing_unsaid(a: Answers, _today) -> list[Gap]:
    if a.gdpr_applies and any(p.purpose == "marketing" for p in a.purposes) and not a.marketing.sends_marketing:
        return [("marketing.sends_marketing", "marketing is one of your purposes, but you answer that you send no "
                 "marketing messages: say how you send them, so the policy explains how to stop them")]
    return []


def _children_and_ads(a: Answers, _today) -> list[Gap]:
    if a.coppa_applies and (a.sells_or_shares or "advertising" in a.cookies.kinds):
        return [("children", "children under 13 may use the service while data is sold, shared or used for "
                 "targeted ads; COPPA needs verifiable parental consent first")]
    return []


def _gpc_ignored(a: Answers, _today) -> list[Gap]:
    if a.cookies.honours_global_privacy_control:
        return []
    requiring = (["California"] if a.ccpa_applies and a.sells_or_shares else []) + [
        s for s in GPC_STATES if _serves_state(s)(a) and a.sells_or_shares
    ]
    if requiring:
        return [("cookies.honours_global_privacy_control",
                 f"Global Privacy Control is not honoured, but {', '.join(requiring)} require it when data is "
                 "sold or shared")]
    return []


def _texas_notice(a: Answers, _today) -> list[Gap]:
    if _serves_state("TX")(a) and _sells_sensitive(a):
        return [("data_categories", "sensitive data is sold and Texas is served: the policy prints \"NOTICE: We may "
                 "sell your sensitive personal data.\"; show it where you collect that data too")]
    return []


def _stale(a: Answers, today: datetime.date) -> list[Gap]:
    age = (today - a.changes.last_updated).days
    if a.ccpa_applies and age > 365:
        return [("changes.last_updated", f"the policy was last updated {age} days ago; CCPA asks for a review at "
                 "least every 12 months")]
    return []


CHECKS: tuple[Check, ...] = (
    Check("consent-withdrawal", "gdpr", "GDPR Art. 7(3), 13(2)(c)", "error", _consent_without_withdrawal),
    Check("marketing-objection", "gdpr", "GDPR Art. 21(2)-(4)", "warning", _marketing_unsaid),
    Check("children-advertising", "coppa", "16 CFR 312.5; Cal. Civ. Code 1798.120(c)", "error", _children_and_ads),
    Check("gpc", "us_states", "11 CCR 7025; Colo. Rev. Stat. 6-1-1306(1)(a)(IV)", "error", _gpc_ignored),
    Check("texas-notice", "us_states", "Tex. Bus. & Com. Code 541.102", "warning", _texas_notice),
    Check("review-12-months", "ccpa", "Cal. Civ. Code 1798.130(a)(5); 11 CCR 7011(e)(4)", "warning", _stale),
)
