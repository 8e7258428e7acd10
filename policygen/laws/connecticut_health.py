"""Connecticut's consumer health data rules, added to the Connecticut Data Privacy Act by Public Act 23-56 (SB 3),
in force 1 July 2023. Connecticut asks for no separate policy: consumer health data is sensitive data, processed
only with consent, and sold only with consent. The comprehensive law's notice elements are in
policygen/laws/us_states.py; this module adds the consent rule for all consumer health data, including the
categories that are not sensitive under the common definition (inferences about health, for example)."""

from __future__ import annotations

import datetime

from policygen.conditions import when
from policygen.laws import Check, Element, InForce, Law, register

# PA 23-56 s. 1 amends Conn. Gen. Stat. 42-515 "(Effective July 1, 2023)" (the public act's text on legiplex.com);
# the health data portions took effect 1 July 2023 (natlawreview.com). UNCONFIRMED: the section that requires
# consent to sell consumer health data, and whether it reaches businesses below the CTDPA's thresholds.
IN_FORCE = InForce(datetime.date(2023, 7, 1), "PA 23-56 s. 1, \"(Effective July 1, 2023)\" (the act's text); "
                   "LEGAL-CHECKLIST s.8")
CONSENT = "Conn. Gen. Stat. 42-515 (consumer health data is sensitive data), 42-520(a)(4) (consent)"


def _not_marked_sensitive(f) -> list:
    return [(f"data_categories[{f.a.data_categories.index(c)}].sensitive",
             f"'{c.label}' is consumer health data, which Connecticut treats as sensitive data: mark it sensitive")
            for c in f.consumer_health_categories if not c.is_sensitive]


def _without_consent(f, _today) -> list:
    if "connecticut_health" not in f.laws:
        return []
    return [(f"data_categories[{f.a.data_categories.index(c)}].consent",
             f"'{c.label}' is consumer health data, which Connecticut treats as sensitive data: process it only with "
             "consent and answer that you ask for it (mark the category sensitive so the question is asked)")
            for c in f.consumer_health_categories if c.consent is not True]


LAW = register(
    Law(id="connecticut_health", name="Connecticut's consumer health data rules",
        applies=when("connecticut_health_applies"), people="consumers in Connecticut", in_force=IN_FORCE),
    [
        Element("connecticut_health.sensitive", "connecticut_health", "Consumer health data listed as sensitive data "
                "among the categories processed", "Conn. Gen. Stat. 42-515 (sensitive data), 42-520(c)(1)",
                ("collect-table",), needs=_not_marked_sensitive),
    ],
    [
        Check("connecticut-health-data-consent", "connecticut_health", CONSENT + " (subsection of the consent rule UNCONFIRMED)", "error",
              _without_consent),
    ],
)
