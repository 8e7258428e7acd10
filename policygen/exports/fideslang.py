"""A fideslang system declaration (``fideslang``): the organisation's services as one Fides ``system`` whose privacy
declarations are the policy's purposes, each with the fideslang data categories it uses, its data use, its data
subjects and its legal basis, plus the notice's identifier and version (ISO/IEC TS 27560 records name the notice a
consent was given under, and its version) in the system's ``meta``.

Mapping checked on 2026-12-01 against fideslang (github.com/ethyca/fideslang): ``src/fideslang/models.py``
(System: fides_key, name, description, system_type, meta, legal_name, uses_cookies, privacy_declarations;
PrivacyDeclaration: name, data_categories, data_use, data_subjects, legal_basis_for_processing) and
``src/fideslang/default_taxonomy/data_categories.py`` at 1144db3. The keys are those of the released taxonomy
(fideslang 3.1.4), which the next one keeps with a ``replaced_by`` (``user.location.imprecise`` becomes
``user.location.coarse``...); every key below, data uses included, was checked to be in fideslang 3.1.4's
``DEFAULT_TAXONOMY``, and the golden files to load as its ``System`` model. A parent key covers its
children, so a category the answers do not split (no ``items``) maps to the parent. Judgement calls are marked †.
"""

from __future__ import annotations

import re

from policygen.exports import Exporter, Missing, notice_id, notice_version, register

# policygen's data categories -> fideslang data categories, when the answers do not say which items
CATEGORIES: dict[str, tuple[str, ...]] = {
    "contact_details": ("user.name", "user.contact"),
    "account_credentials": ("user.account.username", "user.authorization.credentials"),
    "online_identifiers": ("user.device", "user.unique_id"),
    "government_ids": ("user.government_id",),
    "payment_information": ("user.financial", "user.payment"),
    "financial_information": ("user.financial",),
    "commercial_information": ("user.behavior.purchase_history",),
    "demographics": ("user.demographic",),
    "profile_information": ("user.demographic.profile",),
    "user_content": ("user.content",),
    "communications_content": ("user.content.private",),
    "usage_data": ("user.behavior",),
    "device_information": ("user.device",),
    "log_data": ("system.operations", "user.device.ip_address"),
    "approximate_location": ("user.location.imprecise",),
    "precise_location": ("user.location.precise",),
    "audio_visual": ("user.content",),  # † recordings, photos and video the person appears in
    "professional_information": ("user.job_title", "user.workplace"),
    "education_information": ("user",),  # † the taxonomy has no education key: the root, not an invented one
    "inferences": ("user.demographic.profile",),
    "social_media": ("user.social", "user.contact.url"),
    "survey_responses": ("user.content.private",),
    "health_information": ("user.health_and_medical",),
    "biometric_data": ("user.biometric",),
    "sensitive_characteristics": ("user.demographic",),  # † split them with items for the finer keys
    "citizenship_immigration": ("user.government_id.immigration",),  # †
}

# The finer keys for the items of a category the answers split (data_categories[*].items).
ITEMS: dict[str, tuple[str, ...]] = {
    "name": ("user.name",),
    "email_address": ("user.contact.email",),
    "phone_number": ("user.contact.phone_number",),
    "postal_address": ("user.contact.address",),
    "race_ethnicity": ("user.demographic.race_ethnicity",),
    "political_religious": ("user.demographic.political_opinion", "user.demographic.religious_belief"),
    "sexual_orientation_gender": ("user.demographic.sexual_orientation", "user.demographic.gender"),
    "health": ("user.health_and_medical",),
    "coarse_location": ("user.location.imprecise",),
    "precise_location": ("user.location.precise",),
    "purchase_history": ("user.behavior.purchase_history",),
    "browsing_history": ("user.behavior.browsing_history",),
    "search_history": ("user.behavior.search_history",),
    "device_id": ("user.device.device_id",),
    "user_id": ("user.unique_id",),
    "photos": ("user.content",),
    "videos": ("user.content",),
}

# policygen's purposes -> fideslang data uses (None: the taxonomy has none for it)
USES: dict[str, str | None] = {
    "provide_service": "essential.service",
    "ai_features": "essential.service",
    "matching": "essential.service",
    "account_management": "essential.service.authentication",
    "payments": "essential.service.payment_processing",
    "customer_support": "essential.service.operations.support",
    "service_messages": "essential.service.notifications",
    "security": "essential.service.security",
    "legal_compliance": "essential.legal_obligation",
    "legal_claims": "essential.legal_obligation",
    "improve_service": "functional.service.improve",
    "analytics": "analytics.reporting",
    "research": "analytics.reporting",  # †
    "personalisation": "personalize",
    "marketing": "marketing.communications",
    "promotions": "marketing.communications",
    "events": "marketing.communications",
    "advertising": "marketing.advertising",
    "contextual_advertising": "marketing.advertising.first_party.contextual",  # † fideslang has contextual ads only there
    "recruitment": "employment.recruitment",
    "other": None,
}

LEGAL_BASES = {
    "consent": "Consent", "contract": "Contract", "legal_obligation": "Legal obligations",
    "vital_interests": "Vital interests", "public_task": "Public interest",
    "legitimate_interests": "Legitimate interests",
}


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def _categories(category) -> tuple[str, ...]:
    if category.items:
        keys = [k for item in category.items for k in ITEMS.get(item, CATEGORIES.get(category.category, ("user",)))]
        return tuple(dict.fromkeys(keys))
    return CATEGORIES.get(category.category, ("user",))


def write(f) -> str:
    import yaml

    a = f.a
    declarations = []
    for purpose in a.purposes:
        used = a.categories_for(purpose)
        if not used:
            continue
        declaration = {
            "name": purpose.label,
            "data_categories": list(dict.fromkeys(k for c in used for k in _categories(c))),
            "data_use": USES[purpose.purpose],
            "data_subjects": ["job_applicant" if purpose.purpose == "recruitment" else "customer"],
        }
        if purpose.legal_basis:
            declaration["legal_basis_for_processing"] = LEGAL_BASES[purpose.legal_basis]
        declarations.append(declaration)
    system = {
        "fides_key": _key(a.organisation.display_name) or "system",
        "name": a.organisation.display_name,
        "description": ", ".join(s.name for s in a.services.covered),
        "system_type": "Application",
        "meta": {"notice_id": notice_id(f), "notice_version": notice_version(f)},
        "legal_name": a.organisation.legal_name,
        "uses_cookies": bool(f.uses_cookies),
        "privacy_declarations": declarations,
    }
    return yaml.safe_dump({"system": [system]}, sort_keys=False, allow_unicode=True, width=120)


def missing(f) -> list[Missing]:
    return [Missing(f"purposes[{i}]", f"fideslang has no data use for a purpose of your own ({p.label}); pick the "
                                      "catalogue purpose closest to it")
            for i, p in enumerate(f.a.purposes) if USES.get(p.purpose) is None and f.a.categories_for(p)]


register(Exporter("fideslang", lambda f: None, missing, write))
