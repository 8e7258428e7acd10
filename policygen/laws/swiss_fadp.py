"""Switzerland's revised Federal Act on Data Protection (FADP, in force 1 September 2023), for people in
Switzerland. Its notice duty (Art. 19) is shorter than the GDPR's, but names each destination country."""

from __future__ import annotations

import datetime

from policygen.catalogue.entry import Term
from policygen.conditions import Condition, when
from policygen.i18n.speaking import N_
from policygen.laws import Element, InForce, Law, register
from policygen.laws.european import (
    SPECIAL_CATEGORIES, established_outside, leaves, representative_missing, unsafeguarded,
)

CH = frozenset({"CH"})


def _e(id_: str, requirement: str, citation: str, clauses: tuple[str, ...], **kw) -> Element:
    return Element(f"swiss_fadp.{id_}", "swiss_fadp", requirement, citation, clauses, **kw)


LAW = register(
    Law(
        id="swiss_fadp",
        # TRANSLATORS: the law's short name, as the policy names it in a sentence or a citation.
        name=N_("Swiss FADP"),
        applies=when("serves_switzerland"),
        # TRANSLATORS: whom the law protects, as the policy addresses them ("**For people in the EEA.**", "For people
        # in the EEA, the GDPR gives us one month to reply.").
        people=N_("people in Switzerland"),
        # TRANSLATORS: the law's time to reply to requests, completing "For people in ..., " (it is also said on its
        # own as a sentence, capitalised).
        reply_time=N_("the Swiss Data Protection Ordinance gives us 30 days to answer a request to see your "
                      "information. If we cannot answer in time, we must tell you when we will (Data Protection "
                      "Ordinance Art. 18)"),
        # UNCONFIRMED: access is free in principle (FADP Art. 25(6); the Ordinance's Art. 19 lists the exceptions),
        # so free_requests is left empty until the Act's text is checked.
        region=CH,
        # TRANSLATORS: the region whose people the law protects, after "outside" or "for" ("We send personal
        # information to these countries outside the EEA"; "Safeguard for the EEA (GDPR)").
        region_label=N_("Switzerland"),
        # FADP Art. 5(c): health, racial or ethnic origin, religious, political or union views, genetic and
        # biometric data; the catalogue's categories that fall under it are the GDPR's special categories.
        sensitive=SPECIAL_CATEGORIES,
        # TRANSLATORS: what the law calls sensitive data, in quotes ("The law calls health information \"special
        # category data\"."); use the term of the law's official text in your language.
        sensitive_term=N_("sensitive personal data"),
        sensitive_citation="FADP Art. 5(c)",
        transfer_mechanisms={
            # TRANSLATORS: a safeguard for sending personal data abroad, a row of the table "Safeguard | What it means".
            "adequacy": Term(N_("Adequate protection"),
                             # TRANSLATORS: what it means; the table adds a capital and a full stop.
                             N_("the Swiss Federal Council has decided that the country protects personal data "
                                "adequately (FADP Art. 16(1))")),
            # TRANSLATORS: a safeguard for sending personal data abroad, a row of the table "Safeguard | What it means".
            "dpf": Term(N_("Swiss-U.S. Data Privacy Framework"),
                        # TRANSLATORS: what it means; the table adds a capital and a full stop.
                        N_("the US recipient is certified under the Swiss-U.S. Data Privacy Framework, which the "
                           "Federal Council recognises (FADP Art. 16(1))")),
            # TRANSLATORS: a safeguard for sending personal data abroad, a row of the table "Safeguard | What it means".
            "sccs": Term(N_("Standard data protection clauses"),
                         # TRANSLATORS: what it means; the table adds a capital and a full stop.
                         N_("we sign standard data protection clauses recognised by the Federal Data Protection "
                            "and Information Commissioner (FADP Art. 16(2)(d))")),
            # TRANSLATORS: a safeguard for sending personal data abroad, a row of the table "Safeguard | What it means".
            "bcrs": Term(N_("Binding corporate rules"),
                         # TRANSLATORS: what it means; the table adds a capital and a full stop.
                         N_("our group's binding corporate rules (FADP Art. 16(2)(e))")),
            # TRANSLATORS: a safeguard for sending personal data abroad, a row of the table "Safeguard | What it means".
            "consent": Term(N_("Your explicit consent"),
                            # TRANSLATORS: what it means; the table adds a capital and a full stop.
                            N_("you have explicitly agreed to the transfer (FADP Art. 17(1)(a))")),
            # TRANSLATORS: a safeguard for sending personal data abroad, a row of the table "Safeguard | What it means".
            "contract_necessity": Term(N_("Needed for a contract with you"),
                                       # TRANSLATORS: what it means; the table adds a capital and a full stop.
                                       N_("the transfer is directly connected with a contract with you (FADP Art. "
                                          "17(1)(b))")),
        },
        # TRANSLATORS: who takes complaints under the law, the words of a link ("complain to the Information
        # Commissioner's Office (ICO)"); keep an official name as it is officially written in your language.
        authority=N_("the Federal Data Protection and Information Commissioner (FDPIC)"),
        in_force=InForce(datetime.date(2023, 9, 1), "revised FADP in force 1 September 2023 "
                         "(ethics-compliance.ch; LEGAL-CHECKLIST s.13)"),
    ),
    [
        _e("controller", "Who the controller is and how to contact them", "FADP Art. 19(2)(a)",
           ("identity", "contact")),
        _e("purposes", "The purposes of processing", "FADP Art. 19(2)(b)", ("purposes",)),
        _e("recipients", "The recipients or categories of recipients", "FADP Art. 19(2)(c)", ("sharing",),
           applies=Condition(lambda f: bool(f.a.recipient_kinds), "data is disclosed to anyone",
                             ("data_categories[*].recipients", "processors"))),
        _e("categories", "The categories of data obtained from others", "FADP Art. 19(3)",
           ("collect-other-sources",), applies=when("from_third_parties")),
        _e("transfers", "Each country data is disclosed to abroad, and the safeguard or exception used",
           "FADP Art. 19(4)", ("transfers",), claims=("transfers.from-swiss_fadp",),
           applies=leaves("swiss_fadp", "Switzerland"), needs=unsafeguarded("swiss_fadp")),
        _e("automated-decisions", "Automated individual decisions, and the right to be heard by a person",
           "FADP Art. 21", ("automated-decisions",), applies=when("automated_decisions")),
        _e("representative", "The Swiss representative's name and address", "FADP Art. 14(3)",
           ("contact", "eu-uk-rights"), applies=established_outside(CH, "Switzerland"),
           needs=representative_missing("organisation.swiss_representative", "Switzerland",
                                        " (needed when you process Swiss residents' data on a large scale and "
                                        "regularly from abroad, FADP Art. 14)"),
           severity="warning"),
    ],
)
