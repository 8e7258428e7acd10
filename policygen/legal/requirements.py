"""What each law requires a privacy notice to disclose, when, and which clause says it.

Read from ../shared/LEGAL-CHECKLIST.md (GDPR Art. 13/14, UK GDPR, CCPA/CPRA and 11 CCR 7011, CalOPPA, COPPA, other US
state laws, LGPD, PIPEDA). Each element names the clauses that satisfy it and the words that show a clause really says
it (``evidence``: regular expressions, all of which must match the rendered clause). ``needs`` lists the facts the
answers must supply; a missing fact is a finding, never silently skipped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from policygen.catalogue.countries import EEA
from policygen.model import Answers

Gap = tuple[str, str]
"""A fact the answers lack: (field path to fix, what is missing)."""


def _always(_: Answers) -> bool:
    return True


def _no_gaps(_: Answers) -> list[Gap]:
    return []


@dataclass(frozen=True)
class Law:
    id: str
    name: str
    applies: Callable[[Answers], bool]
    because: str
    """Why it applies, in words ("audiences include the EEA")."""


@dataclass(frozen=True)
class Element:
    id: str
    law: str
    requirement: str
    citation: str
    clauses: tuple[str, ...]
    """Any of these clauses satisfies the element when it is present and its text matches ``evidence``."""
    evidence: tuple[str, ...] = ()
    applies: Callable[[Answers], bool] = _always
    condition: str = "always"
    needs: Callable[[Answers], list[Gap]] = _no_gaps
    severity: str = "error"
    """Severity of a finding about this element: "error" or "warning"."""


LAWS: tuple[Law, ...] = (
    Law("gdpr", "GDPR (EEA and Switzerland)", lambda a: a.serves("eea", "switzerland"),
        "audiences include the EEA or Switzerland"),
    Law("uk_gdpr", "UK GDPR", lambda a: a.serves("uk"), "audiences include the UK"),
    Law("ccpa", "CCPA/CPRA (California)", lambda a: a.ccpa_applies, "audiences include California"),
    Law("caloppa", "CalOPPA (California)", lambda a: a.ccpa_applies, "audiences include California"),
    Law("coppa", "COPPA (US, children under 13)", lambda a: a.coppa_applies,
        "the service is aimed at children under 13, collects from them knowingly, or admits them"),
    Law("us_states", "US state privacy laws", lambda a: a.us_state_laws_apply,
        "audiences include other US states"),
    Law("lgpd", "LGPD (Brazil)", lambda a: a.serves("brazil"), "audiences include Brazil"),
    Law("pipeda", "PIPEDA (Canada)", lambda a: a.serves("canada"), "audiences include Canada"),
)
LAWS_BY_ID = {law.id: law for law in LAWS}


# ---------------------------------------------------------------------------------------------- fact checks
def _purposes_without_basis(a: Answers) -> list[Gap]:
    return [(f"purposes[{i}].legal_basis", f"no legal basis for '{p.label}'")
            for i, p in enumerate(a.purposes) if not p.legal_basis]


def _interests_unstated(a: Answers) -> list[Gap]:
    return [(f"purposes[{i}].legitimate_interest", f"'{p.label}' relies on legitimate interests but does not say which")
            for i, p in enumerate(a.purposes) if p.legal_basis == "legitimate_interests" and not p.legitimate_interest]


def _categories_without_retention(a: Answers) -> list[Gap]:
    return [(f"data_categories[{i}].retention", f"no retention period or criteria for '{c.label}'")
            for i, c in enumerate(a.data_categories) if c.retention is None]


def _uses_basis(basis: str) -> Callable[[Answers], bool]:
    return lambda a: any(p.legal_basis == basis for p in a.purposes)


def _third_party_sources(a: Answers) -> bool:
    return any(c.from_third_parties for c in a.data_categories)


def _direct_collection(a: Answers) -> bool:
    return any("directly" in c.sources for c in a.data_categories)


def _outside(region: frozenset[str]) -> Callable[[Answers], bool]:
    def leaves(a: Answers) -> bool:
        return bool(a.transfers.transfers) or any(c not in region for c in a.transfers.storage_countries)
    return leaves


def _unsafeguarded(region: frozenset[str], label: str) -> Callable[[Answers], list[Gap]]:
    def gaps(a: Answers) -> list[Gap]:
        covered = {t.destination for t in a.transfers.transfers}
        return [("transfers.transfers", f"data is stored in {c}, outside {label}, with no safeguard listed: add a "
                                        f"transfer to {c} with its safeguard (an adequacy decision, where {c} has one)")
                for c in a.transfers.storage_countries if c not in region and c not in covered]
    return gaps


def _needs(path: str, getter: Callable[[Answers], object], message: str) -> Callable[[Answers], list[Gap]]:
    return lambda a: [] if getter(a) else [(path, message)]


def _representative_needed(region: frozenset[str]) -> Callable[[Answers], bool]:
    return lambda a: a.organisation.country not in region


def _sells_sensitive(a: Answers) -> bool:
    return any(c.is_sensitive and c.sold for c in a.data_categories)


def _serves_state(code: str) -> Callable[[Answers], bool]:
    # An empty list of states means "all states with privacy laws".
    return lambda a: a.us_state_laws_apply and (not a.audiences.us_states or code in a.audiences.us_states)


def _limit_right(a: Answers) -> bool:
    return any(c.is_sensitive and not c.limited_to_necessary_uses for c in a.data_categories)


def _dpo(a: Answers) -> bool:
    officer = a.organisation.privacy_officer
    return officer is not None and officer.is_dpo


UK = frozenset({"GB"})
EEA_AND_CH = frozenset(EEA | {"CH"})


def _gdpr_elements(law: str, prefix: str, region: frozenset[str], region_label: str, authority: str) -> list[Element]:
    """GDPR and UK GDPR ask for the same elements; only citations, region and authority differ."""
    rep_path = "organisation.uk_representative" if law == "uk_gdpr" else "organisation.eu_representative"
    rep = (lambda a: a.organisation.uk_representative) if law == "uk_gdpr" else (
        lambda a: a.organisation.eu_representative)
    e = lambda id_, *args, **kw: Element(f"{law}.{id_}", law, *args, **kw)  # noqa: E731
    return [
        e("controller", "Who the controller is and how to contact them", f"{prefix} Art. 13(1)(a), 14(1)(a)",
          ("identity", "contact"), (r"responsible for",)),
        e("representative", f"The controller's representative in {region_label}", f"{prefix} Art. 13(1)(a), 27",
          ("contact", "eu-uk-rights"), (r"representative",), applies=_representative_needed(region),
          condition=f"the organisation is established outside {region_label}",
          needs=_needs(rep_path, rep, f"no representative in {region_label} is given"), severity="warning"),
        e("dpo", "How to contact the Data Protection Officer", f"{prefix} Art. 13(1)(b), 14(1)(b)",
          ("contact", "eu-uk-rights"), (r"Data Protection Officer|DPO",), applies=_dpo,
          condition="a DPO is designated"),
        e("purposes-bases", "The purposes and the legal basis for each", f"{prefix} Art. 13(1)(c), 14(1)(c)",
          ("purposes",), (r"legal basis",), needs=_purposes_without_basis),
        e("legitimate-interests", "The legitimate interests pursued", f"{prefix} Art. 13(1)(d), 14(2)(b)",
          ("purposes",), (r"interest",), applies=_uses_basis("legitimate_interests"),
          condition="a purpose relies on legitimate interests", needs=_interests_unstated),
        e("categories", "The categories of data obtained from others", f"{prefix} Art. 14(1)(d)",
          ("collect-other-sources",), (), applies=_third_party_sources,
          condition="data comes from third parties"),
        e("recipients", "The recipients or categories of recipients", f"{prefix} Art. 13(1)(e), 14(1)(e)",
          ("sharing",), (), applies=lambda a: bool(a.recipient_kinds), condition="data is disclosed to anyone"),
        e("transfers", "Transfers abroad and their safeguards, and how to get a copy",
          f"{prefix} Art. 13(1)(f), 14(1)(f)", ("transfers",), (r"cop(y|ies)",), applies=_outside(region),
          condition=f"data is stored or received outside {region_label}",
          needs=_unsafeguarded(region, region_label)),
        e("retention", "How long data is kept, or the criteria for it", f"{prefix} Art. 13(2)(a), 14(2)(a)",
          ("retention",), (), needs=_categories_without_retention),
        e("rights", "The rights of access, rectification, erasure, restriction, objection and portability",
          f"{prefix} Art. 13(2)(b), 14(2)(c)", ("eu-uk-rights",),
          (r"access", r"correct|rectif", r"delet|eras", r"restrict", r"object", r"portab|transfer|move")),
        e("withdraw-consent", "The right to withdraw consent at any time", f"{prefix} Art. 13(2)(c), 14(2)(d)",
          ("eu-uk-rights", "purposes"), (r"withdraw",), applies=_uses_basis("consent"),
          condition="a purpose relies on consent"),
        e("complaint", f"The right to complain to {authority}", f"{prefix} Art. 13(2)(d), 14(2)(e)",
          ("eu-uk-rights",), (r"complain",) + ((r"Information Commissioner",) if law == "uk_gdpr" else ())),
        e("obligation", "Whether providing data is required, and what happens if not", f"{prefix} Art. 13(2)(e)",
          ("collect-provided",), (r"need|required|must",), applies=_direct_collection,
          condition="data is collected from the person"),
        e("automated-decisions", "Automated decisions: their logic, significance and consequences",
          f"{prefix} Art. 13(2)(f), 14(2)(g)", ("automated-decisions",), (),
          applies=lambda a: a.practices.automated_decisions is not None, condition="automated decisions are made"),
        e("sources", "Where data not collected from the person comes from", f"{prefix} Art. 14(2)(f)",
          ("collect-other-sources",), (), applies=_third_party_sources, condition="data comes from third parties"),
        e("new-purposes", "Notice before data is used for a new purpose", f"{prefix} Art. 13(3), 14(4)",
          ("purposes", "changes"), (r"new purpose",), severity="warning"),
        e("object", "The right to object, shown clearly and separately", f"{prefix} Art. 21(4)",
          ("purposes",), (r"\*\*[^*]*object",),
          applies=lambda a: _uses_basis("legitimate_interests")(a) or a.marketing.sends_marketing,
          condition="a purpose relies on legitimate interests, or marketing is sent"),
        e("child-consent", "The age at which children may consent themselves", f"{prefix} Art. 8(1)",
          ("children",), (r"\b1[3-6]\b",), applies=lambda a: a.children.minimum_age < 16,
          condition="people under 16 may use the service", severity="warning"),
    ]


def _ccpa_methods(a: Answers) -> list[Gap]:
    gaps = []
    methods = a.rights.request_methods
    if not a.audiences.online_only and not a.rights.toll_free_number:
        gaps.append(("rights.toll_free_number", "CCPA needs a toll-free number unless you deal with people only online"))
    if len(methods) < 2 and not (a.audiences.online_only and "email" in methods):
        gaps.append(("rights.request_methods", "CCPA needs at least two ways to make requests"))
    return gaps


CCPA = "Cal. Civ. Code"
ELEMENTS: tuple[Element, ...] = tuple(
    _gdpr_elements("gdpr", "GDPR", EEA_AND_CH, "the EEA and Switzerland", "a supervisory authority")
    + _gdpr_elements("uk_gdpr", "UK GDPR", UK, "the UK", "the Information Commissioner's Office")
    + [
        # ---- CCPA/CPRA
        Element("ccpa.categories", "ccpa", "Categories of personal information collected in the last 12 months",
                f"{CCPA} 1798.130(a)(5)(B)(i), 1798.110(c)(1)", ("collect-table",), (r"12 months",)),
        Element("ccpa.sources", "ccpa", "Categories of sources", f"{CCPA} 1798.110(c)(2), 1798.130(a)(5)(B)(ii)",
                ("collect-table",), (r"[Ss]ource",)),
        Element("ccpa.purposes", "ccpa", "Business or commercial purposes for collecting, selling or sharing",
                f"{CCPA} 1798.110(c)(3)", ("collect-table", "purposes"), (r"[Pp]urpose",)),
        Element("ccpa.third-parties", "ccpa", "Categories of third parties personal information is disclosed to",
                f"{CCPA} 1798.110(c)(4), 1798.130(a)(5)(B)(iv)", ("sharing-table",), ()),
        Element("ccpa.sold-shared", "ccpa", "Categories sold or shared in the last 12 months, or that none were",
                f"{CCPA} 1798.115(c)(1), 1798.130(a)(5)(C)(i)", ("sale", "sharing-table"), (r"sell|sold",)),
        Element("ccpa.disclosed", "ccpa", "Categories disclosed for a business purpose, or that none were",
                f"{CCPA} 1798.115(c)(2), 1798.130(a)(5)(C)(ii)", ("sharing-table",), ()),
        Element("ccpa.rights", "ccpa", "Rights to know, delete, correct and not be discriminated against",
                f"{CCPA} 1798.105, .106, .110, .125, .130(a)(5)(A)", ("us-state-rights",),
                (r"know", r"delete", r"correct", r"discriminat")),
        Element("ccpa.opt-out", "ccpa", "The right to opt out of sale and sharing, with a \"Do Not Sell or Share\" "
                "link or honoured opt-out preference signals", f"{CCPA} 1798.120, 1798.135", ("sale",),
                (r"opt out",), applies=lambda a: a.sells_or_shares, condition="data is sold or shared",
                needs=lambda a: [] if a.rights.do_not_sell_url or a.cookies.honours_global_privacy_control else [
                    ("rights.do_not_sell_url", "data is sold or shared but there is no \"Do Not Sell or Share\" "
                     "link and Global Privacy Control is not honoured")]),
        Element("ccpa.limit", "ccpa", "The right to limit use of sensitive personal information",
                f"{CCPA} 1798.121, 1798.135", ("sensitive-data", "us-state-rights"), (r"[Ll]imit",),
                applies=_limit_right, condition="sensitive data is used beyond the purposes CCPA permits",
                needs=_needs("rights.limit_sensitive_url", lambda a: a.rights.limit_sensitive_url,
                             "sensitive data is used beyond permitted purposes but there is no \"Limit the Use\" link")),
        Element("ccpa.retention", "ccpa", "How long each category is kept, or the criteria",
                f"{CCPA} 1798.100(a)(3)", ("retention", "collect-table"), (), needs=_categories_without_retention),
        Element("ccpa.methods", "ccpa", "Two or more request methods, including a toll-free number",
                f"{CCPA} 1798.130(a)(1)", ("request-handling", "access-correct-delete"), (), needs=_ccpa_methods),
        Element("ccpa.verification", "ccpa", "How requests are submitted and verified", "11 CCR 7011(e)(3)",
                ("request-handling",), (r"verif",), severity="warning",
                needs=_needs("rights.verification", lambda a: a.rights.verification,
                             "no description of how you verify requests (a general one is used)")),
        Element("ccpa.gpc", "ccpa", "How opt-out preference signals (Global Privacy Control) are processed",
                "11 CCR 7011(e)(3)(F)", ("dnt-gpc",), (r"Global Privacy Control",)),
        Element("ccpa.agents", "ccpa", "How an authorised agent can make a request", "11 CCR 7011(e)(3)(H)",
                ("request-handling",), (r"agent",)),
        Element("ccpa.minors", "ccpa", "Opt-in before selling or sharing data of consumers under 16",
                f"{CCPA} 1798.120(c); 11 CCR 7011(e)(3)(I)", ("sale",), (r"16",),
                applies=lambda a: a.children.sells_data_of_under_16, condition="data of people under 16 is sold"),
        Element("ccpa.contact", "ccpa", "Contact details for privacy questions", "11 CCR 7011(e)(3)(J)",
                ("contact",), ()),
        Element("ccpa.updated", "ccpa", "The date the policy was last updated", "11 CCR 7011(e)(4)",
                ("identity",), (r"last updated",)),
        Element("ccpa.incentives", "ccpa", "Notice of financial incentives", f"{CCPA} 1798.125(b); 11 CCR 7016",
                ("us-state-rights",), (r"incentive",), applies=lambda a: a.rights.financial_incentives is not None,
                condition="a financial incentive is offered"),
        Element("ccpa.shine-the-light", "ccpa", "Shine the Light: disclosures for others' direct marketing",
                f"{CCPA} 1798.83", ("us-state-rights",), (r"Shine the Light|1798\.83",),
                applies=lambda a: a.marketing.shares_for_partner_marketing,
                condition="data is given to others for their own marketing"),
        # ---- CalOPPA
        Element("caloppa.categories", "caloppa", "Categories of information collected and third parties shared with",
                "Bus. & Prof. Code 22575(b)(1)", ("sharing",), ()),
        Element("caloppa.review", "caloppa", "How people can review and request changes to their information",
                "Bus. & Prof. Code 22575(b)(2)", ("access-correct-delete",), (r"correct",)),
        Element("caloppa.changes", "caloppa", "How people are told about material changes",
                "Bus. & Prof. Code 22575(b)(3)", ("changes",), ()),
        Element("caloppa.effective", "caloppa", "The policy's effective date", "Bus. & Prof. Code 22575(b)(4)",
                ("identity",), (r"effect",)),
        Element("caloppa.dnt", "caloppa", "How the site responds to Do Not Track signals",
                "Bus. & Prof. Code 22575(b)(5)", ("dnt-gpc",), (r"Do Not Track",)),
        Element("caloppa.third-party-tracking", "caloppa",
                "Whether other parties collect information about people's activity across sites over time",
                "Bus. & Prof. Code 22575(b)(6)", ("dnt-gpc", "advertising"), (r"other (sites|companies|parties)",)),
        # ---- COPPA
        Element("coppa.operators", "coppa", "Name, address, phone and email of every operator", "16 CFR 312.4(d)(1)",
                ("children",), (r"@",)),
        Element("coppa.collection", "coppa", "What is collected from children, whether it can be made public, how "
                "it is used and disclosed", "16 CFR 312.4(d)(2)", ("children",), (r"public",),
                needs=_needs("children.data_from_children", lambda a: a.children.data_from_children,
                             "the data collected from children is not listed")),
        Element("coppa.parents", "coppa", "Parents' rights to review, delete and refuse further collection, and how",
                "16 CFR 312.4(d)(3)", ("children",), (r"review", r"delet", r"refuse|stop"),
                needs=lambda a: [] if a.children.parental_consent_method or not a.children.directed_to_children else [
                    ("children.parental_consent_method", "the service is aimed at children but no parental consent "
                     "method is given")]),
        Element("coppa.retention", "coppa", "A written retention policy for children's data", "16 CFR 312.10",
                ("children", "retention"), (r"keep",), severity="warning"),
        # ---- other US states
        Element("us_states.categories", "us_states", "Categories of personal data processed",
                "e.g. Va. Code 59.1-578(C)(1); Colo. Rev. Stat. 6-1-1308(1)(a)", ("collect-table",), ()),
        Element("us_states.purposes", "us_states", "Purposes of processing", "e.g. Va. Code 59.1-578(C)(2)",
                ("collect-table", "purposes"), ()),
        Element("us_states.rights-appeal", "us_states", "How to exercise rights and how to appeal a refusal",
                "e.g. Va. Code 59.1-578(C)(3); Conn. Gen. Stat. 42-520(c)(3)", ("us-state-rights",), (r"appeal",),
                needs=_needs("rights.appeals", lambda a: a.rights.appeals,
                             "no appeal process is described (a general one is used)"), severity="warning"),
        Element("us_states.shared", "us_states", "Categories shared with third parties, and the third parties",
                "e.g. Va. Code 59.1-578(C)(4)-(5)", ("sharing-table",), ()),
        Element("us_states.sale-ads", "us_states", "Sale, targeted advertising and profiling, and how to opt out",
                "e.g. Va. Code 59.1-578(D); Colo. Rev. Stat. 6-1-1308(1)(b)", ("sale",), (r"opt out",)),
        Element("us_states.updated", "us_states", "The date the policy was last updated", "4 CCR 904-3 Rule 6.03",
                ("identity",), (r"last updated",), applies=_serves_state("CO"), condition="Colorado is served"),
        Element("us_states.texas-notice", "us_states", "The Texas notice: \"NOTICE: We may sell your sensitive "
                "personal data.\"", "Tex. Bus. & Com. Code 541.102", ("sale",),
                (r"NOTICE: We may sell your sensitive personal data\.",),
                applies=lambda a: _serves_state("TX")(a) and _sells_sensitive(a),
                condition="Texas is served and sensitive data is sold"),
        Element("us_states.contact", "us_states", "An active email address or online contact method",
                "Conn. Gen. Stat. 42-520(c)", ("contact",), (r"@",)),
        # ---- LGPD
        Element("lgpd.purpose", "lgpd", "The specific purposes of processing", "LGPD Art. 9(I)", ("purposes",), ()),
        Element("lgpd.duration", "lgpd", "The form and duration of processing", "LGPD Art. 9(II)", ("retention",),
                (), needs=_categories_without_retention),
        Element("lgpd.controller", "lgpd", "The controller's identity and contact", "LGPD Art. 9(III)-(IV)",
                ("identity", "contact"), ()),
        Element("lgpd.sharing", "lgpd", "Shared use of data and its purpose", "LGPD Art. 9(V)", ("sharing",), ()),
        Element("lgpd.rights", "lgpd", "The data subject's rights under Art. 18, including petition to the ANPD",
                "LGPD Art. 9(VII), 18", ("brazil-rights",), (r"ANPD", r"anonymi", r"portab", r"revoke|withdraw")),
        Element("lgpd.automated", "lgpd", "Review of decisions made solely by automated processing", "LGPD Art. 20",
                ("automated-decisions", "brazil-rights"), (r"review",),
                applies=lambda a: a.practices.automated_decisions is not None, condition="automated decisions are made"),
        # ---- PIPEDA
        Element("pipeda.accountable", "pipeda", "Name or title and address of the person accountable for privacy",
                "PIPEDA Sch. 1, 4.8.2(a)", ("contact", "canada-rights"), (r"accountable",),
                needs=_needs("organisation.privacy_officer", lambda a: a.organisation.privacy_officer,
                             "no privacy officer is named (PIPEDA requires an accountable person)")),
        Element("pipeda.access", "pipeda", "How to get access to personal information", "PIPEDA Sch. 1, 4.8.2(b)",
                ("access-correct-delete", "canada-rights"), (r"access|copy",)),
        Element("pipeda.types", "pipeda", "The types of personal information held and their general use",
                "PIPEDA Sch. 1, 4.8.2(c)", ("purposes",), ()),
        Element("pipeda.related", "pipeda", "What is shared with related organisations", "PIPEDA Sch. 1, 4.8.2(e)",
                ("sharing",), ()),
    ]
)
ELEMENTS_BY_ID = {e.id: e for e in ELEMENTS}
