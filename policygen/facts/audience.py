"""Who the policy speaks to, and so which laws apply."""

from __future__ import annotations

from policygen.facts import Facts, fact
from policygen.i18n.speaking import _, N_

# TRANSLATORS: a European place served, as a list names it after "in" ("If you are in the EEA, the UK or
# Switzerland"; "In the EEA and the UK, use ...").
EUROPEAN_PLACES = (("eea", N_("the EEA")), ("uk", N_("the UK")), ("switzerland", N_("Switzerland")))


@fact("the laws that apply to the audiences",
      reads=("audiences.regions", "audiences.us_states", "audiences.canadian_provinces", "audiences.consumers",
             "practices.data_broker", "practices.broker.people_at_work_only", "children"))
def laws(f: Facts) -> frozenset[str]:
    from policygen.laws import applicable

    return frozenset(law.id for law in applicable(f))


@fact("audiences include the EEA", reads=("audiences.regions",))
def serves_eea(f: Facts) -> bool:
    return "eea" in f.a.audiences.regions


@fact("audiences include the UK", reads=("audiences.regions",))
def serves_uk(f: Facts) -> bool:
    return "uk" in f.a.audiences.regions


@fact("audiences include Switzerland", reads=("audiences.regions",))
def serves_switzerland(f: Facts) -> bool:
    return "switzerland" in f.a.audiences.regions


@fact("audiences include California", reads=("audiences.regions",))
def serves_california(f: Facts) -> bool:
    return "california" in f.a.audiences.regions


@fact("audiences include US states besides California (the region, whichever states it names)",
      reads=("audiences.regions",))
def us_states_region(f: Facts) -> bool:
    return "other_us_states" in f.a.audiences.regions


@fact("audiences include US states besides California with a comprehensive privacy law (all of them when none is "
      "named; Washington alone has only its health data law)", reads=("audiences.regions", "audiences.us_states"))
def us_privacy_states_region(f: Facts) -> bool:
    from policygen.catalogue.regions import US_PRIVACY_STATES

    return any(code in US_PRIVACY_STATES for code in f.us_states_served)


@fact("some people whose data the business holds act for themselves or their households: individual consumers are "
      "served, or a data broker's data is not only about people in their work role",
      reads=("audiences.consumers", "practices.data_broker", "practices.broker.people_at_work_only"))
def holds_data_of_individuals(f: Facts) -> bool:
    # The customers (audiences.consumers) and a data broker's data subjects are different people: a broker serving
    # only businesses may still sell data about people as individuals.
    broker_people = f.a.practices.data_broker is True and not f.a.practices.broker.people_at_work_only
    return f.a.audiences.consumers or broker_people


@fact("the privacy laws of US states besides California apply: such a state is served and the business holds data of "
      "people acting as individuals (those laws' consumers exclude people in a commercial or employment context, "
      "e.g. Va. Code 59.1-575, Tex. Bus. & Com. Code 541.001)",
      reads=("audiences.regions", "audiences.us_states", "audiences.consumers", "practices.data_broker",
             "practices.broker.people_at_work_only"))
def serves_other_us_states(f: Facts) -> bool:
    return f.us_privacy_states_region and f.holds_data_of_individuals


@fact("audiences include Brazil", reads=("audiences.regions",))
def serves_brazil(f: Facts) -> bool:
    return "brazil" in f.a.audiences.regions


@fact("audiences include Canada", reads=("audiences.regions",))
def serves_canada(f: Facts) -> bool:
    return "canada" in f.a.audiences.regions


@fact("audiences include Quebec: Canada, with Quebec among the provinces or no province named (all of Canada)",
      reads=("audiences.regions", "audiences.canadian_provinces"))
def serves_quebec(f: Facts) -> bool:
    provinces = f.a.audiences.canadian_provinces
    return f.serves_canada and (not provinces or "QC" in provinces)


@fact("the GDPR, the UK GDPR or the Swiss FADP applies", reads=("audiences.regions",))
def european_law(f: Facts) -> bool:
    return bool(f.laws & {"gdpr", "uk_gdpr", "swiss_fadp"})


@fact("the GDPR or the UK GDPR applies", reads=("audiences.regions",))
def gdpr_or_uk(f: Facts) -> bool:
    return bool(f.laws & {"gdpr", "uk_gdpr"})


@fact("a US state privacy law applies (California or others)", reads=("audiences.regions",))
def us_law(f: Facts) -> bool:
    return bool(f.laws & {"ccpa", "us_states"})


@fact("the European places served, in words", reads=("audiences.regions",))
def european_places(f: Facts) -> list[str]:
    return [_(place) for region, place in EUROPEAN_PLACES if region in f.a.audiences.regions]


@fact("the US states served besides California (none named: every state with a privacy or health data law)",
      reads=("audiences.regions", "audiences.us_states"))
def us_states_served(f: Facts) -> tuple[str, ...]:
    from policygen.catalogue.regions import US_STATES

    if not f.us_states_region:
        return ()
    return tuple(f.a.audiences.us_states) or tuple(US_STATES)


def serves_state(f: Facts, code: str) -> bool:
    return code in f.us_states_served


@fact("the audiences may include the United States (a US region, 'elsewhere', or an operator in the US)",
      reads=("audiences.regions", "organisation.country"))
def us_audience(f: Facts) -> bool:
    return (f.serves_california or f.us_states_region or "other" in f.a.audiences.regions
            or f.a.organisation.country == "US")


@fact("children under 13 may use the service: it states a minimum age under 13 (no stated age is no answer), or, "
      "where the audiences may include the US (COPPA's questions are asked only there), it is made for them or "
      "collects from them knowingly",
      reads=("children.directed_to_children", "children.knowingly_collects_from_children", "children.minimum_age",
             "audiences.regions", "organisation.country"))
def children_under_13(f: Facts) -> bool:
    c = f.a.children
    return f.minimum_age_under_13 or (f.us_audience and (c.directed_to_children or c.knowingly_collects_from_children))


@fact("the service is answered as made for children under 13, where that question is asked (audiences that may "
      "include the US)", reads=("children.directed_to_children", "audiences.regions", "organisation.country"))
def made_for_children(f: Facts) -> bool:
    return f.us_audience and f.a.children.directed_to_children


@fact("COPPA applies: children under 13 may use the service and the audiences may include the US",
      reads=("children.directed_to_children", "children.knowingly_collects_from_children", "children.minimum_age",
             "audiences.regions", "organisation.country"))
def coppa_applies(f: Facts) -> bool:
    return "coppa" in f.laws
