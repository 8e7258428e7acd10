"""How people use their rights."""

from __future__ import annotations

import datetime

from policygen.facts import Facts, fact
from policygen.i18n.speaking import _
from policygen.voice import in_voice


@fact("a purpose relies on consent, or special category data on explicit consent (GDPR Art. 9(2)(a), which "
      "Art. 13(2)(c) names too)", reads=("purposes[*].legal_basis", "data_categories[*].special_category_condition"))
def consent_basis(f: Facts) -> bool:
    return (any(p.legal_basis == "consent" for p in f.a.purposes)
            or any(c.special_category_condition == "explicit_consent" for c in f.a.data_categories))


@fact("a purpose relies on legitimate interests", reads=("purposes[*].legal_basis",))
def legitimate_interests_basis(f: Facts) -> bool:
    return any(p.legal_basis == "legitimate_interests" for p in f.a.purposes)


@fact("a Data Protection Officer is designated", reads=("organisation.privacy_officer.is_dpo",))
def has_dpo(f: Facts) -> bool:
    officer = f.a.organisation.privacy_officer
    return officer is not None and officer.is_dpo


@fact("automated decisions are made", reads=("practices.automated_decisions",))
def automated_decisions(f: Facts) -> bool:
    return f.a.practices.automated_decisions is not None


# The rights clauses of these laws (brazil-rights, canada-rights) state their own time to reply.
REPLY_TIME_IN_OWN_CLAUSE = ("lgpd", "pipeda")


@fact("for each law that applies and sets a time to answer requests (except those whose own rights clause says it), "
      "that rule in the law's own terms, as a sentence", reads=("audiences.regions", "organisation.country"))
def reply_times(f: Facts) -> tuple[str, ...]:
    from policygen.laws import LAWS

    # TRANSLATORS: a law's time to reply to requests, for the people it protects ("For people in the EEA, the GDPR
    # gives us one month to reply. ..."); {people} is whom the law protects and {rule} the law's rule.
    return tuple(_("For {people}, {rule}.").format(people=_(law.people), rule=in_voice(_(law.reply_time)))
                 for law in LAWS.values()
                 if law.id in f.laws and law.reply_time and law.id not in REPLY_TIME_IN_OWN_CLAUSE)


@fact("PIPEDA's time to answer a request, in its own terms", reads=("audiences.regions",))
def pipeda_reply_time(f: Facts) -> str | None:
    from policygen.laws import LAWS

    if "pipeda" not in f.laws:
        return None
    rule = LAWS["pipeda"].reply_time
    return in_voice(_(rule))


@fact("the laws that apply and make requests free of charge, named for the middle of a sentence",
      reads=("audiences.regions", "organisation.country"))
def free_request_laws(f: Facts) -> tuple[str, ...]:
    from policygen.facts.people import THE_LAW
    from policygen.laws import LAWS

    return tuple(_(THE_LAW[law.id]) for law in LAWS.values() if law.id in f.laws and law.free_requests)


@fact("the answers give a time to reply to requests", reads=("rights.response_days",))
def reply_days_given(f: Facts) -> bool:
    return f.a.rights.response_days is not None


UK_COMPLAINTS_DUTY_SINCE = datetime.date(2026, 6, 19)
"""Data Protection Act 2018 s.164A (complaints to the controller), inserted by the Data (Use and Access) Act 2025 and
in force from 19 June 2026 (SI 2026/82; ../shared/LEGAL-CHECKLIST.md s.14)."""


@fact("the policy's version (its last-updated date) is from the day the UK's duty to handle complaints (DPA 2018 "
      "s.164A) took effect: the policy then tells people in the UK to complain to us first",
      reads=("changes.last_updated", "audiences.regions"))
def uk_complaints_to_us_first(f: Facts) -> bool:
    return f.serves_uk and f.a.changes.last_updated >= UK_COMPLAINTS_DUTY_SINCE


@fact("the CCPA applies and a financial incentive is offered for personal information",
      reads=("audiences.regions", "rights.financial_incentives"))
def ccpa_financial_incentive(f: Facts) -> bool:
    return "ccpa" in f.laws and bool(f.a.rights.financial_incentives)


@fact("the financial incentive's notice can give both the estimated value of the data and how it was calculated",
      reads=("audiences.regions", "rights.financial_incentives", "rights.financial_incentive_value",
             "rights.financial_incentive_value_method"))
def financial_incentive_valued(f: Facts) -> bool:
    r = f.a.rights
    return f.ccpa_financial_incentive and bool(r.financial_incentive_value and r.financial_incentive_value_method)
