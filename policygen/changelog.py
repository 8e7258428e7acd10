"""The library's changes that can alter a policy or its findings: each with its day and its reason.

``policygen upgrade-report`` shows the entries newer than the library a policy was last recorded with, and gives an
entry's summary as the reason for each clause, rule or question it names. Add an entry whenever a change to the
clause templates, the catalogue or the laws layer can change what a policy says or what ``check`` finds.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from policygen.catalogue.regions import US_PRIVACY_STATES


@dataclass(frozen=True)
class Change:
    day: datetime.date
    summary: str
    """What changed and why, in one line."""
    clauses: tuple[str, ...] = ()
    """The clauses whose wording it changes."""
    rules: tuple[str, ...] = ()
    """The elements and checks it adds or changes."""
    questions: tuple[str, ...] = ()
    """The answers it adds (dotted paths, list items as ``[]``)."""


CHANGES: tuple[Change, ...] = (
    Change(datetime.date(2026, 12, 1), "every rule now carries the day it took effect; check applies a rule only on "
           "the days it is in force"),
    Change(datetime.date(2026, 12, 1), "COPPA's 2025 amendments apply from their compliance date, 22 April 2026; "
           "parents' rights are cited as 16 CFR 312.4(d)(5) from then (the amendments moved them from (d)(3))",
           rules=("coppa.parents", "coppa.parents-2013", "coppa.recipients", "coppa.separate-consent",
                  "coppa.internal-operations", "coppa.retention", "children-partners")),
    Change(datetime.date(2026, 12, 1), "one rule per US state privacy law, from the day that law took effect "
           "(Indiana, Kentucky and Rhode Island from 1 January 2026)",
           rules=tuple(f"us_states.{code}" for code in US_PRIVACY_STATES)),
    Change(datetime.date(2026, 12, 1), "a new answer records the day the policy was last reviewed against the law, "
           "so check can list the rules that took effect since", questions=("changes.last_reviewed",)),
    Change(datetime.date(2026, 12, 1), "the LGPD's encarregado, its 15-day reply and the ANPD's standard clauses are "
           "rules of their own; people in Brazil are told they can get the full text of the ANPD clauses",
           clauses=("transfers",), rules=("lgpd.encarregado", "lgpd.reply-time", "lgpd.anpd-clauses",
                                          "lgpd-reply-days")),
    Change(datetime.date(2026, 12, 1), "Quebec's private-sector privacy law (Law 25) applies when Canada is served "
           "with Quebec or no province named: the person in charge, the rights, communication outside Quebec, "
           "technology that identifies, locates or profiles, and automated decisions",
           clauses=("canada-rights", "transfers", "automated-decisions"),
           rules=("quebec.person-in-charge", "quebec.purposes", "quebec.rights", "quebec.outside-quebec",
                  "quebec.technology", "quebec.automated", "pipeda.cross-border"),
           questions=("audiences.canadian_provinces", "practices.tracking_activation")),
    Change(datetime.date(2026, 12, 1), "a business that is one person can say so, and its policy then speaks as "
           "\"I\"; a newsletter is a kind of service; an app or a newsletter alone is no longer told about its "
           "browser, its pages or its cookie IDs, nor anyone without an account about closing one",
           clauses=("identity", "summary", "automated-decisions", "sensitive-data", "security", "collect-automatic",
                    "collect-table", "advertising", "communications", "social-features", "scope", "account-closure",
                    "contacts-import"),
           rules=("one-person-group",), questions=("organisation.one_person",)),
)
