"""Washington's My Health My Data Act (RCW 19.373), for consumers in Washington: residents, and anyone whose consumer
health data is collected in Washington (RCW 19.373.010). It applies to any business that serves them and decides how
consumer health data is handled, whatever its size, and it is Washington's only privacy law of this kind: the
comprehensive state-law elements (policygen/laws/us_states.py) do not speak for Washington.

Its notice is a separate consumer health data privacy policy (``policygen export --to health-data-policy``), linked
from the home page; the main policy points to it. The elements below are covered when the policy links to that
document, which is written from the same answers."""

from __future__ import annotations

import datetime

from policygen.conditions import when
from policygen.laws import Check, Element, InForce, Law, no_gaps, register

ACT = "RCW 19.373"
# A "small business" (RCW 19.373.010) had until June 30, 2024 (each section's subsection (2), e.g. .030(2)); the
# answers do not say whether the business is one, and both dates have passed, so the rules use the earlier date.
# RCW 19.373.020-.040 each say "beginning March 31, 2024" (the sections' text on self-law.org, findlaw.com and
# lawfilesext.leg.wa.gov); LEGAL-CHECKLIST s.8.
IN_FORCE = InForce(datetime.date(2024, 3, 31), "RCW 19.373.020(1)(a), .030(1)(a), .040(1)(a): \"beginning March 31, "
                   "2024\" (the statute's text); LEGAL-CHECKLIST s.8")
# RCW 19.373.070(1): "beginning March 31, 2024, it is unlawful for any person to sell or offer to sell consumer health
# data ... without first obtaining valid authorization", separate from the consents of .030 (the statute's text on
# lawfilesext.leg.wa.gov). UNCONFIRMED: the request and appeal deadlines of .040 (45 days, extendable once, in law
# firms' summaries only), so the separate policy states the answers' own reply time and no statutory one.
SALE_RULE = InForce(datetime.date(2024, 3, 31), "RCW 19.373.070(1): \"beginning March 31, 2024\" (the statute's text)")

LINKED = ("health.policy-link",)


def _e(id_: str, requirement: str, citation: str, needs=no_gaps, **kw) -> Element:
    return Element(f"washington_health.{id_}", "washington_health", requirement, f"{ACT}.{citation}", ("health-data",),
                   claims=LINKED, needs=lambda f: separate_policy_unlinked(f) + needs(f), **kw)


def separate_policy_unlinked(f) -> list:
    """Each element the separate policy says is said only once the policy can point to it."""
    if f.a.health_data.privacy_policy_url:
        return []
    return [("health_data.privacy_policy_url", "the separate consumer health data privacy policy says this; give "
             "its address so the policy points to it")]


def _policy_url_missing(f) -> list:
    if f.a.health_data.privacy_policy_url:
        return []
    return [("health_data.privacy_policy_url", "you collect consumer health data from people in Washington: publish "
             "a separate consumer health data privacy policy (policygen export --to health-data-policy), link it "
             "prominently from your home page, and give its address (RCW 19.373.020(1)(b))")]


def _affiliates_missing(f) -> list:
    if "affiliates" not in f.health_data_recipient_kinds or f.a.health_data.affiliates:
        return []
    return [("health_data.affiliates", "consumer health data goes to your group companies: name each affiliate it is "
             "shared with (RCW 19.373.020(1)(a)(iv))")]


def _appeal_missing(f) -> list:
    if f.a.rights.appeals:
        return []
    return [("rights.appeals", "people in Washington can appeal a refusal of a consumer health data request: "
             "describe how (RCW 19.373.040)")]


def _withdrawal_missing(f) -> list:
    if f.a.rights.consent_withdrawal or f.a.health_data.collection != "consent":
        return []
    return [("rights.consent_withdrawal", "consumer health data is collected with consent: say how people withdraw "
             "it (RCW 19.373.030(1)(c)(iv), .040(1)(b))")]


def _consent(f, today: datetime.date) -> list:
    return consent_gaps(f, today) if "washington_health" in f.laws else []


def consent_gaps(f, _today: datetime.date, citation: str = "RCW 19.373.030") -> list:
    """Collection and sharing answered against the consent rule (shared with Nevada's, which has the same rule)."""
    h = f.a.health_data
    found = []
    if h.collection is None:
        found.append(("health_data.collection", "say whether you collect consumer health data with consent or only as "
                      f"needed to provide what people ask for ({citation}(1)(a))"))
    shared = f.health_data_recipient_kinds
    if shared and h.sharing is None:
        found.append(("health_data.sharing", "consumer health data goes to recipients that are not your service "
                      "providers: say whether you ask a separate consent to share it, or share only as needed to "
                      f"provide what people ask for ({citation}(1)(b))"))
    elif shared and h.sharing == "not_shared":
        kinds = ", ".join(shared)
        found.append(("health_data.sharing", f"answered as not shared, but consumer health data goes to {kinds} "
                      "(data_categories[*].recipients); sharing needs a consent separate from the consent to "
                      f"collect, unless it is needed to provide what people ask for ({citation}(1)(b))"))
    if f.health_data_sold and h.sharing == "necessary":
        found.append(("health_data.sharing", "consumer health data is sold, which is never needed to provide what "
                      "people ask for: selling it needs their signed authorisation"))
    return found


def _sold_without_authorisation(f, _today) -> list:
    if "washington_health" not in f.laws or not f.health_data_sold or f.a.health_data.sale_authorisation is True:
        return []
    if f.a.health_data.sale_authorisation is None:
        return [("health_data.sale_authorisation", "consumer health data is sold: say whether each person signs an "
                 "authorisation before you sell it (RCW 19.373.070)")]
    return [("health_data.sale_authorisation", "consumer health data is sold without a signed authorisation; "
             "Washington forbids selling it without one (RCW 19.373.070)")]


LAW = register(
    Law(id="washington_health", name="Washington's My Health My Data Act", applies=when("washington_health_applies"),
        people="consumers in Washington", in_force=IN_FORCE),
    [
        Element("washington_health.policy-link", "washington_health", "A separate consumer health data privacy "
                "policy, prominently linked from the home page (the main policy points to it)", f"{ACT}.020(1)(b)",
                ("health-data",), claims=LINKED, needs=_policy_url_missing),
        _e("categories-purposes", "The categories of consumer health data collected and why, including how it is "
           "used", "020(1)(a)(i)"),
        _e("sources", "The categories of sources it is collected from", "020(1)(a)(ii)"),
        _e("shared", "The categories of consumer health data shared", "020(1)(a)(iii)"),
        _e("recipients", "The categories of third parties and the specific affiliates it is shared with",
           "020(1)(a)(iv)", needs=_affiliates_missing),
        _e("how-to-exercise", "How to exercise the rights of RCW 19.373.040", "020(1)(a)(v)"),
        _e("access", "The right to confirm whether consumer health data is collected, shared or sold, and to access "
           "it with the list of every third party and affiliate it was shared with or sold to and a way to contact "
           "them", "040(1)(a)"),
        _e("withdraw", "The right to withdraw consent to collecting and sharing", "040(1)(b)",
           needs=_withdrawal_missing),
        _e("delete", "The right to deletion, passed on to affiliates, processors and other third parties; backups "
           "within six months", "040(1)(c)"),
        _e("appeal", "A process to appeal a refusal", "040", needs=_appeal_missing, severity="warning"),
    ],
    [
        Check("health-data-consent", "washington_health", f"{ACT}.030(1)", "error", _consent),
        Check("health-data-sale", "washington_health", f"{ACT}.070", "error", _sold_without_authorisation,
              SALE_RULE),
    ],
)
