"""Smaller closed vocabularies: what a service is, cookies, security measures, how people reach us."""

from __future__ import annotations

from policygen.catalogue.entry import Term

SERVICE_KINDS: dict[str, Term] = {
    "website": Term("Website"),
    "web_app": Term("Web application"),
    "mobile_app": Term("Mobile app"),
    "desktop_app": Term("Desktop app"),
    "platform": Term("Online platform or marketplace"),
    "newsletter": Term("Email newsletter"),
    "api": Term("API or developer platform"),
    "on_premise": Term("Software installed on your own systems"),
    "offline": Term("Offline: events, phone, post and in person"),
}

# What a third-party service does for the organisation; drives which clause names it (analytics, advertising...).
PROVIDER_KINDS: dict[str, Term] = {
    "analytics": Term("Analytics"),
    "advertising": Term("Advertising"),
    "payments": Term("Payments"),
    "hosting": Term("Hosting and infrastructure"),
    "email_delivery": Term("Email delivery"),
    "marketing_automation": Term("Marketing automation"),
    "crm": Term("Customer relationship management"),
    "customer_support": Term("Customer support"),
    "error_monitoring": Term("Error monitoring"),
    "ai": Term("AI models"),
    "communications": Term("Calls, SMS and chat"),
    "authentication": Term("Sign-in and identity"),
    "scheduling": Term("Scheduling"),
    "forms_surveys": Term("Forms and surveys"),
    "video": Term("Video"),
    "maps": Term("Maps"),
    "social_media": Term("Social media"),
    "security": Term("Security and fraud prevention"),
    "storage": Term("File storage"),
    "other": Term("Other"),
}

COOKIE_KINDS: dict[str, Term] = {
    "essential": Term("Essential", "needed for the site to work, for example to keep you logged in"),
    "preferences": Term("Preferences", "remember your choices, such as language"),
    "analytics": Term("Analytics", "count visits and show us how the site is used"),
    "advertising": Term("Advertising", "track visits across sites to show you ads based on your interests"),
}

TRACKING_TECHNOLOGIES: dict[str, Term] = {
    "cookies": Term("Cookies", "small text files a site stores in your browser"),
    "web_beacons": Term("Web beacons", "tiny images in pages and emails that tell us when they are opened"),
    "local_storage": Term("Local storage", "data a site keeps in your browser, like a cookie but larger"),
    "sdks": Term("SDKs", "code from other companies built into our apps"),
    "flash_cookies": Term("Flash cookies", "local shared objects stored by Adobe Flash"),
    "session_replay": Term("Session recording", "scripts that record how you move through a page"),
}

SECURITY_MEASURES: dict[str, Term] = {
    "encryption_in_transit": Term("Encryption in transit", "data travelling over networks is encrypted"),
    "encryption_at_rest": Term("Encryption at rest", "stored data is encrypted"),
    "end_to_end_encryption": Term("End-to-end encryption", "only you and the people you choose can read the content"),
    "access_controls": Term("Access controls", "only staff who need data for their job can reach it",
                              one_person_description="only I can reach it"),
    "multi_factor_authentication": Term("Multi-factor sign-in", "accounts can be protected with a second factor"),
    "staff_training": Term("Staff training", "our staff are trained in privacy and security",
                             one_person_label="Training",
                             one_person_description="I am trained in privacy and security"),
    "security_audits": Term("Audits", "independent audits and penetration tests check our controls"),
    "security_program": Term("Security programme", "a written security programme with regular reviews"),
    "backups": Term("Backups", "data is backed up so it is not lost"),
    "monitoring": Term("Monitoring", "systems are monitored for attacks and misuse"),
}

REQUEST_METHODS: dict[str, Term] = {
    "email": Term("Email", "by email"),
    "web_form": Term("Web form", "through our online form"),
    "toll_free_phone": Term("Toll-free phone", "by calling our toll-free number"),
    "phone": Term("Phone", "by phone"),
    "in_account": Term("Account settings", "in your account settings"),
    "postal_mail": Term("Post", "by post"),
}

MARKETING_CHANNELS: dict[str, Term] = {
    "email": Term("Email"),
    "sms": Term("Text messages"),
    "phone": Term("Phone calls"),
    "post": Term("Post"),
    "push": Term("Push notifications"),
    "in_app": Term("In-app messages"),
}

OPT_OUT_METHODS: dict[str, Term] = {
    "unsubscribe_link": Term("Unsubscribe link", "use the unsubscribe link in any marketing email"),
    "reply_stop": Term("Reply STOP", "reply STOP to any text message"),
    "account_settings": Term("Account settings", "change your choices in your account settings"),
    "contact_us": Term("Contact us", "ask us using the contact details below"),
    "device_settings": Term("Device settings", "switch off notifications in your device settings"),
}

CHANGE_NOTICES: dict[str, Term] = {
    "updated_date": Term("Updated date", "change the \"last updated\" date at the top of this policy"),
    "site_notice": Term("Notice on our site", "put a notice on our website or in the app"),
    "email": Term("Email", "email you"),
    "in_app": Term("In-app message", "show a message when you next sign in"),
}

# What exactly a data category holds, in the finer grain the app stores' labels ask for (Apple's App Privacy details,
# Google Play's Data safety form). Store-neutral: each exporter (policygen/exports) maps these to its own ids.
DATA_ITEMS: dict[str, Term] = {
    "name": Term("Name"),
    "email_address": Term("Email address"),
    "phone_number": Term("Phone number"),
    "postal_address": Term("Postal address"),
    "other_contact_info": Term("Other contact details"),
    "user_id": Term("User or account ID"),
    "device_id": Term("Device or advertising ID"),
    "payment_info": Term("Card or bank account number"),
    "credit_info": Term("Credit score or credit history"),
    "other_financial_info": Term("Other financial information"),
    "purchase_history": Term("Purchase history"),
    "photos": Term("Photos"),
    "videos": Term("Videos"),
    "audio": Term("Voice or sound recordings"),
    "files_and_docs": Term("Files and documents"),
    "emails": Term("Emails"),
    "text_messages": Term("Text messages"),
    "other_messages": Term("Other messages"),
    "customer_support": Term("Customer support conversations"),
    "other_user_content": Term("Other content people create"),
    "gameplay_content": Term("Game progress and content made in a game"),
    "product_interaction": Term("Taps, clicks and screens viewed in the app"),
    "browsing_history": Term("Web browsing history"),
    "search_history": Term("In-app search history"),
    "advertising_data": Term("Ads seen or clicked"),
    "other_usage_data": Term("Other usage data"),
    "crash_data": Term("Crash logs"),
    "performance_data": Term("Performance data"),
    "other_diagnostic_data": Term("Other diagnostic data"),
    "coarse_location": Term("Approximate location"),
    "precise_location": Term("Precise location"),
    "health": Term("Health information"),
    "fitness": Term("Fitness information"),
    "contacts": Term("Contacts or friends list"),
    "race_ethnicity": Term("Race or ethnicity"),
    "political_religious": Term("Political or religious beliefs"),
    "sexual_orientation_gender": Term("Sexual orientation or gender identity"),
    "other_sensitive_info": Term("Other sensitive information"),
    "other_personal_info": Term("Other personal information"),
}

# The items each data category may hold, the first being the one it holds when the answers name none and it can
# hold only one. A category with several needs the answers to say which (data_categories[*].items).
CATEGORY_ITEMS: dict[str, tuple[str, ...]] = {
    "contact_details": ("name", "email_address", "phone_number", "postal_address", "other_contact_info"),
    "account_credentials": ("user_id",),
    "online_identifiers": ("device_id", "user_id"),
    "government_ids": ("other_personal_info",),
    "payment_information": ("payment_info",),
    "financial_information": ("credit_info", "other_financial_info"),
    "commercial_information": ("purchase_history",),
    "demographics": ("other_personal_info",),
    "profile_information": ("other_personal_info", "photos", "gameplay_content"),
    "user_content": ("other_user_content", "photos", "videos", "audio", "files_and_docs", "gameplay_content"),
    "communications_content": ("emails", "text_messages", "other_messages", "customer_support"),
    "usage_data": ("product_interaction", "browsing_history", "search_history", "advertising_data", "other_usage_data"),
    "device_information": ("other_diagnostic_data",),
    "log_data": ("crash_data", "performance_data", "other_diagnostic_data"),
    "approximate_location": ("coarse_location",),
    "precise_location": ("precise_location",),
    "audio_visual": ("photos", "videos", "audio"),
    "professional_information": ("other_personal_info",),
    "education_information": ("other_personal_info",),
    "inferences": ("other_personal_info",),
    "social_media": ("contacts", "other_contact_info"),
    "survey_responses": ("other_user_content",),
    "health_information": ("health", "fitness"),
    "biometric_data": ("other_sensitive_info",),
    "sensitive_characteristics": ("race_ethnicity", "political_religious", "sexual_orientation_gender",
                                  "other_sensitive_info"),
    "citizenship_immigration": ("other_personal_info",),
}

ACCOUNT_CREATION_METHODS: dict[str, Term] = {
    "username_password": Term("Username and password"),
    "username_other_auth": Term("Username and another way to sign in, such as a one-time code"),
    "username_password_other_auth": Term("Username, password and another way to sign in"),
    "oauth": Term("Sign in with another account (OAuth), such as Google or Apple"),
    "other": Term("Another way"),
    "none": Term("People cannot create an account"),
}

# The US bodies whose jurisdiction the Data Privacy Framework rests on (its Principles' Notice principle); the
# Department of Transportation's covers airlines and ticket agents.
DPF_ENFORCERS: dict[str, Term] = {
    "ftc": Term("Federal Trade Commission (most businesses)"),
    "dot": Term("Department of Transportation (airlines and ticket agents)"),
}

# Who a joint-controller arrangement names as the contact point for people (GDPR Art. 26(1)).
CONTACT_POINTS: dict[str, Term] = {
    "us": Term("Us"),
    "them": Term("The other organisation"),
}

# How consumer health data is collected and shared under Washington's and Nevada's health data laws (RCW
# 19.373.030(1)(a)-(b); NRS 603A.500(1)-(2)): with the person's consent, or only as far as needed to provide what
# they asked for.
HEALTH_DATA_COLLECTION: dict[str, Term] = {
    "consent": Term("With the person's consent, asked before collecting it for a stated purpose"),
    "necessary": Term("Only as needed to provide the product or service the person asked for"),
}

HEALTH_DATA_SHARING: dict[str, Term] = {
    "separate_consent": Term("With a consent to share, asked separately from the consent to collect"),
    "necessary": Term("Only as needed to provide the product or service the person asked for"),
    "not_shared": Term("It is not shared with third parties or affiliates"),
}
