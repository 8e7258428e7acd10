"""Why data is used (aligned to OPP-115 purposes) and the GDPR Art. 6(1) legal bases."""

from __future__ import annotations

from policygen.catalogue.entry import Term

PURPOSES: dict[str, Term] = {
    "provide_service": Term("Providing the service", "to run the service you asked for and its features"),
    "account_management": Term("Managing your account", "to create and manage your account and log you in"),
    "payments": Term("Payments and billing", "to take payments, send invoices and prevent payment fraud"),
    "customer_support": Term("Customer support", "to answer your questions and help when something goes wrong"),
    "service_messages": Term("Service messages", "to send you notices about your account, changes and security"),
    "improve_service": Term("Improving the service", "to fix problems and build new features"),
    "analytics": Term("Analytics", "to understand how people use the service, mostly as totals"),
    "personalisation": Term("Personalisation", "to remember your settings and tailor what you see"),
    "marketing": Term("Marketing", "to tell you about our products, offers and events"),
    "advertising": Term("Targeted advertising", "to show you ads based on your activity on other sites and apps"),
    "contextual_advertising": Term("Contextual advertising",
                                   "to show ads chosen from what you are looking at, not from what you did before"),
    "security": Term("Security and fraud prevention", "to keep the service and its users safe and stop abuse"),
    "legal_compliance": Term("Legal compliance", "to meet our legal duties, such as tax and accounting rules"),
    "legal_claims": Term("Legal claims", "to set up, use or defend legal claims and enforce our terms"),
    "research": Term("Research", "to study trends using grouped or de-identified data"),
    "recruitment": Term("Recruitment", "to review job applications and hire people"),
    "promotions": Term("Promotions and referrals", "to run contests, sweepstakes and referral programmes"),
    "events": Term("Events", "to organise events and webinars and let you take part"),
    "ai_features": Term("AI features", "to power automated and AI features of the service"),
    "matching": Term("Matching users", "to connect people who use the service with each other"),
}

LEGAL_BASES: dict[str, Term] = {
    "consent": Term("Consent", "you have agreed to it, and you can withdraw that agreement at any time"),
    "contract": Term("Contract", "we need it to provide the service you signed up for"),
    "legal_obligation": Term("Legal obligation", "the law requires us to do it"),
    "vital_interests": Term("Vital interests", "it is needed to protect someone's life"),
    "public_task": Term("Public task", "it is needed for a task in the public interest"),
    "legitimate_interests": Term(
        "Legitimate interests",
        "we have a fair business reason that does not override your rights",
    ),
}
