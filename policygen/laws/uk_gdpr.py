"""The UK GDPR and the Data Protection Act 2018, for people in the UK."""

from __future__ import annotations

import datetime

from policygen.catalogue.entry import Term
from policygen.conditions import when
from policygen.laws import InForce, Law, register
from policygen.laws.european import SPECIAL_CATEGORIES, gdpr_style_elements
from policygen.laws.special_categories import UK_SCHEDULE_1, special_category_elements

UK = frozenset({"GB"})

LAW = register(
    Law(
        id="uk_gdpr",
        name="UK GDPR",
        applies=when("serves_uk"),
        people="people in the UK",
        # Since the Data (Use and Access) Act 2025, Art. 12(3) refers to the time period set in Art. 12A.
        reply_time="the UK GDPR gives us one month to reply. We can extend this by two more months when requests "
                   "are complex or numerous, but we must tell you why within the first month (UK GDPR Art. 12(3), "
                   "12A)",
        free_requests="UK GDPR Art. 12(5)",
        region=UK,
        region_label="the UK",
        sensitive=SPECIAL_CATEGORIES,
        sensitive_term="special category data",
        sensitive_citation="UK GDPR Art. 9(1)",
        transfer_mechanisms={
            "adequacy": Term("UK adequacy regulations", "the UK government has decided that the country protects "
                             "personal data adequately (Data Protection Act 2018 s.17A)"),
            "dpf": Term("UK Extension to the Data Privacy Framework", "the US recipient is certified under the UK "
                        "Extension to the EU-U.S. Data Privacy Framework, which UK regulations recognise as adequate "
                        "(Data Protection Act 2018 s.17A)"),
            "uk_addendum": Term("UK transfer agreement", "we sign the UK International Data Transfer Agreement, or "
                                "the UK Addendum to the EU standard contractual clauses, with the recipient "
                                "(UK GDPR Art. 46)"),
            "bcrs": Term("Binding corporate rules", "our group's binding corporate rules, approved by the "
                         "Information Commissioner (UK GDPR Art. 47)"),
            "consent": Term("Your explicit consent", "you have agreed to the transfer after being told its risks "
                            "(UK GDPR Art. 49(1)(a))"),
            "contract_necessity": Term("Needed for a contract with you", "the transfer is needed to carry out a "
                                       "contract with you (UK GDPR Art. 49(1)(b))"),
        },
        authority="the Information Commissioner's Office (ICO)",
        authority_url="https://ico.org.uk/make-a-complaint/",
        # The same duties applied in the UK from 25 May 2018 as the EU GDPR; since 1 January 2021 they are the
        # UK GDPR (ico.org.uk, "The regime from 01 January 2021").
        in_force=InForce(datetime.date(2018, 5, 25), "GDPR Art. 99(2) with the Data Protection Act 2018 "
                         "(S.I. 2018/625); kept as the UK GDPR from 1 January 2021 (ico.org.uk)"),
    ),
    gdpr_style_elements("uk_gdpr", "UK GDPR", UK, "the UK", "the Information Commissioner's Office",
                        "organisation.uk_representative")
    + special_category_elements("uk_gdpr", "UK GDPR") + [UK_SCHEDULE_1],
    [],
)
