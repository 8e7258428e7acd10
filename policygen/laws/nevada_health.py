"""Nevada's consumer health data law (NRS 603A.400 to 603A.550, enacted by SB 370 of 2023), for consumers in Nevada.
Its duties follow Washington's (policygen/laws/washington_health.py); the elements here are the ones Nevada's policy
list adds (NRS 603A.495(1)(e)-(k)), covered by the same separate consumer health data privacy policy."""

from __future__ import annotations

import datetime

from policygen.conditions import when
from policygen.laws import Check, Element, InForce, Law, register
from policygen.laws.caloppa import tracker_roles_unanswered
from policygen.laws.washington_health import consent_gaps, separate_policy_unlinked

# NRS 603A.495 and .500 bear "[Effective March 31, 2024.]" (law.justia.com; leg.state.nv.us chapter index).
IN_FORCE = InForce(datetime.date(2024, 3, 31), "NRS 603A.495 \"[Effective March 31, 2024.]\" (law.justia.com); "
                   "LEGAL-CHECKLIST s.8")
LINKED = ("health.policy-link",)
# Nevada's "consumer" is a person who has asked a regulated entity for a product or service and who lives in Nevada
# or whose consumer health data is collected there (SB 370 s.7, as the Legislative Counsel's digest of the bill words
# it, fastdemocracy.com; law firms' summaries say the same). The codified section (NRS 603A.4xx) was not read.
# SB 370's title requires "such an entity to establish a process to appeal the denial of such a request" (the act's
# title, billtrack50.com). UNCONFIRMED: the section holding the appeal process and its terms, and whether NRS 603A.505
# gives rights to confirm and to access the data (its text was not read): the separate policy states neither.
SB_370_APPEAL = "SB 370 (2023), title: a process to appeal the denial of a request (section not read)"


def _e(id_: str, requirement: str, citation: str, **kw) -> Element:
    return Element(f"nevada_health.{id_}", "nevada_health", requirement, f"NRS 603A.495{citation}", ("health-data",),
                   claims=LINKED, **{"needs": separate_policy_unlinked, **kw})


def _policy_url_missing(f) -> list:
    if f.a.health_data.privacy_policy_url:
        return []
    return [("health_data.privacy_policy_url", "you collect consumer health data from people in Nevada: post a "
             "conspicuous link to your consumer health data privacy policy on your main website and give its "
             "address (NRS 603A.495(2))")]


def _appeal_missing(f) -> list:
    if f.a.rights.appeals:
        return []
    return [("rights.appeals", "people in Nevada can appeal a refusal of a consumer health data request: describe how "
             "(SB 370)")]


def _nevada_consent(f, today: datetime.date) -> list:
    if "nevada_health" not in f.laws or "washington_health" in f.laws:  # the same rule: found once, under Washington's
        return []
    return consent_gaps(f, today, "NRS 603A.500")


LAW = register(
    Law(id="nevada_health", name="Nevada's consumer health data law", applies=when("nevada_health_applies"),
        people="consumers in Nevada", in_force=IN_FORCE),
    [
        _e("policy-link", "A conspicuous link to the consumer health data privacy policy on the main website", "(2)",
           needs=_policy_url_missing),
        _e("contents", "The categories collected and how they are used, their sources, the categories shared and the "
           "categories of third parties and affiliates it is shared with", "(1)(a)-(d)"),
        _e("purposes", "The purposes of collecting, using and sharing it, and how it is processed", "(1)(e)-(f)"),
        _e("requests", "How to submit a request, and how to review and ask to change the data where that is "
           "possible", "(1)(g)-(h)"),
        _e("changes", "How people are told of material changes to the policy", "(1)(i)"),
        _e("tracking", "Whether third parties may collect consumer health data over time and across sites and "
           "services", "(1)(j)",
           needs=lambda f: separate_policy_unlinked(f) + tracker_roles_unanswered(f, "NRS 603A.495(1)(j) asks")),
        _e("effective-date", "The policy's effective date", "(1)(k)"),
        Element("nevada_health.appeal", "nevada_health", "A process to appeal the denial of a request", SB_370_APPEAL,
                ("health-data",), claims=LINKED, needs=lambda f: separate_policy_unlinked(f) + _appeal_missing(f),
                severity="warning"),
    ],
    [
        Check("nevada-health-data-consent", "nevada_health", "NRS 603A.500", "error", _nevada_consent),
    ],
)
