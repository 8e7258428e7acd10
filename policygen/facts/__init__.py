"""Facts: everything the policy states about the business, computed once, in Python, from the answers.

A fact is a named function of the answers (and of other facts) registered with ``@fact``: its words say what it
means to a reviewer and ``reads`` lists the answers it looks at, so ``policygen explain`` can show why a sentence is
there. Templates print facts and test them with ``if``; they compute nothing themselves. Conditions
(``policygen.conditions``) and the laws layer (``policygen.laws``) are built on the same facts, so "the GDPR
applies" or "data leaves the UK" has one definition.

The modules below register the facts of one area each; importing this package registers them all.
"""

from __future__ import annotations

from contextlib import nullcontext
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from policygen.i18n import speaking as language
from policygen.voice import speaking

if TYPE_CHECKING:
    from policygen.model import Answers


@dataclass(frozen=True)
class FactDef:
    name: str
    words: str
    """What the fact means, in words that complete "... when ..." ("ads are based on activity elsewhere")."""
    reads: tuple[str, ...]
    """The answers it looks at, as paths (``[*]``: every entry)."""
    compute: Callable[["Facts"], object]


FACTS: dict[str, FactDef] = {}


def fact(words: str, reads: tuple[str, ...] = ()):
    """Register a function ``name(f: Facts)`` as the fact ``f.name``."""

    def register(compute: Callable[["Facts"], object]) -> Callable[["Facts"], object]:
        name = compute.__name__
        if name in FACTS:
            raise ValueError(f"fact {name!r} is defined twice")
        FACTS[name] = FactDef(name, words, tuple(reads), compute)
        return compute

    return register


class FactCycleError(Exception):
    """Facts that depend on each other in a circle."""


class Facts:
    """The facts of one answers file. Each is computed when first asked for, then kept.

    ``f.a`` is the answers; any registered fact is an attribute (``f.ads_personalised``). An unknown name is an
    AttributeError, which templates (StrictUndefined) report as an error.
    """

    def __init__(self, answers: "Answers", lang: str = "en"):
        self.a = answers
        self.lang = lang
        """The language the facts' phrases are said in (facts that are phrases differ from one language to another)."""
        self._computing: list[str] = []

    def __getattr__(self, name: str) -> object:
        definition = FACTS.get(name)
        if definition is None or name.startswith("_"):
            raise AttributeError(f"no fact named {name!r}")
        if name in self._computing:  # a fact that needs itself: a bug in the library, said plainly
            raise FactCycleError(" -> ".join(self._computing[self._computing.index(name):] + [name]))
        self._computing.append(name)
        try:
            # Phrases a fact puts together are said in these answers' voice, whoever asks first (a render, check).
            with speaking("I" if self.a.organisation.one_person else "we"), self._language():
                value = definition.compute(self)
        finally:
            self._computing.pop()
        self.__dict__[name] = value
        return value

    def _language(self):
        if self.lang == language.current_language():
            return nullcontext()
        return language.translating(self.lang)

    def __repr__(self) -> str:
        return f"Facts({self.a.organisation.display_name!r})"


def facts_of(answers: "Answers", lang: str | None = None) -> Facts:
    """The facts of these answers in a language (by default the one being written), made once per answers object and
    language (answers are not changed after validation)."""
    lang = lang or language.current_language()
    # Kept in the instance's __dict__, as the model's own cached properties are.
    by_language = answers.__dict__.setdefault("_facts", {})
    found = by_language.get(lang)
    if found is None:
        found = by_language[lang] = Facts(answers, lang)
    return found


from policygen.facts import (  # noqa: E402,F401  (each module registers its facts)
    audience, brokers, business, children, collection, cookie_list, data, disclosures, flows, health, overview, people,
    quebec, rights, sharing, teens, tracking, use,
)
