"""Switzerland's revised Federal Act on Data Protection (FADP, in force 1 September 2023), for people in
Switzerland. Its notice duty (Art. 19) is shorter than the GDPR's, but names each destination country."""

from __future__ import annotations

import datetime

from policygen.catalogue.entry import Term
from policygen.conditions import Condition, when
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
        name="Swiss FADP",
        applies=when("serves_switzerland"),
        people="people in Switzerland",
        reply_time="the Swiss Data Protection Ordinance gives us 30 days to answer a request to see your "
                   "information. If we cannot answer in time, we must tell you when we will (Data Protection "
                   "Ordinance Art. 18)",
        # UNCONFIRMED: access is free in principle (FADP Art. 25(6); the Ordinance's Art. 19 lists the exceptions),
        # so free_requests is left empty until the Act's text is checked.
        region=CH,
        region_label="Switzerland",
        # FADP Art. 5(c): health, racial or ethnic origin, religious, political or union views, genetic and
        # biometric data; the catalogue's categories that fall under it are the GDPR's special categories.
        sensitive=SPECIAL_CATEGORIES,
        sensitive_term="sensitive personal data",
        sensitive_citation="FADP Art. 5(c)",
        transfer_mechanisms={
            "adequacy": Term("Adequate protection", "the Swiss Federal Council has decided that the country "
                             "protects personal data adequately (FADP Art. 16(1))"),
            "dpf": Term("Swiss-U.S. Data Privacy Framework", "the US recipient is certified under the Swiss-U.S. "
                        "Data Privacy Framework, which the Federal Council recognises (FADP Art. 16(1))"),
            "sccs": Term("Standard data protection clauses", "we sign standard data protection clauses recognised "
                         "by the Federal Data Protection and Information Commissioner (FADP Art. 16(2)(d))"),
            "bcrs": Term("Binding corporate rules", "our group's binding corporate rules (FADP Art. 16(2)(e))"),
            "consent": Term("Your explicit consent", "you have explicitly agreed to the transfer "
                            "(FADP Art. 17(1)(a))"),
            "contract_necessity": Term("Needed for a contract with you", "the transfer is directly connected with "
                                       "a contract with you (FADP Art. 17(1)(b))"),
        },
        authority="the Federal Data Protection and Information Commissioner (FDPIC)",
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
