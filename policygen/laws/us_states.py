"""The comprehensive privacy laws of US states besides California (Virginia's model and its followers)."""

from __future__ import annotations

import datetime

from policygen.conditions import Condition, when
from policygen.facts.audience import serves_state
from policygen.laws import Check, Element, Law, register
from policygen.laws.ccpa import sale_gaps

# Sensitive data under the Virginia model (e.g. Va. Code 59.1-575): racial or ethnic origin, religion, health,
# sexual orientation, citizenship or immigration status; genetic or biometric data to identify; a known child's
# data; precise geolocation. Government IDs, card data and log-ins are not on the common list.
SENSITIVE = frozenset({"health_information", "biometric_data", "sensitive_characteristics", "precise_location",
                       "citizenship_immigration"})

# States whose laws require honouring a universal opt-out signal such as Global Privacy Control.
GPC_STATES = ("CO", "CT", "DE", "MD", "MN", "MT", "NE", "NH", "NJ", "OR", "TX")
# States whose laws require consent before processing sensitive data (Utah and Iowa need only notice and opt-out).
CONSENT_STATES = ("CO", "CT", "DE", "IN", "KY", "MN", "MT", "NE", "NH", "NJ", "OR", "RI", "TN", "TX", "VA")


def _e(id_: str, requirement: str, citation: str, clauses: tuple[str, ...], **kw) -> Element:
    return Element(f"us_states.{id_}", "us_states", requirement, citation, clauses, **kw)


def _state(code: str, name: str) -> Condition:
    return Condition(lambda f: serves_state(f, code), f"{name} is served", ("audiences.us_states",))


def _gpc_ignored(f, _today: datetime.date) -> list:
    honours = f.a.cookies.honours_global_privacy_control
    if honours is True or not f.sells_or_shares:
        return []
    requiring = (["California"] if f.serves_california else []) + [s for s in GPC_STATES if serves_state(f, s)]
    if not requiring:
        return []
    if honours is None:
        return [("cookies.honours_global_privacy_control",
                 f"data is sold or shared and the laws of {', '.join(requiring)} require honouring Global Privacy "
                 "Control: say whether you do")]
    return [("cookies.honours_global_privacy_control",
             f"Global Privacy Control is not honoured, but the laws of {', '.join(requiring)} require it when "
             "data is sold or shared")]


def _texas_notice(f, _today) -> list:
    if f.sells_sensitive_in_texas:
        return [("data_categories", "sensitive data is sold and Texas is served: the policy prints \"NOTICE: We may "
                 "sell your sensitive personal data.\"; show it where you collect that data too")]
    return []


def _sensitive_without_consent(f, _today) -> list:
    from policygen.facts.data import sensitive_for

    states = [s for s in CONSENT_STATES if serves_state(f, s)]
    if not states:
        return []
    return [(f"data_categories[{i}].consent",
             f"'{c.label}' is sensitive data, which {', '.join(states)} allow only with the person's consent: "
             "answer whether you ask for it")
            for i, c in enumerate(f.a.data_categories) if sensitive_for(LAW, c) and not c.consent]


LAW = register(
    Law(id="us_states", name="US state privacy laws", applies=when("serves_other_us_states"),
        people="residents of US states with privacy laws", sensitive=SENSITIVE, sensitive_term="sensitive data",
        sensitive_citation="e.g. Va. Code 59.1-575"),
    [
        _e("categories", "Categories of personal data processed",
           "e.g. Va. Code 59.1-578(C)(1); Colo. Rev. Stat. 6-1-1308(1)(a)", ("collect-table",)),
        _e("purposes", "Purposes of processing", "e.g. Va. Code 59.1-578(C)(2)", ("collect-table", "purposes")),
        _e("rights-appeal", "How to exercise rights and how to appeal a refusal",
           "e.g. Va. Code 59.1-578(C)(3); Conn. Gen. Stat. 42-520(c)(3)", ("us-state-rights",), severity="warning",
           needs=lambda f: [] if f.a.rights.appeals else [
               ("rights.appeals", "no appeal process is described (a general one is used)")]),
        _e("shared", "Categories shared with third parties, and the third parties", "e.g. Va. Code 59.1-578(C)(4)-(5)",
           ("sharing-table",)),
        _e("sale-ads", "Sale, targeted advertising and profiling, and how to opt out",
           "e.g. Va. Code 59.1-578(D); Colo. Rev. Stat. 6-1-1308(1)(b)", ("sale",), needs=sale_gaps),
        _e("updated", "The date the policy was last updated", "4 CCR 904-3 Rule 6.03", ("identity",),
           applies=_state("CO", "Colorado")),
        _e("texas-notice", "The Texas notice: \"NOTICE: We may sell your sensitive personal data.\"",
           "Tex. Bus. & Com. Code 541.102", ("sale",), claims=("sale.texas-notice",),
           applies=when("sells_sensitive_in_texas")),
        _e("contact", "An active email address or online contact method", "Conn. Gen. Stat. 42-520(c)", ("contact",)),
    ],
    [
        Check("gpc", "us_states", "11 CCR 7025; Colo. Rev. Stat. 6-1-1306(1)(a)(IV)", "error", _gpc_ignored),
        Check("texas-notice", "us_states", "Tex. Bus. & Com. Code 541.102", "warning", _texas_notice),
        Check("sensitive-consent", "us_states", "e.g. Va. Code 59.1-578(A)(5); Colo. Rev. Stat. 6-1-1308(7)",
              "error", _sensitive_without_consent),
    ],
)
