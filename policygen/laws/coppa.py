"""COPPA (15 U.S.C. 6501ff; the FTC's rule, 16 CFR Part 312, as amended in 2025), for services aimed at children
under 13 or that know they collect from them."""

from __future__ import annotations

import datetime

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
IDENTIFIERS = frozenset({"online_identifiers", "device_information", "usage_data", "log_data"})


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
        _e("separate-consent", "That a parent can agree to collection without agreeing to disclosure to third parties",
           "16 CFR 312.5(a)(2) (2025)", ("children",), claims=("children.separate-consent",),
           applies=when("children_data_to_third_parties"), in_force=RULE_2025),
        _e("internal-operations", "The internal operations persistent identifiers are used for, and that they are "
           "not used to profile a child or target ads", "16 CFR 312.4(d)(3), 312.5(c)(7) (2025)", ("children",),
           claims=("children.internal-identifiers",), applies=when("children_identifiers_internal"),
           in_force=RULE_2025),
        _e("retention", "A written retention policy for children's data: purposes, business need, deletion time",
           "16 CFR 312.10 (2025)", ("children",), claims=("children.retention",), in_force=RULE_2025,
           needs=lambda f: [] if f.children_retention_rows else [
               ("children.data_from_children", "no retention is given for the data collected from children")]),
    ],
    [
        Check("children-advertising", "coppa", "16 CFR 312.5; Cal. Civ. Code 1798.120(c)", "error", _children_and_ads),
        Check("children-partners", "coppa", "16 CFR 312.5(a)(2) (2025)", "error", _partners_get_children_data,
              RULE_2025),
    ],
)
