"""Brazil's LGPD (Lei 13.709/2018), for people in Brazil."""

from __future__ import annotations

import datetime

from policygen.catalogue.entry import Term
from policygen.conditions import when
from policygen.laws import Element, InForce, Law, register
from policygen.laws.european import categories_without_retention, leaves, unsafeguarded


def _e(id_: str, requirement: str, citation: str, clauses: tuple[str, ...], **kw) -> Element:
    return Element(f"lgpd.{id_}", "lgpd", requirement, citation, clauses, **kw)


LAW = register(
    Law(
        id="lgpd",
        name="LGPD",
        applies=when("serves_brazil"),
        people="people in Brazil",
        reply_time="the LGPD gives us 15 days to give you a full statement of the data we hold about you "
                   "(LGPD Art. 19(II))",
        # UNCONFIRMED: LGPD Art. 18 §5 (requests answered at no cost to the data subject) is not checked, so
        # free_requests is left empty.
        region=frozenset({"BR"}),
        region_label="Brazil",
        # LGPD Art. 5(II): racial or ethnic origin, religion, political opinion, union or religious, philosophical
        # or political membership, health or sex life, genetic or biometric data.
        sensitive=frozenset({"health_information", "biometric_data", "sensitive_characteristics"}),
        sensitive_term="sensitive personal data",
        sensitive_citation="LGPD Art. 5(II)",
        # LGPD Art. 33; the standard clauses are the ANPD's (Resolution CD/ANPD 19/2024), not the EU's.
        transfer_mechanisms={
            "adequacy": Term("Adequate protection", "the ANPD has recognised that the country protects personal "
                             "data adequately (LGPD Art. 33(I))"),
            "anpd_clauses": Term("ANPD standard contractual clauses", "we sign the standard contractual clauses "
                                 "published by Brazil's data protection authority, the ANPD, with the recipient "
                                 "(LGPD Art. 33(II)(b))"),
            "bcrs": Term("Global corporate rules", "our group's global corporate rules (LGPD Art. 33(II)(c))"),
            "consent": Term("Your specific consent", "you have given specific consent to the transfer after being "
                            "told it is international (LGPD Art. 33(VIII))"),
            "contract_necessity": Term("Needed for a contract with you", "the transfer is needed to carry out a "
                                       "contract with you (LGPD Art. 33(IX) and Art. 7(V))"),
        },
        authority="Brazil's data protection authority (ANPD)",
        # Art. 65 as amended; in force when MP 959/2020 was sanctioned without its postponement (ANPD fines only
        # from 1 August 2021).
        in_force=InForce(datetime.date(2020, 9, 18), "LGPD Art. 65; in force 18 September 2020 "
                         "(Folhapress via portaldoholanda.com.br)"),
    ),
    [
        _e("purpose", "The specific purposes of processing", "LGPD Art. 9(I)", ("purposes",)),
        _e("duration", "The form and duration of processing", "LGPD Art. 9(II)", ("retention",),
           needs=categories_without_retention),
        _e("controller", "The controller's identity and contact", "LGPD Art. 9(III)-(IV)", ("identity", "contact")),
        _e("sharing", "Shared use of data and its purpose", "LGPD Art. 9(V)", ("sharing",)),
        _e("rights", "The data subject's rights under Art. 18, including petition to the ANPD", "LGPD Art. 9(VII), 18",
           ("brazil-rights",)),
        _e("transfers", "International transfers and the mechanism for each", "LGPD Art. 33", ("transfers",),
           claims=("transfers.from-lgpd",), applies=leaves("lgpd", "Brazil"), needs=unsafeguarded("lgpd")),
        _e("automated", "Review of decisions made solely by automated processing", "LGPD Art. 20",
           ("automated-decisions", "brazil-rights"), applies=when("automated_decisions")),
    ],
)
