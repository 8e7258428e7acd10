"""What the GDPR and the UK GDPR ask alike (Art. 13, 14, 21, 8): one builder, each law's own citations, region,
authority and safeguards."""

from __future__ import annotations

from policygen.conditions import Condition, when
from policygen.laws import Element, Gap

# GDPR Art. 9(1): special categories. Government IDs, card data, precise location and log-in details are not among
# them (they are sensitive under the CCPA, which has its own list).
SPECIAL_CATEGORIES = frozenset({"health_information", "biometric_data", "sensitive_characteristics"})


def purposes_without_basis(f) -> list[Gap]:
    return [(f"purposes[{i}].legal_basis", f"no legal basis for '{p.label}'")
            for i, p in enumerate(f.a.purposes) if not p.legal_basis]


def interests_unstated(f) -> list[Gap]:
    return [(f"purposes[{i}].legitimate_interest", f"'{p.label}' relies on legitimate interests but does not say which")
            for i, p in enumerate(f.a.purposes) if p.legal_basis == "legitimate_interests" and not p.legitimate_interest]


def categories_without_retention(f) -> list[Gap]:
    return [(f"data_categories[{i}].retention", f"no retention period or criteria for '{c.label}'")
            for i, c in enumerate(f.a.data_categories) if c.retention is None]


def unsafeguarded(law_id: str):
    def gaps(f) -> list[Gap]:
        from policygen.catalogue.countries import COUNTRIES
        from policygen.facts.flows import notice_for

        notice = notice_for(f, law_id)
        if notice is None:
            return []
        found = []
        for d in notice.unsafeguarded:
            who = f" ({', '.join(d.recipients)})" if d.recipients else ""
            found.append(("transfers.transfers",
                          f"data goes to {COUNTRIES[d.country]}{who}, outside {notice.region_label}, with no safeguard "
                          f"that this law recognises: add a transfer to {d.country} with its safeguard"))
        return found
    return gaps


def leaves(law_id: str, region_label: str) -> Condition:
    from policygen.facts.flows import notice_for

    return Condition(lambda f: notice_for(f, law_id) is not None,
                     f"data goes outside {region_label} (stored there, a provider there, or a transfer)",
                     ("transfers.storage_countries", "processors[*].country", "transfers.transfers"))


def established_outside(region: frozenset[str], label: str) -> Condition:
    return Condition(lambda f: f.a.organisation.country not in region,
                     f"the organisation is established outside {label}", ("organisation.country",))


def required_unanswered(f) -> list[Gap]:
    return [(f"data_categories[{i}].required", f"'{c.label}' is given by people directly, but the answers do not say "
             "whether they must give it") for i, c in enumerate(f.a.data_categories)
            if "directly" in c.sources and c.required is None]


def younger_than_16_not_excluded(f) -> bool:
    age = f.a.children.minimum_age
    return age is None or age < 16


def representative_missing(path: str, label: str, why: str = ""):
    """A gap when ``organisation.<field>`` (the path's last part) names no representative."""
    field = path.rsplit(".", 1)[-1]

    def gaps(f) -> list[Gap]:
        return [] if getattr(f.a.organisation, field) else [(path, f"no representative in {label} is given{why}")]
    return gaps


def gdpr_style_elements(law: str, prefix: str, region: frozenset[str], region_label: str, authority: str,
                        representative_path: str) -> list[Element]:
    def e(id_: str, requirement: str, citation: str, clauses: tuple[str, ...], **kw) -> Element:
        return Element(f"{law}.{id_}", law, requirement, citation, clauses, **kw)

    return [
        e("controller", "Who the controller is and how to contact them", f"{prefix} Art. 13(1)(a), 14(1)(a)",
          ("identity", "contact")),
        e("representative", f"The controller's representative in {region_label}", f"{prefix} Art. 13(1)(a), 27",
          ("contact", "eu-uk-rights"), applies=established_outside(region, region_label),
          needs=representative_missing(representative_path, region_label), severity="warning"),
        e("dpo", "How to contact the Data Protection Officer", f"{prefix} Art. 13(1)(b), 14(1)(b)",
          ("contact", "eu-uk-rights"), applies=when("has_dpo")),
        e("purposes-bases", "The purposes and the legal basis for each", f"{prefix} Art. 13(1)(c), 14(1)(c)",
          ("purposes",), claims=("purposes.legal-bases",), needs=purposes_without_basis),
        e("legitimate-interests", "The legitimate interests pursued", f"{prefix} Art. 13(1)(d), 14(2)(b)",
          ("purposes",), claims=("purposes.legal-bases",), applies=when("legitimate_interests_basis"),
          needs=interests_unstated),
        e("categories", "The categories of data obtained from others", f"{prefix} Art. 14(1)(d)",
          ("collect-other-sources",), applies=when("from_third_parties")),
        e("recipients", "The recipients or categories of recipients", f"{prefix} Art. 13(1)(e), 14(1)(e)",
          ("sharing",), applies=Condition(lambda f: bool(f.a.recipient_kinds), "data is disclosed to anyone",
                                           ("data_categories[*].recipients", "processors"))),
        e("joint-controllers", "The essence of the arrangement with any joint controller", f"{prefix} Art. 26(2)",
          ("joint-controllers",), applies=Condition(lambda f: bool(f.a.practices.joint_controllers),
                                                   "joint controllers are named", ("practices.joint_controllers",))),
        e("transfers", "Transfers abroad and their safeguards, and how to get a copy",
          f"{prefix} Art. 13(1)(f), 14(1)(f)", ("transfers",), claims=(f"transfers.from-{law}",),
          applies=leaves(law, region_label), needs=unsafeguarded(law)),
        e("retention", "How long data is kept, or the criteria for it", f"{prefix} Art. 13(2)(a), 14(2)(a)",
          ("retention",), needs=categories_without_retention),
        e("rights", "The rights of access, rectification, erasure, restriction, objection and portability",
          f"{prefix} Art. 13(2)(b), 14(2)(c)", ("eu-uk-rights",)),
        e("withdraw-consent", "The right to withdraw consent at any time", f"{prefix} Art. 13(2)(c), 14(2)(d)",
          ("eu-uk-rights", "purposes"), claims=("rights.withdraw-consent",), applies=when("consent_basis")),
        e("complaint", f"The right to complain to {authority}", f"{prefix} Art. 13(2)(d), 14(2)(e)",
          ("eu-uk-rights",), claims=(f"rights.complain-{law}",)),
        e("obligation", "Whether providing data is required, and what happens if not", f"{prefix} Art. 13(2)(e)",
          ("collect-provided",), applies=when("collected_directly"), needs=required_unanswered),
        e("automated-decisions", "Automated decisions: their logic, significance and consequences",
          f"{prefix} Art. 13(2)(f), 14(2)(g)", ("automated-decisions",), applies=when("automated_decisions")),
        e("sources", "Where data not collected from the person comes from", f"{prefix} Art. 14(2)(f)",
          ("collect-other-sources",), applies=when("from_third_parties")),
        e("new-purposes", "Notice before data is used for a new purpose", f"{prefix} Art. 13(3), 14(4)",
          ("purposes", "changes"), severity="warning"),
        e("object", "The right to object, shown clearly and separately", f"{prefix} Art. 21(4)",
          ("purposes",), claims=("purposes.right-to-object",),
          applies=when("legitimate_interests_basis") | Condition(
              lambda f: f.a.marketing.sends_marketing, "marketing is sent", ("marketing.sends_marketing",))),
        e("child-consent", "The age at which children may consent themselves", f"{prefix} Art. 8(1)",
          ("children",), applies=when("consent_basis") & Condition(
              younger_than_16_not_excluded, "no minimum age of 16 or more is given", ("children.minimum_age",)),
          severity="warning"),
    ]
