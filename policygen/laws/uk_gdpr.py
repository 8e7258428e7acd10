"""The UK GDPR and the Data Protection Act 2018, for people in the UK."""

from __future__ import annotations

import datetime

from policygen.catalogue.entry import Term
from policygen.conditions import when
from policygen.i18n.speaking import N_
from policygen.laws import InForce, Law, register
from policygen.laws.european import SPECIAL_CATEGORIES, gdpr_style_elements
from policygen.laws.special_categories import UK_SCHEDULE_1, special_category_elements

UK = frozenset({"GB"})

LAW = register(
    Law(
        id="uk_gdpr",
        # TRANSLATORS: the law's short name, as the policy names it in a sentence or a citation.
        name=N_("UK GDPR"),
        applies=when("serves_uk"),
        # TRANSLATORS: whom the law protects, as the policy addresses them ("**For people in the EEA.**", "For people
        # in the EEA, the GDPR gives us one month to reply.").
        people=N_("people in the UK"),
        # Since the Data (Use and Access) Act 2025, Art. 12(3) refers to the time period set in Art. 12A.
        # TRANSLATORS: the law's time to reply to requests, completing "For people in ..., " (it is also said on its
        # own as a sentence, capitalised).
        reply_time=N_("the UK GDPR gives us one month to reply. We can extend this by two more months when requests "
                      "are complex or numerous, but we must tell you why within the first month (UK GDPR Art. 12(3), "
                      "12A)"),
        free_requests="UK GDPR Art. 12(5)",
        region=UK,
        # TRANSLATORS: the region whose people the law protects, after "outside" or "for" ("We send personal
        # information to these countries outside the EEA"; "Safeguard for the EEA (GDPR)").
        region_label=N_("the UK"),
        sensitive=SPECIAL_CATEGORIES,
        # TRANSLATORS: what the law calls sensitive data, in quotes ("The law calls health information \"special
        # category data\"."); use the term of the law's official text in your language.
        sensitive_term=N_("special category data"),
        sensitive_citation="UK GDPR Art. 9(1)",
        transfer_mechanisms={
            # TRANSLATORS: a safeguard for sending personal data abroad, a row of the table "Safeguard | What it means".
            "adequacy": Term(N_("UK adequacy regulations"),
                             # TRANSLATORS: what it means; the table adds a capital and a full stop.
                             N_("the UK government has decided that the country protects personal data adequately "
                                "(Data Protection Act 2018 s.17A)")),
            # TRANSLATORS: a safeguard for sending personal data abroad, a row of the table "Safeguard | What it means".
            "dpf": Term(N_("UK Extension to the Data Privacy Framework"),
                        # TRANSLATORS: what it means; the table adds a capital and a full stop.
                        N_("the US recipient is certified under the UK Extension to the EU-U.S. Data Privacy "
                           "Framework, which UK regulations recognise as adequate (Data Protection Act 2018 s.17A)")),
            # TRANSLATORS: a safeguard for sending personal data abroad, a row of the table "Safeguard | What it means".
            "uk_addendum": Term(N_("UK transfer agreement"),
                                # TRANSLATORS: what it means; the table adds a capital and a full stop.
                                N_("we sign the UK International Data Transfer Agreement, or the UK Addendum to "
                                   "the EU standard contractual clauses, with the recipient (UK GDPR Art. 46)")),
            # TRANSLATORS: a safeguard for sending personal data abroad, a row of the table "Safeguard | What it means".
            "bcrs": Term(N_("Binding corporate rules"),
                         # TRANSLATORS: what it means; the table adds a capital and a full stop.
                         N_("our group's binding corporate rules, approved by the Information Commissioner (UK "
                            "GDPR Art. 47)")),
            # TRANSLATORS: a safeguard for sending personal data abroad, a row of the table "Safeguard | What it means".
            "consent": Term(N_("Your explicit consent"),
                            # TRANSLATORS: what it means; the table adds a capital and a full stop.
                            N_("you have agreed to the transfer after being told its risks (UK GDPR Art. 49(1)(a))")),
            # TRANSLATORS: a safeguard for sending personal data abroad, a row of the table "Safeguard | What it means".
            "contract_necessity": Term(N_("Needed for a contract with you"),
                                       # TRANSLATORS: what it means; the table adds a capital and a full stop.
                                       N_("the transfer is needed to carry out a contract with you (UK GDPR Art. "
                                          "49(1)(b))")),
        },
        # TRANSLATORS: who takes complaints under the law, the words of a link ("complain to the Information
        # Commissioner's Office (ICO)"); keep an official name as it is officially written in your language.
        authority=N_("the Information Commissioner's Office (ICO)"),
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
