"""What kind of business and service this is: one person or a team, websites, apps, newsletters, accounts."""

from __future__ import annotations

from policygen.facts import Facts, fact
from policygen.i18n.speaking import _

APP_KINDS = ("mobile_app", "desktop_app")
WEB_KINDS = ("website", "web_app", "platform")


@fact("the business is one person, so the policy speaks as \"I\"", reads=("organisation.one_person",))
def one_person(f: Facts) -> bool:
    return f.a.organisation.one_person


@fact("the policy's voice: \"I\" for a one-person business, else \"we\"", reads=("organisation.one_person",))
def voice(f: Facts) -> str:
    return "I" if f.one_person else "we"


@fact("a website or web app is covered", reads=("services.covered[*].kind",))
def has_website(f: Facts) -> bool:
    return any(s.kind in WEB_KINDS for s in f.a.services.covered)


@fact("a mobile or desktop app is covered", reads=("services.covered[*].kind",))
def has_app(f: Facts) -> bool:
    return any(s.kind in APP_KINDS for s in f.a.services.covered)


@fact("an email newsletter is covered", reads=("services.covered[*].kind",))
def has_newsletter(f: Facts) -> bool:
    return any(s.kind == "newsletter" for s in f.a.services.covered)


@fact("what sends information automatically, in words: a browser only where there is a website or web app",
      reads=("services.covered[*].kind",))
def automatic_sender(f: Facts) -> str:
    if f.has_website:
        # TRANSLATORS: what sends information automatically, after "Your" ("Your browser or device sends us some
        # information when you use our services").
        return _("browser or device")
    if f.has_newsletter and not f.has_app:
        # TRANSLATORS: as "browser or device": "Your email app sends us some information ...".
        return _("email app")  # web beacons in emails: the only automatic source of a newsletter alone
    # TRANSLATORS: as "browser or device": "Your device sends us some information ...".
    return _("device")


@fact("what makes requests to the business's servers, in words: \"browser\", \"app\", or both",
      reads=("services.covered[*].kind",))
def requesting_software(f: Facts) -> str:
    if f.has_website and f.has_app:
        # TRANSLATORS: what makes requests to our servers, after "your" ("It comes from the requests your browser or
        # app makes to our servers").
        return _("browser or app")
    if f.has_website:
        # TRANSLATORS: as "browser or app": "the requests your browser makes to our servers".
        return _("browser")
    if f.has_app:
        # TRANSLATORS: as "browser or app": "the requests your app makes to our servers".
        return _("app")
    # TRANSLATORS: as "browser or app": "the requests your email app (or device) makes to our servers".
    return _("email app") if f.has_newsletter else _("device")


@fact("a service runs online (a website, app, platform or API)", reads=("services.covered[*].kind",))
def online_service(f: Facts) -> bool:
    return any(s.kind not in ("offline", "on_premise") for s in f.a.services.covered)


@fact("people have accounts: sign-in details are collected, or they manage their data in an account",
      reads=("data_categories[*].category", "rights.self_service", "rights.request_methods"))
def has_accounts(f: Facts) -> bool:
    a = f.a
    return (any(c.category == "account_credentials" for c in a.data_categories) or a.rights.self_service
            or "in_account" in a.rights.request_methods)


@fact("some service is an app or a platform (push notifications need one)", reads=("services.covered[*].kind",))
def has_app_or_platform(f: Facts) -> bool:
    return any(s.kind in ("mobile_app", "desktop_app", "web_app", "platform") for s in f.a.services.covered)


@fact("business customers are served", reads=("audiences.business_customers",))
def serves_businesses(f: Facts) -> bool:
    return f.a.audiences.business_customers
