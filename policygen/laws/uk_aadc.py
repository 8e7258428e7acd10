"""The ICO's Age Appropriate Design Code (the Children's code), the statutory code of practice made under the Data
Protection Act 2018 s.123, for online services likely to be used by children under 18 in the UK. The code sets 15
standards; the elements here are the points of its standards a privacy notice can state: privacy information suited
to the children's ages (standard 4), high-privacy default settings (7), geolocation off by default (10), parental
controls made known to the child (11) and profiling off by default (12). Standard numbers as the ICO's own guidance
lists them (ico.org.uk, "Annex A: privacy features mapping"); its twelve-month transition began on 2 September 2020
(macfarlanes.com), so conformance is expected from 2 September 2021."""

from __future__ import annotations

import datetime

from policygen.conditions import when
from policygen.laws import Check, Element, InForce, Law, register

CODE = "ICO Age appropriate design code"
IN_FORCE = InForce(datetime.date(2021, 9, 2), "in force 2 September 2020 with a 12-month transition "
                   "(macfarlanes.com; engx.theiet.org)")


def _e(id_: str, requirement: str, standard: str, **kw) -> Element:
    # A code of practice the ICO takes into account rather than a rule of its own: its gaps are warnings.
    return Element(f"aadc.{id_}", "aadc", requirement, f"{CODE}, {standard}", ("children",), severity="warning", **kw)


def _answered(path: str, get, unanswered: str, refused: str):
    """The element's gaps: none when the answer is yes; otherwise what the code expects, naming the answer."""
    def needs(f) -> list:
        value = get(f.a.children)
        if value is True or (value and not isinstance(value, bool)):
            return []
        return [(path, unanswered if value is None else refused)]
    return needs


def _uk_children_unacknowledged(f, _today) -> list:
    if f.uk_children_unacknowledged:
        return [("children.uk_children_likely", "the UK is served and the minimum age is under 13, so children there "
                 "are likely to use the service: answer yes so the policy follows the Children's code")]
    return []


def _profiling_on_by_default(f, _today) -> list:
    """"Profiling off by default" while ads are personalised with no consent asked first: both cannot be true."""
    c = f.a.children
    if f.aadc_applies and c.profiling_off_by_default is True and f.ads_personalised and not f.a.cookies.consent_banner:
        return [("children.profiling_off_by_default", "profiling is answered as off until a child turns it on, but ads "
                 "are personalised (cookies.personalised_ads, advertising cookies or data shared for advertising) and "
                 "no consent is asked before non-essential cookies (cookies.consent_banner)")]
    return []


LAW = register(
    Law(id="aadc", name="UK Children's code", applies=when("aadc_applies"),
        people="children in the UK", in_force=IN_FORCE),
    [
        _e("transparency", "Privacy information in clear language suited to the ages of the children likely to use "
           "the service, and where they find it", "standard 4 (transparency)",
           claims=("aadc.age-suited-information",),
           needs=_answered("children.age_suited_information", lambda c: c.age_suited_information,
                           "say where children find privacy information written for their age",
                           "say where children find privacy information written for their age")),
        _e("default-settings", "Settings start at high privacy", "standard 7 (default settings)",
           claims=("aadc.high-privacy",),
           needs=_answered("children.high_privacy_defaults", lambda c: c.high_privacy_defaults,
                           "say whether children's settings start at high privacy",
                           "children's settings do not start at high privacy: the code expects them to unless you "
                           "have a compelling reason, taking the child's best interests into account")),
        _e("geolocation", "Location tracking is off until the child turns it on", "standard 10 (geolocation)",
           claims=("aadc.geolocation-off",), applies=when("aadc_location_asked"),
           needs=_answered("children.geolocation_off_by_default", lambda c: c.geolocation_off_by_default,
                           "say whether location tracking starts switched off",
                           "location tracking does not start switched off: the code expects it off by default, "
                           "with an obvious sign while it is on")),
        _e("profiling", "Profiling is off until the child turns it on", "standard 12 (profiling)",
           claims=("aadc.profiling-off",),
           needs=_answered("children.profiling_off_by_default", lambda c: c.profiling_off_by_default,
                           "say whether profiling starts switched off",
                           "profiling does not start switched off: the code expects it off by default unless you "
                           "have a compelling reason")),
        _e("parental-controls", "Parental controls and monitoring made known to the child, with an obvious sign while "
           "a parent can see their activity or location", "standard 11 (parental controls)",
           claims=("aadc.parental-controls",), applies=when("aadc_monitoring_asked"),
           needs=_answered("children.child_told_when_monitored", lambda c: c.child_told_when_monitored,
                           "say whether the child sees a sign while a parent can see their activity or location",
                           "the child is not shown a sign while a parent watches: the code expects an obvious one")),
    ],
    [
        Check("aadc-children-likely", "aadc", f"{CODE}, services covered", "warning", _uk_children_unacknowledged),
        Check("aadc-profiling-contradicted", "aadc", f"{CODE}, standard 12 (profiling)", "error",
              _profiling_on_by_default),
    ],
)
