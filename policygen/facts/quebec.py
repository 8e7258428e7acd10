"""What Quebec's private-sector privacy law (P-39.1, as amended by Law 25) needs from the answers."""

from __future__ import annotations

from policygen.facts import Facts, fact
from policygen.i18n.speaking import N_, _


@fact("Quebec's law applies and the answers show technology that can identify, locate or profile people (biometric "
      "data, precise location, ads based on their interests), as what it can do, in words",
      reads=("audiences.regions", "audiences.canadian_provinces", "data_categories[*].category",
             "cookies.personalised_ads", "cookies.kinds"))
def quebec_tracking_functions(f: Facts) -> tuple[str, ...]:
    if "quebec" not in f.laws:
        return ()
    categories = {c.category for c in f.a.data_categories}
    # P-39.1 s. 8.1: functions that identify, locate or profile ("profiling": assessing personal preferences,
    # interests or behaviour, among others).
    # TRANSLATORS: what technology we use can do, completing "Some technology we use can ..." (several are joined
    # with "and": "Some technology we use can identify you from your biometric data and find where you are
    # precisely.").
    found = ((N_("identify you from your biometric data"), "biometric_data" in categories),
             # TRANSLATORS: as "identify you from your biometric data".
             (N_("find where you are precisely"), "precise_location" in categories),
             # TRANSLATORS: as "identify you from your biometric data".
             (N_("build a profile of your interests to choose the ads you see"), f.ads_personalised))
    return tuple(_(words) for words, present in found if present)


@fact("Quebec's law applies and data goes outside Canada, so outside Quebec",
      reads=("audiences.regions", "audiences.canadian_provinces", "transfers.storage_countries",
             "processors[*].country", "transfers.transfers"))
def leaves_quebec(f: Facts) -> bool:
    return "quebec" in f.laws and bool(f.outside_canada)
