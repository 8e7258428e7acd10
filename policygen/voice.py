"""Who speaks in the policy: "we" (an organisation) or "I" (a business that is one person).

The library writes its prose in the plural. For a one-person business (``organisation.one_person``) every phrase the
library wrote is said in the first person singular, and the founder's own text is never touched:

- clause templates are rewritten once, when they load (``template_in_voice``, through the clause environment's
  loader): only their prose changes (and the phrases
  in quotes that a template passes to a helper, such as a link's words), never the names inside ``{{ }}`` and
  ``{% %}``, so an answer a template prints is printed as written;
- phrases written in Python (catalogue labels and descriptions, the phrases facts put together) are said through
  ``in_voice``, which follows the voice of the policy being written (``speaking``). Facts are computed in their own
  answers' voice, whoever asks for them first.

A sentence whose plural says something untrue of one person ("a member of our team reviews it") is not rewritten
word by word: its template says it another way when ``f.one_person`` holds.

Why here, and not elsewhere: rewriting the rendered policy would reach the founder's words too (by then an answer
and a catalogue phrase are the same characters); writing every template with voice variables ("{{ we }} {{ are }}")
would touch each of the library's sentences and double what translators get; a second set of singular templates
would drift from the first. Prose written once, in the plural, and said in a voice as it loads, keeps one source.

Translations (issue #17) are to keep this split: a translated message looked up first in the gettext message context
"one person" (msgctxt), so each language gives its own singular wording, and English falling back to the rules
below. A notice a statute prescribes word for word is marked ``{# verbatim #}...{# end verbatim #}``
in its template, and the voice leaves it as written.
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Literal

Voice = Literal["we", "I"]

_current: ContextVar[Voice] = ContextVar("policygen_voice", default="we")


@contextmanager
def speaking(voice: Voice):
    """Say library phrases in ``voice`` for the duration (a render, a fact's computation)."""
    token = _current.set(voice)
    try:
        yield
    finally:
        _current.reset(token)


def current_voice() -> Voice:
    return _current.get()


def in_voice(phrase: str) -> str:
    """A phrase the library wrote, in the voice of the policy being written. Never call it on an answer."""
    from policygen.i18n.speaking import in_english

    # Another language's singular wording is its catalogue's ("one person" context), not a rewrite of its words.
    return phrase if _current.get() == "we" or not in_english() else first_person_singular(phrase)


# "we" with the verbs that change with it; every other English verb is the same after "I" as after "we".
_WE_VERB = re.compile(r"\b([Ww]e)(?: (are|were)\b|(['’]re)\b)")
_VERB_WE = re.compile(r"\b([Aa]re|[Ww]ere) we\b")
_WE_CONTRACTED = re.compile(r"\b[Ww]e(?=['’](?:ve|ll|d)\b)")
# A pronoun is a whole word: not part of an anchor or address ("#us-state-rights", "example.com/our"), nor of a
# compound ("US"-style codes keep their capitals and are not matched).
_PRONOUN = re.compile(r"(?<![\w#/.@-])(we|We|us|Us|our|Our|ours|Ours|ourselves|Ourselves)(?![\w-]|\.\w)")
_SINGULAR = {"we": "I", "We": "I", "us": "me", "Us": "Me", "our": "my", "Our": "My", "ours": "mine", "Ours": "Mine",
             "ourselves": "myself", "Ourselves": "Myself"}
_SINGULAR_VERB = {"are": "am", "were": "was", "Are": "Am", "Were": "Was"}


@lru_cache(maxsize=4096)
def first_person_singular(prose: str) -> str:
    """English prose in the plural first person ("we are", "our", "us") in the singular ("I am", "my", "me")."""
    prose = _WE_VERB.sub(lambda m: "I " + _SINGULAR_VERB[m.group(2)] if m.group(2) else "I'm", prose)
    prose = _VERB_WE.sub(lambda m: _SINGULAR_VERB[m.group(1)] + " I", prose)
    prose = _WE_CONTRACTED.sub("I", prose)
    return _PRONOUN.sub(lambda m: _SINGULAR[m.group(1)], prose)


# Template syntax: expressions, statements (with Jinja's whitespace markers) and comments. Everything between them is
# prose; inside them, a string literal with a space in it is prose too (``link("our contact form", url)``), while
# names, keys and ids (``see("us-state-rights")``, ``"essential"``) have none and stay as they are.
_TEMPLATE_SYNTAX = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
_STRING_LITERAL = re.compile(r"\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'")
# Words a statute prescribes are kept as written: {# verbatim #}NOTICE: We may ...{# end verbatim #}.
_VERBATIM = re.compile(r"(\{#-?\s*verbatim\s*-?#\}.*?\{#-?\s*end verbatim\s*-?#\})", re.DOTALL)


def template_in_voice(source: str, voice: Voice) -> str:
    """A template's source with its prose in ``voice``; what is not prose is left byte for byte."""
    if voice == "we":
        return source
    parts = _VERBATIM.split(source)  # odd parts are verbatim
    return "".join(part if i % 2 else _prose_in_singular(part) for i, part in enumerate(parts))


def _prose_in_singular(source: str) -> str:
    out, last = [], 0
    for syntax in _TEMPLATE_SYNTAX.finditer(source):
        out.append(first_person_singular(source[last:syntax.start()]))
        code = syntax.group()
        if not code.startswith("{#"):
            code = _STRING_LITERAL.sub(_literal_in_singular, code)
        out.append(code)
        last = syntax.end()
    out.append(first_person_singular(source[last:]))
    return "".join(out)


def _literal_in_singular(literal: re.Match) -> str:
    text = literal.group()
    return first_person_singular(text) if " " in text else text
