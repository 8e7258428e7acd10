"""The GDPR (EU 2016/679), for people in the EEA."""

from __future__ import annotations

import datetime

from policygen.catalogue.countries import EEA
from policygen.catalogue.entry import Term
from policygen.conditions import when
from policygen.laws import InForce, Law, register
from policygen.laws.european import SPECIAL_CATEGORIES, gdpr_style_elements
from policygen.laws.special_categories import SPECIAL_CATEGORY_CHECKS, special_category_elements

LAW = register(
    Law(
        id="gdpr",
        name="GDPR",
        applies=when("serves_eea"),
        people="people in the EEA",
        reply_time="the GDPR gives us one month to reply. We can extend this by two more months when requests are "
                   "complex or numerous, but we must tell you why within the first month (GDPR Art. 12(3))",
        free_requests="GDPR Art. 12(5)",
        region=EEA,
        region_label="the EEA",
        sensitive=SPECIAL_CATEGORIES,
        sensitive_term="special category data",
        sensitive_citation="GDPR Art. 9(1)",
        transfer_mechanisms={
            "adequacy": Term("Adequacy decision", "the European Commission has decided that the country protects "
                             "personal data adequately (GDPR Art. 45)"),
            "dpf": Term("EU-U.S. Data Privacy Framework", "the US recipient is certified under the EU-U.S. Data "
                        "Privacy Framework, which the European Commission found adequate (GDPR Art. 45)"),
            "sccs": Term("Standard contractual clauses", "we sign the European Commission's standard contractual "
                         "clauses with the recipient (GDPR Art. 46(2)(c))"),
            "bcrs": Term("Binding corporate rules", "our group's binding corporate rules, approved by data "
                         "protection authorities (GDPR Art. 47)"),
            "consent": Term("Your explicit consent", "you have agreed to the transfer after being told its risks "
                            "(GDPR Art. 49(1)(a))"),
            "contract_necessity": Term("Needed for a contract with you", "the transfer is needed to carry out a "
                                       "contract with you (GDPR Art. 49(1)(b))"),
        },
        authority="a data protection supervisory authority",
        in_force=InForce(datetime.date(2018, 5, 25), "GDPR Art. 99(2): applies from 25 May 2018"),
    ),
    gdpr_style_elements("gdpr", "GDPR", EEA, "the EEA", "a supervisory authority", "organisation.eu_representative")
    + special_category_elements("gdpr", "GDPR"),
    SPECIAL_CATEGORY_CHECKS,
)
