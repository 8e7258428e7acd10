"""Consumer health data: which data Washington's, Nevada's and Connecticut's health data laws protect, and what the
answers say about collecting, sharing and selling it."""

from __future__ import annotations

from policygen.facts import Facts, fact
from policygen.facts.audience import serves_state
from policygen.i18n.speaking import N_, _

HEALTH_DATA_STATES = ("WA", "NV", "CT")

# Always consumer health data: health information under each law (RCW 19.373.010 "consumer health data"; NRS
# 603A.430(1)(a); CTDPA "consumer health data"); biometric data in Washington's list (RCW 19.373.010, as law firms'
# summaries quote it; the subsection numbers were not read) but under Nevada's only when it relates to health (NRS
# 603A.430(1)(b)), so there the founder says.
ALWAYS_HEALTH_DATA = ("health_information",)
WASHINGTON_HEALTH_DATA = ("biometric_data",)

# Recipients that process data for the business or take over the business: giving them data is not "sharing" in the
# health data laws' sense. UNCONFIRMED: the definition of "share" (RCW 19.373.010) was not read in full; its processor
# and merger exceptions are taken from law firms' summaries. A judgement where a kind could be either: analytics and
# AI providers count as sharing unless the founder lists them as service providers.
PROCESSORS = ("service_providers", "payment_processors")
NOT_SHARING = PROCESSORS + ("acquirers",)


@fact("audiences include Washington", reads=("audiences.regions", "audiences.us_states"))
def serves_washington(f: Facts) -> bool:
    return serves_state(f, "WA")


@fact("audiences include Washington, Nevada or Connecticut, whose laws protect consumer health data",
      reads=("audiences.regions", "audiences.us_states"))
def health_data_audience(f: Facts) -> bool:
    return any(serves_state(f, code) for code in HEALTH_DATA_STATES)


@fact("the data categories that are consumer health data: health information, biometric data where Washington is "
      "served, and those the answers name", reads=("audiences.regions", "audiences.us_states",
                                                  "data_categories[*].category", "health_data.other_categories"))
def consumer_health_categories(f: Facts) -> tuple:
    if not f.health_data_audience:
        return ()
    # The answers name categories as the founder wrote them (the catalogue's in English), whatever the language.
    named = {name.casefold() for name in f.a.health_data.other_categories}
    certain = ALWAYS_HEALTH_DATA + (WASHINGTON_HEALTH_DATA if f.serves_washington else ())
    return tuple(c for c in f.a.data_categories if c.category in certain or c.written_label.casefold() in named)


@fact("Washington's or Nevada's consumer health data law applies", reads=(
    "audiences.regions", "audiences.us_states", "data_categories[*].category", "health_data.other_categories"))
def consumer_health_law(f: Facts) -> bool:
    return bool(f.laws & {"washington_health", "nevada_health"})


@fact("whether data is sold is asked: a US privacy law or a consumer health data law applies",
      reads=("audiences.regions", "audiences.us_states", "health_data.other_categories"))
def sale_asked(f: Facts) -> bool:
    return f.us_law or f.consumer_health_law


@fact("the kinds of recipient consumer health data is shared with (not those that process it for us)",
      reads=("data_categories[*].recipients", "health_data.other_categories"))
def health_data_recipient_kinds(f: Facts) -> list[str]:
    from policygen.catalogue.parties import RECIPIENT_KINDS

    named = {r for c in f.consumer_health_categories for r in c.recipients if r not in NOT_SHARING}
    return [k for k in RECIPIENT_KINDS if k in named]


@fact("consumer health data goes to service providers that process it for us",
      reads=("data_categories[*].recipients", "health_data.other_categories"))
def health_data_to_processors(f: Facts) -> bool:
    return any(r in PROCESSORS for c in f.consumer_health_categories for r in c.recipients)


@fact("some consumer health data is answered as sold", reads=("data_categories[*].sold",))
def health_data_sold(f: Facts) -> bool:
    return any(c.sold is True for c in f.consumer_health_categories)


@fact("Washington's My Health My Data Act applies: Washington is served and some data is consumer health data",
      reads=("audiences.regions", "audiences.us_states", "data_categories[*].category", "health_data.other_categories"))
def washington_health_applies(f: Facts) -> bool:
    return f.serves_washington and bool(f.consumer_health_categories)


@fact("Nevada's consumer health data law applies: Nevada is served and some data is consumer health data",
      reads=("audiences.regions", "audiences.us_states", "data_categories[*].category", "health_data.other_categories"))
def nevada_health_applies(f: Facts) -> bool:
    return serves_state(f, "NV") and bool(f.consumer_health_categories)


@fact("Connecticut's consumer health data rules apply: Connecticut is served and some data is consumer health data",
      reads=("audiences.regions", "audiences.us_states", "data_categories[*].category", "health_data.other_categories"))
def connecticut_health_applies(f: Facts) -> bool:
    return serves_state(f, "CT") and bool(f.consumer_health_categories)


@fact("the states whose consumer health data policy duties apply, by name (Washington, Nevada)",
      reads=("audiences.regions", "audiences.us_states", "data_categories[*].category", "health_data.other_categories"))
def health_policy_states(f: Facts) -> list[str]:
    # TRANSLATORS: a US state with a consumer health data law ("Washington and Nevada have laws that protect consumer
    # health data").
    states = (("washington_health", N_("Washington")), ("nevada_health", N_("Nevada")))
    return [_(name) for law, name in states if law in f.laws]


@fact("the consumer health data categories in words, for a sentence", reads=(
    "audiences.regions", "audiences.us_states", "data_categories[*].category", "health_data.other_categories"))
def consumer_health_labels(f: Facts) -> tuple[str, ...]:
    from policygen.document.markdown_text import lower_first

    return tuple(dict.fromkeys(lower_first(c.label) for c in f.consumer_health_categories))


@fact("more than one state's consumer health data policy duties apply", reads=(
    "audiences.regions", "audiences.us_states", "data_categories[*].category", "health_data.other_categories"))
def several_health_policy_states(f: Facts) -> bool:
    return len(f.health_policy_states) > 1


@fact("the policy links the separate consumer health data privacy policy: a health data law applies and its address "
      "is given", reads=("audiences.regions", "audiences.us_states", "data_categories[*].category",
                         "health_data.other_categories", "health_data.privacy_policy_url"))
def health_policy_linked(f: Facts) -> bool:
    return f.consumer_health_law and f.a.health_data.privacy_policy_url is not None
