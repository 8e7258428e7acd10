"""Consent banner configurations with one category per consent category of the cookies listed, and in each the
services that set them, so that the banner asks for exactly what the cookie policy and the privacy policy say:
``cookieconsent`` for orestbida/cookieconsent v3 (npm ``vanilla-cookieconsent``) and ``klaro`` for Klaro (npm
``klaro``). Both are JSON: pass the parsed object to ``CookieConsent.run(config)``, or assign it to
``window.klaroConfig`` before Klaro's script loads. cookieconsent shows its texts as HTML, so every answer in its
configuration is HTML-escaped; Klaro shows them as text (``htmlTexts`` off). Scripts still need marking
(``data-category`` for cookieconsent, ``data-name`` for Klaro) so that the libraries can hold them back until consent.

Checked on 2026-12-01 against:
- cookieconsent v3 (cookieconsent.orestbida.com, "Getting Started", "Configuration reference", "API reference"):
  ``run()`` needs ``categories`` and ``language``; a category has ``enabled``, ``readOnly``, ``autoClear.cookies`` and
  ``services`` ({label}); ``preferencesModal.sections`` link to a category with ``linkedCategory`` and may carry a
  ``cookieTable`` ({headers, body}).
- Klaro 0.7 (klaro.org/docs/integration/annotated-configuration): ``services`` of {name, title, purposes, cookies,
  required, default}, ``translations.<lang>.purposes.<id>`` {title, description} and ``privacyPolicyUrl``.
Both libraries are loaded with these configurations in a real browser by tests/browser/test_banners.py.
"""

from __future__ import annotations

import json
from html import escape as html

from policygen.exports import Exporter, Missing, register
from policygen.exports.cookies import category_description, missing, no_banner
from policygen.voice import in_voice

ESSENTIAL = "essential"


def _label(kind: str) -> str:
    from policygen.catalogue.choices import COOKIE_KINDS

    return COOKIE_KINDS[kind].label


def _exact(name: str) -> bool:
    """A cookie name without a placeholder ("_ga_<container-id>") can be matched and cleared as it is."""
    return "<" not in name and "[" not in name


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def write_cookieconsent(f) -> str:
    categories, sections = {}, []
    org = html(f.a.organisation.display_name)
    sections.append({"title": in_voice("How we use cookies"),
                     "description": f"{org} uses cookies in the categories below. Essential cookies are always on; "
                                    "the others are set only if you allow them."})
    for kind in f.listed_cookie_kinds:
        setters = [s for s in f.cookie_setters if kind in s.kinds]
        cookies = [c for s in setters for c in s.cookies if c.kind == kind]
        category: dict = {"enabled": kind == ESSENTIAL, "readOnly": kind == ESSENTIAL}
        exact = [{"name": c.name} for c in cookies if _exact(c.name)]
        if kind != ESSENTIAL and exact:
            category["autoClear"] = {"cookies": exact}
        category["services"] = {s.key: {"label": html(s.name)} for s in setters}
        categories[kind] = category
        sections.append({
            "title": _label(kind), "description": category_description(kind), "linkedCategory": kind,
            "cookieTable": {
                "headers": {"name": "Cookie", "provider": "Set by", "duration": "Duration", "description": "Purpose"},
                "body": [{"name": html(c.name), "provider": html(s.name), "duration": html(c.duration),
                          "description": html(_capital(c.purpose))}
                         for s in setters for c in s.cookies if c.kind == kind],
            },
        })
    config = {
        "categories": categories,
        "language": {"default": "en", "translations": {"en": {
            "consentModal": {
                "title": "Cookies on this site",
                "description": f"{org} uses essential cookies to make the site work and, with your consent, "
                               "others; choose which.",
                "acceptAllBtn": "Accept all", "acceptNecessaryBtn": "Reject all",
                "showPreferencesBtn": "Choose cookies",
            },
            "preferencesModal": {
                "title": "Cookie settings", "acceptAllBtn": "Accept all", "acceptNecessaryBtn": "Reject all",
                "savePreferencesBtn": "Save my choices", "closeIconLabel": "Close", "sections": sections,
            },
        }}},
    }
    return json.dumps(config, indent=2, ensure_ascii=False) + "\n"


def write_klaro(f) -> str:
    services = []
    for setter in f.cookie_setters:
        for kind in setter.kinds:
            names = [c.name for c in setter.cookies if c.kind == kind]
            services.append({
                "name": setter.key if len(setter.kinds) == 1 else f"{setter.key}-{kind}",
                "title": setter.name if len(setter.kinds) == 1 else f"{setter.name} ({_label(kind).lower()})",
                "purposes": [kind],
                "cookies": [n for n in names if _exact(n)],
                "required": kind == ESSENTIAL,
                "default": kind == ESSENTIAL,
            })
    config = {
        "version": 1,
        "elementID": "klaro",
        "storageMethod": "cookie",
        "storageName": "klaro",
        "mustConsent": False,
        "acceptAll": True,
        "hideDeclineAll": False,
        "htmlTexts": False,
        "default": False,
        "translations": {"zz": {"privacyPolicyUrl": f.a.cookies.cookie_policy_url},
                         "en": {"purposes": {kind: {"title": _label(kind), "description": category_description(kind)}
                                             for kind in f.listed_cookie_kinds}}},
        "services": services,
    }
    return json.dumps(config, indent=2, ensure_ascii=False) + "\n"


def _klaro_missing(f) -> list[Missing]:
    found = missing(f)
    if not f.a.cookies.cookie_policy_url:
        found.append(Missing("cookies.cookie_policy_url", "Klaro's notice links to your cookie policy; give the "
                                                          "address where you publish it"))
    return found


register(Exporter("cookieconsent", no_banner, missing, write_cookieconsent))
register(Exporter("klaro", no_banner, _klaro_missing, write_klaro))
