"""The comprehensive privacy laws of US states besides California (Virginia's model and its followers)."""

from __future__ import annotations

import datetime

from policygen.catalogue.regions import US_PRIVACY_STATES
from policygen.conditions import Condition, when
from policygen.facts.audience import serves_state
from policygen.laws import Check, Element, InForce, Law, register
from policygen.laws.ccpa import sale_gaps

# Sensitive data under the Virginia model (e.g. Va. Code 59.1-575): racial or ethnic origin, religion, health,
# sexual orientation, citizenship or immigration status; genetic or biometric data to identify; a known child's
# data; precise geolocation. Government IDs, card data and log-ins are not on the common list.
SENSITIVE = frozenset({"health_information", "biometric_data", "sensitive_characteristics", "precise_location",
                       "citizenship_immigration"})

CHECKLIST = "LEGAL-CHECKLIST s.10"


def _on(year: int, month: int, day: int, source: str = CHECKLIST, confirmed: bool = True) -> InForce:
    return InForce(datetime.date(year, month, day), source, confirmed=confirmed)


# Each state's law and the day it took effect (the checklist's table, from the statutes and attorneys general's
# pages; Indiana, Kentucky and Rhode Island confirmed again from a law firm's note).
NEW_IN_2026 = "koleyjessen.com: Indiana, Kentucky and Rhode Island laws effective 1 January 2026"
STATE_LAWS: dict[str, tuple[str, InForce]] = {
    "VA": ("Virginia Consumer Data Protection Act", _on(2023, 1, 1)),
    "CO": ("Colorado Privacy Act", _on(2023, 7, 1)),
    "CT": ("Connecticut Data Privacy Act", _on(2023, 7, 1)),
    "UT": ("Utah Consumer Privacy Act", _on(2023, 12, 31)),
    "TX": ("Texas Data Privacy and Security Act", _on(2024, 7, 1)),
    "OR": ("Oregon Consumer Privacy Act", _on(2024, 7, 1)),
    "MT": ("Montana Consumer Data Privacy Act", _on(2024, 10, 1)),
    "IA": ("Iowa's consumer data protection law", _on(2025, 1, 1)),
    "DE": ("Delaware Personal Data Privacy Act", _on(2025, 1, 1)),
    "NH": ("New Hampshire's privacy law", _on(2025, 1, 1)),
    "NE": ("Nebraska Data Privacy Act", _on(2025, 1, 1)),
    "NJ": ("New Jersey's data privacy law", _on(2025, 1, 15)),
    "TN": ("Tennessee Information Protection Act", _on(2025, 7, 1)),
    "MN": ("Minnesota Consumer Data Privacy Act", _on(2025, 7, 31)),
    "MD": ("Maryland Online Data Privacy Act", _on(2025, 10, 1)),
    "IN": ("Indiana Consumer Data Protection Act", _on(2026, 1, 1, NEW_IN_2026)),
    "KY": ("Kentucky Consumer Data Protection Act", _on(2026, 1, 1, NEW_IN_2026)),
    "RI": ("Rhode Island Data Transparency and Privacy Protection Act", _on(2026, 1, 1, NEW_IN_2026)),
    "NV": ("Nevada's website privacy notice law (NRS 603A, SB 538)",
           _on(2017, 10, 1, "Nevada SB 538, in force 1 October 2017 (wilmerhale.com)")),
}

# States whose laws require honouring a universal opt-out signal such as Global Privacy Control, from the day that
# duty began (the checklist's "UOOM from" column; where it gives no date, the law's own date, unconfirmed).
GPC_FROM: dict[str, InForce] = {
    "CO": _on(2024, 7, 1), "CT": _on(2025, 1, 1), "DE": _on(2026, 1, 1), "MD": _on(2025, 10, 1, confirmed=False),
    "MN": _on(2025, 7, 31, confirmed=False), "MT": _on(2025, 1, 1), "NE": _on(2025, 1, 1),
    "NH": _on(2025, 1, 1, confirmed=False), "NJ": _on(2025, 7, 15, confirmed=False), "OR": _on(2026, 1, 1),
    "TX": _on(2025, 1, 1),
}
# States whose laws require consent before processing sensitive data (Utah and Iowa need only notice and opt-out).
CONSENT_STATES = ("CO", "CT", "DE", "IN", "KY", "MN", "MT", "NE", "NH", "NJ", "OR", "RI", "TN", "TX", "VA")


def _e(id_: str, requirement: str, citation: str, clauses: tuple[str, ...], **kw) -> Element:
    return Element(f"us_states.{id_}", "us_states", requirement, citation, clauses, **kw)


def _state(code: str, name: str) -> Condition:
    return Condition(lambda f: serves_state(f, code), f"{name} is served", ("audiences.us_states",))


def _gpc_ignored(f, today: datetime.date) -> list:
    honours = f.a.cookies.honours_global_privacy_control
    if honours is True or not f.sells_or_shares:
        return []
    requiring = (["California"] if f.serves_california else []) + [
        s for s, since in GPC_FROM.items() if serves_state(f, s) and since.on(today)]
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


def _sensitive_without_consent(f, today: datetime.date) -> list:
    from policygen.facts.data import sensitive_for

    states = [s for s in CONSENT_STATES if serves_state(f, s) and STATE_LAWS[s][1].on(today)]
    if not states:
        return []
    return [(f"data_categories[{i}].consent",
             f"'{c.label}' is sensitive data, which {', '.join(states)} allow only with the person's consent: "
             "answer whether you ask for it")
            for i, c in enumerate(f.a.data_categories) if sensitive_for(LAW, c) and not c.consent]


LAW = register(
    Law(id="us_states", name="US state privacy laws", applies=when("serves_other_us_states"),
        people="residents of US states with privacy laws", sensitive=SENSITIVE, sensitive_term="sensitive data",
        sensitive_citation="e.g. Va. Code 59.1-575", in_force=STATE_LAWS["VA"][1]),
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
           applies=_state("CO", "Colorado"),
           in_force=InForce(datetime.date(2023, 7, 1), "the Colorado Privacy Act's date (LEGAL-CHECKLIST s.10); the "
                            "rules' own effective date was not read", confirmed=False)),
        _e("texas-notice", "The Texas notice: \"NOTICE: We may sell your sensitive personal data.\"",
           "Tex. Bus. & Com. Code 541.102", ("sale",), claims=("sale.texas-notice",),
           applies=when("sells_sensitive_in_texas"), in_force=STATE_LAWS["TX"][1]),
        _e("contact", "An active email address or online contact method", "Conn. Gen. Stat. 42-520(c)", ("contact",),
           in_force=STATE_LAWS["CT"][1]),
    ] + [
        _e(code, f"The privacy notice {name} asks for (the contents above)", name, ("us-state-rights",),
           applies=_state(code, US_PRIVACY_STATES[code]), in_force=since)
        for code, (name, since) in STATE_LAWS.items()
    ],
    [
        Check("gpc", "us_states", "11 CCR 7025; Colo. Rev. Stat. 6-1-1306(1)(a)(IV)", "error", _gpc_ignored,
              InForce(datetime.date(2023, 3, 29), "11 CCR 7025 in the CPPA regulations approved 29 March 2023 "
                      "(ropesdataphiles.com); each state's duty from its own date (GPC_FROM)")),
        Check("texas-notice", "us_states", "Tex. Bus. & Com. Code 541.102", "warning", _texas_notice,
              STATE_LAWS["TX"][1]),
        Check("sensitive-consent", "us_states", "e.g. Va. Code 59.1-578(A)(5); Colo. Rev. Stat. 6-1-1308(7)",
              "error", _sensitive_without_consent),
    ],
)
