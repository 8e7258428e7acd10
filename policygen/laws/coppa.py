"""COPPA (15 U.S.C. 6501ff; the FTC's rule, 16 CFR Part 312, as amended in 2025), for services aimed at children
under 13 or that know they collect from them."""

from __future__ import annotations

from policygen.conditions import when
from policygen.laws import Check, Element, Law, register


def _e(id_: str, requirement: str, citation: str, clauses: tuple[str, ...], **kw) -> Element:
    return Element(f"coppa.{id_}", "coppa", requirement, citation, clauses, **kw)


def _children_and_ads(f, _today) -> list:
    if f.children_under_13 and (f.sells_or_shares or f.ads_personalised):
        return [("children", "children under 13 may use the service while data is sold, shared or used for "
                 "targeted ads; COPPA needs verifiable parental consent first")]
    return []


def _partners_get_children_data(f, _today) -> list:
    """An ad or analytics partner receives data from a service children use (16 CFR 312.5(a)(2): disclosure to
    third parties needs its own parental consent, and ads are not integral to the service)."""
    if not f.children_under_13:
        return []
    return [(f"processors[{i}]", f"{p.display_name} ({p.resolved_kind}) receives data from a service that children "
             "under 13 use: COPPA needs a parent's separate consent before disclosure to third parties, unless the "
             "data is used only for internal operations; say so, or do not send it children's data")
            for i, p in enumerate(f.a.processors) if p.resolved_kind in ("advertising", "analytics")]


LAW = register(
    Law(id="coppa", name="COPPA", applies=when("children_under_13"), people="parents of children under 13"),
    [
        _e("operators", "Name, address, phone and email of every operator", "16 CFR 312.4(d)(1)", ("children",)),
        _e("collection", "What is collected from children, whether it can be made public, how it is used and "
           "disclosed", "16 CFR 312.4(d)(2)", ("children",),
           needs=lambda f: [] if f.a.children.data_from_children else [
               ("children.data_from_children", "the data collected from children is not listed")]),
        _e("parents", "Parents' rights to review, delete and refuse further collection, and how", "16 CFR 312.4(d)(3)",
           ("children",),
           needs=lambda f: [] if f.a.children.parental_consent_method or not f.a.children.directed_to_children else [
               ("children.parental_consent_method", "the service is aimed at children but no parental consent "
                "method is given")]),
        _e("retention", "A written retention policy for children's data", "16 CFR 312.10", ("children", "retention"),
           severity="warning"),
    ],
    [
        Check("children-advertising", "coppa", "16 CFR 312.5; Cal. Civ. Code 1798.120(c)", "error", _children_and_ads),
        Check("children-partners", "coppa", "16 CFR 312.5(a)(2)", "error", _partners_get_children_data),
    ],
)
