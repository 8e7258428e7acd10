"""Teenagers under the US state laws that limit selling their data or using it for targeted ads."""

from __future__ import annotations

from policygen.facts import Facts, fact


@fact("the US states served whose laws limit selling a teenager's data or using it for targeted ads, at some date, "
      "where the minimum age does not exclude the teenagers they protect",
      reads=("audiences.regions", "audiences.us_states", "children.minimum_age"))
def teen_rule_states(f: Facts) -> tuple[str, ...]:
    from policygen.laws.us_states import TEEN_RULES

    minimum = f.a.children.minimum_age
    return tuple(s for s in f.us_states_served
                 if any(minimum is None or minimum < r.under for r in TEEN_RULES.get(s, ())))


@fact("teenagers' consent matters: a state served lets their data be sold or used for targeted ads only with their "
      "consent, and the business knows some users are teenagers",
      reads=("audiences.regions", "audiences.us_states", "children.minimum_age", "children.knows_teen_users"))
def teen_consent_asked(f: Facts) -> bool:
    from policygen.laws.us_states import TEEN_RULES

    return bool(f.a.children.knows_teen_users) and any(
        not r.forbidden for s in f.teen_rule_states for r in TEEN_RULES[s])
