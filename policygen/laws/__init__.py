"""The laws layer: one module per law, each registering itself.

A law module declares, in one place: where the law applies (one ``Condition``), the people it speaks to, its own
vocabulary (what "sensitive" means, which transfer safeguards exist, who takes complaints), the elements a notice
must disclose with their citations and the claims that disclose each, and its consistency checks. Adding a law is one
module here, its templates, and one row in the tests.

Importing this package registers every law, in the order the modules are listed at the bottom.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Callable, Mapping

from policygen.catalogue.entry import Term

from policygen.conditions import ALWAYS, Condition

if TYPE_CHECKING:
    from policygen.facts import Facts

Gap = tuple[str, str]
"""A fact the answers lack or get wrong: (the answer to fix, what is wrong)."""


def no_gaps(_: "Facts") -> list[Gap]:
    return []


@dataclass(frozen=True)
class InForce:
    """When a rule binds: from ``since`` until the day before ``until`` (where a later rule replaced it), with the
    source the dates were read from. ``confirmed`` is False where no source could confirm the date; ``check`` still
    uses it and says so."""

    since: datetime.date
    source: str
    until: datetime.date | None = None
    confirmed: bool = True

    def on(self, day: datetime.date) -> bool:
        return self.since <= day and (self.until is None or day < self.until)


@dataclass(frozen=True)
class Law:
    id: str
    name: str
    """How the policy and ``check`` name it: "UK GDPR"."""
    applies: Condition
    people: str = ""
    """Whom it protects, as the policy addresses them: "people in the UK"."""
    region: frozenset[str] = frozenset()
    """Countries (ISO codes) whose people it protects; data sent outside them is a transfer under this law."""
    region_label: str = ""
    """The region in words: "the UK"."""
    sensitive: frozenset[str] = frozenset()
    """The catalogue's data categories this law treats as sensitive (its own definition)."""
    sensitive_term: str = ""
    """What the law calls sensitive data: "special category data", "sensitive personal information"."""
    sensitive_citation: str = ""
    transfer_mechanisms: Mapping[str, Term] = field(default_factory=dict)
    """The transfer safeguards this law recognises (ids of policygen.catalogue.regions.TRANSFER_MECHANISMS), each
    named and explained in the law's own terms, with its citation."""
    authority: str = ""
    """Who takes complaints under this law."""
    authority_url: str = ""
    reply_time: str = ""
    """The time this law gives to answer a request, in its own terms with its citation, completing "For people in
    ..., "; empty where it sets none or the rule could not be confirmed. The policy states it when the answers give
    no time of their own (rights.response_days)."""
    free_requests: str = ""
    """The provision that makes requests free of charge under this law; empty where it does not (or it could not be
    confirmed)."""
    in_force: InForce | None = None
    """When the law took effect; each of its elements and checks takes this date unless it gives its own."""


@dataclass(frozen=True)
class Element:
    id: str
    law: str
    requirement: str
    citation: str
    clauses: tuple[str, ...]
    """The clauses that disclose it; the element is covered when one of them is in the policy and has made every
    claim in ``claims`` (so what covers it is true of the answers, not words that happened to match)."""
    claims: tuple[str, ...] = ()
    applies: Condition = ALWAYS
    needs: Callable[["Facts"], list[Gap]] = no_gaps
    """Answers the element needs; each gap is a finding naming the answer to fix."""
    severity: str = "error"
    in_force: InForce | None = None
    """When the rule took effect (its law's date unless given); set for every registered element."""


@dataclass(frozen=True)
class Check:
    """A combination of answers that no wording of the policy can make lawful, or that makes it untrue."""

    id: str
    law: str
    """The law it belongs to, or "" for checks that hold whatever the law (an answer with no effect)."""
    citation: str
    severity: str
    detect: Callable[["Facts", datetime.date], list[Gap]]
    in_force: InForce | None = None
    """When the rule took effect (its law's date unless given); None only for checks that belong to no law (answers
    that contradict each other), which always run."""
    applies: Condition = ALWAYS
    """Where the rule concerns the business, within its law (a California rule of a law that also covers Texas):
    ``check`` lists it among the new rules since the last review only there. ``detect`` still decides the findings."""


@dataclass
class Registry:
    laws: dict[str, Law] = field(default_factory=dict)
    elements: list[Element] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)

    def register(self, law: Law, elements: list[Element], checks: list[Check] = ()) -> Law:
        if law.id in self.laws:
            raise ValueError(f"law {law.id!r} is registered twice")
        if law.in_force is None:
            raise ValueError(f"law {law.id!r} has no in-force date")
        for item in list(elements) + list(checks):
            if item.law != law.id:
                raise ValueError(f"{item.id} belongs to {item.law!r}, registered under {law.id!r}")
        self.laws[law.id] = law
        self.elements += [e if e.in_force else replace(e, in_force=law.in_force) for e in elements]
        self.checks += [c if c.in_force else replace(c, in_force=law.in_force) for c in checks]
        return law


REGISTRY = Registry()
register = REGISTRY.register

from policygen.laws import (  # noqa: E402,F401  (each module registers its law)
    gdpr, uk_gdpr, swiss_fadp, ccpa, caloppa, us_states, data_brokers, coppa, uk_aadc, lgpd, pipeda, quebec, general,
    disclosures, washington_health, nevada_health, connecticut_health,
)

LAWS: dict[str, Law] = REGISTRY.laws
ELEMENTS: tuple[Element, ...] = tuple(REGISTRY.elements)
ELEMENTS_BY_ID: dict[str, Element] = {e.id: e for e in ELEMENTS}
CHECKS: tuple[Check, ...] = tuple(REGISTRY.checks)


def applicable(facts: "Facts") -> list[Law]:
    """The laws that apply, in registration order."""
    return [law for law in LAWS.values() if law.applies.holds(facts)]
