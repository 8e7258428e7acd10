"""COPPA (15 U.S.C. 6501ff; the FTC's rule, 16 CFR Part 312, as amended in 2025), for services aimed at children
under 13 or that know they collect from them."""

from __future__ import annotations

import datetime

from policygen.catalogue.children import IDENTIFIER_CATEGORIES
from policygen.conditions import when
from policygen.laws import Check, Element, InForce, Law, register

# COPPA reaches operators in the US and foreign services aimed at, or knowingly collecting from, US children; an
# audience that may include the US is any US region, "elsewhere", or an operator based in the US.
US_AUDIENCE = when("us_audience")


# The Rule took effect on 21 April 2000; its 2013 amendments (the notice contents of 312.4(d)) on 1 July 2013; its
# 2025 amendments took effect on 23 June 2025 with compliance required from 22 April 2026, the date used here.
RULE_2000 = InForce(datetime.date(2000, 4, 21), "16 CFR Part 312, effective 21 April 2000 (experts123.com)")
RULE_2013 = InForce(datetime.date(2013, 7, 1), "78 FR 3972 (17 January 2013), effective 1 July 2013",
                    until=datetime.date(2026, 4, 22))
RULE_2025 = InForce(datetime.date(2026, 4, 22), "90 FR 16918 (22 April 2025): effective 23 June 2025, compliance "
                    "by 22 April 2026 (globalprivacyblog.com; LEGAL-CHECKLIST s.11)")
NOTICE_SINCE_2013 = InForce(RULE_2013.since, RULE_2013.source)


def _e(id_: str, requirement: str, citation: str, clauses: tuple[str, ...], **kw) -> Element:
    return Element(f"coppa.{id_}", "coppa", requirement, citation, clauses, **kw)


def _children_and_ads(f, _today) -> list:
    if f.coppa_applies and (f.sells_or_shares or f.ads_personalised):
        return [("children", "children under 13 may use the service while data is sold, shared or used for "
                 "targeted ads; COPPA needs verifiable parental consent first")]
    return []


# Persistent identifiers and what a device sends: the only data the internal-operations exception can cover.
IDENTIFIERS = frozenset(IDENTIFIER_CATEGORIES)


def _partners_get_children_data(f, _today) -> list:
    """An ad or analytics partner receives data from a service children use. Disclosure to third parties needs a
    parent's separate consent (16 CFR 312.5(a)(2)); the exception is persistent identifiers used only to support
    internal operations, which include contextual ads and frequency capping (312.2, 312.5(c)(7))."""
    if not f.coppa_applies:
        return []
    internal = f.a.children.identifiers_internal_only
    found = []
    for i, (p, received) in enumerate(zip(f.a.processors, f.provider_data)):
        if p.resolved_kind not in ("advertising", "analytics"):
            continue
        beyond = {c.category for c in received} - IDENTIFIERS
        if f.ads_personalised or beyond or not internal or p.third_party:
            why = ("ads are personalised" if f.ads_personalised else
                   f"it receives more than identifiers ({', '.join(sorted(beyond))})" if beyond else
                   "it uses the data for its own purposes too (processors[].third_party)" if p.third_party else
                   "the answers do not say its identifiers serve internal operations only "
                   "(children.identifiers_internal_only)")
            found.append((f"processors[{i}]", f"{p.display_name} ({p.resolved_kind}) receives data from a service "
                          f"that children under 13 use and {why}: COPPA needs a parent's separate consent before "
                          "disclosure to third parties"))
    return found


PARENTS = "Parents' rights to review, delete and refuse further collection, and how"


def _consent_method_missing(f) -> list:
    if f.a.children.parental_consent_method or not f.a.children.directed_to_children:
        return []
    return [("children.parental_consent_method", "the service is aimed at children but no parental consent method "
             "is given")]


def _internal_operations_missing(f) -> list:
    """The online notice must name the internal operations and the means that keep the identifiers to them
    (16 CFR 312.4(d)(3), as LEGAL-CHECKLIST s.11 reads it; the amended paragraph's own words were not read)."""
    c = f.a.children
    gaps = []
    if not c.internal_identifiers:
        gaps.append(("children.internal_identifiers", "the identifiers collected from children without a parent's "
                     "consent are not listed"))
    undeclared = [k for k in c.internal_identifiers if k not in {d.category for d in f.a.data_categories}]
    if undeclared:
        gaps.append(("children.internal_identifiers", f"{', '.join(undeclared)} must also be among your data "
                     "categories, so the policy can say how long it is kept and who receives it"))
    if not c.internal_operations:
        gaps.append(("children.internal_operations", "the internal operations the identifiers support are not named"))
    if not c.identifier_safeguards:
        gaps.append(("children.identifier_safeguards", "the means that stop the identifiers being used to contact a "
                     "child, build a profile or for any other purpose are not given"))
    return gaps


def _retention_missing(f) -> list:
    if not f.children_categories_declared:
        return [("children.data_from_children", "each kind of data collected from children must also be one of your "
                 "data categories, with how long it is kept")]
    return [(f"data_categories[{i}].retention", "no retention is given for this data, which is collected from children")
            for i in f.children_categories_without_retention]


def _internal_operations_contradicted(f, _today) -> list:
    """Answers that say identifiers serve internal operations only, while others say they do more: behavioural ads are
    not an internal operation (16 CFR 312.2), and contextual ads or frequency capping need ads."""
    if not f.coppa_applies or f.a.children.identifiers_internal_only is not True:
        return []
    found = []
    if f.ads_personalised:
        found.append(("children.identifiers_internal_only", "identifiers are answered as used only for internal "
                      "operations, but ads are personalised (cookies.personalised_ads, advertising cookies or data "
                      "shared for advertising): ads based on a child's activity are not an internal operation"))
    both = [k for k in f.a.children.internal_identifiers if k in f.a.children.data_from_children]
    if both:
        found.append(("children.internal_identifiers", f"{', '.join(both)} is listed both as collected with a parent's "
                      "consent (children.data_from_children) and without it: keep it in one list"))
    ad_operations = {"contextual_ads", "frequency_capping"} & set(f.a.children.internal_operations)
    if ad_operations and not f.shows_ads:
        found.append(("children.internal_operations", f"{', '.join(sorted(ad_operations))} named, but no advertising "
                      "provider or advertising cookies are: the policy would describe ads you do not show"))
    return found


def _children_ads_unstated(f, _today) -> list:
    if f.coppa_applies and f.shows_ads and f.a.cookies.personalised_ads is None and not f.ads_personalised:
        return [("cookies.personalised_ads", "ads are shown on a service children under 13 use, but the answers do not "
                 "say whether they are contextual or personalised: say which, so the policy can tell parents")]
    return []


LAW = register(
    Law(id="coppa", name="COPPA", applies=when("children_under_13") & US_AUDIENCE,
        people="parents of children under 13", in_force=RULE_2000),
    [
        _e("operators", "Name, address, phone and email of every operator", "16 CFR 312.4(d)(1)", ("children",),
           in_force=NOTICE_SINCE_2013),
        _e("collection", "What is collected from children, whether it can be made public, how it is used and "
           "disclosed", "16 CFR 312.4(d)(2)", ("children",), in_force=NOTICE_SINCE_2013,
           needs=lambda f: [] if f.a.children.data_from_children else [
               ("children.data_from_children", "the data collected from children is not listed")]),
        # The 2025 amendments moved parents' rights from 312.4(d)(3) to (d)(5).
        _e("parents-2013", PARENTS, "16 CFR 312.4(d)(3) (2013)", ("children",), needs=_consent_method_missing,
           in_force=RULE_2013),
        _e("parents", PARENTS, "16 CFR 312.4(d)(5), 312.6 (2025)", ("children",), needs=_consent_method_missing,
           in_force=RULE_2025),
        _e("recipients", "The third parties that receive children's data, or that none do, and why",
           "16 CFR 312.4(d)(2) (2025)", ("children",), claims=("children.recipients|children.no-recipients",),
           in_force=RULE_2025,
           needs=lambda f: [] if f.children_categories_declared else [
               ("children.data_from_children", "each kind of data collected from children must also be one of your "
                "data categories, so the policy can say who receives it")]),
        _e("third-party-disclosure", "Whether children's data is disclosed to third parties, which needs a parent's "
           "separate consent", "16 CFR 312.4(d)(2), 312.5(a)(2) (2025)", ("children",),
           claims=("children.separate-consent|children.no-third-parties|children.no-recipients",), in_force=RULE_2025,
           needs=lambda f: [] if f.children_categories_declared else [
               ("children.data_from_children", "each kind of data collected from children must also be one of your "
                "data categories, so the policy can say whether third parties receive it")]),
        _e("separate-consent", "That a parent can agree to collection without agreeing to disclosure to third parties",
           "16 CFR 312.5(a)(2) (2025)", ("children",), claims=("children.separate-consent",),
           applies=when("children_data_to_third_parties"), in_force=RULE_2025),
        # LEGAL-CHECKLIST s.11: "specific internal operations for which a persistent identifier is collected, and the
        # means used to stop it being used to contact a person, build a profile or for behavioural ads".
        _e("internal-operations", "The identifiers collected without a parent's consent, the specific internal "
           "operations they support, and the means that keep them from being used to contact a child, build a "
           "profile or for any other purpose", "16 CFR 312.4(d)(3), 312.5(c)(7) (2025)", ("children",),
           claims=("children.internal-identifiers",), applies=when("children_identifiers_internal"),
           needs=_internal_operations_missing, in_force=RULE_2025),
        _e("retention", "A written retention policy for children's data: purposes, business need, deletion time",
           "16 CFR 312.10 (2025)", ("children",), claims=("children.retention",), in_force=RULE_2025,
           needs=_retention_missing),
    ],
    [
        Check("children-advertising", "coppa", "16 CFR 312.5; Cal. Civ. Code 1798.120(c)", "error", _children_and_ads),
        Check("children-partners", "coppa", "16 CFR 312.5(a)(2) (2025)", "error", _partners_get_children_data,
              RULE_2025),
        Check("children-internal-operations", "coppa", "16 CFR 312.2, 312.5(c)(7)", "error",
              _internal_operations_contradicted),
        Check("children-ads-unstated", "coppa", "16 CFR 312.4(d)(2)", "warning", _children_ads_unstated),
    ],
)
