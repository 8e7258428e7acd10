"""Smaller closed vocabularies: what a service is, cookies, security measures, how people reach us."""

from __future__ import annotations

from policygen.catalogue.entry import Term

SERVICE_KINDS: dict[str, Term] = {
    "website": Term("Website"),
    "web_app": Term("Web application"),
    "mobile_app": Term("Mobile app"),
    "desktop_app": Term("Desktop app"),
    "platform": Term("Online platform or marketplace"),
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
    "access_controls": Term("Access controls", "only staff who need data for their job can reach it"),
    "multi_factor_authentication": Term("Multi-factor sign-in", "accounts can be protected with a second factor"),
    "staff_training": Term("Staff training", "our staff are trained in privacy and security"),
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
