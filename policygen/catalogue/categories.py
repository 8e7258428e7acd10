"""Categories of personal data, aligned to the CCPA's statutory categories and the OPP-115 data types.

Each answers-file data category names one of these ids (or ``other`` with its own name). The policy words the
category with ``label`` and ``examples`` unless the answers give their own examples.
"""

from __future__ import annotations

from dataclasses import dataclass

from policygen.catalogue.entry import Names
from policygen.i18n.speaking import _
from policygen.voice import in_voice

# The eleven statutory categories of Cal. Civ. Code 1798.140(v)(1)(A)-(K), worded as the CCPA tables show them (in
# another language, translated so that the statute's category stays recognisable).
CCPA_CATEGORIES: Names = Names({
    "identifiers": "Identifiers",
    "customer_records": "Customer records (Cal. Civ. Code 1798.80(e))",
    "protected_characteristics": "Characteristics of protected classifications",
    "commercial": "Commercial information",
    "biometric": "Biometric information",
    "internet_activity": "Internet or other electronic network activity",
    "geolocation": "Geolocation data",
    "sensory": "Audio, electronic, visual or similar information",
    "professional": "Professional or employment-related information",
    "education": "Education information",
    "inferences": "Inferences drawn to create a profile",
})


@dataclass(frozen=True)
class DataCategory:
    written_label: str
    """Short name shown in headings, lists and tables, as the library writes it (read ``label``)."""
    written_examples: str
    """Typical examples, used when the answers give none, as the library writes them (read ``examples``)."""
    ccpa: str | None
    """Key of the CCPA statutory category this falls under (see CCPA_CATEGORIES); None where it fits none of them
    (the statute's list is "not limited to" those categories, 1798.140(v)(1)), and the US tables use its own name."""
    opp115: str
    """The OPP-115 personal-information type."""
    sensitive: bool = False
    """Sensitive personal information under CCPA 1798.140(ae) or a special category under GDPR Art. 9."""

    @property
    def label(self) -> str:
        """The name in the language of the policy being written."""
        return _(self.written_label)

    @property
    def examples(self) -> str:
        """The examples in the language and voice of the policy being written ("calls with us", or "with me")."""
        return in_voice(_(self.written_examples))


DATA_CATEGORIES: dict[str, DataCategory] = {
    "contact_details": DataCategory(
        "Contact details", "name, email address, phone number, postal address", "identifiers", "Contact"
    ),
    "account_credentials": DataCategory(
        "Account login details", "username, password, security questions", "identifiers", "Personal identifier",
        sensitive=True,
    ),
    "online_identifiers": DataCategory(
        "Online identifiers", "IP address, device IDs, cookie IDs, advertising IDs", "identifiers",
        "IP address and device IDs",
    ),
    "government_ids": DataCategory(
        "Government identifiers", "social security number, passport or driving licence number, tax ID",
        "identifiers", "Personal identifier", sensitive=True,
    ),
    "payment_information": DataCategory(
        "Payment information", "card number, billing address, bank account details", "customer_records",
        "Financial", sensitive=True,
    ),
    "financial_information": DataCategory(
        "Financial information", "income, credit history, tax details", "customer_records", "Financial",
    ),
    "commercial_information": DataCategory(
        "Purchase and account history", "products and plans bought, invoices, subscriptions", "commercial",
        "Financial",
    ),
    "demographics": DataCategory(
        "Demographic details", "age, date of birth, gender, language", "protected_characteristics",
        "Demographic",
    ),
    "profile_information": DataCategory(
        "Profile information", "profile photo, job title, bio, preferences you set", "identifiers", "User profile",
    ),
    "user_content": DataCategory(
        "Content you create", "files, posts, reviews, comments, documents you upload", None,
        "Generic",
    ),
    "communications_content": DataCategory(
        "Messages and communications", "emails, chat messages and calls with us or other users", "sensory",
        "Generic", sensitive=True,
    ),
    "usage_data": DataCategory(
        "Usage data", "pages visited, features used, clicks, time spent, referring page", "internet_activity",
        "User online activities",
    ),
    "device_information": DataCategory(
        "Device and browser information", "browser type, operating system, device model, language settings",
        "internet_activity", "Computer information",
    ),
    "log_data": DataCategory(
        "Server logs", "IP address, date and time of requests, error reports", "internet_activity",
        "IP address and device IDs",
    ),
    "approximate_location": DataCategory(
        "Approximate location", "country or city worked out from your IP address", "geolocation", "Location",
    ),
    "precise_location": DataCategory(
        "Precise location", "GPS position from your device", "geolocation", "Location", sensitive=True,
    ),
    "audio_visual": DataCategory(
        "Audio and video", "call recordings, photos, video, screen or session recordings", "sensory", "Generic",
    ),
    "professional_information": DataCategory(
        "Professional information", "employer, job title, work history, CV", "professional", "Demographic",
    ),
    "education_information": DataCategory(
        "Education information", "schools, degrees, grades", "education", "Demographic",
    ),
    "inferences": DataCategory(
        "Inferences and preferences", "interests and preferences we work out from your activity", "inferences",
        "User profile",
    ),
    "social_media": DataCategory(
        "Social media information", "social media handle, public profile, friends list", "identifiers",
        "Social media data",
    ),
    "survey_responses": DataCategory(
        "Survey and feedback answers", "answers to surveys, ratings, feedback", None, "Survey data",
    ),
    "health_information": DataCategory(
        "Health information", "medical conditions, disability, health records", "protected_characteristics",
        "Health", sensitive=True,
    ),
    "biometric_data": DataCategory(
        "Biometric data", "face or fingerprint scans, voiceprints", "biometric", "Personal identifier",
        sensitive=True,
    ),
    "sensitive_characteristics": DataCategory(
        "Sensitive characteristics",
        "racial or ethnic origin, religion, sexual orientation, union membership",
        "protected_characteristics", "Demographic", sensitive=True,
    ),
    # Sensitive under the CCPA (1798.140(ae)(1)(C), as amended in 2023) and the Virginia-model state laws, but not a
    # GDPR special category: a category of its own, so each law can count it its own way.
    "citizenship_immigration": DataCategory(
        "Citizenship and immigration status", "citizenship, nationality, visa or work-permit status",
        "protected_characteristics", "Demographic", sensitive=True,
    ),
}
