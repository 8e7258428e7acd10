"""Children: the minimum age, what COPPA's notice says about children's data (16 CFR 312.4(d), 312.10) and the age
of digital consent in Europe (GDPR and UK GDPR Art. 8)."""

from __future__ import annotations

from dataclasses import dataclass

from policygen.catalogue.categories import DATA_CATEGORIES
from policygen.catalogue.choices import PROVIDER_KINDS
from policygen.catalogue.countries import GDPR_CHILD_CONSENT_AGE, in_sentence
from policygen.catalogue.parties import RECIPIENT_KINDS
from policygen.document.markdown_text import fragment, lower_first
from policygen.facts import Facts, fact
from policygen.facts.collection import Kept, kept, uses_of, with_stop

# Persistent identifiers and what a device sends: the only data COPPA's internal-operations exception can cover
# (16 CFR 312.2, 312.5(c)(7)).
IDENTIFIER_CATEGORIES = frozenset({"online_identifiers", "device_information", "usage_data", "log_data"})
# Recipients that are third parties under COPPA: they are not the operator and do not merely support its internal
# operations. Service providers, payment processors, advisers, authorities and buyers are left out; the public and
# other users are what "making information public" covers.
THIRD_PARTY_RECIPIENTS = ("affiliates", "business_partners", "data_buyers", "advertising_partners",
                          "analytics_providers", "ai_partners", "integrations",
                          "researchers")  # delivery companies deliver for the operator: left out as service providers


@fact("the minimum age given is under 13", reads=("children.minimum_age",))
def minimum_age_under_13(f: Facts) -> bool:
    age = f.a.children.minimum_age
    return age is not None and age < 13


@fact("the youngest age allowed when it is between 1 and 12 (None otherwise)", reads=("children.minimum_age",))
def stated_age_under_13(f: Facts) -> int | None:
    age = f.a.children.minimum_age
    return age if age is not None and 0 < age < 13 else None


@fact("a phone number parents can call: the organisation's, else the toll-free number",
      reads=("organisation.phone", "rights.toll_free_number"))
def parents_phone(f: Facts) -> str | None:
    return f.a.organisation.phone or f.a.rights.toll_free_number


@fact("how parents give consent, in the founder's words, ending a sentence",
      reads=("children.parental_consent_method",))
def parental_consent_words(f: Facts) -> str | None:
    method = f.a.children.parental_consent_method
    return with_stop(fragment(method)) if method else None


@fact("the declared data categories that are collected from children",
      reads=("children.data_from_children", "data_categories[*].category"))
def children_categories(f: Facts) -> tuple:
    wanted = set(f.a.children.data_from_children)
    return tuple(c for c in f.a.data_categories if c.category in wanted)


@fact("every category collected from children is declared among the data categories",
      reads=("children.data_from_children", "data_categories[*].category"))
def children_categories_declared(f: Facts) -> bool:
    declared = {c.category for c in f.a.data_categories}
    return bool(f.a.children.data_from_children) and all(k in declared for k in f.a.children.data_from_children)


@dataclass(frozen=True)
class ChildDataRow:
    label: str
    examples: str
    """", such as ..." ready to follow the label, full stop included; "." when there are no examples."""


@fact("the kinds of data collected from children, with the examples the answers give",
      reads=("children.data_from_children", "data_categories[*].examples"))
def children_data_rows(f: Facts) -> tuple[ChildDataRow, ...]:
    declared = {c.category: c for c in f.children_categories}
    rows = []
    for key in f.a.children.data_from_children:
        answer = declared.get(key)
        text = answer.example_text if answer is not None else ""
        text = fragment(text) if text else ""
        rows.append(ChildDataRow(DATA_CATEGORIES[key].label, f", such as {with_stop(text)}" if text else "."))
    return tuple(rows)


@fact("what children's data is used for: the purposes of the categories collected from children",
      reads=("children.data_from_children", "data_categories[*].purposes"))
def children_uses(f: Facts) -> tuple[str, ...]:
    return tuple(dict.fromkeys(use for c in f.children_categories for use in uses_of(f, c)))


# ------------------------------------------------------------------------------------------------- disclosure

@dataclass(frozen=True)
class ChildRecipient:
    name: str
    use: str
    """What we use it for, completing "We use it ...": the founder's phrase, else "for advertising"; with its full
    stop."""
    data: tuple[str, ...]
    """The children's data it receives, lower case."""


def _covered_by_internal_operations(f: Facts, categories) -> bool:
    return bool(f.a.children.identifiers_internal_only) and set(categories) <= IDENTIFIER_CATEGORIES


@fact("the named providers that receive data collected from children, with what they do and what they receive",
      reads=("children.data_from_children", "processors[*].service", "processors[*].kind", "processors[*].data",
             "processors[*].purpose", "data_categories[*].recipients"))
def children_data_providers(f: Facts) -> tuple[ChildRecipient, ...]:
    wanted = set(f.a.children.data_from_children)
    found = []
    for p, data in zip(f.a.processors, f.provider_data):
        received = [c for c in data if c.category in wanted]
        if received:
            use = (fragment(p.purpose) if p.purpose
                   else f"for {lower_first(PROVIDER_KINDS[p.resolved_kind].label)}")
            found.append(ChildRecipient(p.display_name, with_stop(use),
                                        tuple(lower_first(c.label) for c in received)))
    return tuple(found)


@dataclass(frozen=True)
class RecipientKindRow:
    label: str
    description: str


@fact("the kinds of recipient that children's data goes to, by the answers of the categories collected from children",
      reads=("children.data_from_children", "data_categories[*].recipients"))
def children_recipient_kinds(f: Facts) -> tuple[RecipientKindRow, ...]:
    kinds = {r for c in f.children_categories for r in c.recipients}
    return tuple(RecipientKindRow(term.label, term.description) for k, term in RECIPIENT_KINDS.items() if k in kinds)


@fact("children's data is given to no one: every category collected from children is declared, none has a "
      "recipient and no named provider receives it",
      reads=("children.data_from_children", "data_categories[*].recipients", "processors[*].data"))
def children_data_kept_in_house(f: Facts) -> bool:
    return (f.children_categories_declared and not any(c.recipients for c in f.children_categories)
            and not f.children_data_providers)


@fact("children's data goes to a third party under COPPA (a recipient that uses it for its own purposes, or a kind "
      "such as ad or business partners), beyond identifiers used only for internal operations",
      reads=("children.data_from_children", "children.identifiers_internal_only", "data_categories[*].recipients",
             "processors[*].data", "processors[*].third_party"))
def children_data_to_third_parties(f: Facts) -> bool:
    wanted = set(f.a.children.data_from_children)
    for c in f.children_categories:
        if any(r in THIRD_PARTY_RECIPIENTS for r in c.recipients) and not _covered_by_internal_operations(
                f, [c.category]):
            return True
    for p, data in zip(f.a.processors, f.provider_data):
        received = [c.category for c in data if c.category in wanted]
        if received and p.third_party and not _covered_by_internal_operations(f, received):
            return True
    return False


@fact("everything collected from children is answered as neither sold nor shared for advertising and ads are not "
      "personalised",
      reads=("children.data_from_children", "children.sells_data_of_under_16", "data_categories[*].sold",
             "data_categories[*].shared_for_advertising", "cookies.personalised_ads", "cookies.kinds"))
def children_data_not_sold(f: Facts) -> bool:
    return (f.children_categories_declared and not f.a.children.sells_data_of_under_16 and not f.ads_personalised
            and all(c.sold is False and c.shared_for_advertising is False for c in f.children_categories))


# -------------------------------------------------------------------------------------------------- identifiers

@fact("persistent identifiers from children are used only for internal operations (the founder's answer) and ads "
      "are not personalised",
      reads=("children.identifiers_internal_only", "cookies.personalised_ads", "cookies.kinds",
             "data_categories[*].shared_for_advertising"))
def children_identifiers_internal(f: Facts) -> bool:
    return f.coppa_applies and f.a.children.identifiers_internal_only is True and not f.ads_personalised


@fact("the internal operations children's identifiers serve: running the service and security, and contextual ads "
      "when an ad provider is named and ads are answered as contextual only",
      reads=("children.identifiers_internal_only", "processors[*].kind", "cookies.personalised_ads"))
def children_identifier_uses(f: Facts) -> tuple[str, ...]:
    uses = ["keeping the service working", "keeping it secure"]
    if f.a.processors_of_kind("advertising") and f.ads_contextual_only:
        uses += ["choosing ads from the screen your child is on"]
    return tuple(uses)


# ---------------------------------------------------------------------------------------------------- retention

@dataclass(frozen=True)
class ChildRetentionRow:
    label: str
    uses: tuple[str, ...]
    kept: Kept


@fact("for each category collected from children that says how long it is kept: its purposes and its timeframe",
      reads=("children.data_from_children", "data_categories[*].purposes", "data_categories[*].retention"))
def children_retention_rows(f: Facts) -> tuple[ChildRetentionRow, ...]:
    return tuple(ChildRetentionRow(c.label, uses_of(f, c), kept(c.retention))
                 for c in f.children_categories if c.retention)


# ------------------------------------------------------------------------------------------ age of digital consent

def _may_be_younger_than(f: Facts, age: int) -> bool:
    """No minimum age of ``age`` or more keeps younger people out: none was given, or a lower one was."""
    minimum = f.a.children.minimum_age
    return minimum is None or minimum < age


@fact("the UK is served, a purpose relies on consent and no minimum age of 13 or more is given (UK GDPR Art. 8)",
      reads=("audiences.regions", "purposes[*].legal_basis", "children.minimum_age"))
def uk_consent_age_matters(f: Facts) -> bool:
    return f.serves_uk and f.consent_basis and _may_be_younger_than(f, 13)


@fact("the EEA is served, a purpose relies on consent and no minimum age of 16 or more is given (GDPR Art. 8)",
      reads=("audiences.regions", "children.minimum_age"))
def eea_consent_age_matters(f: Facts) -> bool:
    return f.serves_eea and f.consent_basis and _may_be_younger_than(f, 16)


@fact("the age of digital consent in the EEA countries served, grouped by age: \"14 in Austria and Italy\"",
      reads=("audiences.eea_countries", "audiences.regions", "children.minimum_age"))
def eea_consent_ages(f: Facts) -> tuple[str, ...]:
    if not f.eea_consent_age_matters:
        return ()
    countries = f.a.audiences.eea_countries
    ages = dict.fromkeys(GDPR_CHILD_CONSENT_AGE[code] for code in countries)
    return tuple(f"{age} in {_and([in_sentence(c) for c in countries if GDPR_CHILD_CONSENT_AGE[c] == age])}"
                 for age in ages)


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
