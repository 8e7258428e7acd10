"""CalOPPA (Cal. Bus. & Prof. Code 22575-22579): any commercial website or online service that collects
personally identifiable information from California residents."""

from __future__ import annotations

import datetime

from policygen.conditions import when
from policygen.facts.tracking import TRACKING_KINDS
from policygen.laws import Element, InForce, Law, register

BPC = "Bus. & Prof. Code"

# AB 370 added (b)(5) and (b)(6) from 1 January 2014.
AB_370 = InForce(datetime.date(2014, 1, 1), "AB 370 (2013), in force 1 January 2014 (iapp.org)")


def tracker_roles_unanswered(f, law: str = "CalOPPA asks") -> list:
    """Whether others collect data across sites turns on each ad, analytics or social provider's role, and on whose
    code runs in the apps; while one is unanswered and nothing else settles it, the policy can say neither. `law`
    names who asks, for the finding's words."""
    if f.others_track_across_sites or f.nobody_tracks_across_sites:
        return []
    why = f"({law} whether other companies collect information about activity across sites)"
    gaps = [(f"processors[{i}].third_party", f"say whether {p.display_name} uses the data it collects for its own "
             f"purposes {why}")
            for i, p in enumerate(f.a.processors)
            if (p.resolved_kind in TRACKING_KINDS or p.in_app) and p.third_party is None]
    if not gaps and f.uses_sdks and not f.sdk_providers:
        gaps.append(("processors", "other companies' code (SDKs) runs in your apps (cookies.technologies), but no "
                     "provider is marked as one whose code it is: name each such company (in_app: yes) and say "
                     f"whether it uses the data for itself (third_party) {why}"))
    return gaps


def _e(id_: str, requirement: str, citation: str, clauses: tuple[str, ...], **kw) -> Element:
    return Element(f"caloppa.{id_}", "caloppa", requirement, citation, clauses, **kw)


LAW = register(
    Law(id="caloppa", name="CalOPPA", applies=when("serves_california") & when("online_service"),
        people="California residents",
        in_force=InForce(datetime.date(2004, 7, 1), "Online Privacy Protection Act of 2003, in force 1 July 2004 "
                         "(privacyrights.org)")),
    [
        _e("categories", "Categories of information collected and third parties shared with", f"{BPC} 22575(b)(1)",
           ("sharing",)),
        _e("review", "How people can review and request changes to their information", f"{BPC} 22575(b)(2)",
           ("access-correct-delete",)),
        _e("changes", "How people are told about material changes", f"{BPC} 22575(b)(3)", ("changes",)),
        _e("effective", "The policy's effective date", f"{BPC} 22575(b)(4)", ("identity",)),
        _e("dnt", "How the site responds to Do Not Track signals", f"{BPC} 22575(b)(5)", ("dnt-gpc",),
           claims=("tracking.do-not-track",), severity="warning", in_force=AB_370,
           needs=lambda f: [] if f.a.cookies.honours_do_not_track is not None else [
               ("cookies.honours_do_not_track", "say whether you respond to Do Not Track signals (the policy explains "
                "the signal but not what you do)")]),
        _e("third-party-tracking", "Whether other parties collect information about people's activity across "
           "sites over time", f"{BPC} 22575(b)(6)", ("dnt-gpc", "advertising"),
           claims=("tracking.others-across-sites|tracking.no-others-across-sites",), needs=tracker_roles_unanswered,
           in_force=AB_370),
    ],
)
