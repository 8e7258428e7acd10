"""Consistency of the policy with the store labels and cookie banners written from the same answers
(policygen/exports): the answers only those formats read must not contradict what the policy says."""

from __future__ import annotations

from policygen.laws import REGISTRY, Check


def _tracking_contradicts_policy(f, _today) -> list:
    """A label that tracks where the policy says nothing is sold or shared for ads, or the reverse."""
    found = []
    for i, c in enumerate(f.a.data_categories):
        if c.used_for_tracking is True and c.sold is False and c.shared_for_advertising is False:
            found.append((f"data_categories[{i}].used_for_tracking",
                          f"the store labels would say {c.label.lower()} is used to track people, but the policy says "
                          "it is neither sold nor shared for cross-context advertising"))
        if c.used_for_tracking is False and (c.sold or c.shared_for_advertising):
            found.append((f"data_categories[{i}].used_for_tracking",
                          f"the policy says {c.label.lower()} is sold or shared for cross-context advertising, which "
                          "Apple counts as tracking, but the answer says it is not used for tracking"))
    return found


def _tracking_domains_without_tracking(f, _today) -> list:
    if f.app_tracks:
        return []
    return [(f"processors[{i}].tracking_domains", f"{p.display_name} has tracking domains, but no data the app "
             "collects is used for tracking: the privacy manifest would list no domains")
            for i, p in enumerate(f.a.processors) if p.tracking_domains]


def _cookies_outside_the_policys_categories(f, _today) -> list:
    """A provider's cookies in a category the policy does not name: no banner category built from the policy would
    hold that service."""
    from policygen.catalogue.choices import COOKIE_KINDS

    if not f.uses_cookies:
        return []
    declared = set(f.a.cookies.kinds)
    found = []
    for setter in f.cookie_setters:
        for kind in setter.kinds:
            if kind not in declared:
                names = ", ".join(c.name for c in setter.cookies if c.kind == kind)
                found.append((setter.path, f"{setter.name} sets {COOKIE_KINDS[kind].label.lower()} cookies "
                              f"({names}), a category the policy does not name (cookies.kinds), so no consent banner "
                              "category would hold it"))
    return found


REGISTRY.checks += [
    Check("label-tracking", "", "", "warning", _tracking_contradicts_policy),
    Check("tracking-domains", "", "", "warning", _tracking_domains_without_tracking),
    Check("cookie-categories", "", "", "warning", _cookies_outside_the_policys_categories),
]
