"""Where data comes from and who receives it."""

from __future__ import annotations

from policygen.catalogue.entry import Term

SOURCES: dict[str, Term] = {
    "directly": Term("You", "what you give us directly"),
    "automatically": Term("Your device", "what your browser or device sends us automatically"),
    "our_records": Term("Our records", "what we create ourselves, such as invoices, order history or scores"),
    "business_customers": Term(
        "Your organisation", "the business customer that gave you access, such as your employer"
    ),
    "other_users": Term("Other users", "people who use the service, such as those who invite or refer you"),
    "partners": Term("Business partners", "partners we run joint offers, events or integrations with"),
    "social_networks": Term("Social networks", "social networks and accounts you connect to the service"),
    "connected_services": Term("Apps and devices you connect",
                               "apps, accounts and devices you link to the service, such as a fitness tracker"),
    "data_brokers": Term("Data providers", "companies that sell or license business contact information"),
    "public_sources": Term("Public sources", "public records and information anyone can see online"),
    "service_providers": Term("Service providers", "companies that work for us, such as analytics providers"),
    "advertising_networks": Term("Advertising networks", "ad networks that measure our campaigns"),
    "acquired_companies": Term("Companies we acquire", "businesses we buy or merge with"),
    "event_organisers": Term("Event organisers", "organisers of co-branded events and webinars"),
}

FIRST_PARTY_SOURCES = ("directly", "automatically", "our_records")
"""Sources that are not third parties: the person, their device, and the organisation's own records."""

RECIPIENT_KINDS: dict[str, Term] = {
    "service_providers": Term("Service providers", "companies that process data for us under contract"),
    "affiliates": Term("Our group companies", "companies in the same corporate group as us"),
    "business_customers": Term("Your organisation", "the business customer whose account you use"),
    "data_buyers": Term(
        "Companies that buy data from us", "businesses that buy or license personal information from us"
    ),
    "other_users": Term("Other users", "people you choose to interact with on the service"),
    "business_partners": Term("Business partners", "partners we offer joint products, events or promotions with"),
    "advertising_partners": Term("Advertising partners", "ad networks and platforms that show and measure ads"),
    "analytics_providers": Term("Analytics providers", "companies that measure how the service is used"),
    "payment_processors": Term("Payment processors", "companies that handle card and bank payments"),
    "ai_partners": Term("AI providers", "companies whose AI models power features of the service"),
    "integrations": Term("Apps you connect", "third-party apps and integrations you choose to link"),
    "professional_advisers": Term("Professional advisers", "lawyers, auditors, accountants and insurers"),
    "authorities": Term("Authorities", "courts, regulators and law enforcement when the law requires it"),
    "acquirers": Term("Buyers of our business", "a buyer or successor in a merger, sale or reorganisation"),
    "public": Term("The public", "anyone, when you post content publicly"),
    "couriers": Term("Delivery companies", "couriers and postal services that deliver what you order"),
    "researchers": Term("Researchers", "universities and other research organisations we give data to for their "
                        "studies"),
}

PROVIDER_RECIPIENT_KINDS: dict[str, str] = {
    "payments": "payment_processors",
    "analytics": "analytics_providers",
    "advertising": "advertising_partners",
    "ai": "ai_partners",
}
"""The kind of recipient a provider of each kind is (keys of choices.PROVIDER_KINDS); any other is a service
provider. A provider with no data of its own receives the declared categories given to its kind of recipient."""


def recipient_kind_of(provider_kind: str) -> str:
    return PROVIDER_RECIPIENT_KINDS.get(provider_kind, "service_providers")
