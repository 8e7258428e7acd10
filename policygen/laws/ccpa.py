"""The CCPA as amended by the CPRA (Cal. Civ. Code 1798.100-.199) and its regulations (11 CCR 7000ff), for
California residents."""

from __future__ import annotations

import datetime

from policygen.conditions import Condition, answer, when
from policygen.i18n.speaking import N_
from policygen.laws import Check, Element, Gap, InForce, Law, register
from policygen.laws.european import categories_without_retention

CCPA = "Cal. Civ. Code"

# The CCPA took effect on 1 January 2020; the CPRA's amendments (sharing, sensitive information, correction,
# retention) on 1 January 2023; the regulations numbered 11 CCR 7000ff on 29 March 2023.
CCPA_2020 = InForce(datetime.date(2020, 1, 1), "CCPA, effective 1 January 2020 (aacrao.org)")
CPRA = InForce(datetime.date(2023, 1, 1), "CPRA s.31(a): operative 1 January 2023 (privacy.gtlaw.com)")
REGULATIONS_2023 = InForce(datetime.date(2023, 3, 29), "CPPA regulations approved by OAL 29 March 2023, "
                           "effective immediately (ropesdataphiles.com)")

# Cal. Civ. Code 1798.140(ae): government IDs; account log-in or card numbers with their codes; precise
# geolocation; racial or ethnic origin, religion, union membership; contents of mail and messages (unless the
# business is the recipient); genetic, biometric (to identify), health, sex life and sexual orientation data.
SENSITIVE = frozenset({"account_credentials", "government_ids", "payment_information", "precise_location",
                       "communications_content", "health_information", "biometric_data",
                       "sensitive_characteristics", "citizenship_immigration"})


def _e(id_: str, requirement: str, citation: str, clauses: tuple[str, ...], **kw) -> Element:
    return Element(f"ccpa.{id_}", "ccpa", requirement, citation, clauses, **kw)


def _methods(f) -> list:
    a = f.a
    gaps = []
    methods = a.rights.request_methods
    if not a.audiences.online_only and not a.rights.toll_free_number:
        gaps.append(("rights.toll_free_number", "CCPA needs a toll-free number unless you deal with people only online"))
    if len(methods) < 2 and not (a.audiences.online_only and "email" in methods):
        gaps.append(("rights.request_methods", "CCPA needs at least two ways to make requests"))
    return gaps


def _limit_may_apply(f) -> bool:
    """Some sensitive personal information is not answered as used only for the purposes the CCPA permits."""
    return any(c.limited_to_necessary_uses is not True for c in f.ccpa_sensitive)


def _limit_gaps(f) -> list:
    gaps = [(f"data_categories[{i}].limited_to_necessary_uses",
             f"'{c.label}' is sensitive personal information; say whether you use it only for the purposes the CCPA "
             "permits (then the right to limit does not apply)")
            for i, c in enumerate(f.a.data_categories)
            if c.limited_to_necessary_uses is None and any(c is s for s in f.ccpa_sensitive)]
    if f.ccpa_limit_right and not f.a.rights.limit_sensitive_url:
        gaps.append(("rights.limit_sensitive_url", "sensitive data is used beyond permitted purposes but there is no "
                     "\"Limit the Use\" link"))
    return gaps


def sale_gaps(f) -> list:
    """Each category not answered as sold or not, or as shared for advertising or not: until every one is, the
    policy can say neither that nothing is sold or shared nor which categories are."""
    words = {"sold": "sold (given to others for money or other value)",
             "shared_for_advertising": "shared for cross-context advertising (ads based on activity on other "
                                       "businesses' sites and apps)"}
    return [(f"data_categories[{i}].{field}", f"say whether '{c.label}' is {words[field]}")
            for i, c in enumerate(f.a.data_categories) for field in words if getattr(c, field) is None]


def _third_party_without_sale(f, _today) -> list:
    """A recipient that uses personal data for its own purposes is not a service provider or contractor
    (1798.140(ag), (j)), so giving it the data is likely a sale (1798.140(ad)) or sharing (1798.140(ah)); the
    answers then contradict themselves when they mark nothing sold or shared."""
    if not f.serves_california or f.sells_or_shares:
        return []
    return [(f"processors[{i}].third_party",
             f"{p.display_name} uses the personal data it receives for its own purposes, so under the CCPA it is "
             "not a service provider and giving it that data is likely a sale or sharing: mark the categories it "
             "receives as sold or shared_for_advertising, or answer third_party no if it acts only on your "
             "instructions")
            for i, (p, data) in enumerate(zip(f.a.processors, f.provider_data)) if p.third_party is True and data]


def _personalised_ads_not_shared(f, _today) -> list:
    """Ads chosen from activity on other sites are what the CCPA calls sharing (1798.140(ah)) and the state laws
    targeted advertising; the answers must mark the data that feeds them, or the policy says nothing is shared."""
    if f.us_law and f.ads_personalised and not f.shares_for_ads:
        return [("data_categories", "your ads are based on activity on other sites and apps (advertising cookies or "
                 "cookies.personalised_ads), which US privacy laws call sharing or targeted advertising: mark the data "
                 "your ad partners receive as shared_for_advertising")]
    return []


def _incentive_value_gaps(f) -> list[Gap]:
    # 11 CCR 7016(b)(5)(A)-(B): the notice explains how the incentive relates to the value of the data, with a
    # good-faith estimate of that value and the method used to calculate it (7081 lists the methods).
    r = f.a.rights
    return [(path, what) for path, given, what in (
        ("rights.financial_incentive_value", r.financial_incentive_value,
         "no good-faith estimate of the value of the data the financial incentive is based on"),
        ("rights.financial_incentive_value_method", r.financial_incentive_value_method,
         "no description of how the value of the data behind the financial incentive was calculated"),
    ) if not given]


LAW = register(
    Law(
        id="ccpa",
        name="CCPA",
        applies=when("serves_california"),
        # TRANSLATORS: whom the law protects, as the policy addresses them ("**For people in the EEA.**", "For people
        # in the EEA, the GDPR gives us one month to reply.").
        people=N_("California residents"),
        # TRANSLATORS: the law's time to reply to requests, completing "For people in ..., " (it is also said on its
        # own as a sentence, capitalised).
        reply_time=N_("the CCPA gives us 45 days to reply. When reasonably necessary, we can extend this once by "
                      "another 45 days, but we must tell you within the first 45 days (Cal. Civ. Code "
                      "1798.130(a)(2))"),
        free_requests="Cal. Civ. Code 1798.130(a)(2)(A)",
        sensitive=SENSITIVE,
        # TRANSLATORS: what the law calls sensitive data, in quotes ("The law calls health information \"special
        # category data\"."); use the term of the law's official text in your language.
        sensitive_term=N_("sensitive personal information"),
        sensitive_citation=f"{CCPA} 1798.140(ae)",
        in_force=CCPA_2020,
    ),
    [
        _e("categories", "Categories of personal information collected in the last 12 months",
           f"{CCPA} 1798.130(a)(5)(B)(i), 1798.110(c)(1)", ("collect-table",)),
        _e("sources", "Categories of sources", f"{CCPA} 1798.110(c)(2), 1798.130(a)(5)(B)(ii)", ("collect-table",)),
        _e("purposes", "Business or commercial purposes for collecting, selling or sharing",
           f"{CCPA} 1798.110(c)(3)", ("collect-table", "purposes")),
        _e("third-parties", "Categories of third parties personal information is disclosed to",
           f"{CCPA} 1798.110(c)(4), 1798.130(a)(5)(B)(iv)", ("sharing-table",)),
        _e("sold-shared", "Categories sold or shared in the last 12 months, or that none were",
           f"{CCPA} 1798.115(c)(1), 1798.130(a)(5)(C)(i)", ("sale", "sharing-table"), needs=sale_gaps,
           in_force=CPRA),
        _e("disclosed", "Categories disclosed for a business purpose, or that none were",
           f"{CCPA} 1798.115(c)(2), 1798.130(a)(5)(C)(ii)", ("sharing-table",)),
        _e("rights", "Rights to know, delete, correct and not be discriminated against",
           f"{CCPA} 1798.105, .106, .110, .125, .130(a)(5)(A)", ("us-state-rights",), in_force=CPRA),
        _e("opt-out", "The right to opt out of sale and sharing, with a \"Do Not Sell or Share\" link or honoured "
           "opt-out preference signals", f"{CCPA} 1798.120, 1798.135", ("sale",), applies=when("sells_or_shares"),
           in_force=CPRA,
           needs=lambda f: [] if f.a.rights.do_not_sell_url or f.a.cookies.honours_global_privacy_control else [
               ("rights.do_not_sell_url", "data is sold or shared but there is no \"Do Not Sell or Share\" link "
                "and Global Privacy Control is not honoured")]),
        _e("limit", "The right to limit use of sensitive personal information", f"{CCPA} 1798.121, 1798.135",
           ("sensitive-data", "us-state-rights"),
           applies=Condition(_limit_may_apply, "sensitive personal information is used, or may be used, beyond the "
                             "purposes the CCPA permits", ("data_categories[*].category", "data_categories[*].sensitive",
                                                           "data_categories[*].limited_to_necessary_uses")),
           needs=_limit_gaps, in_force=CPRA),
        _e("retention", "How long each category is kept, or the criteria", f"{CCPA} 1798.100(a)(3)",
           ("retention", "collect-table"), needs=categories_without_retention, in_force=CPRA),
        _e("methods", "Two or more request methods, including a toll-free number", f"{CCPA} 1798.130(a)(1)",
           ("request-handling", "access-correct-delete"), needs=_methods),
        _e("verification", "How requests are submitted and verified", "11 CCR 7011(e)(3)", ("request-handling",),
           severity="warning", in_force=REGULATIONS_2023,
           needs=lambda f: [] if f.a.rights.verification else [
               ("rights.verification", "no description of how you verify requests (a general one is used)")]),
        _e("gpc", "How opt-out preference signals (Global Privacy Control) are processed", "11 CCR 7011(e)(3)(F)",
           ("dnt-gpc",), in_force=REGULATIONS_2023,
           severity="warning",  # an error where data is sold or shared: the us_states "gpc" check
           needs=lambda f: [] if f.a.cookies.honours_global_privacy_control is not None else [
               ("cookies.honours_global_privacy_control", "say whether you treat a Global Privacy Control signal as "
                "a request to opt out (the policy explains the signal but not what you do)")]),
        _e("agents", "How an authorised agent can make a request", "11 CCR 7011(e)(3)(H)", ("request-handling",),
           claims=("requests.agents",), in_force=REGULATIONS_2023,
           needs=lambda f: [] if f.a.rights.authorised_agents is True else [
               ("rights.authorised_agents", "the CCPA lets people make requests through an authorised agent; the "
                "answers do not say you accept them")]),
        _e("minors", "Opt-in before selling or sharing data of consumers under 16",
           f"{CCPA} 1798.120(c); 11 CCR 7011(e)(3)(I)", ("sale",),
           applies=answer("children.sells_data_of_under_16", lambda f: f.a.children.sells_data_of_under_16,
                          "data of people under 16 is sold or shared")),
        _e("contact", "Contact details for privacy questions", "11 CCR 7011(e)(3)(J)", ("contact",),
           in_force=REGULATIONS_2023),
        _e("updated", "The date the policy was last updated", "11 CCR 7011(e)(4)", ("identity",),
           in_force=REGULATIONS_2023),
        _e("incentives", "Notice of financial incentives", f"{CCPA} 1798.125(b); 11 CCR 7016", ("us-state-rights",),
           applies=answer("rights.financial_incentives", lambda f: f.a.rights.financial_incentives is not None,
                          "a financial incentive is offered")),
        _e("incentive-value", "A good-faith estimate of the value of the consumer's data behind a financial "
           "incentive, and how it was calculated", "11 CCR 7016(b)(5)", ("us-state-rights",),
           claims=("us-rights.incentive-value",), in_force=REGULATIONS_2023,
           applies=answer("rights.financial_incentives", lambda f: f.a.rights.financial_incentives is not None,
                          "a financial incentive is offered"),
           needs=_incentive_value_gaps),
        _e("shine-the-light", "Shine the Light: disclosures for others' direct marketing", f"{CCPA} 1798.83",
           ("us-state-rights",),
           in_force=InForce(datetime.date(2005, 1, 1), "SB 27 (2003), commenced 1 January 2005 "
                            "(privacyrights.org)"),
           applies=answer("marketing.shares_for_partner_marketing", lambda f: f.a.marketing.shares_for_partner_marketing,
                          "data is given to others for their own marketing")),
    ],
    [Check("ads-shared", "ccpa", f"{CCPA} 1798.140(ah), 1798.120; e.g. Va. Code 59.1-578(D)", "error",
           _personalised_ads_not_shared, CPRA),
     Check("third-party-not-sold", "ccpa", f"{CCPA} 1798.140(ad), (ag), (ah)", "warning", _third_party_without_sale,
           CPRA)],
)
