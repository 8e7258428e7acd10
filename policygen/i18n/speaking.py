"""Saying the library's words in the language of the policy being written.

``translating(code)`` sets the language for the duration of a render; ``_`` (Python phrases), ``N_`` (marks a phrase
for extraction where it is defined, to be translated where it is used) and the template callables below look their
message up in that language's catalogue. English needs no catalogue: its messages are their own translation, so an
English render never loads gettext catalogues or Babel.

A message the catalogue lacks (new, or changed in English and so fuzzy, which compiling leaves out) is said in
English and remembered (``Speaker.missing``): the composer keeps each clause's list, which the HTML page prints in a
comment and ``check --lang`` and ``explain`` name.
"""

from __future__ import annotations

import gettext as _gettext
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache

from policygen.errors import PolicygenError, Problem
from policygen.i18n import LANGUAGES, SOURCE_LANGUAGE, available, mo_file

# The message context of a singular wording ("I", "my") for a one-person business (policygen/voice.py).
ONE_PERSON = "one person"


@dataclass
class Speaker:
    code: str
    catalogue: dict | None
    """The compiled messages (msgid, or context + "\\x04" + msgid, or (msgid, n) -> translation); None in English."""
    missing: dict[str, None] = field(default_factory=dict)
    """Messages said in English because the catalogue lacks them, in the order first said."""

    @property
    def english(self) -> bool:
        return self.catalogue is None


_ENGLISH = Speaker(SOURCE_LANGUAGE, None)
_current: ContextVar[Speaker] = ContextVar("policygen_language", default=_ENGLISH)


class UnknownLanguage(PolicygenError):
    """A language code with no catalogue (exit code 2, as for any bad input)."""

    def __init__(self, message: str):
        super().__init__([Problem("language", message)])


@lru_cache(maxsize=None)
def _compiled(code: str) -> dict:
    path = mo_file(code)
    try:
        with path.open("rb") as file:
            return dict(_gettext.GNUTranslations(file)._catalog)  # noqa: SLF001 (the only way to tell a lack apart)
    except FileNotFoundError:
        raise UnknownLanguage(f"'{code}' has no compiled catalogue ({path} is missing); reinstall policygen") from None


def speaker_for(code: str) -> Speaker:
    if code not in LANGUAGES:
        raise UnknownLanguage(f"unknown language '{code}'; the languages are {available()}")
    return _ENGLISH if code == SOURCE_LANGUAGE else Speaker(code, _compiled(code))


@contextmanager
def translating(code: str):
    """Say the library's words in ``code`` for the duration; yields the Speaker, whose ``missing`` fills as it goes."""
    speaker = speaker_for(code) if isinstance(code, str) else code
    if speaker is not _ENGLISH and speaker.code != SOURCE_LANGUAGE:
        speaker = Speaker(speaker.code, speaker.catalogue)  # a fresh record of what this render lacked
    token = _current.set(speaker)
    try:
        yield speaker
    finally:
        _current.reset(token)


def current_language() -> str:
    return _current.get().code


def in_english() -> bool:
    return _current.get().catalogue is None


def _lookup(message: str, context: str | None = None) -> tuple[str, bool]:
    """The message (in a message context, if given) in the current language, and whether it had to be said in
    English."""
    speaker = _current.get()
    if speaker.catalogue is None:
        return message, False
    from policygen.voice import current_voice

    if context is None and current_voice() == "I":
        singular = speaker.catalogue.get(f"{ONE_PERSON}\x04{message}")
        if singular:
            return singular, False
    found = speaker.catalogue.get(f"{context}\x04{message}" if context else message)
    if found:
        return found, False
    speaker.missing.setdefault(message, None)
    return message, True


def _(message: str) -> str:
    """A phrase the library wrote in Python, in the language of the policy being written."""
    return _lookup(message)[0]


def semicolon() -> str:
    """The separator of items that may hold commas themselves ("; "), as the language writes it (French puts a
    no-break space before the semicolon)."""
    # TRANSLATORS: separates items of a list in a table cell, where an item may hold commas of its own.
    return _("; ")


def N_(message: str) -> str:
    """Marks a phrase for the catalogue where it is defined; it is translated with ``_`` where it is said."""
    return message


def ngettext(singular: str, plural: str, n: int, context: str | None = None) -> str:
    speaker = _current.get()
    if speaker.catalogue is None:
        return singular if n == 1 else plural
    index = _plural_index(speaker.code, n)
    found = speaker.catalogue.get((f"{context}\x04{singular}" if context else singular, index))
    if found:
        return found
    speaker.missing.setdefault(singular, None)
    return singular if n == 1 else plural


def npgettext(context: str, singular: str, plural: str, n: int) -> str:
    return ngettext(singular, plural, n, context)


def _plural_index(code: str, n: int) -> int:
    # All four languages have two forms; French and Brazilian Portuguese count 0 and 1 as singular (CLDR).
    if code in ("fr", "pt-BR"):
        return 0 if n in (0, 1) else 1
    return 0 if n == 1 else 1


_UNITS = {
    "day": ("%(num)d day", "%(num)d days"), "days": ("%(num)d day", "%(num)d days"),
    "business days": ("%(num)d business day", "%(num)d business days"),
    "week": ("%(num)d week", "%(num)d weeks"), "weeks": ("%(num)d week", "%(num)d weeks"),
    "month": ("%(num)d month", "%(num)d months"), "months": ("%(num)d month", "%(num)d months"),
    "year": ("%(num)d year", "%(num)d years"), "years": ("%(num)d year", "%(num)d years"),
}


# A period standing alone (a table cell, after a colon) may take another form than inside a sentence: German says
# "7 Jahre" alone but "nach 7 Jahren".
PERIOD_ALONE = "period alone"


def period(value: str, alone: bool = False) -> str:
    """A period answered as "30 days" (policygen.model.values.Duration) in the language of the policy, inside a
    sentence or (``alone``) on its own; in English, exactly as answered."""
    if _current.get().catalogue is None:
        return value
    amount, unit = value.split(" ", 1)
    singular, plural = _UNITS[unit]
    return ngettext(singular, plural, int(amount), PERIOD_ALONE if alone else None) % {"num": int(amount)}


def _extracted_units() -> None:  # never called: lists the plural messages above for the extractor
    ngettext("%(num)d day", "%(num)d days", 1)
    ngettext("%(num)d business day", "%(num)d business days", 1)
    ngettext("%(num)d week", "%(num)d weeks", 1)
    ngettext("%(num)d month", "%(num)d months", 1)
    ngettext("%(num)d year", "%(num)d years", 1)
    npgettext("period alone", "%(num)d day", "%(num)d days", 1)
    npgettext("period alone", "%(num)d business day", "%(num)d business days", 1)
    npgettext("period alone", "%(num)d week", "%(num)d weeks", 1)
    npgettext("period alone", "%(num)d month", "%(num)d months", 1)
    npgettext("period alone", "%(num)d year", "%(num)d years", 1)


# Template callables: Jinja's i18n extension compiles {% trans x=... %}...{{ x }}...{% endtrans %} into
# gettext("...%(x)s...", x=...) (newstyle). The message is the template's own Markdown; each value put into it is
# escaped as everything a template prints is, and the result is marked safe so that it is not escaped twice.

def _filled(message: str, variables: dict) -> str:
    from policygen.document.markdown_text import Markdown, escape

    return Markdown(message % {name: escape(value) for name, value in variables.items()})


def _callables(fill) -> dict:
    """gettext, ngettext and pgettext as Jinja's newstyle i18n calls them, each message filled in by ``fill``."""

    def gettext(__message: str, **variables):
        return fill(_lookup(__message)[0], variables)

    def ngettext_(__singular: str, __plural: str, __num: int, **variables):
        variables.setdefault("num", __num)
        return fill(ngettext(__singular, __plural, __num), variables)

    def pgettext(__context: str, __message: str, **variables):
        return fill(_lookup(__message, __context)[0], variables)

    return {"gettext": gettext, "ngettext": ngettext_, "pgettext": pgettext}


TEMPLATE_CALLABLES = _callables(_filled)


# The HTML page's callables (policygen/render/html.py): its templates are autoescaped, so a message is taken as HTML
# (Markup) and each value put into it is HTML-escaped by Markup's own ``%``, as Jinja's own newstyle gettext does.

def _filled_html(message: str, variables: dict):
    from markupsafe import Markup

    return Markup(message) % variables


PAGE_CALLABLES = _callables(_filled_html)
