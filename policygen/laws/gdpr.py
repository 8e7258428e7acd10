"""The GDPR (EU 2016/679), for people in the EEA."""

from __future__ import annotations

import datetime

from policygen.catalogue.countries import EEA
from policygen.catalogue.entry import Term
from policygen.conditions import when
from policygen.i18n.speaking import N_
from policygen.laws import InForce, Law, register
from policygen.laws.european import SPECIAL_CATEGORIES, gdpr_style_elements
from policygen.laws.special_categories import SPECIAL_CATEGORY_CHECKS, special_category_elements

LAW = register(
    Law(
        id="gdpr",
        # TRANSLATORS: the law's short name, as the policy names it in a sentence or a citation.
        name=N_("GDPR"),
        applies=when("serves_eea"),
        # TRANSLATORS: whom the law protects, as the policy addresses them ("**For people in the EEA.**", "For people
        # in the EEA, the GDPR gives us one month to reply.").
        people=N_("people in the EEA"),
        # TRANSLATORS: the law's time to reply to requests, completing "For people in ..., " (it is also said on its
        # own as a sentence, capitalised).
        reply_time=N_("the GDPR gives us one month to reply. We can extend this by two more months when requests are "
                      "complex or numerous, but we must tell you why within the first month (GDPR Art. 12(3))"),
        free_requests="GDPR Art. 12(5)",
        region=EEA,
        # TRANSLATORS: the region whose people the law protects, after "outside" or "for" ("We send personal
        # information to these countries outside the EEA"; "Safeguard for the EEA (GDPR)").
        region_label=N_("the EEA"),
        sensitive=SPECIAL_CATEGORIES,
        # TRANSLATORS: what the law calls sensitive data, in quotes ("The law calls health information \"special
        # category data\"."); use the term of the law's official text in your language.
        sensitive_term=N_("special category data"),
        sensitive_citation="GDPR Art. 9(1)",
        transfer_mechanisms={
            # TRANSLATORS: a safeguard for sending personal data abroad, a row of the table "Safeguard | What it means".
            "adequacy": Term(N_("Adequacy decision"),
                             # TRANSLATORS: what it means; the table adds a capital and a full stop.
                             N_("the European Commission has decided that the country protects personal data "
                                "adequately (GDPR Art. 45)")),
            # TRANSLATORS: a safeguard for sending personal data abroad, a row of the table "Safeguard | What it means".
            "dpf": Term(N_("EU-U.S. Data Privacy Framework"),
                        # TRANSLATORS: what it means; the table adds a capital and a full stop.
                        N_("the US recipient is certified under the EU-U.S. Data Privacy Framework, which the "
                           "European Commission found adequate (GDPR Art. 45)")),
            # TRANSLATORS: a safeguard for sending personal data abroad, a row of the table "Safeguard | What it means".
            "sccs": Term(N_("Standard contractual clauses"),
                         # TRANSLATORS: what it means; the table adds a capital and a full stop.
                         N_("we sign the European Commission's standard contractual clauses with the recipient "
                            "(GDPR Art. 46(2)(c))")),
            # TRANSLATORS: a safeguard for sending personal data abroad, a row of the table "Safeguard | What it means".
            "bcrs": Term(N_("Binding corporate rules"),
                         # TRANSLATORS: what it means; the table adds a capital and a full stop.
                         N_("our group's binding corporate rules, approved by data protection authorities (GDPR "
                            "Art. 47)")),
            # TRANSLATORS: a safeguard for sending personal data abroad, a row of the table "Safeguard | What it means".
            "consent": Term(N_("Your explicit consent"),
                            # TRANSLATORS: what it means; the table adds a capital and a full stop.
                            N_("you have agreed to the transfer after being told its risks (GDPR Art. 49(1)(a))")),
            # TRANSLATORS: a safeguard for sending personal data abroad, a row of the table "Safeguard | What it means".
            "contract_necessity": Term(N_("Needed for a contract with you"),
                                       # TRANSLATORS: what it means; the table adds a capital and a full stop.
                                       N_("the transfer is needed to carry out a contract with you (GDPR Art. "
                                          "49(1)(b))")),
        },
        # TRANSLATORS: who takes complaints under the law, the words of a link ("complain to the Information
        # Commissioner's Office (ICO)"); keep an official name as it is officially written in your language.
        authority=N_("a data protection supervisory authority"),
        in_force=InForce(datetime.date(2018, 5, 25), "GDPR Art. 99(2): applies from 25 May 2018"),
    ),
    gdpr_style_elements("gdpr", "GDPR", EEA, "the EEA", "a supervisory authority", "organisation.eu_representative")
    + special_category_elements("gdpr", "GDPR"),
    SPECIAL_CATEGORY_CHECKS,
)
