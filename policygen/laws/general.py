"""Checks that hold whatever the law: answers that contradict each other, or that have no effect."""

from __future__ import annotations

import datetime

from policygen.laws import Check, REGISTRY


def _consent_without_withdrawal(f, _today) -> list:
    if f.gdpr_or_uk and f.consent_basis and not f.a.rights.consent_withdrawal:
        return [("rights.consent_withdrawal", "consent is a legal basis but you do not say how to withdraw it")]
    return []


def _marketing_unsaid(f, _today) -> list:
    if f.gdpr_or_uk and any(p.purpose == "marketing" for p in f.a.purposes) and not f.a.marketing.sends_marketing:
        return [("marketing.sends_marketing", "marketing is one of your purposes, but you answer that you send no "
                 "marketing messages: say how you send them, so the policy explains how to stop them")]
    return []


def _stale(f, today: datetime.date) -> list:
    age = (today - f.a.changes.last_updated).days
    if f.serves_california and age > 365:
        return [("changes.last_updated", f"the policy was last updated {age} days ago; CCPA asks for a review at "
                 "least every 12 months")]
    return []


def _storage_contradicts_providers(f, _today) -> list:
    from policygen.catalogue.countries import COUNTRIES

    return [("transfers.storage_countries", f"your providers are located in {COUNTRIES[code]} but the storage "
             "countries leave it out: add it, or set the provider's country to where it keeps your data")
            for code in f.providers_outside_storage]


def _catalogue_unconfirmed(f, _today) -> list:
    """A catalogue fact its provider's own pages did not confirm is left out of the policy until the answers give it."""
    from policygen.catalogue.services import SERVICES

    what = {"country": "where it is based", "policy_url": "its privacy page", "opt_out_url": "its opt-out page"}
    found = []
    for i, p in enumerate(f.a.processors):
        service = SERVICES[p.service] if p.service else None
        for field in sorted(service.unconfirmed) if service else ():
            if getattr(p, field) is None:
                read = f" in the pages it read ({service.sources[0]})" if service.sources else ""
                found.append((f"processors[{i}].{field}", f"the catalogue could not confirm {what[field]} for "
                              f"{p.display_name}{read}: answer it from the provider's own terms; until then the "
                              "policy says nothing of it"))
    return found


def _consent_data_kept(f, _today) -> list:
    """Data used only on consent must go when consent is withdrawn (GDPR Art. 17(1)(b)); a fixed period that says
    nothing about withdrawal promises to keep it longer."""
    if not f.gdpr_or_uk:
        return []
    found = []
    for i, c in enumerate(f.a.data_categories):
        bases = {f.a.purpose(ref).legal_basis for ref in c.purposes}
        retention = c.retention
        if bases != {"consent"} or retention is None:
            continue
        for path, kept in ((f"data_categories[{i}].retention", retention), *(
                (f"data_categories[{i}].retention.exceptions[{j}]", e) for j, e in enumerate(retention.exceptions))):
            if kept.period and not (kept.criteria and "withdraw" in kept.criteria.lower()):
                found.append((path, f"'{c.label}' is used only with consent but kept for {kept.period}: say that it "
                              "is deleted when consent is withdrawn (add it to the criteria)"))
    return found


def _provider_data_undeclared(f, _today) -> list:
    """The policy lists only declared categories as what a provider receives, so one the business does not declare
    is left out of the providers' table."""
    from policygen.catalogue.categories import DATA_CATEGORIES
    from policygen.document.markdown_text import lower_first

    declared = {c.category for c in f.a.data_categories}
    return [(f"processors[{i}].data", f"{p.display_name} receives {lower_first(DATA_CATEGORIES[k].label)}, which is "
             "not among your data categories: declare it (data_categories), or remove it here; the policy leaves it "
             "out") for i, p in enumerate(f.a.processors) for k in (p.data or ()) if k not in declared]


def _provider_data_unstated(f, _today) -> list:
    """A provider whose data neither its answer nor its kind of recipient settles shows "Not stated" in the providers'
    table (several providers share its kind, so which gets what is not known)."""
    return [(f"processors[{i}].data", f"the policy cannot say what data {p.display_name} receives (its row reads "
             "\"Not stated\"): list the data categories you send it")
            for i, (p, received) in enumerate(zip(f.a.processors, f.provider_data)) if not p.data and not received]


def _purpose_without_data(f, _today) -> list:
    """A purpose no data category names shows in the policy with no information used: it is missing from the
    categories' purposes, or it is not one of this business's."""
    used = {ref for c in f.a.data_categories for ref in c.purposes}
    return [(f"purposes[{i}]", f"no data category is used for '{p.label}': add it to the purposes of the data it "
             "uses (data_categories[].purposes), or remove it") for i, p in enumerate(f.a.purposes)
            if not any(f.a.purpose(ref) is p for ref in used)]


def _referrals_unanswered(f, _today) -> list:
    """"promotions" once covered refer-a-friend schemes too; a file written then says nothing of its scheme now."""
    if f.a.practices.promotions and f.a.practices.referrals is None:
        return [("practices.referrals", "you run contests or prize draws; say whether people can also invite or "
                 "refer friends (the policy says nothing of referrals until you answer)")]
    return []


def _dpf_enforcer_unnamed(f, _today) -> list:
    """The Framework's notice names the US body whose powers the organisation is subject to; which one is a fact about
    the business (its entry on the Data Privacy Framework List), not something the policy can guess."""
    from policygen.model.conditions import names_data_privacy_framework

    return [(f"certifications[{i}].enforcement_authority", "say which US body has jurisdiction over you under the "
             "Data Privacy Framework (the FTC, or the Department of Transportation for airlines and ticket agents); "
             "until then the policy does not name it")
            for i, c in enumerate(f.a.certifications)
            if names_data_privacy_framework(c) and c.enforcement_authority is None]


def _one_person_with_group_companies(f, _today) -> list:
    """A business that is one person speaks as "I"; "companies in the same corporate group as me" then says
    something no reader can make sense of, and the policy would name a group the answers do not describe."""
    if not f.one_person:
        return []
    return [(f"data_categories[{i}].recipients", f"the business is one person (organisation.one_person), yet "
             f"'{c.label}' goes to group companies (affiliates): name them as business partners or service providers, "
             "or answer that the business is not one person") for i, c in enumerate(f.a.data_categories)
            if "affiliates" in c.recipients]


def _request_form_unnamed(f, _today) -> list:
    """A request form the policy cannot link to is no way to make a request: the reader needs its address."""
    if "web_form" not in f.a.rights.request_methods or f.a.organisation.contact_form_url:
        return []
    return [("organisation.contact_form_url", "people can make requests through a web form (rights.request_methods), "
             "but the answers give no address for it: give it here; until then the policy does not list the form")]


def _answers_without_effect(f, _today) -> list:
    from policygen.model.effect import answers_without_effect

    return [(path, f"this answer has no effect on the policy: {reason}") for path, reason in answers_without_effect(f.a)]


GDPR = REGISTRY.laws["gdpr"].in_force  # the UK GDPR's duties took effect the same day

REGISTRY.checks += [
    Check("consent-withdrawal", "gdpr", "GDPR Art. 7(3), 13(2)(c); UK GDPR Art. 7(3), 13(2)(c)", "error",
          _consent_without_withdrawal, GDPR),
    Check("marketing-objection", "gdpr", "GDPR Art. 21(2)-(4); UK GDPR Art. 21(2)-(4)", "warning", _marketing_unsaid,
          GDPR),
    Check("review-12-months", "ccpa", "Cal. Civ. Code 1798.130(a)(5); 11 CCR 7011(e)(4)", "warning", _stale,
          REGISTRY.laws["ccpa"].in_force),
    Check("storage-vs-providers", "", "", "warning",
          _storage_contradicts_providers),
    Check("catalogue-unconfirmed", "", "", "warning", _catalogue_unconfirmed),
    Check("consent-retention", "gdpr", "GDPR Art. 7(3), 17(1)(b); UK GDPR Art. 7(3), 17(1)(b)", "warning",
          _consent_data_kept, GDPR),
    Check("provider-data-declared", "", "", "warning", _provider_data_undeclared),
    Check("provider-data-unstated", "", "", "warning", _provider_data_unstated),
    Check("no-effect", "", "", "warning", _answers_without_effect),
    Check("one-person-group", "", "", "warning", _one_person_with_group_companies),
    Check("referrals-unanswered", "", "", "warning", _referrals_unanswered),
    Check("purpose-without-data", "", "", "warning", _purpose_without_data),
    Check("request-form-address", "", "", "warning", _request_form_unnamed),
    # Privacy Shield's Notice principle, item (a)(x), which the DPF Principles keep; the DPF's own numbering was not
    # confirmed from its text.
    Check("dpf-enforcer", "", "EU-U.S. Data Privacy Framework Principles, Notice", "warning", _dpf_enforcer_unnamed),
]
