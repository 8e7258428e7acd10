"""Brazil's LGPD (Lei 13.709/2018), for people in Brazil."""

from __future__ import annotations

import datetime

from policygen.catalogue.entry import Term
from policygen.conditions import Condition, when
from policygen.i18n.speaking import N_
from policygen.laws import Check, Element, InForce, Law, register
from policygen.laws.european import categories_without_retention, leaves, unsafeguarded


# The ANPD's regulation on the encarregado (Resolution CD/ANPD 18/2024, DOU 17 July 2024): identity (a person's
# full name, or a firm's name and the name of the person responsible there) and contact, published prominently.
# Small processing agents need not appoint one but must give a channel of communication instead (Resolution
# CD/ANPD 2/2022, confirmed from law firms' summaries: lrilaw.com.br, jcm.adv.br, incolape.com.br).
ENCARREGADO_RULE = InForce(datetime.date(2024, 7, 17), "Resolution CD/ANPD 18/2024, published in the DOU 17 July "
                           "2024 (LEGAL-CHECKLIST s.15: bbladv.com.br, chediak.com.br)")
# The ANPD's standard contractual clauses (Resolution CD/ANPD 19/2024, published 23 August 2024).
ANPD_CLAUSES_RULE = InForce(datetime.date(2024, 8, 23), "Resolution CD/ANPD 19/2024, published 23 August 2024 "
                            "(LEGAL-CHECKLIST s.15: diciero.adv.br, saudlaw.com, getprivacy.com.br)")
FULL_REPLY_DAYS = 15
"""LGPD Art. 19(II): a full statement within 15 days (small processing agents get twice as long, Resolution
CD/ANPD 2/2022)."""


def _encarregado_gaps(f) -> list:
    officer = f.a.organisation.lgpd_officer
    if officer is None:
        return [("organisation.lgpd_officer", "no data protection officer for Brazil (encarregado) is named: the LGPD "
                 "asks you to publish their identity and contact (Art. 41 §1; Resolution CD/ANPD 18/2024). Only a "
                 "small processing agent may instead give a channel of communication (Resolution CD/ANPD 2/2022)")]
    if not (officer.email or officer.phone or officer.address):
        return [("organisation.lgpd_officer.email", "the encarregado has no contact details: give an email, phone "
                 "or address (LGPD Art. 41 §1)")]
    return []


def _reply_days_too_long(f, _today) -> list:
    days = f.a.rights.response_days
    if "lgpd" not in f.laws or days is None or days <= FULL_REPLY_DAYS:
        return []
    return [("rights.response_days", f"you answer requests within {days} days, but the LGPD gives 15 days for a "
             "full statement of the data you hold (Art. 19(II)); only small processing agents get twice as long "
             "(Resolution CD/ANPD 2/2022)")]


def _e(id_: str, requirement: str, citation: str, clauses: tuple[str, ...], **kw) -> Element:
    return Element(f"lgpd.{id_}", "lgpd", requirement, citation, clauses, **kw)


LAW = register(
    Law(
        id="lgpd",
        # TRANSLATORS: the law's short name, as the policy names it in a sentence or a citation.
        name=N_("LGPD"),
        applies=when("serves_brazil"),
        # TRANSLATORS: whom the law protects, as the policy addresses them ("**For people in the EEA.**", "For people
        # in the EEA, the GDPR gives us one month to reply.").
        people=N_("people in Brazil"),
        reply_time="the LGPD gives us 15 days to give you a full statement of the data we hold about you "
                   "(LGPD Art. 19(II))",
        # UNCONFIRMED: LGPD Art. 18 §5 (requests answered at no cost to the data subject) is not checked, so
        # free_requests is left empty.
        region=frozenset({"BR"}),
        # TRANSLATORS: the region whose people the law protects, after "outside" or "for" ("We send personal
        # information to these countries outside the EEA"; "Safeguard for the EEA (GDPR)").
        region_label=N_("Brazil"),
        # LGPD Art. 5(II): racial or ethnic origin, religion, political opinion, union or religious, philosophical
        # or political membership, health or sex life, genetic or biometric data.
        sensitive=frozenset({"health_information", "biometric_data", "sensitive_characteristics"}),
        # TRANSLATORS: what the law calls sensitive data, in quotes ("The law calls health information \"special
        # category data\"."); use the term of the law's official text in your language.
        sensitive_term=N_("sensitive personal data"),
        sensitive_citation="LGPD Art. 5(II)",
        # LGPD Art. 33; the standard clauses are the ANPD's (Resolution CD/ANPD 19/2024), not the EU's.
        transfer_mechanisms={
            # TRANSLATORS: a safeguard for sending personal data abroad, a row of the table "Safeguard | What it means".
            "adequacy": Term(N_("Adequate protection"),
                             # TRANSLATORS: what it means; the table adds a capital and a full stop.
                             N_("the ANPD has recognised that the country protects personal data adequately (LGPD "
                                "Art. 33(I))")),
            # TRANSLATORS: a safeguard for sending personal data abroad, a row of the table "Safeguard | What it means".
            "anpd_clauses": Term(N_("ANPD standard contractual clauses"),
                                 # TRANSLATORS: what it means; the table adds a capital and a full stop.
                                 N_("we sign the standard contractual clauses published by Brazil's data "
                                    "protection authority, the ANPD, with the recipient (LGPD Art. 33(II)(b))")),
            # TRANSLATORS: a safeguard for sending personal data abroad, a row of the table "Safeguard | What it means".
            "bcrs": Term(N_("Global corporate rules"),
                         # TRANSLATORS: what it means; the table adds a capital and a full stop.
                         N_("our group's global corporate rules (LGPD Art. 33(II)(c))")),
            # TRANSLATORS: a safeguard for sending personal data abroad, a row of the table "Safeguard | What it means".
            "consent": Term(N_("Your specific consent"),
                            # TRANSLATORS: what it means; the table adds a capital and a full stop.
                            N_("you have given specific consent to the transfer after being told it is "
                               "international (LGPD Art. 33(VIII))")),
            # TRANSLATORS: a safeguard for sending personal data abroad, a row of the table "Safeguard | What it means".
            "contract_necessity": Term(N_("Needed for a contract with you"),
                                       # TRANSLATORS: what it means; the table adds a capital and a full stop.
                                       N_("the transfer is needed to carry out a contract with you (LGPD Art. "
                                          "33(IX) and Art. 7(V))")),
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
        _e("encarregado", "The data protection officer's (encarregado's) identity and contact, published",
           "LGPD Art. 41 §1; Resolution CD/ANPD 18/2024", ("brazil-rights",), claims=("lgpd.encarregado",),
           needs=_encarregado_gaps, severity="warning", in_force=ENCARREGADO_RULE),
        _e("reply-time", "Confirmation and access: a simplified reply at once, or a full statement within 15 days",
           "LGPD Art. 19(I)-(II)", ("brazil-rights",)),
        _e("anpd-clauses", "For transfers under the ANPD's standard contractual clauses: the clauses named as the "
           "safeguard, and their full text given on request", "LGPD Art. 33(II)(b); Resolution CD/ANPD 19/2024",
           ("transfers",), claims=("transfers.from-lgpd", "transfers.anpd-clauses-copy"),
           applies=Condition(lambda f: f.anpd_clauses_used, "data leaves Brazil under the ANPD's standard clauses",
                             ("transfers.transfers",)), in_force=ANPD_CLAUSES_RULE),
        _e("automated", "Review of decisions made solely by automated processing", "LGPD Art. 20",
           ("automated-decisions", "brazil-rights"), applies=when("automated_decisions")),
    ],
    [
        Check("lgpd-reply-days", "lgpd", "LGPD Art. 19(II)", "warning", _reply_days_too_long),
    ],
)
