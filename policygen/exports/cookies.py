"""What the cookie formats share: when they apply, and the answers they need so that the page, the banner and the
policy list the same cookies in the same categories."""

from __future__ import annotations

from policygen.exports import Missing

# Providers of these kinds set cookies on the sites that use them: one whose cookies nobody has listed is a gap.
COOKIE_SETTING_KINDS = ("analytics", "advertising", "social_media")


def no_cookies(f) -> str | None:
    if not f.has_website:
        return "the answers cover no website (services.covered), and a cookie policy describes one"
    if not f.uses_cookies:
        return "the answers say the services set no cookies (cookies.kinds)"
    return None


def no_banner(f) -> str | None:
    reason = no_cookies(f)
    if reason:
        return reason
    if not f.a.cookies.consent_banner:
        return "the answers say you do not ask consent before non-essential cookies (cookies.consent_banner)"
    if not f.non_essential_cookies:
        return "the answers name only essential cookies (cookies.kinds), which need no consent banner"
    return None


def missing(f) -> list[Missing]:
    from policygen.catalogue.choices import COOKIE_KINDS

    def label(kind: str) -> str:
        return COOKIE_KINDS[kind].label.lower()

    found = []
    for setter, p in zip(f.cookie_setters[1:], f.a.processors):
        if not setter.cookies and p.resolved_kind in COOKIE_SETTING_KINDS:
            found.append(Missing(setter.path, f"{setter.name} is an {label(p.resolved_kind)} provider and the "
                                              "catalogue does not document its cookies; list those it sets on your "
                                              "site"))
    declared = f.a.cookies.kinds
    for kind in declared:
        if kind not in f.listed_cookie_kinds:
            found.append(Missing("cookies.own", f"the policy says you use {label(kind)} cookies and none is listed; "
                                                "list them here (or under the provider that sets them)"))
    for setter in f.cookie_setters:
        for kind in setter.kinds:
            if kind not in declared:
                names = ", ".join(c.name for c in setter.cookies if c.kind == kind)
                found.append(Missing(setter.path, f"{setter.name} sets {label(kind)} cookies ({names}), which the "
                                                  "policy does not mention: add the category to cookies.kinds, or "
                                                  "correct the cookie's category"))
    return found


def category_description(kind: str) -> str:
    from policygen.catalogue.choices import COOKIE_KINDS

    description = COOKIE_KINDS[kind].description
    return description[0].upper() + description[1:] + "."
