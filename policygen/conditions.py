"""Conditions as objects: each evaluates on the facts, says itself in words and lists the answers it reads.

Clauses, claims, legal elements, the wizard's questions and ``policygen explain`` all use these, so a condition is
written once and explained the same way everywhere. Build them from facts (``when("ads_personalised")``) and
combine them with ``&``, ``|`` and ``~``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from policygen.facts import Facts


@dataclass(frozen=True)
class Condition:
    test: Callable[["Facts"], bool]
    words: str
    """The condition in words, for people: "audiences include the UK"."""
    reads: tuple[str, ...] = ()
    """The answers it looks at."""

    def holds(self, facts: "Facts") -> bool:
        return bool(self.test(facts))

    def __and__(self, other: "Condition") -> "Condition":
        return Condition(lambda f: self.test(f) and other.test(f), f"{self.words} and {other.words}",
                         _merge(self.reads, other.reads))

    def __or__(self, other: "Condition") -> "Condition":
        return Condition(lambda f: self.test(f) or other.test(f), f"{self.words}, or {other.words}",
                         _merge(self.reads, other.reads))

    def __invert__(self) -> "Condition":
        return Condition(lambda f: not self.test(f), f"not ({self.words})", self.reads)


def _merge(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(first + second))


ALWAYS = Condition(lambda f: True, "always")


def when(name: str, words: str | None = None) -> Condition:
    """The fact ``name`` holds; its words and the answers it reads come from the fact's registration."""
    from policygen.facts import FACTS

    definition = FACTS[name]
    return Condition(lambda f: getattr(f, name), words or definition.words, definition.reads)


def law_applies(law_id: str) -> Condition:
    """The law ``law_id`` applies to these answers (see policygen.laws)."""
    from policygen.laws import LAWS

    law = LAWS[law_id]
    return Condition(lambda f: law_id in f.laws, law.applies.words, law.applies.reads)


def answer(path: str, test: Callable[["Facts"], object], words: str) -> Condition:
    """A condition on one answer: ``answer("practices.research", lambda f: f.a.practices.research, "...")``."""
    return Condition(lambda f: bool(test(f)), words, (path,))
