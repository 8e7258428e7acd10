"""Validated scalar types used across the answers model.

Each type keeps the user's text as written (so saving answers gives back the same file) and refuses what could
never be right in a published policy: control characters, script URLs, unknown countries, absurd periods.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated, Any, Callable
from urllib.parse import urlsplit

from pydantic import Field, GetCoreSchemaHandler, StringConstraints
from pydantic_core import core_schema

from policygen.catalogue.countries import COUNTRIES

@dataclass(frozen=True, slots=True)
class Check:
    """A check on a value type, and the kind of value it accepts, which the wizard reads to pick its input.

    It does what pydantic's AfterValidator (or, with ``before``, BeforeValidator) does, but says outright that the
    function takes only the value: pydantic would otherwise inspect the function's signature every time a field
    uses the type, some 150 times as the model is built on each run.
    """

    func: Callable[[Any], Any]
    kind: str | None = None
    """"email", "url", "phone", "country" or "duration"; None for checks that do not define a kind of value."""
    before: bool = False

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        wrap = (core_schema.no_info_before_validator_function if self.before
                else core_schema.no_info_after_validator_function)
        return wrap(self.func, handler(source))


# C0/C1 control characters (tab and newline are handled per type) and the Unicode bidirectional overrides, which
# can make a policy display text in an order other than the one stored.
_FORBIDDEN_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _no_control_chars(value: str) -> str:
    match = _FORBIDDEN_CHARS.search(value)
    if match:
        raise ValueError(f"contains a control character (U+{ord(match.group()):04X}) at position {match.start() + 1}")
    return value


def _single_line(value: str) -> str:
    if "\n" in value or "\r" in value or "\t" in value:
        raise ValueError("must be a single line")
    return value


Line = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=300),
    Check(_no_control_chars),
    Check(_single_line),
]
"""A short single-line text: a name, a title, a label."""

_PROSE_CONSTRAINTS = (StringConstraints(strip_whitespace=True, min_length=1, max_length=5000), Check(_no_control_chars))

Address = Annotated[str, *_PROSE_CONSTRAINTS]
"""A postal address, on one line or several (line breaks become commas or spaces where it is printed)."""


class FounderText:
    """Marks a type whose values are the founder's own prose, printed as written: a policy in another language
    prints their translation from the answers (``translations``), and ``check --lang`` names any it lacks."""


Text = Annotated[str, *_PROSE_CONSTRAINTS, FounderText()]
"""A free text of a few sentences; line breaks are allowed and become spaces in the policy."""

_EMAIL = re.compile(r"^[^@\s<>()\[\]\\,;:\"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")


def _email(value: str) -> str:
    # The address becomes a mailto: link, where ? starts headers (?bcc=someone@else), & separates them and # ends
    # the address; no real address needs them, so they are refused rather than escaped.
    odd = next((c for c in value if c in "?&#" or c.isspace()), None)
    if odd is not None:
        shown = "a space" if odd.isspace() else f"'{odd}'"
        raise ValueError(f"is not an email address: it contains {shown} (expected name@example.com)")
    if not _EMAIL.match(value):
        raise ValueError("is not an email address (expected name@example.com)")
    return value


Email = Annotated[Line, Check(_email, "email"), Field(examples=["privacy@example.com"])]


def _web_url(value: str) -> str:
    if any(c.isspace() for c in value):
        raise ValueError("is not a web address: it contains spaces")
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https"):
        raise ValueError("must be a web address starting with https:// or http://")
    if not parts.hostname or "." not in parts.hostname and parts.hostname != "localhost":
        raise ValueError("is not a web address: it has no host name")
    return value


WebUrl = Annotated[Line, Check(_web_url, "url"), Field(examples=["https://example.com"])]

_PHONE = re.compile(r"^\+?[0-9][0-9 ().\-]{4,28}[0-9]$")


def _phone(value: str) -> str:
    if not _PHONE.match(value):
        raise ValueError("is not a phone number (digits, spaces, dashes, brackets and an optional leading +)")
    return value


Phone = Annotated[Line, Check(_phone, "phone"), Field(examples=["+1 800 555 0100"])]


def _upper(value: object) -> object:
    return value.strip().upper() if isinstance(value, str) else value


_COUNTRY_BY_NAME = {name.upper(): code for code, name in COUNTRIES.items()}


def _country(value: str) -> str:
    if value not in COUNTRIES:
        # People often write the name ("Germany"); point them at its code.
        code = _COUNTRY_BY_NAME.get(value)
        hint = f"; did you mean '{code}'?" if code else " (for example US, DE, GB)"
        raise ValueError(f"is not an ISO 3166-1 alpha-2 country code{hint}")
    return value


Country = Annotated[
    str, Check(_upper, before=True), Check(_country, "country"), Field(examples=["US", "DE", "GB"], max_length=2)
]
"""An ISO 3166-1 alpha-2 country code."""

_DURATION = re.compile(r"^(\d+) (day|days|business days|week|weeks|month|months|year|years)$")
_DAYS_PER_UNIT = {"day": 1, "days": 1, "business days": 1.4, "week": 7, "weeks": 7, "month": 30, "months": 30,
                  "year": 365, "years": 365}
MAX_PERIOD_DAYS = 100 * 365


def _duration(value: str) -> str:
    match = _DURATION.match(value)
    if not match:
        raise ValueError("is not a period: write a number and a unit, such as '30 days', '6 months' or '2 years'")
    # Any number of digits: "99999 years" is too long rather than unreadable (Line limits the text to 300 characters).
    amount, unit = int(match.group(1)), match.group(2)
    if amount == 0:
        raise ValueError("must be a period longer than zero")
    if amount * _DAYS_PER_UNIT[unit] > MAX_PERIOD_DAYS:
        raise ValueError("is longer than 100 years")
    return value


Duration = Annotated[Line, Check(_duration, "duration"), Field(examples=["30 days", "6 months", "2 years"])]
"""A period such as "30 days", "6 months" or "2 years"."""

Days = Annotated[int, Field(ge=1, le=365)]
"""A number of days between 1 and 365."""
