"""A machine-readable privacy notice in the W3C Data Privacy Vocabulary (``dpv``), as JSON-LD: a ``dpv:PrivacyNotice``
with the notice's identifier and version (the fields an ISO/IEC TS 27560 consent record names), its controller, the
kinds of recipient, and one ``dpv:PersonalDataProcess`` per purpose with its data, legal bases and data subjects.

Terms checked on 2026-12-01 against DPV 2.3 (github.com/w3c/dpv, published 2026-02-25): ``2.3/dpv/dpv.csv`` (every
property used), ``2.3/dpv/modules/purposes.ttl``, ``process.ttl``, ``entities_legalrole.ttl``,
``entities_authority.ttl``, ``entities_datasubject.ttl``, ``2.3/pd/modules/core.ttl`` and ``extended.ttl`` (personal
data), and ``2.3/legal/eu/gdpr/modules/legal_basis.ttl`` (GDPR Art. 6(1) bases). The shape (purposes, data and legal
bases as objects with ``skos:broader`` and ``skos:prefLabel``; the notice's ``dpv:hasIdentifier``) follows DPV's guide
for ISO/IEC TS 27560 consent records (w3id.org/dpv/guides/consent-27560) and its example E0022 (a notice that declares
its processes). ``dpv:PersonalDataHandling`` is "sunset" in 2.3 ("use dpv:Process"), so each process is a
``dpv:PersonalDataProcess``, its accepted subclass. DPV has no version property; the version is ``dct:hasVersion``,
as DPV's consent-record example uses it. Where DPV has no term for what policygen means, the nearest broader term is
used and the line is marked †; nothing here is a term DPV does not define (a test holds every term the export writes
to TERMS).
"""

from __future__ import annotations

import json

from policygen.exports import Exporter, notice_id, notice_version, register

CONTEXT = {
    "dpv": "https://w3id.org/dpv#",
    "pd": "https://w3id.org/dpv/pd#",
    "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
    "dct": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
}

# policygen's purposes -> DPV purposes
PURPOSES: dict[str, tuple[str, ...]] = {
    "provide_service": ("dpv:ServiceProvision",),
    "ai_features": ("dpv:ServiceProvision",),  # † DPV has no purpose for AI features: the service they are part of
    "matching": ("dpv:ServiceProvision",),  # † matching people is what such a service provides
    "account_management": ("dpv:AccountManagement",),
    "payments": ("dpv:PaymentManagement",),
    "customer_support": ("dpv:CustomerCare",),
    "service_messages": ("dpv:CommunicationManagement",),
    "improve_service": ("dpv:ImproveExistingProductsAndServices",),
    "analytics": ("dpv:ServiceUsageAnalytics",),
    "research": ("dpv:ResearchAndDevelopment",),
    "personalisation": ("dpv:ServicePersonalisation",),
    "marketing": ("dpv:DirectMarketing",),
    "promotions": ("dpv:Marketing",),  # † contests and referrals: no narrower term
    "events": ("dpv:Marketing",),  # † events and webinars: no narrower term
    "advertising": ("dpv:TargetedAdvertising",),
    "contextual_advertising": ("dpv:Advertising",),  # † no narrower term for ads chosen from the content in view
    "security": ("dpv:EnforceSecurity", "dpv:FraudPreventionAndDetection"),
    "legal_compliance": ("dpv:LegalCompliance",),
    "legal_claims": ("dpv:DisputeManagement",),  # † legal claims and enforcing terms: managing disputes
    "recruitment": ("dpv:RecruitmentManagement",),
    "other": ("dpv:Purpose",),  # † a purpose of the business's own: the root, its label says what it is
}

# policygen's data categories -> DPV personal data, when the answers do not say which items
CATEGORIES: dict[str, tuple[str, ...]] = {
    "contact_details": ("pd:Contact",),
    "account_credentials": ("pd:Username", "pd:Authenticating"),
    "online_identifiers": ("pd:Identifier", "pd:IPAddress"),
    "government_ids": ("pd:OfficialID",),
    "payment_information": ("pd:PaymentCard", "pd:BankAccount"),
    "financial_information": ("pd:Financial",),
    "commercial_information": ("pd:Purchase",),
    "demographics": ("pd:Demographic",),
    "profile_information": ("pd:Profile",),  # † the profile a person fills in
    "user_content": ("dpv:PersonalData",),  # † no term for content people create: the root
    "communications_content": ("pd:Communication",),
    "usage_data": ("pd:ServiceConsumptionBehaviour",),
    "device_information": ("pd:DeviceBased",),
    "log_data": ("pd:IPAddress", "pd:UserAgent"),  # † what server logs hold about a person
    "approximate_location": ("pd:Location",),  # † no term for approximate location: the broader one
    "precise_location": ("pd:GPSCoordinate",),  # † the precise location term DPV has
    "audio_visual": ("pd:Picture", "pd:VoiceCommunicationRecording"),  # † images and voice recordings
    "professional_information": ("pd:Professional",),
    "education_information": ("pd:Education",),
    "inferences": ("pd:IndividualProfile",),  # † a profile drawn from other data
    "social_media": ("pd:SocialMedia",),
    "survey_responses": ("pd:Opinion",),
    "health_information": ("pd:Health",),
    "biometric_data": ("pd:Biometric",),
    "sensitive_characteristics": ("dpv:SpecialCategoryPersonalData",),  # † split them with items for finer terms
    "citizenship_immigration": ("pd:Citizenship", "pd:Residency"),  # † immigration status: residency
}

# The finer terms for the items of a category the answers split (data_categories[*].items); an item not listed here
# ("other ...") takes its category's terms.
ITEMS: dict[str, tuple[str, ...]] = {
    "name": ("pd:Name",),
    "email_address": ("pd:EmailAddress",),
    "phone_number": ("pd:TelephoneNumber",),
    "postal_address": ("pd:PhysicalAddress",),
    "user_id": ("pd:UID",),
    "device_id": ("pd:DeviceBased",),  # † no term for device or advertising IDs: information about devices
    "payment_info": ("pd:PaymentCardNumber", "pd:BankAccount"),
    "credit_info": ("pd:CreditScore", "pd:CreditRecord"),
    "purchase_history": ("pd:Purchase",),
    "photos": ("pd:Picture",),
    "audio": ("pd:VoiceCommunicationRecording",),  # † voice recordings
    "emails": ("pd:EmailContent",),
    "text_messages": ("pd:Communication",),  # † no term for text messages
    "customer_support": ("pd:Communication",),
    "product_interaction": ("pd:ServiceConsumptionBehaviour",),
    "browsing_history": ("pd:BrowserHistory",),
    "search_history": ("pd:Behavioural",),  # † no term for search history
    "advertising_data": ("pd:Behavioural",),  # † no term for ads seen or clicked
    "crash_data": ("pd:DeviceBased",),  # † no terms for diagnostics: information about devices
    "performance_data": ("pd:DeviceBased",),  # †
    "coarse_location": ("pd:Location",),  # †
    "precise_location": ("pd:GPSCoordinate",),  # †
    "health": ("pd:Health",),
    "fitness": ("pd:PhysicalHealth",),  # †
    "contacts": ("pd:SocialNetwork",),
    "race_ethnicity": ("pd:Race", "pd:EthnicOrigin"),
    "political_religious": ("pd:PoliticalOpinion", "pd:ReligiousBelief"),
    "sexual_orientation_gender": ("pd:SexualPreference", "pd:Gender"),  # † no term for sexual orientation
    "other_sensitive_info": ("dpv:SensitivePersonalData",),
}

# policygen's legal bases -> DPV's (any law) and the GDPR extension's Art. 6(1) points (where the EU GDPR applies)
LEGAL_BASES: dict[str, tuple[str, str]] = {
    "consent": ("dpv:Consent", "eu-gdpr:A6-1-a"),
    "contract": ("dpv:Contract", "eu-gdpr:A6-1-b"),
    "legal_obligation": ("dpv:LegalObligation", "eu-gdpr:A6-1-c"),
    "vital_interests": ("dpv:VitalInterest", "eu-gdpr:A6-1-d"),
    "public_task": ("dpv:PublicInterest", "eu-gdpr:A6-1-e"),
    "legitimate_interests": ("dpv:LegitimateInterest", "eu-gdpr:A6-1-f"),
}

# policygen's kinds of recipient -> DPV's roles
RECIPIENTS: dict[str, str] = {
    "service_providers": "dpv:DataProcessor",
    "analytics_providers": "dpv:DataProcessor",
    "payment_processors": "dpv:DataProcessor",
    "ai_partners": "dpv:DataProcessor",
    "data_buyers": "dpv:ThirdParty",
    "business_partners": "dpv:ThirdParty",
    "advertising_partners": "dpv:ThirdParty",  # † ad networks mostly use the data for themselves too
    "acquirers": "dpv:ThirdParty",
    "researchers": "dpv:ThirdParty",  # † they use the data for their own studies
    "authorities": "dpv:Authority",
    # † group companies, the business customer, other users, connected apps, advisers and the public can be any
    # role: the broadest one
    "affiliates": "dpv:Recipient",
    "business_customers": "dpv:Recipient",
    "other_users": "dpv:Recipient",
    "integrations": "dpv:Recipient",
    "professional_advisers": "dpv:Recipient",
    "public": "dpv:Recipient",
    "couriers": "dpv:Recipient",  # † a courier may deliver on our instructions (a processor) or as a controller
}


# The vocabulary terms the notice's structure uses, each checked in the files named above (the DCMI and SKOS terms as
# DPV's guide uses them); with the mapping tables, every term the export can write.
STRUCTURE = frozenset({
    "dpv:PrivacyNotice", "dpv:hasIdentifier", "dct:hasVersion", "dct:title", "dpv:hasDataController",
    "dpv:DataController", "dpv:hasName", "dpv:hasContact", "dpv:hasRecipient", "dpv:hasProcess",
    "dpv:PersonalDataProcess", "dpv:hasPurpose", "dpv:Purpose", "dpv:hasPersonalData", "dpv:PersonalData",
    "dpv:hasDataSubject", "dpv:DataSubject", "dpv:JobApplicant", "dpv:hasLegalBasis", "skos:prefLabel", "skos:broader",
})
TERMS = STRUCTURE | set(RECIPIENTS.values()) | {
    t for table in (PURPOSES, CATEGORIES, ITEMS, LEGAL_BASES) for terms in table.values() for t in terms}


def _ids(terms) -> list[dict]:
    return [{"@id": t} for t in dict.fromkeys(terms)]


def _data_terms(category) -> tuple[str, ...]:
    fallback = CATEGORIES[category.category]
    if category.items:
        return tuple(dict.fromkeys(t for item in category.items for t in ITEMS.get(item, fallback)))
    return fallback


def _process(f, purpose) -> dict:
    process = {
        "@type": "dpv:PersonalDataProcess",
        "skos:prefLabel": purpose.label,
        "dpv:hasPurpose": {"@type": "dpv:Purpose", "skos:broader": _ids(PURPOSES[purpose.purpose]),
                           "skos:prefLabel": purpose.label},
        "dpv:hasPersonalData": [{"@type": "dpv:PersonalData", "skos:broader": _ids(_data_terms(c)),
                                 "skos:prefLabel": c.label} for c in f.a.categories_for(purpose)],
        "dpv:hasDataController": {"@id": "_:controller"},
        "dpv:hasDataSubject": {"@type": "dpv:JobApplicant" if purpose.purpose == "recruitment" else "dpv:DataSubject"},
    }  # data subjects, not users: the people a purpose concerns need not use the service (a data broker's do not)
    if purpose.legal_basis:
        general, gdpr = LEGAL_BASES[purpose.legal_basis]
        process["dpv:hasLegalBasis"] = _ids((general, gdpr) if "gdpr" in f.laws else (general,))
    return process


def write(f) -> str:
    from policygen.catalogue.parties import RECIPIENT_KINDS

    a = f.a
    notice = {
        "@context": CONTEXT,
        "@type": "dpv:PrivacyNotice",
        "dpv:hasIdentifier": notice_id(f),
        "dct:hasVersion": notice_version(f),
        "dct:title": f"{a.organisation.display_name} privacy notice",
        "dpv:hasDataController": {"@id": "_:controller", "@type": "dpv:DataController",
                                  "dpv:hasName": a.organisation.legal_name, "dpv:hasContact": a.organisation.email},
        "dpv:hasRecipient": [{"@type": RECIPIENTS[k], "skos:prefLabel": RECIPIENT_KINDS[k].label}
                             for k in a.recipient_kinds],
        "dpv:hasProcess": [_process(f, p) for p in a.purposes if a.categories_for(p)],
    }
    return json.dumps(notice, indent=2, ensure_ascii=False) + "\n"


register(Exporter("dpv", lambda f: None, lambda f: [], write))
