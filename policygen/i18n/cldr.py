"""What CLDR (through Babel) says for a language other than English: dates, lists and country names.

Imported only when a policy is written in another language, so that an English render never loads Babel.
"""

from __future__ import annotations

import datetime
from functools import lru_cache

from babel import Locale
from babel.dates import format_date
from babel.lists import format_list

from policygen.i18n import LANGUAGES
from policygen.i18n.speaking import current_language


@lru_cache(maxsize=None)
def _locale(code: str) -> Locale:
    return Locale.parse(LANGUAGES[code].locale)


# CLDR writes the first of the month as a plain "1"; French writes "1er" and Brazilian Portuguese "1º".
_FIRST_DAY = {"fr": "1er", "pt-BR": "1º"}


def long_date(value: datetime.date) -> str:
    """"2 mars 2025", "2. März 2025", "2 de marzo de 2025", "2 de março de 2025"; "1er mars 2025", "1º de março"."""
    lang = current_language()
    text = format_date(value, format="long", locale=_locale(lang))
    if value.day == 1 and lang in _FIRST_DAY and text.startswith("1 "):
        text = _FIRST_DAY[lang] + text[1:]
    return text


def join(parts: list[str], last: str = "and") -> str:
    """The parts as that language lists them: "and" is CLDR's standard list, "or" its "or" list."""
    style = "or" if last == "or" else "standard"
    return format_list(parts, style=style, locale=_locale(current_language()))


def country_name(code: str) -> str:
    """CLDR's name of the country (an ISO 3166-1 alpha-2 code) in that language."""
    return _locale(current_language()).territories[code.upper()]
