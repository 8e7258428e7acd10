"""Countries as the policy names them: the catalogue's English names, CLDR's in any other language."""

from __future__ import annotations

from policygen.catalogue import countries
from policygen.i18n.speaking import in_english


def country(code: str) -> str:
    """The country's name ("United Kingdom"; "Royaume-Uni" in French)."""
    if in_english():
        return countries.COUNTRIES[code]
    from policygen.document.templating import country_name

    return country_name(code)


def country_in_sentence(code: str) -> str:
    """The country's name as it reads after "in": "the United Kingdom" in English; in another language CLDR's name,
    which the message around it places (no article is guessed)."""
    return countries.in_sentence(code) if in_english() else country(code)
