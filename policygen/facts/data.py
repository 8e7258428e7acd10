"""The data collected: what each law counts as sensitive, and what is sold or shared."""

from __future__ import annotations

from dataclasses import dataclass

from policygen.facts import Facts, fact


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
    if category.sensitive is not None:
        return category.sensitive
    return category.category in law.sensitive


@fact("for each law that applies and has a notion of sensitive data, the categories it counts as sensitive",
      reads=("data_categories[*].category", "data_categories[*].sensitive", "audiences.regions"))
def sensitive_by_law(f: Facts) -> tuple[SensitiveUnder, ...]:
    from policygen.laws import applicable

    found = []
    for law in applicable(f):
        if not law.sensitive_term:
            continue
        categories = tuple(c for c in f.a.data_categories if sensitive_for(law, c))
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


@fact("some data is sold or shared for cross-context advertising",
      reads=("data_categories[*].sold", "data_categories[*].shared_for_advertising"))
def sells_or_shares(f: Facts) -> bool:
    return any(c.sold or c.shared_for_advertising for c in f.a.data_categories)


@fact("some data comes from third parties (not the person or their device)", reads=("data_categories[*].sources",))
def from_third_parties(f: Facts) -> bool:
    return any(c.from_third_parties for c in f.a.data_categories)


@fact("some data is collected from the person", reads=("data_categories[*].sources",))
def collected_directly(f: Facts) -> bool:
    return any("directly" in c.sources for c in f.a.data_categories)
