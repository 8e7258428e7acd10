"""The cookies the services set, by whom: the one list the cookie policy and the consent banners' configurations
(policygen/exports) are written from, so that the banner asks for exactly what the page and the policy say."""

from __future__ import annotations

import re
from dataclasses import dataclass

from policygen.facts import Facts, fact


@dataclass(frozen=True)
class CookieRow:
    name: str
    purpose: str
    duration: str
    kind: str
    """Its consent category: a key of policygen.catalogue.choices.COOKIE_KINDS."""
    first_party: bool


@dataclass(frozen=True)
class CookieSetter:
    """The organisation itself or one provider, with the cookies it sets."""

    key: str
    """A stable identifier for the banners' configuration ("us", "google_analytics", "acme_chat")."""
    name: str
    policy_url: str | None
    path: str
    """Where the answers list its cookies, for findings: "cookies.own" or "processors[2].cookies"."""
    cookies: tuple[CookieRow, ...]

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.kind for c in self.cookies))


def _rows(cookies) -> tuple[CookieRow, ...]:
    return tuple(CookieRow(c.name, c.purpose, c.duration, c.kind, c.first_party) for c in cookies)


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_") or "provider"


@fact("the organisation's own cookies, then each provider's (as answered, else as the catalogue documents them)",
      reads=("cookies.own", "processors[*].cookies", "processors[*].service"))
def cookie_setters(f: Facts) -> tuple[CookieSetter, ...]:
    a = f.a
    setters = [CookieSetter("us", a.organisation.display_name, None, "cookies.own", _rows(a.cookies.own))]
    seen = {"us"}
    for index, p in enumerate(a.processors):
        key = p.service or _key(p.display_name)
        while key in seen:  # two providers of one name still get distinct keys, in declared order
            key += "_"
        seen.add(key)
        setters.append(CookieSetter(key, p.display_name, p.resolved_policy_url, f"processors[{index}].cookies",
                                    _rows(p.resolved_cookies)))
    return tuple(setters)


@fact("the consent categories of the cookies listed, in the catalogue's order", reads=("cookies.own", "processors[*]"))
def listed_cookie_kinds(f: Facts) -> tuple[str, ...]:
    from policygen.catalogue.choices import COOKIE_KINDS

    found = {c.kind for s in f.cookie_setters for c in s.cookies}
    return tuple(k for k in COOKIE_KINDS if k in found)
