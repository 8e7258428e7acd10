"""The consumer health data privacy policy that Washington's My Health My Data Act (RCW 19.373.020) and Nevada's
consumer health data law (NRS 603A.495) require besides the privacy policy, in Markdown (``health-data-policy``) or
as a standalone HTML page in the policy's own style (``health-data-policy-html``). Washington's Attorney General asks
for a separate, distinct link on the home page and a document that holds only what the Act requires (LEGAL-CHECKLIST
s.8), so this page says nothing else.

Contents, from the same facts as the policy: the categories of consumer health data with their purposes and sources
(RCW 19.373.020(1)(a)(i)-(ii); NRS 603A.495(1)(a)-(b), (e)-(f)); what is shared, with which kinds of third parties
and which named affiliates ((iii)-(iv); (c)-(d)); whether it is sold; how to use the rights of RCW 19.373.040
((v); (g)-(h)); for Nevada, tracking across sites, how changes are announced and the effective date ((i)-(k)).
"""

from __future__ import annotations

from policygen.document.markdown_text import Markdown, email, escape, join, lower_first, sentence, table
from policygen.exports import Exporter, Missing, register


def not_applicable(f) -> str | None:
    if f.consumer_health_law:
        return None
    return ("no consumer health data law applies: the audiences include neither Washington nor Nevada "
            "(audiences.us_states), or no data category is consumer health data (health_data.other_categories)")


def missing(f) -> list[Missing]:
    h = f.a.health_data
    found = []
    if h.collection is None:
        found.append(Missing("health_data.collection", "say whether you collect consumer health data with consent or "
                                                       "only as needed to provide what people ask for"))
    if f.health_data_recipient_kinds and h.sharing in (None, "not_shared"):
        found.append(Missing("health_data.sharing", "consumer health data goes to recipients that are not your "
                                                    "service providers: say on what terms you share it"))
    if "affiliates" in f.health_data_recipient_kinds and not h.affiliates:
        found.append(Missing("health_data.affiliates", "name each group company you share consumer health data with"))
    if f.health_data_sold and h.sale_authorisation is not True:
        found.append(Missing("health_data.sale_authorisation", "consumer health data is sold: the policy can describe "
                                                               "the sale only when each person signs an authorisation"))
    if h.collection == "consent" and not f.a.rights.consent_withdrawal:
        found.append(Missing("rights.consent_withdrawal", "say how people withdraw their consent"))
    if ("washington_health" in f.laws or "nevada_health" in f.laws) and not f.a.rights.appeals:
        found.append(Missing("rights.appeals", "say how people appeal a refused request"))
    return found


def _title(f) -> str:
    return f"Consumer health data privacy policy of {f.a.organisation.display_name}"


def _states(f) -> list[str]:
    return [name for law, name in (("washington_health", "Washington"), ("nevada_health", "Nevada")) if law in f.laws]


def _who(f) -> str:
    # Both laws cover residents and anyone whose consumer health data is collected in the state (RCW 19.373.010;
    # SB 370 s.7, the bill's digest).
    places = " or ".join(_states(f))
    return f"people who live in {places}, and anyone whose consumer health data we collect in {places}"


def _purposes(f, category) -> str:
    words = [lower_first(f.a.purpose(ref).wording) for ref in dict.fromkeys(category.purposes)]
    return sentence("; ".join(words))


def write_markdown(f) -> str:
    from policygen.catalogue.choices import CHANGE_NOTICES, REQUEST_METHODS
    from policygen.catalogue.countries import COUNTRIES
    from policygen.catalogue.parties import RECIPIENT_KINDS, SOURCES
    from policygen.document.templating import long_date

    a, h = f.a, f.a.health_data
    org = escape(a.organisation.display_name)
    categories = f.consumer_health_categories
    nevada = "nevada_health" in f.laws
    parts = [f"# {escape(_title(f))}",
             f"Effective date: {long_date(a.changes.effective_date)}. Last updated: {long_date(a.changes.last_updated)}.",
             f"This policy is for {_who(f)}. It explains how {org} handles your consumer health data: information "
             "linked to you that can show your past, present or future physical or mental health. Our privacy policy "
             "covers the rest of your personal information."]

    parts.append("## What we collect and why")
    parts.append(table(("Consumer health data", "What it includes", "Why we use it", "Where it comes from"),
                       [(c.label, sentence(c.example_text) if c.example_text else "", _purposes(f, c),
                         sentence(join(lower_first(SOURCES[s].label) for s in c.sources)))
                        for c in categories]))
    if h.collection == "consent":
        parts.append("We collect it only with your consent, which we ask for before we collect it and for a purpose "
                     "we state.")
    elif h.collection == "necessary":
        parts.append("We collect it only as far as we need it to provide the product or service you asked us for.")
    parts.append("Before we collect, use or share consumer health data of another kind or for another purpose, we "
                 "will add it to this policy and ask for your consent.")

    parts.append("## Whom we share it with")
    shared_kinds = f.health_data_recipient_kinds
    if shared_kinds:
        shared = [c for c in categories if any(r in shared_kinds for r in c.recipients)]
        kinds = [lower_first(RECIPIENT_KINDS[k].label) for k in shared_kinds if k != "affiliates"]
        recipients = [f"with {join(kinds)}"] if kinds else []
        if "affiliates" in shared_kinds:
            recipients.append(f"with these companies in our group: {join(h.affiliates)}")
        parts.append(Markdown(f"We share your {join(dict.fromkeys(lower_first(c.label) for c in shared))} "
                              f"{' and '.join(recipients)}."))
        if h.sharing == "separate_consent":
            parts.append("We share it only with your consent, which we ask for separately from your consent to "
                         "collect it.")
        elif h.sharing == "necessary":
            parts.append("We share it only as far as needed to provide the product or service you asked us for.")
    else:
        parts.append("We do not share your consumer health data with third parties or with companies in our group.")
    if f.health_data_to_processors:
        parts.append("Service providers that process it for us under contract receive it to do that work.")
    if f.health_data_sold:
        parts.append("We sell consumer health data only with your signed authorisation, which you can revoke.")
    elif all(c.sold is False for c in categories):
        parts.append("We do not sell your consumer health data.")
    if nevada and f.others_track_across_sites:
        parts.append("Other companies may collect information about your activity over time and across other sites "
                     "and services when you use ours.")
    elif nevada and f.nobody_tracks_across_sites:
        parts.append("No other company collects information about your activity across other sites and services "
                     "through ours.")

    parts.append("## Your rights")
    if "washington_health" in f.laws:
        rights = [
            "**Confirm and access.** You can ask us whether we collect, share or sell your consumer health data, and "
            "for a copy of it, with a list of every third party and group company we have shared it with or sold it "
            "to and an email address or online way to contact each.",
            "**Withdraw consent.** You can withdraw your consent to our collecting and sharing it."
            + (f" {escape(sentence(a.rights.consent_withdrawal))}" if a.rights.consent_withdrawal else ""),
            "**Delete.** You can ask us to delete it. We then delete it from all our systems (from backups within "
            "six months) and tell every group company, processor and other third party we shared it with, which "
            "must delete it too.",
            # RCW 19.373.040(1)(h), as a public research note quotes it ("If the appeal is denied, [it] shall also
            # provide the consumer with an online mechanism, if available, or other method through which the
            # consumer may contact the attorney general to submit a complaint"); the statute's own page was read
            # only as far as (1)(c).
            f"**Appeal.** If we refuse to act on your request, you can appeal. {escape(sentence(a.rights.appeals))} "
            "If we turn down your appeal, we will tell you how to contact Washington's Attorney General to submit "
            "a complaint.",
        ]
        parts.append("If you live in Washington, or we collect your consumer health data there, Washington's My Health "
                     "My Data Act gives you these rights:")
        parts.append(Markdown("\n".join(f"- {r}" for r in rights)))
        parts.append("We will not discriminate against you for using them.")
    if nevada:
        # NRS 603A.500(3)(d) (withdrawing consent and asking to stop collecting or sharing, under .505) and .515(1)
        # (deletion within 30 days of authenticating the request; every recipient told); an appeal process (SB 370's
        # title). The rest of .505 was not read, so no other Nevada right is stated.
        appeal = ("If we refuse to act on your request, you can appeal as described above."
                  if "washington_health" in f.laws else
                  f"If we refuse to act on your request, you can appeal. {escape(sentence(a.rights.appeals))}"
                  if a.rights.appeals else "")
        parts.append(Markdown("**If you live in Nevada, or we collect your consumer health data there.** You can "
                              "withdraw your consent and ask us to stop collecting or sharing your consumer health "
                              "data, and ask us to delete it. We delete it within 30 days of confirming that the "
                              "request comes from you, and tell every group company, processor and other third party "
                              "we shared it with." + (f" {appeal}" if appeal else "")))
    if nevada and a.rights.self_service:
        parts.append("You can also see and change your information in your account.")
    methods = [m for m in a.rights.request_methods if m != "in_account"]
    how = [Markdown(f"by email at {email(a.organisation.email)}") if m == "email" else REQUEST_METHODS[m].description
           for m in methods]
    if how:
        parts.append(Markdown(f"**How to make a request.** Contact us {join(how, 'or')}.") + (
            f" We reply within {a.rights.response_days} days." if a.rights.response_days else ""))
    if nevada and a.changes.notice_methods:
        parts.append("## Changes to this policy")
        parts.append(Markdown("When we change this policy in a material way, we will "
                              f"{join((CHANGE_NOTICES[n].description for n in a.changes.notice_methods))}."))
    parts.append("## Contact")
    parts.append(Markdown(f"{escape(a.organisation.legal_name)}, {escape(a.organisation.address)}, "
                          f"{COUNTRIES[a.organisation.country]}. Email: "
                          f"{email(a.organisation.email)}."))
    return "\n\n".join(parts) + "\n"


def write_html(f) -> str:
    from policygen.render.html import separate_document_page

    return separate_document_page(_title(f), write_markdown(f))


register(Exporter("health-data-policy", not_applicable, missing, write_markdown))
register(Exporter("health-data-policy-html", not_applicable, missing, write_html))
