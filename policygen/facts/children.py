"""Children: the minimum age, what COPPA's notice says about children's data (16 CFR 312.4(d), 312.10) and the age
of digital consent in Europe (GDPR and UK GDPR Art. 8)."""

from __future__ import annotations

from dataclasses import dataclass

from policygen.catalogue.categories import DATA_CATEGORIES
from policygen.catalogue.children import IDENTIFIER_CATEGORIES, INTERNAL_OPERATIONS
from policygen.catalogue.choices import PROVIDER_KINDS
from policygen.catalogue.countries import GDPR_CHILD_CONSENT_AGE
from policygen.catalogue.parties import RECIPIENT_KINDS
from policygen.document.markdown_text import fragment, lower_first
from policygen.facts import Facts, fact
from policygen.facts.collection import Kept, kept, uses_of, with_stop
from policygen.catalogue.countries import in_sentence as country_in_sentence
from policygen.i18n.speaking import _, in_english

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


@fact("how the identifiers collected without consent are kept from other uses, in the founder's words, ending a "
      "sentence", reads=("children.identifier_safeguards",))
def identifier_safeguard_words(f: Facts) -> str | None:
    means = f.a.children.identifier_safeguards
    return with_stop(fragment(means)) if means else None


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


def _such_as(example_text: str) -> str:
    if not example_text:
        return "."
    # TRANSLATORS: follows the name of a kind of data, in a list of what is collected from children ("Contact
    # details, such as your email address."); {examples} is the business's own words, with the full stop.
    return _(", such as {examples}").format(examples=with_stop(fragment(example_text)))


@fact("the kinds of data collected from children, with the examples the answers give",
      reads=("children.data_from_children", "data_categories[*].examples"))
def children_data_rows(f: Facts) -> tuple[ChildDataRow, ...]:
    declared = {c.category: c for c in f.children_categories}
    rows = []
    for key in f.a.children.data_from_children:
        answer = declared.get(key)
        rows.append(ChildDataRow(DATA_CATEGORIES[key].label, _such_as(answer.example_text if answer else "")))
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
    return bool(f.a.children.identifiers_internal_only) and set(categories) <= set(IDENTIFIER_CATEGORIES)


@fact("the named providers that receive data collected from children, with what they do and what they receive",
      reads=("children.data_from_children", "processors[*].service", "processors[*].kind", "processors[*].data",
             "processors[*].purpose", "data_categories[*].recipients"))
def children_data_providers(f: Facts) -> tuple[ChildRecipient, ...]:
    return _providers_receiving(f, set(f.a.children.data_from_children))


def _providers_receiving(f: Facts, wanted: set[str]) -> tuple[ChildRecipient, ...]:
    found = []
    for p, data in zip(f.a.processors, f.provider_data):
        received = [c for c in data if c.category in wanted]
        if received:
            if p.purpose:
                use = fragment(p.purpose)
            else:
                kind = lower_first(PROVIDER_KINDS[p.resolved_kind].label)
                # TRANSLATORS: completes "We use it" after a provider that receives children's data ("Stripe receives
                # payment details. We use it for payment processing."); {service} is a kind of service.
                use = _("for {service}").format(service=kind)
            found.append(ChildRecipient(p.display_name, with_stop(use),
                                        tuple(lower_first(c.label) for c in received)))
    return tuple(found)


@dataclass(frozen=True)
class RecipientKindRow:
    label: str
    description: str


@fact("the kinds of recipient that children's data goes to, by the answers of the categories collected from children; "
      "service providers left out when the policy names those that receive it",
      reads=("children.data_from_children", "data_categories[*].recipients", "processors[*].data",
             "processors[*].third_party"))
def children_recipient_kinds(f: Facts) -> tuple[RecipientKindRow, ...]:
    kinds = {r for c in f.children_categories for r in c.recipients}
    if _service_providers_named(f):
        kinds.discard("service_providers")  # the named providers above are those service providers
    return tuple(RecipientKindRow(term.label, term.description) for k, term in RECIPIENT_KINDS.items() if k in kinds)


def _service_providers_named(f: Facts) -> bool:
    wanted = set(f.a.children.data_from_children)
    return any(p.third_party is False and any(c.category in wanted for c in data)
               for p, data in zip(f.a.processors, f.provider_data))


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


@fact("COPPA applies and persistent identifiers are answered as used only for internal operations: which ones, "
      "for which operations and by what means are then asked",
      reads=("children.identifiers_internal_only", "children.directed_to_children",
             "children.knowingly_collects_from_children", "children.minimum_age", "audiences.regions"))
def coppa_internal_identifiers_asked(f: Facts) -> bool:
    return f.coppa_applies and f.a.children.identifiers_internal_only is True


@fact("the declared data categories answered as identifiers collected from children without a parent's consent",
      reads=("children.internal_identifiers", "data_categories[*].category"))
def internal_identifier_categories(f: Facts) -> tuple:
    wanted = set(f.a.children.internal_identifiers)
    return tuple(c for c in f.a.data_categories if c.category in wanted)


@fact("the internal operations children's identifiers support, each completing \"We use them only ...\"",
      reads=("children.internal_operations",))
def internal_operation_uses(f: Facts) -> tuple[str, ...]:
    return tuple(INTERNAL_OPERATIONS[k].description for k in f.a.children.internal_operations)


@fact("the internal-operations notice can be given in full: identifiers used only for internal operations, ads not "
      "personalised, and the identifiers (each a declared category), the operations and the safeguards answered",
      reads=("children.identifiers_internal_only", "children.internal_identifiers", "children.internal_operations",
             "children.identifier_safeguards", "cookies.personalised_ads", "data_categories[*].category"))
def children_internal_identifiers_stated(f: Facts) -> bool:
    c = f.a.children
    return (f.children_identifiers_internal and bool(c.internal_identifiers) and bool(c.internal_operations)
            and bool(c.identifier_safeguards)
            and len(f.internal_identifier_categories) == len(set(c.internal_identifiers)))


@fact("the identifiers collected from children without a parent's consent, with the examples the answers give",
      reads=("children.internal_identifiers", "data_categories[*].examples"))
def internal_identifier_rows(f: Facts) -> tuple[ChildDataRow, ...]:
    return tuple(ChildDataRow(c.label, _such_as(c.example_text)) for c in f.internal_identifier_categories)


@fact("the named providers that receive the identifiers collected without a parent's consent, with what they do",
      reads=("children.internal_identifiers", "processors[*].service", "processors[*].kind", "processors[*].data",
             "processors[*].purpose", "data_categories[*].recipients"))
def internal_identifier_providers(f: Facts) -> tuple[ChildRecipient, ...]:
    return _providers_receiving(f, set(f.a.children.internal_identifiers))


@fact("identifiers collected without a parent's consent go to named providers (so \"we give children's information "
      "to no one\" must set them apart)", reads=("children.identifiers_internal_only", "children.internal_identifiers",
                                                "processors[*].data", "data_categories[*].recipients"))
def identifiers_reach_providers(f: Facts) -> bool:
    return f.children_identifiers_internal and bool(f.internal_identifier_providers)


@fact("ads are shown where COPPA applies and the answers say they are contextual: the policy says so to parents",
      reads=("cookies.personalised_ads", "processors[*].kind", "cookies.kinds"))
def children_ads_contextual(f: Facts) -> bool:
    return f.coppa_applies and f.ads_contextual_only


# ---------------------------------------------------------------------------------------------------- retention

@dataclass(frozen=True)
class ChildRetentionRow:
    label: str
    uses: tuple[str, ...]
    kept: Kept


def _kept_from_children(f: Facts) -> tuple:
    """What is collected from children: with a parent's consent, then the identifiers collected without it."""
    found = list(f.children_categories)
    if f.children_identifiers_internal:
        found += [c for c in f.internal_identifier_categories if all(c is not d for d in found)]
    return tuple(found)


@fact("for each category collected from children (with a parent's consent, or identifiers used only for internal "
      "operations) that says how long it is kept: its purposes and its timeframe",
      reads=("children.data_from_children", "children.internal_identifiers", "data_categories[*].purposes",
             "data_categories[*].retention"))
def children_retention_rows(f: Facts) -> tuple[ChildRetentionRow, ...]:
    return tuple(ChildRetentionRow(c.label, uses_of(f, c), kept(c.retention))
                 for c in _kept_from_children(f) if c.retention)


@fact("the positions (in data_categories) of the categories collected from children that do not say how long they "
      "are kept",
      reads=("children.data_from_children", "children.internal_identifiers", "data_categories[*].retention"))
def children_categories_without_retention(f: Facts) -> tuple[int, ...]:
    kept_ids = {id(c) for c in _kept_from_children(f)}
    return tuple(i for i, c in enumerate(f.a.data_categories) if id(c) in kept_ids and not c.retention)


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
    # TRANSLATORS: the age of digital consent in some countries, in a list ("In the EEA countries we serve, it is 14
    # in Austria and Italy and 16 in Germany."); {countries} is a list of country names.
    return tuple(_("{age} in {countries}").format(
        age=age, countries=_and([country_in_sentence(c) for c in countries if GDPR_CHILD_CONSENT_AGE[c] == age]))
                 for age in ages)


def _and(names: list[str]) -> str:
    if not in_english():
        from policygen.i18n import cldr

        return cldr.join(names)
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


# -------------------------------------------------------------------------- UK Age Appropriate Design Code (AADC)

LOCATION_CATEGORIES = ("precise_location", "approximate_location")


@fact("the UK is served and no minimum age of 18 or more keeps children out: whether UK children are likely to use "
      "the service is then asked", reads=("audiences.regions", "children.minimum_age"))
def uk_children_asked(f: Facts) -> bool:
    return f.serves_uk and _may_be_younger_than(f, 18)


@fact("the ICO's Age Appropriate Design Code applies: the UK is served and children there are answered as likely to "
      "use the service", reads=("audiences.regions", "children.minimum_age", "children.uk_children_likely"))
def aadc_applies(f: Facts) -> bool:
    return f.uk_children_asked and f.a.children.uk_children_likely is True


@fact("where children find privacy information suited to their age, in the founder's words, ending a sentence",
      reads=("children.age_suited_information",))
def age_suited_information_words(f: Facts) -> str | None:
    where = f.a.children.age_suited_information
    return with_stop(fragment(where)) if where else None


@fact("the Age Appropriate Design Code applies and at least one of its points is answered yes (or, for privacy "
      "information, given), so the policy lists what the service does",
      reads=("children.age_suited_information", "children.high_privacy_defaults",
             "children.geolocation_off_by_default", "children.profiling_off_by_default",
             "children.child_told_when_monitored"))
def aadc_points_stated(f: Facts) -> bool:
    c = f.a.children
    return f.aadc_applies and (bool(c.age_suited_information) or c.high_privacy_defaults is True
                               or (f.aadc_location_asked and c.geolocation_off_by_default is True)
                               or c.profiling_off_by_default is True
                               or (f.aadc_monitoring_asked and c.child_told_when_monitored is True))


@fact("the Age Appropriate Design Code applies and location data is collected",
      reads=("audiences.regions", "children.uk_children_likely", "data_categories[*].category"))
def aadc_location_asked(f: Facts) -> bool:
    return f.aadc_applies and any(c.category in LOCATION_CATEGORIES for c in f.a.data_categories)


@fact("the Age Appropriate Design Code applies and parents have controls over the child's use",
      reads=("audiences.regions", "children.uk_children_likely", "children.parental_controls"))
def aadc_monitoring_asked(f: Facts) -> bool:
    return f.aadc_applies and f.a.children.parental_controls is True


@fact("the services may be used by children under 13 in the UK (a minimum age under 13), yet the answers do not say "
      "that UK children are likely to use them", reads=("audiences.regions", "children.minimum_age",
                                                        "children.uk_children_likely"))
def uk_children_unacknowledged(f: Facts) -> bool:
    return f.serves_uk and f.minimum_age_under_13 and f.a.children.uk_children_likely is not True
