"""Common third-party services, so that naming one in the answers fills in its facts.

Facts are the providers' own public statements as of 2026; an answers file can override any of them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ServiceCookie:
    """A cookie the provider documents its script setting on the sites that use it."""

    name: str
    purpose: str
    """What it is for, a phrase for a table cell ("to tell visitors apart")."""
    duration: str
    kind: str
    """Its consent category: a key of policygen.catalogue.choices.COOKIE_KINDS."""
    first_party: bool
    """Set on the site's own domain (as most scripts' cookies are), not on the provider's."""


@dataclass(frozen=True)
class Service:
    name: str
    """The provider's product name as people know it."""
    kind: str
    """What it does for the organisation: a key of policygen.catalogue.choices.PROVIDER_KINDS."""
    purpose: str
    """What it is used for: a plain phrase that completes "We use X ...", e.g. "to measure how people use our site"."""
    data: tuple[str, ...]
    """Data categories it typically receives (keys of policygen.catalogue.categories.DATA_CATEGORIES): a suggestion
    only, never printed as what a business sends it; the policy uses the answers (processors[i].data, else the
    declared categories' recipients)."""
    country: str
    """ISO 3166-1 alpha-2 code of the country where the provider is based / mainly processes data."""
    policy_url: str
    """The provider's privacy-policy page (https)."""
    opt_out_url: str | None = None
    """Where people can opt out of this provider's tracking or ads, if it offers such a page."""
    cookies: tuple[ServiceCookie, ...] = ()
    """The cookies its script sets on the site, from the provider's own documentation (dated beside each list);
    empty when not documented here."""


SERVICES: dict[str, Service] = {
    "google_ads": Service(
        name="Google Ads",
        kind="advertising",
        purpose="to show our ads and measure how well they work",
        data=("online_identifiers", "usage_data", "device_information", "approximate_location", "inferences"),
        country="US",
        policy_url="https://policies.google.com/privacy",
        opt_out_url="https://adssettings.google.com",
    ),
    "linkedin_insight_tag": Service(
        name="LinkedIn Insight Tag",
        kind="advertising",
        purpose="to measure our LinkedIn ad campaigns and show ads to people who visited our site",
        data=("online_identifiers", "usage_data", "device_information", "professional_information"),
        country="US",
        policy_url="https://www.linkedin.com/legal/privacy-policy",
        opt_out_url="https://www.linkedin.com/psettings/guest-controls/retargeting-opt-out",
    ),
    "meta_pixel": Service(
        name="Meta Pixel",
        kind="advertising",
        purpose="to measure our Facebook and Instagram ads and show ads to people who visited our site",
        data=("online_identifiers", "usage_data", "device_information", "commercial_information", "inferences"),
        country="US",
        policy_url="https://www.facebook.com/privacy/policy/",
        opt_out_url="https://www.facebook.com/adpreferences",
    ),
    "microsoft_advertising": Service(
        name="Microsoft Advertising",
        kind="advertising",
        purpose="to show our ads on Bing and partner sites and measure how well they work",
        data=("online_identifiers", "usage_data", "device_information", "approximate_location", "inferences"),
        country="US",
        policy_url="https://privacy.microsoft.com/privacystatement",
        opt_out_url="https://account.microsoft.com/privacy/ad-settings",
    ),
    "tiktok_pixel": Service(
        name="TikTok Pixel",
        kind="advertising",
        purpose="to measure our TikTok ads and show ads to people who visited our site",
        data=("online_identifiers", "usage_data", "device_information", "commercial_information"),
        country="SG",
        policy_url="https://www.tiktok.com/legal/page/global/privacy-policy/en",
    ),
    "x_ads": Service(
        name="X Ads",
        kind="advertising",
        purpose="to measure our ads on X (formerly Twitter) and show them to the right people",
        data=("online_identifiers", "usage_data", "device_information", "inferences"),
        country="US",
        policy_url="https://x.com/en/privacy",
    ),
    "anthropic": Service(
        name="Anthropic API",
        kind="ai",
        purpose="to run the AI features of our service",
        data=("user_content",),
        country="US",
        policy_url="https://www.anthropic.com/legal/privacy",
    ),
    "azure_openai": Service(
        name="Azure OpenAI",
        kind="ai",
        purpose="to run the AI features of our service",
        data=("user_content",),
        country="US",
        policy_url="https://privacy.microsoft.com/privacystatement",
    ),
    "google_gemini_api": Service(
        name="Google Gemini API",
        kind="ai",
        purpose="to run the AI features of our service",
        data=("user_content",),
        country="US",
        policy_url="https://policies.google.com/privacy",
    ),
    "mistral_ai": Service(
        name="Mistral AI",
        kind="ai",
        purpose="to run the AI features of our service",
        data=("user_content",),
        country="FR",
        policy_url="https://legal.mistral.ai/terms/privacy-policy",
    ),
    "openai": Service(
        name="OpenAI API",
        kind="ai",
        purpose="to run the AI features of our service",
        data=("user_content",),
        country="US",
        policy_url="https://openai.com/policies/privacy-policy/",
    ),
    "amplitude": Service(
        name="Amplitude",
        kind="analytics",
        purpose="to measure how people use our product",
        data=("online_identifiers", "usage_data", "device_information", "approximate_location"),
        country="US",
        policy_url="https://amplitude.com/privacy",
    ),
    "fathom": Service(
        name="Fathom Analytics",
        kind="analytics",
        purpose="to count visits to our site without cookies",
        data=("usage_data", "device_information"),
        country="CA",
        policy_url="https://usefathom.com/privacy",
    ),
    "google_analytics": Service(
        name="Google Analytics",
        kind="analytics",
        purpose="to measure how people use our site",
        data=("online_identifiers", "usage_data", "device_information", "approximate_location"),
        country="US",
        policy_url="https://policies.google.com/privacy",
        opt_out_url="https://tools.google.com/dlpage/gaoptout",
        # Google, "[GA4] Cookie usage on websites" (support.google.com/analytics/answer/11397207), read 2026-12-01.
        cookies=(
            ServiceCookie("_ga", "to tell visitors apart", "2 years", "analytics", True),
            ServiceCookie("_ga_<container-id>", "to keep the state of a visit", "2 years", "analytics", True),
        ),
    ),
    "heap": Service(
        name="Heap",
        kind="analytics",
        purpose="to measure how people use our product",
        data=("online_identifiers", "usage_data", "device_information", "approximate_location"),
        country="US",
        policy_url="https://www.heap.io/privacy",
    ),
    "hotjar": Service(
        name="Hotjar",
        kind="analytics",
        purpose="to see how people use our pages through heatmaps, recordings and surveys",
        data=("online_identifiers", "usage_data", "device_information", "survey_responses"),
        country="MT",
        policy_url="https://www.hotjar.com/legal/policies/privacy/",
    ),
    "matomo_cloud": Service(
        name="Matomo Cloud",
        kind="analytics",
        purpose="to measure how people use our site",
        data=("online_identifiers", "usage_data", "device_information", "approximate_location"),
        country="NZ",
        policy_url="https://matomo.org/privacy-policy/",
    ),
    "mixpanel": Service(
        name="Mixpanel",
        kind="analytics",
        purpose="to measure how people use our product",
        data=("online_identifiers", "usage_data", "device_information", "approximate_location"),
        country="US",
        policy_url="https://mixpanel.com/legal/privacy-policy/",
    ),
    "plausible": Service(
        name="Plausible Analytics",
        kind="analytics",
        purpose="to count visits to our site without cookies",
        data=("usage_data", "device_information"),
        country="EE",
        policy_url="https://plausible.io/privacy",
    ),
    "posthog": Service(
        name="PostHog",
        kind="analytics",
        purpose="to measure how people use our product and test changes to it",
        data=("online_identifiers", "usage_data", "device_information", "approximate_location"),
        country="US",
        policy_url="https://posthog.com/privacy",
    ),
    "auth0": Service(
        name="Auth0",
        kind="authentication",
        purpose="to let people sign in to their accounts securely",
        data=("contact_details", "account_credentials", "online_identifiers", "device_information", "log_data"),
        country="US",
        policy_url="https://www.okta.com/privacy-policy/",
    ),
    "firebase_authentication": Service(
        name="Firebase Authentication",
        kind="authentication",
        purpose="to let people sign in to their accounts securely",
        data=("contact_details", "account_credentials", "online_identifiers", "device_information", "log_data"),
        country="US",
        policy_url="https://firebase.google.com/support/privacy",
    ),
    "twilio": Service(
        name="Twilio",
        kind="communications",
        purpose="to send text messages and make phone calls",
        data=("contact_details", "communications_content", "log_data"),
        country="US",
        policy_url="https://www.twilio.com/en-us/legal/privacy",
    ),
    "hubspot": Service(
        name="HubSpot",
        kind="crm",
        purpose="to keep track of our contacts, sales and the emails we send them",
        data=(
            "contact_details",
            "professional_information",
            "communications_content",
            "usage_data",
            "online_identifiers",
        ),
        country="US",
        policy_url="https://legal.hubspot.com/privacy-policy",
    ),
    "pipedrive": Service(
        name="Pipedrive",
        kind="crm",
        purpose="to keep track of our contacts and sales",
        data=("contact_details", "professional_information", "communications_content", "commercial_information"),
        country="EE",
        policy_url="https://www.pipedrive.com/en/privacy",
    ),
    "salesforce": Service(
        name="Salesforce",
        kind="crm",
        purpose="to keep track of our customers, contacts and sales",
        data=("contact_details", "professional_information", "communications_content", "commercial_information"),
        country="US",
        policy_url="https://www.salesforce.com/company/privacy/",
    ),
    "freshdesk": Service(
        name="Freshdesk",
        kind="customer_support",
        purpose="to answer support requests",
        data=("contact_details", "communications_content"),
        country="US",
        policy_url="https://www.freshworks.com/privacy/",
    ),
    "help_scout": Service(
        name="Help Scout",
        kind="customer_support",
        purpose="to answer support requests",
        data=("contact_details", "communications_content"),
        country="US",
        policy_url="https://www.helpscout.com/company/legal/privacy/",
    ),
    "intercom": Service(
        name="Intercom",
        kind="customer_support",
        purpose="to chat with people on our site and answer support requests",
        data=("contact_details", "communications_content", "online_identifiers", "usage_data", "device_information"),
        country="US",
        policy_url="https://www.intercom.com/legal/privacy",
        # Intercom, "Intercom Messenger Cookies" (intercom.com/help/en/articles/2361922), read 2026-12-01. They keep
        # the chat working rather than measure anything: the preferences (functional) category, a judgement call.
        cookies=(
            ServiceCookie("intercom-id-<app_id>", "to recognise a visitor's chat conversations", "9 months",
                          "preferences", True),
            ServiceCookie("intercom-session-<app_id>", "to keep a signed-in visitor's chat session", "1 week",
                          "preferences", True),
            ServiceCookie("intercom-device-id-<app_id>", "to recognise the device that uses the chat, to prevent "
                          "abuse", "9 months", "preferences", True),
        ),
    ),
    "zendesk": Service(
        name="Zendesk",
        kind="customer_support",
        purpose="to answer support requests",
        data=("contact_details", "communications_content"),
        country="US",
        policy_url="https://www.zendesk.com/company/agreements-and-terms/privacy-notice/",
    ),
    "amazon_ses": Service(
        name="Amazon SES",
        kind="email_delivery",
        purpose="to send our emails",
        data=("contact_details", "communications_content", "log_data"),
        country="US",
        policy_url="https://aws.amazon.com/privacy/",
    ),
    "brevo": Service(
        name="Brevo",
        kind="email_delivery",
        purpose="to send our emails and newsletters",
        data=("contact_details", "communications_content", "usage_data"),
        country="FR",
        policy_url="https://www.brevo.com/legal/privacypolicy/",
    ),
    "mailgun": Service(
        name="Mailgun",
        kind="email_delivery",
        purpose="to send our emails",
        data=("contact_details", "communications_content", "log_data"),
        country="US",
        policy_url="https://www.mailgun.com/legal/privacy-policy/",
    ),
    "postmark": Service(
        name="Postmark",
        kind="email_delivery",
        purpose="to send our emails",
        data=("contact_details", "communications_content", "log_data"),
        country="US",
        policy_url="https://postmarkapp.com/privacy-policy",
    ),
    "sendgrid": Service(
        name="SendGrid",
        kind="email_delivery",
        purpose="to send our emails",
        data=("contact_details", "communications_content", "log_data"),
        country="US",
        policy_url="https://www.twilio.com/en-us/legal/privacy",
    ),
    "bugsnag": Service(
        name="Bugsnag",
        kind="error_monitoring",
        purpose="to find and fix errors in our service",
        data=("device_information", "log_data", "online_identifiers"),
        country="US",
        policy_url="https://smartbear.com/privacy/",
    ),
    "datadog": Service(
        name="Datadog",
        kind="error_monitoring",
        purpose="to monitor the performance of our systems and find errors",
        data=("device_information", "log_data", "usage_data"),
        country="US",
        policy_url="https://www.datadoghq.com/legal/privacy/",
    ),
    "sentry": Service(
        name="Sentry",
        kind="error_monitoring",
        purpose="to find and fix errors in our service",
        data=("device_information", "log_data", "online_identifiers"),
        country="US",
        policy_url="https://sentry.io/privacy/",
    ),
    "google_forms": Service(
        name="Google Forms",
        kind="forms_surveys",
        purpose="to run our forms and surveys",
        data=("contact_details", "survey_responses"),
        country="US",
        policy_url="https://policies.google.com/privacy",
    ),
    "surveymonkey": Service(
        name="SurveyMonkey",
        kind="forms_surveys",
        purpose="to run our surveys",
        data=("contact_details", "survey_responses"),
        country="US",
        policy_url="https://www.surveymonkey.com/mp/legal/privacy/",
    ),
    "typeform": Service(
        name="Typeform",
        kind="forms_surveys",
        purpose="to run our forms and surveys",
        data=("contact_details", "survey_responses"),
        country="ES",
        policy_url="https://www.typeform.com/privacy-policy/",
    ),
    "aws": Service(
        name="Amazon Web Services",
        kind="hosting",
        purpose="to host our service and store its data",
        data=("contact_details", "user_content", "log_data"),
        country="US",
        policy_url="https://aws.amazon.com/privacy/",
    ),
    "cloudflare": Service(
        name="Cloudflare",
        kind="hosting",
        purpose="to deliver our site quickly and protect it from attacks",
        data=("log_data", "device_information"),
        country="US",
        policy_url="https://www.cloudflare.com/privacypolicy/",
    ),
    "digitalocean": Service(
        name="DigitalOcean",
        kind="hosting",
        purpose="to host our service and store its data",
        data=("contact_details", "user_content", "log_data"),
        country="US",
        policy_url="https://www.digitalocean.com/legal/privacy-policy",
    ),
    "google_cloud": Service(
        name="Google Cloud",
        kind="hosting",
        purpose="to host our service and store its data",
        data=("contact_details", "user_content", "log_data"),
        country="US",
        policy_url="https://cloud.google.com/terms/cloud-privacy-notice",
    ),
    "heroku": Service(
        name="Heroku",
        kind="hosting",
        purpose="to host our service and store its data",
        data=("contact_details", "user_content", "log_data"),
        country="US",
        policy_url="https://www.salesforce.com/company/privacy/",
    ),
    "hetzner": Service(
        name="Hetzner",
        kind="hosting",
        purpose="to host our service and store its data",
        data=("contact_details", "user_content", "log_data"),
        country="DE",
        policy_url="https://www.hetzner.com/legal/privacy-policy/",
    ),
    "microsoft_azure": Service(
        name="Microsoft Azure",
        kind="hosting",
        purpose="to host our service and store its data",
        data=("contact_details", "user_content", "log_data"),
        country="US",
        policy_url="https://privacy.microsoft.com/privacystatement",
    ),
    "netlify": Service(
        name="Netlify",
        kind="hosting",
        purpose="to host our site",
        data=("log_data", "device_information"),
        country="US",
        policy_url="https://www.netlify.com/privacy/",
    ),
    "ovhcloud": Service(
        name="OVHcloud",
        kind="hosting",
        purpose="to host our service and store its data",
        data=("contact_details", "user_content", "log_data"),
        country="FR",
        policy_url="https://www.ovhcloud.com/en/terms-and-conditions/privacy-policy/",
    ),
    "vercel": Service(
        name="Vercel",
        kind="hosting",
        purpose="to host our site",
        data=("log_data", "device_information"),
        country="US",
        policy_url="https://vercel.com/legal/privacy-policy",
    ),
    "google_maps": Service(
        name="Google Maps",
        kind="maps",
        purpose="to show maps on our site",
        data=("approximate_location", "device_information", "log_data"),
        country="US",
        policy_url="https://policies.google.com/privacy",
    ),
    "mapbox": Service(
        name="Mapbox",
        kind="maps",
        purpose="to show maps in our service",
        data=("approximate_location", "device_information", "log_data"),
        country="US",
        policy_url="https://www.mapbox.com/legal/privacy",
    ),
    "activecampaign": Service(
        name="ActiveCampaign",
        kind="marketing_automation",
        purpose="to send our newsletters and marketing emails",
        data=("contact_details", "usage_data", "online_identifiers"),
        country="US",
        policy_url="https://www.activecampaign.com/legal/privacy-policy",
    ),
    "mailchimp": Service(
        name="Mailchimp",
        kind="marketing_automation",
        purpose="to send our newsletters and marketing emails",
        data=("contact_details", "usage_data", "online_identifiers", "device_information"),
        country="US",
        policy_url="https://www.intuit.com/privacy/statement/",
    ),
    "adyen": Service(
        name="Adyen",
        kind="payments",
        purpose="to take card payments and prevent payment fraud",
        data=("contact_details", "payment_information", "commercial_information", "device_information"),
        country="NL",
        policy_url="https://www.adyen.com/policies-and-disclaimer/privacy-policy",
    ),
    "apple_pay": Service(
        name="Apple Pay",
        kind="payments",
        purpose="to let people pay with Apple Pay",
        data=("payment_information", "commercial_information"),
        country="US",
        policy_url="https://www.apple.com/legal/privacy/",
    ),
    "braintree": Service(
        name="Braintree",
        kind="payments",
        purpose="to take card payments and prevent payment fraud",
        data=("contact_details", "payment_information", "commercial_information", "device_information"),
        country="US",
        policy_url="https://www.braintreepayments.com/legal/braintree-privacy-policy",
    ),
    "paddle": Service(
        name="Paddle",
        kind="payments",
        purpose="to sell our products as our reseller, take payments and handle sales tax",
        data=("contact_details", "payment_information", "commercial_information", "approximate_location"),
        country="GB",
        policy_url="https://www.paddle.com/legal/privacy",
    ),
    "paypal": Service(
        name="PayPal",
        kind="payments",
        purpose="to take payments through PayPal",
        data=("contact_details", "payment_information", "commercial_information"),
        country="US",
        policy_url="https://www.paypal.com/us/legalhub/privacy-full",
    ),
    "square": Service(
        name="Square",
        kind="payments",
        purpose="to take card payments online and in person",
        data=("contact_details", "payment_information", "commercial_information", "device_information"),
        country="US",
        policy_url="https://squareup.com/us/en/legal/general/privacy",
    ),
    "stripe": Service(
        name="Stripe",
        kind="payments",
        purpose="to take card payments and prevent payment fraud",
        data=(
            "contact_details",
            "payment_information",
            "commercial_information",
            "device_information",
            "online_identifiers",
        ),
        country="US",
        policy_url="https://stripe.com/privacy",
    ),
    "calendly": Service(
        name="Calendly",
        kind="scheduling",
        purpose="to let people book meetings with us",
        data=("contact_details", "user_content"),
        country="US",
        policy_url="https://calendly.com/legal/privacy-notice",
    ),
    "cloudflare_turnstile": Service(
        name="Cloudflare Turnstile",
        kind="security",
        purpose="to tell people from bots on our forms",
        data=("device_information", "log_data"),
        country="US",
        policy_url="https://www.cloudflare.com/privacypolicy/",
    ),
    "google_recaptcha": Service(
        name="Google reCAPTCHA",
        kind="security",
        purpose="to tell people from bots on our forms",
        data=("device_information", "usage_data", "online_identifiers", "log_data"),
        country="US",
        policy_url="https://policies.google.com/privacy",
    ),
    "hcaptcha": Service(
        name="hCaptcha",
        kind="security",
        purpose="to tell people from bots on our forms",
        data=("device_information", "usage_data", "log_data"),
        country="US",
        policy_url="https://www.hcaptcha.com/privacy",
    ),
    "dropbox": Service(
        name="Dropbox",
        kind="storage",
        purpose="to store and share files",
        data=("user_content", "contact_details"),
        country="US",
        policy_url="https://www.dropbox.com/privacy",
    ),
    "vimeo": Service(
        name="Vimeo",
        kind="video",
        purpose="to show videos on our site",
        data=("online_identifiers", "usage_data", "device_information"),
        country="US",
        policy_url="https://vimeo.com/privacy",
    ),
    "youtube": Service(
        name="YouTube",
        kind="video",
        purpose="to show videos on our site",
        data=("online_identifiers", "usage_data", "device_information"),
        country="US",
        policy_url="https://policies.google.com/privacy",
        opt_out_url="https://adssettings.google.com",
    ),
}


def catalogue_note(service_id: str, answered: frozenset[str] = frozenset()) -> str:
    """What the catalogue says of a service, in one line for the answers file's comments: the facts the policy uses
    unless the entry answers them itself (``answered``: the entry's own fields, marked "overridden")."""
    from policygen.catalogue.choices import PROVIDER_KINDS
    from policygen.catalogue.countries import COUNTRIES

    service = SERVICES[service_id]
    facts = [("name", service.name), ("kind", PROVIDER_KINDS[service.kind].label.lower()),
             ("country", f"based in {COUNTRIES[service.country]} ({service.country})"),
             ("policy_url", f"privacy page {service.policy_url}")]
    if service.opt_out_url:
        facts.append(("opt_out_url", f"opt-out page {service.opt_out_url}"))
    shown = [f"{text} (overridden below)" if field in answered else text for field, text in facts]
    return "From the catalogue: " + "; ".join(shown) + "."
