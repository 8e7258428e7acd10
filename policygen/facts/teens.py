"""Minors under the US state laws: teenagers, whose data some states forbid selling or using for targeted ads (or
allow only with their consent), and children under 13, whose data most states count as sensitive."""

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


@fact("the US states served whose laws count a known child's data as sensitive, where the service is made for "
      "children under 13 or knowingly collects their data",
      reads=("audiences.regions", "audiences.us_states", "children.directed_to_children",
             "children.knowingly_collects_from_children"))
def known_child_states(f: Facts) -> tuple[str, ...]:
    from policygen.laws.us_states import KNOWN_CHILD_SENSITIVE

    c = f.a.children
    if not (c.directed_to_children or c.knowingly_collects_from_children):
        return ()
    return tuple(s for s in f.us_states_served if s in KNOWN_CHILD_SENSITIVE)


@fact("the names of the states whose laws count a known child's data as sensitive, for the policy",
      reads=("audiences.us_states", "children.directed_to_children", "children.knowingly_collects_from_children"))
def known_child_state_names(f: Facts) -> tuple[str, ...]:
    from policygen.catalogue.regions import US_PRIVACY_STATES

    return tuple(US_PRIVACY_STATES[s] for s in f.known_child_states)
