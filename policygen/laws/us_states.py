"""The comprehensive privacy laws of US states besides California (Virginia's model and its followers)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from policygen.catalogue.regions import US_PRIVACY_STATES
from policygen.conditions import Condition, when
from policygen.i18n.speaking import N_
from policygen.facts.audience import serves_state
from policygen.laws import Check, Element, InForce, Law, register
from policygen.laws.ccpa import sale_gaps

# Sensitive data under the Virginia model (e.g. Va. Code 59.1-575): racial or ethnic origin, religion, health,
# sexual orientation, citizenship or immigration status; genetic or biometric data to identify; a known child's
# data; precise geolocation. Government IDs, card data and log-ins are not on the common list. Oregon adds status as
# transgender or nonbinary, as a crime victim and national origin (Or. Rev. Stat. 646A.570), which the catalogue's
# "sensitive characteristics" already hold; the additions below are the states' own that fall in other categories.
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
# States whose laws require consent before processing sensitive data (Utah and Iowa need only notice and opt-out;
# Maryland allows it only where strictly necessary, whatever the consent: MARYLAND below).
CONSENT_STATES = ("CO", "CT", "DE", "IN", "KY", "MN", "MT", "NE", "NH", "NJ", "OR", "RI", "TN", "TX", "VA")

# Categories a state's law adds to the common list, from the day it did.
SENSITIVE_ADDED: dict[str, tuple[tuple[frozenset[str], InForce], ...]] = {
    # "Financial information": an account number, account log-in, or card number with the code or password that
    # gives access to the account (N.J. Stat. 56:8-166.4, as jdsupra.com and orrick.com quote it).
    "NJ": ((frozenset({"payment_information"}),
            _on(2025, 1, 15, "New Jersey Data Privacy Act, sensitive data incl. financial information "
                "(jdsupra.com, orrick.com)")),),
    # Public Act 25-113 (SB 1295) adds financial account numbers and government-issued identifiers, among others
    # (neural data, transgender or nonbinary status, crime victim status), from 1 July 2026.
    "CT": ((frozenset({"payment_information", "government_ids"}),
            _on(2026, 7, 1, "Conn. Public Act 25-113 (SB 1295), in force 1 July 2026 (insideprivacy.com, "
                "jdsupra.com)")),),
}

# Maryland: no collecting, processing or sharing of sensitive data unless strictly necessary to provide or maintain
# a product or service the consumer asked for, and no sale of sensitive data at all (Md. Code, Com. Law
# 14-4707(a)(1)-(2), read at lexace.ai; the brief that set this work cites it as 14-4607). The Act took effect on
# 1 October 2025 but applies to processing from 1 April 2026 (dglaw.com).
MARYLAND = InForce(datetime.date(2026, 4, 1), "Maryland Online Data Privacy Act: no effect on processing before "
                   "1 April 2026 (dglaw.com, mondaq.com)")
# Oregon: no sale of precise geolocation data (within 1,750 feet), whatever the age, from 1 January 2026 (HB 2008,
# mondaq.com); the section it amends was not read.
OREGON_LOCATION = InForce(datetime.date(2026, 1, 1), "Oregon HB 2008 (2025), in force 1 January 2026 (mondaq.com)")


# The states whose laws count the personal data of a child known to be under 13 as sensitive data (processed only
# as COPPA allows): every state law here but Utah's and Nevada's notice law (LEGAL-CHECKLIST s.10; confirmed for
# Delaware, New Jersey and Oregon, e.g. orrick.com for New Jersey; the others rest on the checklist's summary).
KNOWN_CHILD_SENSITIVE = tuple(code for code in STATE_LAWS if code not in ("UT", "NV"))


def sensitive_in_state(code: str, category, day: datetime.date) -> bool:
    """Whether ``code``'s law counts this data category as sensitive on ``day``: the founder's own answer, else the
    common list with the state's own additions in force that day."""
    if category.sensitive is not None:
        return category.sensitive
    added = {c for categories, since in SENSITIVE_ADDED.get(code, ()) if since.on(day) for c in categories}
    return category.category in SENSITIVE | added


@dataclass(frozen=True)
class TeenRule:
    """A state's rule on selling a minor's data or using it for targeted advertising."""

    under: int
    """It protects people from 13 up to this age (not included)."""
    forbidden: bool
    """True: not even with consent; False: only with the minor's consent."""
    citation: str
    in_force: InForce


# The states whose laws limit selling teenagers' data or using it for targeted ads (LEGAL-CHECKLIST s.10's "Teen"
# column, with the sources noted); the standard is each law's own ("actual knowledge or wilful disregard" in most,
# "knew or should have known" in Maryland and, from 2026, Oregon).
TEEN_RULES: dict[str, tuple[TeenRule, ...]] = {
    "CO": (TeenRule(18, False, "Colorado SB 24-041 (leg.colorado.gov)", _on(2025, 10, 1)),),
    "CT": (TeenRule(18, False, "Connecticut Data Privacy Act as amended in 2023 (SB 3)",
                    InForce(datetime.date(2024, 10, 1), CHECKLIST, until=datetime.date(2026, 7, 1))),
           TeenRule(18, True, "Conn. Public Act 25-113 (SB 1295)",
                    _on(2026, 7, 1, "Conn. Public Act 25-113: no sale or targeted ads for ages 13 to 17, even with "
                        "consent, from 1 July 2026 (jdsupra.com)"))),
    "DE": (TeenRule(18, False, "Delaware Personal Data Privacy Act (attorneygeneral.delaware.gov)", _on(2025, 1, 1)),),
    "MD": (TeenRule(18, True, "Md. Code, Com. Law 14-4707(a)(4)-(5)", MARYLAND),),
    "MN": (TeenRule(16, False, "Minnesota Consumer Data Privacy Act", _on(2025, 7, 31, confirmed=False)),),
    "MT": (TeenRule(16, False, "Montana Consumer Data Privacy Act",
                    InForce(datetime.date(2024, 10, 1), CHECKLIST, until=datetime.date(2025, 10, 1))),
           TeenRule(18, False, "Montana SB 297 (2025)", _on(2025, 10, 1, confirmed=False))),
    "NH": (TeenRule(16, False, "New Hampshire's privacy law (covingtonblogs.com)", _on(2025, 1, 1)),),
    "NJ": (TeenRule(17, False, "New Jersey Data Privacy Act (dwt.com: ages 13 to 16, actual knowledge or wilful "
                    "disregard; targeted ads, sale or profiling)", _on(2025, 1, 15)),),
    "OR": (TeenRule(16, False, "Or. Rev. Stat. 646A.578",
                    InForce(datetime.date(2024, 7, 1), CHECKLIST, until=datetime.date(2026, 1, 1))),
           TeenRule(16, True, "Oregon HB 2008 (2025)", OREGON_LOCATION)),
}


TEENS_FROM = InForce(datetime.date(2024, 7, 1), "the first teen rule among the states (Oregon, 1 July 2024); each "
                     "state's from its own date (TEEN_RULES)")


def teen_rule(code: str, day: datetime.date) -> TeenRule | None:
    return next((r for r in TEEN_RULES.get(code, ()) if r.in_force.on(day)), None)


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
    found = []
    if f.sells_sensitive_in_texas:
        found.append(("data_categories", "sensitive data is sold and Texas is served: the policy prints \"NOTICE: We "
                      "may sell your sensitive personal data.\" (541.102(b)); show it where you collect that data "
                      "too"))
    if f.sells_biometrics_in_texas:
        found.append(("data_categories", "biometric data is sold and Texas is served: the policy prints \"NOTICE: We "
                      "may sell your biometric personal data.\" (541.102(c)); show it where you collect that data "
                      "too"))
    return found


def _served_in_force(f, codes, today: datetime.date) -> list[str]:
    return [s for s in codes if serves_state(f, s) and STATE_LAWS[s][1].on(today)]


def _sensitive_without_consent(f, today: datetime.date) -> list:
    states = _served_in_force(f, CONSENT_STATES, today)
    found = []
    for i, c in enumerate(f.a.data_categories):
        where = [s for s in states if sensitive_in_state(s, c, today)]
        if where and not c.consent:
            found.append((f"data_categories[{i}].consent",
                          f"'{c.label}' is sensitive data, which {', '.join(where)} allow only with the person's "
                          "consent: answer whether you ask for it"))
    return found


def _consent_for_required_data(f, today: datetime.date) -> list:
    """The consent these laws ask for sensitive data must be freely given (e.g. Va. Code 59.1-575; Connecticut's
    definition as insideprivacy.com quotes it): data people must give to use the service is not."""
    states = _served_in_force(f, CONSENT_STATES, today)
    return [(f"data_categories[{i}].required",
             f"'{c.label}' is sensitive data that people must give to use the service, yet it is collected on their "
             f"consent, which the laws of {', '.join(where)} require to be freely given: make it optional, or say "
             "why the service needs it")
            for i, c in enumerate(f.a.data_categories)
            if c.required is True and c.consent is True
            and (where := [s for s in states if sensitive_in_state(s, c, today)])]


def _maryland_sensitive(f, today: datetime.date) -> list:
    if not serves_state(f, "MD") or not MARYLAND.on(today):
        return []
    found = []
    for i, c in enumerate(f.a.data_categories):
        if not sensitive_in_state("MD", c, today):
            continue
        if c.sold is True:
            found.append((f"data_categories[{i}].sold", f"'{c.label}' is sensitive data, which Maryland's law forbids "
                          "selling, even with consent (Md. Code, Com. Law 14-4707(a)(2))"))
        if c.limited_to_necessary_uses is not True:
            said = "is used beyond" if c.limited_to_necessary_uses is False else "is not said to be limited to"
            found.append((f"data_categories[{i}].limited_to_necessary_uses",
                          f"'{c.label}' is sensitive data and {said} what the service needs: Maryland allows "
                          "collecting, using or sharing it only where strictly necessary to provide or maintain a "
                          "product or service the person asked for (Md. Code, Com. Law 14-4707(a)(1))"))
    return found


def _oregon_location_sold(f, today: datetime.date) -> list:
    if not serves_state(f, "OR") or not OREGON_LOCATION.on(today):
        return []
    return [(f"data_categories[{i}].sold", f"'{c.label}' is precise location data, which Oregon's law forbids "
             "selling from 1 January 2026, whatever the person's age (HB 2008)")
            for i, c in enumerate(f.a.data_categories) if c.category == "precise_location" and c.sold is True]


def _teen_rules(f, today: datetime.date) -> dict[str, TeenRule]:
    """The teen rules in force of the states served, where data is sold or used for targeted ads and the minimum
    age does not exclude the teenagers a rule protects."""
    if not f.sells_or_shares:
        return {}
    minimum = f.a.children.minimum_age
    return {s: r for s in f.us_states_served if (r := teen_rule(s, today)) and STATE_LAWS[s][1].on(today)
            and (minimum is None or minimum < r.under)}


def _teens_unanswered(f, today: datetime.date) -> list:
    rules = _teen_rules(f, today)
    if not rules or f.a.children.knows_teen_users is not None:
        return []
    return [("children.knows_teen_users", f"data is sold or used for targeted ads, which the laws of "
             f"{', '.join(rules)} limit for teenagers: say whether you know, or should know, that some users are "
             "13 to 17")]


def _teens(f, today: datetime.date) -> list:
    """Sale or targeted ads where a served state limits them for teenagers (13 up to each state's age)."""
    rules = _teen_rules(f, today)
    if not rules or not f.a.children.knows_teen_users:
        return []
    found = []
    forbidden = [f"{s} (under {r.under}; {r.citation})" for s, r in rules.items() if r.forbidden]
    if forbidden:
        found.append(("children.knows_teen_users", "you know some users are teenagers, and data is sold or used "
                      f"for targeted ads: {', '.join(forbidden)} forbid this for them, even with consent"))
    consent = [f"{s} (under {r.under})" for s, r in rules.items() if not r.forbidden]
    if consent and f.a.children.teens_opt_in is not True:
        found.append(("children.teens_opt_in", "you know some users are teenagers, and data is sold or used for "
                      f"targeted ads: {', '.join(consent)} allow this only with the teenager's consent"))
    return found


LAW = register(
    Law(id="us_states", name="US state privacy laws", applies=when("serves_other_us_states"),
        # TRANSLATORS: whom the law protects, as the policy addresses them ("**For residents of US states with privacy
        # laws.** Their laws call ...").
        people=N_("residents of US states with privacy laws"), sensitive=SENSITIVE,
        # TRANSLATORS: what the law calls sensitive data, in quotes ("Their laws call health information \"sensitive
        # data\"."); use the term of the law's official text in your language.
        sensitive_term=N_("sensitive data"),
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
           "Tex. Bus. & Com. Code 541.102(b)", ("sale",), claims=("sale.texas-notice",),
           applies=when("sells_sensitive_in_texas"), in_force=STATE_LAWS["TX"][1]),
        _e("texas-biometric-notice", "The Texas notice: \"NOTICE: We may sell your biometric personal data.\"",
           "Tex. Bus. & Com. Code 541.102(c)", ("sale",), claims=("sale.texas-biometric-notice",),
           applies=when("sells_biometrics_in_texas"), in_force=STATE_LAWS["TX"][1]),
        _e("known-child", "Sensitive data processed, including the data of a child known to be under 13",
           "e.g. Tex. Bus. & Com. Code 541.102(a)(1); Va. Code 59.1-575 (\"sensitive data\")", ("sensitive-data",),
           claims=("sensitive.known-child",), applies=when("known_child_states")),
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
        Check("texas-notice", "us_states", "Tex. Bus. & Com. Code 541.102(b)-(c)", "warning", _texas_notice,
              STATE_LAWS["TX"][1]),
        Check("sensitive-consent", "us_states", "e.g. Va. Code 59.1-578(A)(5); Colo. Rev. Stat. 6-1-1308(7)",
              "error", _sensitive_without_consent),
        Check("maryland-sensitive", "us_states", "Md. Code, Com. Law 14-4707(a)(1)-(2)", "error", _maryland_sensitive,
              MARYLAND),
        Check("oregon-location-sale", "us_states", "Oregon HB 2008 (2025)", "error", _oregon_location_sold,
              OREGON_LOCATION),
        Check("teens", "us_states", "each state's teen rule (TEEN_RULES)", "error", _teens, TEENS_FROM),
        Check("teens-unanswered", "us_states", "each state's teen rule (TEEN_RULES)", "warning", _teens_unanswered,
              TEENS_FROM),
        Check("sensitive-consent-required", "us_states", "e.g. Va. Code 59.1-575; Conn. Gen. Stat. 42-515 "
              "(\"consent\")", "warning", _consent_for_required_data),
    ],
)
