"""The languages a policy is written in.

English is the language the library is written in; every other language is a gettext catalogue
(``policygen/locale/<code>/LC_MESSAGES/policygen.po``, compiled to ``.mo`` beside it) and the words CLDR gives its
locale (dates, lists, country names, through Babel). Nothing here imports Babel: an English render loads no
catalogue and no CLDR data (``policygen.i18n.speaking`` loads them when another language is asked for).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
DOMAIN = "policygen"


@dataclass(frozen=True)
class Language:
    code: str
    """As the answers file and ``--lang`` write it, and as HTML's ``lang`` and ``hreflang`` want it (BCP 47)."""
    name: str
    """The language's name in itself, for the language switcher."""
    locale: str
    """The gettext and CLDR locale: "pt_BR"."""


LANGUAGES: dict[str, Language] = {
    "en": Language("en", "English", "en"),
    "fr": Language("fr", "Français", "fr"),
    "de": Language("de", "Deutsch", "de"),
    "es": Language("es", "Español", "es"),
    "pt-BR": Language("pt-BR", "Português (Brasil)", "pt_BR"),
}
SOURCE_LANGUAGE = "en"
TRANSLATED = tuple(code for code in LANGUAGES if code != SOURCE_LANGUAGE)


def po_file(code: str) -> Path:
    return LOCALE_DIR / LANGUAGES[code].locale / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_file(code: str) -> Path:
    return po_file(code).with_suffix(".mo")


def available() -> str:
    """The language codes, for an error message: "en, fr, de, es, pt-BR"."""
    return ", ".join(LANGUAGES)
