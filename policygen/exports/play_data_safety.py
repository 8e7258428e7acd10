"""Google Play's Data safety form as the CSV that Play Console imports (App content > Data safety > Import from CSV)
and the Play Developer API's ``applications.dataSafety`` endpoint accepts.

Mapping checked on 2026-12-01 against:
- Google, "Provide information for Google Play's Data safety section"
  (support.google.com/googleplay/android-developer/answer/10787469): what "collected", "shared" (service providers,
  legal disclosures and transfers people ask for are not sharing), "processed ephemerally" and the purposes mean.
- Google, Play Developer API ``applications.dataSafety`` (developers.google.com/android-publisher): the body is the
  CSV as exported from Play Console.
- Templates exported from Play Console and kept in public repositories: the five columns, the question and response
  ids below, blank rows for what is not collected, TRUE/FALSE values, 783 lines including the header.
The import reads only the two machine-readable ids and the value; the label column is for people.
Judgement calls are marked †. Questions whose answers policygen does not hold (deletion without deleting the
account, the families policy, independent security review, the UPI badge, accounts made outside the app) are left
blank for you to answer in Play Console.
"""

from __future__ import annotations

import csv
import io

from policygen.exports import Exporter, Missing, register
from policygen.exports.labels import missing_answer, missing_items, store_types

HEADER = ("Question ID (machine readable)", "Response ID (machine readable)", "Response value", "Answer requirement",
          "Human-friendly question label")

# The data types, by group, in the template's order: (group question id, response id, label).
DATA_TYPES: tuple[tuple[str, str, str], ...] = (
    ("PSL_DATA_TYPES_PERSONAL", "PSL_NAME", "Personal info / Name"),
    ("PSL_DATA_TYPES_PERSONAL", "PSL_EMAIL", "Personal info / Email address"),
    ("PSL_DATA_TYPES_PERSONAL", "PSL_USER_ACCOUNT", "Personal info / User IDs"),
    ("PSL_DATA_TYPES_PERSONAL", "PSL_ADDRESS", "Personal info / Address"),
    ("PSL_DATA_TYPES_PERSONAL", "PSL_PHONE", "Personal info / Phone number"),
    ("PSL_DATA_TYPES_PERSONAL", "PSL_RACE_ETHNICITY", "Personal info / Race and ethnicity"),
    ("PSL_DATA_TYPES_PERSONAL", "PSL_POLITICAL_RELIGIOUS", "Personal info / Political or religious beliefs"),
    ("PSL_DATA_TYPES_PERSONAL", "PSL_SEXUAL_ORIENTATION_GENDER_IDENTITY",
     "Personal info / Sexual orientation or gender identity"),
    ("PSL_DATA_TYPES_PERSONAL", "PSL_OTHER_PERSONAL", "Personal info / Other info"),
    ("PSL_DATA_TYPES_FINANCIAL", "PSL_CREDIT_DEBIT_BANK_ACCOUNT_NUMBER",
     "Financial info / User payment info"),
    ("PSL_DATA_TYPES_FINANCIAL", "PSL_PURCHASE_HISTORY", "Financial info / Purchase history"),
    ("PSL_DATA_TYPES_FINANCIAL", "PSL_CREDIT_SCORE", "Financial info / Credit score"),
    ("PSL_DATA_TYPES_FINANCIAL", "PSL_OTHER", "Financial info / Other financial info"),
    ("PSL_DATA_TYPES_LOCATION", "PSL_APPROX_LOCATION", "Location / Approximate location"),
    ("PSL_DATA_TYPES_LOCATION", "PSL_PRECISE_LOCATION", "Location / Precise location"),
    ("PSL_DATA_TYPES_SEARCH_AND_BROWSING", "PSL_WEB_BROWSING_HISTORY", "Web browsing / Web browsing history"),
    ("PSL_DATA_TYPES_EMAIL_AND_TEXT", "PSL_EMAILS", "Messages / Emails"),
    ("PSL_DATA_TYPES_EMAIL_AND_TEXT", "PSL_SMS_CALL_LOG", "Messages / SMS or MMS"),
    ("PSL_DATA_TYPES_EMAIL_AND_TEXT", "PSL_OTHER_MESSAGES", "Messages / Other in-app messages"),
    ("PSL_DATA_TYPES_PHOTOS_AND_VIDEOS", "PSL_PHOTOS", "Photos and videos / Photos"),
    ("PSL_DATA_TYPES_PHOTOS_AND_VIDEOS", "PSL_VIDEOS", "Photos and videos / Videos"),
    ("PSL_DATA_TYPES_AUDIO", "PSL_AUDIO", "Audio / Voice or sound recordings"),
    ("PSL_DATA_TYPES_AUDIO", "PSL_MUSIC", "Audio / Music files"),
    ("PSL_DATA_TYPES_AUDIO", "PSL_OTHER_AUDIO", "Audio / Other audio files"),
    ("PSL_DATA_TYPES_HEALTH_AND_FITNESS", "PSL_HEALTH", "Health and fitness / Health info"),
    ("PSL_DATA_TYPES_HEALTH_AND_FITNESS", "PSL_FITNESS", "Health and fitness / Fitness info"),
    ("PSL_DATA_TYPES_CONTACTS", "PSL_CONTACTS", "Contacts / Contacts"),
    ("PSL_DATA_TYPES_CALENDAR", "PSL_CALENDAR", "Calendar / Calendar events"),
    ("PSL_DATA_TYPES_APP_PERFORMANCE", "PSL_CRASH_LOGS", "App info and performance / Crash logs"),
    ("PSL_DATA_TYPES_APP_PERFORMANCE", "PSL_PERFORMANCE_DIAGNOSTICS", "App info and performance / Diagnostics"),
    ("PSL_DATA_TYPES_APP_PERFORMANCE", "PSL_OTHER_PERFORMANCE",
     "App info and performance / Other app performance data"),
    ("PSL_DATA_TYPES_FILES_AND_DOCS", "PSL_FILES_AND_DOCS", "Files and docs / Files and docs"),
    ("PSL_DATA_TYPES_APP_ACTIVITY", "PSL_USER_INTERACTION", "App activity / App interactions"),
    ("PSL_DATA_TYPES_APP_ACTIVITY", "PSL_IN_APP_SEARCH_HISTORY", "App activity / In-app search history"),
    ("PSL_DATA_TYPES_APP_ACTIVITY", "PSL_APPS_ON_DEVICE", "App activity / Installed apps"),
    ("PSL_DATA_TYPES_APP_ACTIVITY", "PSL_USER_GENERATED_CONTENT", "App activity / Other user-generated content"),
    ("PSL_DATA_TYPES_APP_ACTIVITY", "PSL_OTHER_APP_ACTIVITY", "App activity / Other actions"),
    ("PSL_DATA_TYPES_IDENTIFIERS", "PSL_DEVICE_ID", "Device or other IDs / Device or other IDs"),
)

# policygen's data items (policygen.catalogue.choices.DATA_ITEMS) -> Play's data type
ITEMS: dict[str, str] = {
    "name": "PSL_NAME",
    "email_address": "PSL_EMAIL",
    "phone_number": "PSL_PHONE",
    "postal_address": "PSL_ADDRESS",
    "other_contact_info": "PSL_OTHER_PERSONAL",
    "user_id": "PSL_USER_ACCOUNT",
    "device_id": "PSL_DEVICE_ID",
    "payment_info": "PSL_CREDIT_DEBIT_BANK_ACCOUNT_NUMBER",
    "credit_info": "PSL_CREDIT_SCORE",
    "other_financial_info": "PSL_OTHER",
    "purchase_history": "PSL_PURCHASE_HISTORY",
    "photos": "PSL_PHOTOS",
    "videos": "PSL_VIDEOS",
    "audio": "PSL_AUDIO",
    "files_and_docs": "PSL_FILES_AND_DOCS",
    "emails": "PSL_EMAILS",
    "text_messages": "PSL_SMS_CALL_LOG",
    "other_messages": "PSL_OTHER_MESSAGES",
    "customer_support": "PSL_OTHER_MESSAGES",  # † support conversations are in-app or email messages
    "other_user_content": "PSL_USER_GENERATED_CONTENT",
    "gameplay_content": "PSL_USER_GENERATED_CONTENT",  # † Play has no type for game progress
    "product_interaction": "PSL_USER_INTERACTION",
    "browsing_history": "PSL_WEB_BROWSING_HISTORY",
    "search_history": "PSL_IN_APP_SEARCH_HISTORY",
    "advertising_data": "PSL_OTHER_APP_ACTIVITY",  # † Play has no type for ads seen
    "other_usage_data": "PSL_OTHER_APP_ACTIVITY",
    "crash_data": "PSL_CRASH_LOGS",
    "performance_data": "PSL_PERFORMANCE_DIAGNOSTICS",
    "other_diagnostic_data": "PSL_OTHER_PERFORMANCE",  # † device and browser details, error reports
    "coarse_location": "PSL_APPROX_LOCATION",
    "precise_location": "PSL_PRECISE_LOCATION",
    "health": "PSL_HEALTH",
    "fitness": "PSL_FITNESS",
    "contacts": "PSL_CONTACTS",
    "race_ethnicity": "PSL_RACE_ETHNICITY",
    "political_religious": "PSL_POLITICAL_RELIGIOUS",
    "sexual_orientation_gender": "PSL_SEXUAL_ORIENTATION_GENDER_IDENTITY",
    "other_sensitive_info": "PSL_OTHER_PERSONAL",  # † biometrics and other special categories
    "other_personal_info": "PSL_OTHER_PERSONAL",
}

# Play's purposes, in the template's order, with their labels.
PLAY_PURPOSES: dict[str, str] = {
    "PSL_APP_FUNCTIONALITY": "App functionality",
    "PSL_ANALYTICS": "Analytics",
    "PSL_DEVELOPER_COMMUNICATIONS": "Developer communications",
    "PSL_FRAUD_PREVENTION_SECURITY": "Fraud prevention, security, and compliance",
    "PSL_ADVERTISING": "Advertising or marketing",
    "PSL_PERSONALIZATION": "Personalization",
    "PSL_ACCOUNT_MANAGEMENT": "Account management",
}

# policygen's purposes -> Play's (None: Play has no purpose for it)
PURPOSES: dict[str, str | None] = {
    "provide_service": "PSL_APP_FUNCTIONALITY",
    "ai_features": "PSL_APP_FUNCTIONALITY",
    "matching": "PSL_APP_FUNCTIONALITY",
    "payments": "PSL_APP_FUNCTIONALITY",
    "customer_support": "PSL_APP_FUNCTIONALITY",
    "improve_service": "PSL_ANALYTICS",
    "analytics": "PSL_ANALYTICS",
    "research": "PSL_ANALYTICS",  # †
    "service_messages": "PSL_DEVELOPER_COMMUNICATIONS",
    "security": "PSL_FRAUD_PREVENTION_SECURITY",
    "legal_compliance": "PSL_FRAUD_PREVENTION_SECURITY",
    "legal_claims": "PSL_FRAUD_PREVENTION_SECURITY",
    "marketing": "PSL_ADVERTISING",
    "promotions": "PSL_ADVERTISING",
    "events": "PSL_ADVERTISING",
    "advertising": "PSL_ADVERTISING",
    "contextual_advertising": "PSL_ADVERTISING",  # "display or target ads": contextual ads included
    "personalisation": "PSL_PERSONALIZATION",
    "account_management": "PSL_ACCOUNT_MANAGEMENT",
    "recruitment": None,
    "other": None,
}

# policygen's account creation methods -> Play's responses, in the template's order
ACCOUNT_METHODS: dict[str, tuple[str, str]] = {
    "username_password": ("PSL_ACM_USER_ID_PASSWORD", "Username and password"),
    "username_other_auth": ("PSL_ACM_USER_ID_OTHER_AUTH", "Username and other authentication"),
    "username_password_other_auth": ("PSL_ACM_USER_ID_PASSWORD_OTHER_AUTH",
                                     "Username, password and other authentication"),
    "oauth": ("PSL_ACM_OAUTH", "OAuth"),
    "other": ("PSL_ACM_OTHER", "Other"),
    "none": ("PSL_ACM_NONE", "My app does not allow users to create an account"),
}

TEMPLATE_LINES = 783
"""Lines of a template exported from Play Console in 2026, header included: a guard against writing a file the
import would read differently."""


def _value(flag: bool | None) -> str:
    return "" if flag is None else "TRUE" if flag else "FALSE"


def _general_rows(f) -> list[tuple[str, str, str, str, str]]:
    a = f.a
    collects = bool(f.app_disclosures)
    methods = set(a.services.account_creation)
    rows = [("PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA", "", _value(collects), "REQUIRED",
             "Does your app collect or share any of the required user data types?"),
            ("PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT", "", _value(f.encrypted_in_transit) if collects else "",
             "MAYBE_REQUIRED", "Is all of the user data collected by your app encrypted in transit?")]
    for method, (response, label) in ACCOUNT_METHODS.items():
        rows.append(("PSL_SUPPORTED_ACCOUNT_CREATION_METHODS", response,
                     "TRUE" if collects and method in methods else "", "MULTIPLE_CHOICE",
                     f"Which of the following methods of account creation does your app support? / {label}"))
    deletion_url = a.rights.account_deletion_url if collects and methods - {"none"} else None
    rows += [
        ("PSL_ACM_SPECIFY", "", "", "MAYBE_REQUIRED", "Other account creation method"),
        ("PSL_ACCOUNT_DELETION_URL", "", deletion_url or "", "MAYBE_REQUIRED",
         "Link that users can use to request that their account and associated data is deleted"),
        ("PSL_SUPPORT_DATA_DELETION_BY_USER", "DATA_DELETION_YES", "", "SINGLE_CHOICE",
         "Do you provide a way for users to request that some or all of their data is deleted? / Yes"),
        ("PSL_SUPPORT_DATA_DELETION_BY_USER", "DATA_DELETION_NO", "", "SINGLE_CHOICE",
         "Do you provide a way for users to request that some or all of their data is deleted? / No"),
        ("PSL_SUPPORT_DATA_DELETION_BY_USER", "DATA_DELETION_NO_AUTO_DELETED", "", "SINGLE_CHOICE",
         "Do you provide a way for users to request that some or all of their data is deleted? / "
         "No, data is automatically deleted within 90 days"),
        ("PSL_DATA_DELETION_URL", "", "", "MAYBE_REQUIRED", "Link to request deletion of some or all data"),
        ("PSL_DATA_COLLECTION_COMPLIES_FAMILY_POLICY", "", "", "OPTIONAL",
         "Does your app follow the Families policy requirements?"),
        ("PSL_INDEPENDENTLY_VALIDATED", "", "", "OPTIONAL",
         "Has your app been independently validated against a global security standard?"),
        ("PSL_UPI_BADGE_OPT_IN", "", "", "OPTIONAL", "Show the UPI badge"),
        ("PSL_HAS_OUTSIDE_APP_ACCOUNTS", "", "", "OPTIONAL",
         "Can users log in to your app with accounts created outside of the app?"),
    ]
    for response, label in (("PSL_LOGIN_WITH_OUTSIDE_APP_ID", "Login with an ID from outside the app"),
                            ("PSL_LOGIN_THROUGH_EMPLOYMENT_OR_ENTERPRISE_ACCOUNT",
                             "Login through an employment or enterprise account"),
                            ("PSL_OUTSIDE_APP_ACCOUNT_TYPE_OTHER", "Other")):
        rows.append(("PSL_OUTSIDE_APP_ACCOUNT_TYPES", response, "", "MULTIPLE_CHOICE",
                     f"Which types of accounts created outside the app can users log in with? / {label}"))
    rows.append(("PSL_OUTSIDE_APP_ACCOUNT_TYPE_SPECIFY", "", "", "MAYBE_REQUIRED", "Other account type"))
    return rows


def _collected(f):
    return {t.id: t for t in store_types(f, ITEMS, PURPOSES, tuple(r for _, r, _ in DATA_TYPES))}


def rows(f) -> list[tuple[str, str, str, str, str]]:
    """Every row of the template, answered where the answers say; rows of types not collected stay blank."""
    collected = _collected(f)
    found = _general_rows(f)
    for group, response, label in DATA_TYPES:
        found.append((group, response, "TRUE" if response in collected else "", "MULTIPLE_CHOICE", label))
    for _, response, label in DATA_TYPES:
        t = collected.get(response)
        name = label.split(" / ")[-1]
        prefix = f"PSL_DATA_USAGE_RESPONSES:{response}:"
        about = f"Data usage and handling ({name})"
        found += [
            (prefix + "PSL_DATA_USAGE_COLLECTION_AND_SHARING", "PSL_DATA_USAGE_ONLY_COLLECTED", "TRUE" if t else "",
             "MULTIPLE_CHOICE", f"{about} / Is this data collected, shared, or both? / Collected"),
            (prefix + "PSL_DATA_USAGE_COLLECTION_AND_SHARING", "PSL_DATA_USAGE_ONLY_SHARED",
             "TRUE" if t and t.shared else "", "MULTIPLE_CHOICE",
             f"{about} / Is this data collected, shared, or both? / Shared"),
            (prefix + "PSL_DATA_USAGE_EPHEMERAL", "", _value(t.ephemeral) if t else "", "MAYBE_REQUIRED",
             f"{about} / Is this data processed ephemerally?"),
            (prefix + "DATA_USAGE_USER_CONTROL", "PSL_DATA_USAGE_USER_CONTROL_OPTIONAL",
             "TRUE" if t and not t.required else "", "SINGLE_CHOICE",
             f"{about} / Is this data required for your app? / Users can choose whether this data is collected"),
            (prefix + "DATA_USAGE_USER_CONTROL", "PSL_DATA_USAGE_USER_CONTROL_REQUIRED",
             "TRUE" if t and t.required else "", "SINGLE_CHOICE",
             f"{about} / Is this data required for your app? / Data collection is required"),
        ]
        for sub, question in (("DATA_USAGE_COLLECTION_PURPOSE", "Why is this user data collected?"),
                              ("DATA_USAGE_SHARING_PURPOSE", "Why is this user data shared?")):
            # † Data shared is shared for the purposes it is used for: the answers do not say them apart.
            answered = t and (sub == "DATA_USAGE_COLLECTION_PURPOSE" or t.shared)
            for purpose, purpose_label in PLAY_PURPOSES.items():
                found.append((prefix + sub, purpose, "TRUE" if answered and purpose in t.purposes else "",
                              "MULTIPLE_CHOICE", f"{about} / {question} / {purpose_label}"))
    return found


def write(f) -> str:
    found = rows(f)
    assert len(found) + 1 == TEMPLATE_LINES, len(found)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(found)
    return buffer.getvalue()


def missing(f) -> list[Missing]:
    a = f.a
    found = missing_items(f)
    for d in f.app_disclosures:
        if not any(PURPOSES.get(p) for p in d.purposes):
            found.append(Missing(f"data_categories[{d.index}].purposes",
                                 f"Google Play has no purpose like this one's ({d.label}); add the nearest of yours "
                                 "(providing the service, analytics, security...)"))
    found += missing_answer(f, "required", "required",
                            "Google Play asks whether people can choose not to give this data")
    found += missing_answer(f, "ephemeral", "ephemeral", "Google Play asks whether this data is processed ephemerally")
    if f.app_disclosures and not a.services.account_creation:
        found.append(Missing("services.account_creation",
                             "Google Play asks how people create an account in the app (or that they cannot)"))
    if (set(a.services.account_creation) - {"none"}) and not a.rights.account_deletion_url:
        found.append(Missing("rights.account_deletion_url",
                             "Google Play asks for a web page where people can ask to delete their account"))
    return found


def _no_android_app(f) -> str | None:
    if any(s.kind == "mobile_app" for s in f.a.services.covered):
        return None
    return "the answers cover no mobile app (services.covered), and Google Play's Data safety form describes one"


register(Exporter("play-data-safety", _no_android_app, missing, write))
