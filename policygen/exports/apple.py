"""Apple's App Privacy details, two ways: the JSON that fastlane's ``upload_app_privacy_details_to_app_store`` action
reads (``apple-app-privacy``), and the ``PrivacyInfo.xcprivacy`` privacy manifest bundled in the app (``xcprivacy``).

Mapping checked on 2026-12-01 against:
- fastlane ``fastlane/lib/fastlane/actions/upload_app_privacy_details_to_app_store.rb`` (commit 2c7e2f9): a JSON array
  of {category, purposes, data_protections}, sorted by category, purposes and protections sorted and unique; a lone
  {data_protections: [DATA_NOT_COLLECTED]} when nothing is collected. Ids are App Store Connect's
  (spaceship's AppDataUsageCategory, AppDataUsagePurpose, AppDataUsageDataProtection).
- Apple, "Describing data use in privacy manifests" and the App Privacy Configuration reference
  (developer.apple.com/documentation/bundleresources): NSPrivacyTracking, NSPrivacyTrackingDomains,
  NSPrivacyCollectedDataTypes of {NSPrivacyCollectedDataType, ...Linked, ...Tracking, ...Purposes}, the values being
  the NSPrivacyCollectedDataType... and NSPrivacyCollectedDataTypePurpose... constants (note "PhotosorVideos").
- Apple, "App privacy details on the App Store" (developer.apple.com/app-store/app-privacy-details/) for what each
  data type and purpose covers.
Required-reason APIs (NSPrivacyAccessedAPITypes) describe the app's code, not its data practices: the manifest
leaves them to the developer.
Judgement calls are marked †.
"""

from __future__ import annotations

import json

from policygen.exports import Exporter, Missing, no_app, register
from policygen.exports.labels import missing_answer, missing_items, store_types

# policygen's data items (policygen.catalogue.choices.DATA_ITEMS) -> (App Store Connect id, privacy manifest suffix)
DATA_TYPES: dict[str, tuple[str, str]] = {
    "name": ("NAME", "Name"),
    "email_address": ("EMAIL_ADDRESS", "EmailAddress"),
    "phone_number": ("PHONE_NUMBER", "PhoneNumber"),
    "postal_address": ("PHYSICAL_ADDRESS", "PhysicalAddress"),
    "other_contact_info": ("OTHER_CONTACT_INFO", "OtherUserContactInfo"),
    "user_id": ("USER_ID", "UserID"),
    "device_id": ("DEVICE_ID", "DeviceID"),
    "payment_info": ("PAYMENT_INFORMATION", "PaymentInfo"),
    "credit_info": ("CREDIT_AND_FRAUD", "CreditInfo"),
    "other_financial_info": ("OTHER_FINANCIAL_INFO", "OtherFinancialInfo"),
    "purchase_history": ("PURCHASE_HISTORY", "PurchaseHistory"),
    "photos": ("PHOTOS_OR_VIDEOS", "PhotosorVideos"),
    "videos": ("PHOTOS_OR_VIDEOS", "PhotosorVideos"),
    "audio": ("AUDIO", "AudioData"),
    "files_and_docs": ("OTHER_USER_CONTENT", "OtherUserContent"),  # † Apple has no type for files
    "emails": ("EMAILS_OR_TEXT_MESSAGES", "EmailsOrTextMessages"),
    "text_messages": ("EMAILS_OR_TEXT_MESSAGES", "EmailsOrTextMessages"),
    "other_messages": ("OTHER_USER_CONTENT", "OtherUserContent"),  # † in-app chat is "other user content"
    "customer_support": ("CUSTOMER_SUPPORT", "CustomerSupport"),
    "other_user_content": ("OTHER_USER_CONTENT", "OtherUserContent"),
    "gameplay_content": ("GAMEPLAY_CONTENT", "GameplayContent"),
    "product_interaction": ("PRODUCT_INTERACTION", "ProductInteraction"),
    "browsing_history": ("BROWSING_HISTORY", "BrowsingHistory"),
    "search_history": ("SEARCH_HISTORY", "SearchHistory"),
    "advertising_data": ("ADVERTISING_DATA", "AdvertisingData"),
    "other_usage_data": ("OTHER_USAGE_DATA", "OtherUsageData"),
    "crash_data": ("CRASH_DATA", "CrashData"),
    "performance_data": ("PERFORMANCE_DATA", "PerformanceData"),
    "other_diagnostic_data": ("OTHER_DIAGNOSTIC_DATA", "OtherDiagnosticData"),
    "coarse_location": ("COARSE_LOCATION", "CoarseLocation"),
    "precise_location": ("PRECISE_LOCATION", "PreciseLocation"),
    "health": ("HEALTH", "Health"),
    "fitness": ("FITNESS", "Fitness"),
    "contacts": ("CONTACTS", "Contacts"),
    "race_ethnicity": ("SENSITIVE_INFO", "SensitiveInfo"),
    "political_religious": ("SENSITIVE_INFO", "SensitiveInfo"),
    "sexual_orientation_gender": ("SENSITIVE_INFO", "SensitiveInfo"),
    "other_sensitive_info": ("SENSITIVE_INFO", "SensitiveInfo"),
    "other_personal_info": ("OTHER_DATA", "OtherDataTypes"),  # † demographics, IDs, jobs: Apple's "Other Data Types"
}

# policygen's purposes (policygen.catalogue.purposes.PURPOSES, and "other") -> (App Store Connect id, manifest suffix)
PURPOSES: dict[str, tuple[str, str] | None] = {
    "provide_service": ("APP_FUNCTIONALITY", "AppFunctionality"),
    "ai_features": ("APP_FUNCTIONALITY", "AppFunctionality"),
    "matching": ("APP_FUNCTIONALITY", "AppFunctionality"),
    "account_management": ("APP_FUNCTIONALITY", "AppFunctionality"),
    "payments": ("APP_FUNCTIONALITY", "AppFunctionality"),
    "customer_support": ("APP_FUNCTIONALITY", "AppFunctionality"),
    "service_messages": ("APP_FUNCTIONALITY", "AppFunctionality"),
    "security": ("APP_FUNCTIONALITY", "AppFunctionality"),  # Apple counts fraud prevention and security here
    "improve_service": ("ANALYTICS", "Analytics"),
    "analytics": ("ANALYTICS", "Analytics"),
    "research": ("ANALYTICS", "Analytics"),  # †
    "personalisation": ("PRODUCT_PERSONALIZATION", "ProductPersonalization"),
    "marketing": ("DEVELOPERS_ADVERTISING", "DeveloperAdvertising"),
    "promotions": ("DEVELOPERS_ADVERTISING", "DeveloperAdvertising"),
    "events": ("DEVELOPERS_ADVERTISING", "DeveloperAdvertising"),
    "advertising": ("THIRD_PARTY_ADVERTISING", "ThirdPartyAdvertising"),  # † ads based on activity elsewhere
    # † contextual ads in an app come from an ad network: "displaying third-party ads in your app"
    "contextual_advertising": ("THIRD_PARTY_ADVERTISING", "ThirdPartyAdvertising"),
    "legal_compliance": ("OTHER_PURPOSES", "Other"),
    "legal_claims": ("OTHER_PURPOSES", "Other"),
    "other": ("OTHER_PURPOSES", "Other"),
    "recruitment": None,  # job applications are not made in the app
}

CATEGORY_ORDER = tuple(sorted({ids[0] for ids in DATA_TYPES.values()}))
MANIFEST_ORDER = tuple(dict.fromkeys(ids[1] for ids in DATA_TYPES.values()))


def _apple_missing(f) -> list[Missing]:
    return (missing_items(f)
            + missing_answer(f, "linked", "linked_to_person",
                             "Apple asks whether this data is linked to the person's identity")
            + missing_answer(f, "tracking", "used_for_tracking",
                             "Apple asks whether this data is used to track people; the policy leaves its sale and "
                             "sharing for ads unanswered"))


def _types(f, which: int):
    item_ids = {item: ids[which] for item, ids in DATA_TYPES.items()}
    purpose_ids = {p: ids[which] if ids else None for p, ids in PURPOSES.items()}
    return store_types(f, item_ids, purpose_ids, CATEGORY_ORDER if which == 0 else MANIFEST_ORDER)


def write_app_privacy(f) -> str:
    entries = []
    for t in _types(f, 0):
        protections = ["DATA_LINKED_TO_YOU" if t.linked else "DATA_NOT_LINKED_TO_YOU"]
        if t.tracking:
            protections.append("DATA_USED_TO_TRACK_YOU")
        entries.append({"category": t.id, "purposes": sorted(t.purposes), "data_protections": sorted(protections)})
    if not entries:
        entries = [{"data_protections": ["DATA_NOT_COLLECTED"]}]
    return json.dumps(entries, indent=2) + "\n"


def write_manifest(f) -> str:
    import plistlib

    collected = [{
        "NSPrivacyCollectedDataType": f"NSPrivacyCollectedDataType{t.id}",
        "NSPrivacyCollectedDataTypeLinked": t.linked,
        "NSPrivacyCollectedDataTypeTracking": t.tracking,
        "NSPrivacyCollectedDataTypePurposes": [f"NSPrivacyCollectedDataTypePurpose{p}" for p in t.purposes],
    } for t in _types(f, 1)]
    manifest = {
        "NSPrivacyTracking": f.app_tracks,
        "NSPrivacyTrackingDomains": list(f.app_tracking_domains) if f.app_tracks else [],
        "NSPrivacyCollectedDataTypes": collected,
    }
    return plistlib.dumps(manifest, sort_keys=False).decode("utf-8")


def _manifest_missing(f) -> list[Missing]:
    found = _apple_missing(f)
    if f.app_tracks and not f.app_tracking_domains:
        found.append(Missing("processors[*].tracking_domains",
                             "the app tracks people, and Apple's privacy manifest must list the domains it tracks "
                             "from: give them for the advertising or analytics provider that tracks"))
    return found


register(Exporter("apple-app-privacy", no_app, _apple_missing, write_app_privacy))
register(Exporter("xcprivacy", no_app, _manifest_missing, write_manifest))
