"""The data collected: what each law counts as sensitive, and what is sold or shared."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from policygen.facts import Facts, fact
from policygen.i18n.speaking import N_, _


@dataclass(frozen=True)
class SensitiveUnder:
    """The categories one law counts as sensitive, in that law's own term."""

    law: str
    law_name: str
    term: str
    citation: str
    categories: tuple  # DataCategoryAnswer


def sensitive_for(law, category) -> bool:
    """Whether ``law`` counts this data category as sensitive: the founder's own answer, else the law's list."""
    if law.id == "swiss_fadp" and category.criminal_offences:
        return True  # FADP Art. 5(c): data on administrative or criminal proceedings or sanctions
    if category.sensitive is not None:
        return category.sensitive
    return category.category in law.sensitive


def _sensitive_under(f: Facts, law, category) -> bool:
    """As ``sensitive_for``; for the US state laws, under the law of some state served, as in force on the policy's
    effective date (the states' lists differ: policygen/laws/us_states.py, SENSITIVE_ADDED)."""
    if law.id != "us_states":
        return sensitive_for(law, category)
    from policygen.laws.us_states import sensitive_in_state

    return any(sensitive_in_state(s, category, f.a.changes.effective_date) for s in f.us_states_served)


@fact("for each law that applies and has a notion of sensitive data, the categories it counts as sensitive",
      reads=("data_categories[*].category", "data_categories[*].sensitive", "audiences.regions",
             "audiences.us_states", "changes.effective_date"))
def sensitive_by_law(f: Facts) -> tuple[SensitiveUnder, ...]:
    from policygen.laws import applicable

    found = []
    for law in applicable(f):
        if not law.sensitive_term:
            continue
        categories = tuple(c for c in f.a.data_categories if _sensitive_under(f, law, c))
        if categories:
            found.append(SensitiveUnder(law.id, law.name, law.sensitive_term, law.sensitive_citation, categories))
    return tuple(found)


@fact("some collected data is sensitive under a law that applies",
      reads=("data_categories[*].category", "data_categories[*].sensitive", "audiences.regions"))
def has_sensitive(f: Facts) -> bool:
    return bool(f.sensitive_by_law)


@fact("the categories sensitive under any law that applies, in the order declared",
      reads=("data_categories[*].category", "data_categories[*].sensitive", "audiences.regions"))
def sensitive_categories(f: Facts) -> tuple:
    ids = {id(c) for s in f.sensitive_by_law for c in s.categories}
    return tuple(c for c in f.a.data_categories if id(c) in ids)


@fact("consent is asked before every sensitive category is collected",
      reads=("data_categories[*].consent",))
def sensitive_with_consent(f: Facts) -> bool:
    return bool(f.sensitive_categories) and all(c.consent for c in f.sensitive_categories)


@fact("the sensitive categories collected only after the person consents, when some but not all are",
      reads=("data_categories[*].consent",))
def sensitive_consented_labels(f: Facts) -> tuple[str, ...]:
    if f.sensitive_with_consent:
        return ()
    from policygen.document.markdown_text import lower_first

    return tuple(lower_first(c.label) for c in f.sensitive_categories if c.consent)


@fact("some data is answered as sold or shared for cross-context advertising",
      reads=("data_categories[*].sold", "data_categories[*].shared_for_advertising"))
def sells_or_shares(f: Facts) -> bool:
    return any(c.sold is True or c.shared_for_advertising is True for c in f.a.data_categories)


@fact("every data category is answered as neither sold nor shared for cross-context advertising",
      reads=("data_categories[*].sold", "data_categories[*].shared_for_advertising"))
def neither_sold_nor_shared(f: Facts) -> bool:
    # Unanswered is not "no": one category left unanswered and the policy cannot say nothing is sold.
    return all(c.sold is False and c.shared_for_advertising is False for c in f.a.data_categories)


@fact("some data comes from third parties (not the person or their device)", reads=("data_categories[*].sources",))
def from_third_parties(f: Facts) -> bool:
    return any(c.from_third_parties for c in f.a.data_categories)


@fact("some data is collected from the person", reads=("data_categories[*].sources",))
def collected_directly(f: Facts) -> bool:
    return any("directly" in c.sources for c in f.a.data_categories)


def _labels(categories) -> tuple[str, ...]:
    from policygen.document.markdown_text import lower_first

    return tuple(lower_first(c.label) for c in categories)


@dataclass(frozen=True)
class SensitiveNotice:
    """What one law (or several European laws with the same term and categories) calls sensitive, for its people."""

    laws: tuple[str, ...]
    people: str
    """Whom it speaks to, in words: "people in the EEA and the UK"."""
    term: str
    labels: tuple[str, ...]
    """The categories it counts as sensitive, for the middle of a sentence."""
    sold: tuple[str, ...] = ()
    shared: tuple[str, ...] = ()
    neither_sold_nor_shared: bool = False
    """Every one of its categories is answered as neither sold nor shared for advertising."""
    beyond: tuple[str, ...] = ()
    """Of those, the ones the answers say are used beyond what the service needs (the CCPA's right to limit)."""
    special_conditions: bool = False
    """The GDPR's or the UK GDPR's Art. 9(2) conditions are stated in this notice (the first one of those laws)."""


EUROPEAN_LAWS = ("gdpr", "uk_gdpr", "swiss_fadp")
# TRANSLATORS: whom a notice about sensitive data speaks to, where two laws call the same data by the same name
# ("**For people in the EEA and the UK.** The law calls health information "special category data".").
_PEOPLE_TOGETHER = {("gdpr", "uk_gdpr"): N_("people in the EEA and the UK")}
"""Whom European laws with the same term and categories speak to together (the GDPR's and the UK GDPR's terms are the
same; the Swiss FADP's differs)."""


@fact("per law that applies (European laws with the same term together), its own term for sensitive data, whom it "
      "speaks to and the categories it covers",
      reads=("data_categories[*].category", "data_categories[*].sensitive", "audiences.regions",
             "data_categories[*].sold", "data_categories[*].shared_for_advertising",
             "data_categories[*].limited_to_necessary_uses"))
def sensitive_notices(f: Facts) -> tuple[SensitiveNotice, ...]:
    from policygen.laws import LAWS

    notices: list[SensitiveNotice] = []
    for s in f.sensitive_by_law:
        previous = notices[-1] if notices else None
        if (previous and s.law in EUROPEAN_LAWS and previous.laws[-1] in EUROPEAN_LAWS
                and LAWS[previous.laws[-1]].sensitive_term == s.term and previous.labels == _labels(s.categories)):
            laws = previous.laws + (s.law,)
            notices[-1] = SensitiveNotice(laws, _(_PEOPLE_TOGETHER[laws]), previous.term, previous.labels)
            continue
        notices.append(SensitiveNotice(
            (s.law,), _(LAWS[s.law].people), _(s.term), _labels(s.categories),
            sold=_labels(c for c in s.categories if c.sold is True),
            shared=_labels(c for c in s.categories if c.shared_for_advertising is True),
            neither_sold_nor_shared=all(c.sold is False and c.shared_for_advertising is False for c in s.categories),
            beyond=_labels(c for c in s.categories if c.limited_to_necessary_uses is False)))
    # The Art. 9(2) conditions speak to the people the GDPR or the UK GDPR covers, once: in the first of their notices.
    for i, n in enumerate(notices):
        if {"gdpr", "uk_gdpr"} & set(n.laws):
            notices[i] = dataclasses.replace(n, special_conditions=True)
            break
    return tuple(notices)


@dataclass(frozen=True)
class SensitiveLine:
    label: str
    uses: tuple[str, ...]
    """The purposes it is used for, for the middle of a sentence."""


@fact("the sensitive categories with what each is used for", reads=("data_categories[*]", "purposes[*]"))
def sensitive_lines(f: Facts) -> tuple[SensitiveLine, ...]:
    from policygen.document.markdown_text import lower_first

    return tuple(SensitiveLine(c.label, tuple(dict.fromkeys(lower_first(f.a.purpose(r).label) for r in c.purposes)))
                 for c in f.sensitive_categories)


@fact("card details are sensitive under a law that applies and a payment provider handles them",
      reads=("data_categories[*].category", "processors[*].kind"))
def payment_provider_names(f: Facts):
    from policygen.facts.tracking import Names

    if not any(c.category == "payment_information" for c in f.sensitive_categories):
        return Names(())
    return Names(tuple(p.display_name for p in f.a.processors_of_kind("payments")))


@fact("Texas is served and sensitive data is sold (Tex. Bus. & Com. Code 541.102's notice)",
      reads=("audiences.us_states", "data_categories[*].sold", "data_categories[*].category"))
def sells_sensitive_in_texas(f: Facts) -> bool:
    from policygen.laws.us_states import sensitive_in_state

    return "TX" in f.us_states_served and any(
        c.sold is True and sensitive_in_state("TX", c, f.a.changes.effective_date) for c in f.a.data_categories)


@fact("Texas is served and biometric data is sold", reads=("audiences.us_states", "data_categories[*].sold"))
def sells_biometrics_in_texas(f: Facts) -> bool:
    return "TX" in f.us_states_served and any(c.sold is True and c.category == "biometric_data" for c in f.a.data_categories)


def sensitive_under_us_law(f: Facts, category) -> bool:
    """Sensitive under the CCPA or the other US state laws, whichever apply (the US tables use their definitions)."""
    from policygen.laws import LAWS

    return any(_sensitive_under(f, LAWS[law], category) for law in ("ccpa", "us_states") if law in f.laws)


@dataclass(frozen=True)
class USCategoryRow:
    """One data category as the US tables show it."""

    name: str
    """The CCPA's category name with our label ("Identifiers: contact details")."""
    sensitive: bool
    examples: str
    sources: str
    purposes: str
    retention: str
    """The period and/or criteria; empty when not given."""
    recipients: str
    """Comma-separated kinds of recipient; empty when none."""
    sold: bool | None
    """None when not answered."""
    shared: bool | None


@fact("each data category as the US tables show it, marked sensitive by the CCPA's or the US states' definition",
      reads=("data_categories[*]", "audiences.regions"))
def us_category_rows(f: Facts) -> tuple[USCategoryRow, ...]:
    from policygen.catalogue.categories import CCPA_CATEGORIES, DATA_CATEGORIES
    from policygen.catalogue.parties import RECIPIENT_KINDS, SOURCES
    from policygen.document.markdown_text import fragment, lower_first
    from policygen.facts.collection import how_long, retention_exceptions

    rows = []
    for c in f.a.data_categories:
        statutory = DATA_CATEGORIES[c.category].ccpa if c.category in DATA_CATEGORIES else None
        # TRANSLATORS: a row of the table of the categories of personal information: the category's name in
        # California's law, then the business's own kind of data ("Identifiers: contact details").
        name = (_("{ccpa_category}: {label}").format(ccpa_category=CCPA_CATEGORIES[statutory],
                                                     label=lower_first(c.label)) if statutory else c.label)
        r = c.retention
        retention = "" if r is None else how_long(r) + retention_exceptions(r)
        rows.append(USCategoryRow(
            name, sensitive_under_us_law(f, c), fragment(c.example_text) if c.example_text else "",
            ", ".join(SOURCES[s].label for s in c.sources),
            ", ".join(dict.fromkeys(f.a.purpose(ref).label for ref in c.purposes)), retention,
            ", ".join(RECIPIENT_KINDS[k].label for k in c.recipients), c.sold, c.shared_for_advertising))
    return tuple(rows)


@fact("a data category is sensitive under the CCPA or the US state laws that apply",
      reads=("data_categories[*]", "audiences.regions"))
def us_sensitive_rows(f: Facts) -> bool:
    return any(row.sensitive for row in f.us_category_rows)


# ---- special category data (GDPR / UK GDPR Art. 9) and criminal-offence data (Art. 10)

@fact("the categories the GDPR or the UK GDPR (whichever apply) counts as special category data",
      reads=("data_categories[*].category", "data_categories[*].sensitive", "audiences.regions"))
def special_category_data(f: Facts) -> tuple:
    from policygen.laws import LAWS

    laws = [LAWS[law] for law in ("gdpr", "uk_gdpr") if law in f.laws]
    return tuple(c for c in f.a.data_categories if any(sensitive_for(law, c) for law in laws))


@dataclass(frozen=True)
class SpecialConditionLine:
    """One special category of data with the Art. 9(2) condition it rests on, as the sensitive-data clause says it."""

    label: str
    condition: str
    """The condition in the law's words, for the middle of a sentence ("explicit consent")."""
    citation: str
    """"GDPR and UK GDPR Art. 9(2)(a)"."""
    uk_condition: str
    """The Data Protection Act 2018 Schedule 1 condition named for the UK; empty where none is needed or given."""


@fact("each special category of data whose Art. 9(2) condition is answered, with the UK's Schedule 1 condition "
      "where one is needed and given",
      reads=("data_categories[*].special_category_condition", "data_categories[*].uk_schedule_1_condition",
             "audiences.regions"))
def special_condition_lines(f: Facts) -> tuple[SpecialConditionLine, ...]:
    from policygen.catalogue.special_conditions import SPECIAL_CONDITIONS
    from policygen.document.markdown_text import fragment, lower_first
    from policygen.facts.use import gdpr_citation

    lines = []
    for c in f.special_category_data:
        condition = SPECIAL_CONDITIONS.get(c.special_category_condition or "")
        if condition is None:
            continue
        uk = (fragment(c.uk_schedule_1_condition) if c.uk_schedule_1_condition and condition.uk_schedule_1
              and "uk_gdpr" in f.laws else "")
        lines.append(SpecialConditionLine(lower_first(c.label), lower_first(condition.label),
                                          gdpr_citation(f, f"9(2)({condition.letter})"), uk))
    return tuple(lines)


@dataclass(frozen=True)
class CriminalDataLine:
    label: str
    authority: str
    """The law that authorises using it, as answered; empty when not given."""


@fact("the data about criminal convictions or offences, with the law that authorises using it, where the GDPR or the "
      "UK GDPR applies", reads=("data_categories[*].criminal_offences", "data_categories[*].criminal_offence_authority",
                                 "audiences.regions"))
def criminal_data_lines(f: Facts) -> tuple[CriminalDataLine, ...]:
    from policygen.document.markdown_text import fragment, lower_first

    if not f.legal_basis_laws:
        return ()
    return tuple(CriminalDataLine(lower_first(c.label), fragment(c.criminal_offence_authority or ""))
                 for c in f.a.data_categories if c.criminal_offences)


@fact("a Swiss resident's sensitive data is collected with consent, which the FADP requires to be express",
      reads=("data_categories[*].consent", "data_categories[*].special_category_condition", "audiences.regions"))
def swiss_express_consent(f: Facts) -> tuple[str, ...]:
    """The labels of the categories the Swiss FADP counts as sensitive and collected with consent."""
    from policygen.laws import LAWS

    if "swiss_fadp" not in f.laws:
        return ()
    return _labels(c for c in f.a.data_categories if sensitive_for(LAWS["swiss_fadp"], c)
                   and (c.consent or c.special_category_condition == "explicit_consent"))


@fact("every special category of data has its Art. 9(2) condition answered, so the policy names each one",
      reads=("data_categories[*].special_category_condition", "audiences.regions"))
def special_conditions_complete(f: Facts) -> bool:
    return bool(f.special_category_data) and all(c.special_category_condition for c in f.special_category_data)
