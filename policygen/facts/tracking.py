"""Cookies, analytics and advertising."""

from __future__ import annotations

from policygen.facts import Facts, fact


@fact("an advertising provider is named or advertising cookies are used",
      reads=("processors[*].service", "processors[*].kind", "cookies.kinds"))
def shows_ads(f: Facts) -> bool:
    return bool(f.a.processors_of_kind("advertising")) or "advertising" in f.a.cookies.kinds


@fact("ads are personalised: based on people's activity on other sites and apps over time",
      reads=("cookies.personalised_ads", "cookies.kinds", "data_categories[*].shared_for_advertising"))
def ads_personalised(f: Facts) -> bool:
    a = f.a
    return bool(a.cookies.personalised_ads) or "advertising" in a.cookies.kinds or any(
        c.shared_for_advertising for c in a.data_categories)


@fact("ads are shown but not based on activity elsewhere (contextual ads)",
      reads=("cookies.personalised_ads", "processors[*].kind", "cookies.kinds"))
def ads_contextual_only(f: Facts) -> bool:
    return f.shows_ads and not f.ads_personalised


@fact("other companies may collect information about people's activity across sites over time",
      reads=("cookies.personalised_ads", "cookies.kinds", "cookies.social_networks"))
def others_track_across_sites(f: Facts) -> bool:
    return f.ads_personalised
