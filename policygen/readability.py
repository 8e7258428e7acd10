"""How readable the policy is: words, reading time, Flesch reading ease and Flesch-Kincaid grade.

Measured on the prose only: tables, headings, link addresses and email addresses are left out, and each list item
counts as a sentence. textstat 0.7.4 is pinned because later releases download a dictionary at run time.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass

from policygen.document.compose import Document

FIRST_LAYER = "First layer (label and at a glance)"
"""The name of the part above the contents in the table: the key facts a reader gets before any detail."""

WORDS_PER_MINUTE = 238
"""Average silent reading speed of adults for non-fiction (Brysbaert, 2019)."""

_LINK = re.compile(r"(?<!\\)\[((?:[^\]\\]|\\.)*)\]\([^)]*\)")
_EMAIL = re.compile(r"\S+@\S+\.\w+")
_URL = re.compile(r"https?://\S+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")


@dataclass(frozen=True)
class Readability:
    name: str
    words: int
    sentences: int
    reading_minutes: float
    flesch_reading_ease: float
    flesch_kincaid_grade: float
    longest_sentence_words: int
    longest_sentence: str


def prose(markdown: str) -> str:
    """The sentences of a clause as plain text: tables and headings dropped, list items made sentences."""
    from policygen.render.text import inline_text

    sentences = []
    for block in re.split(r"\n\s*\n", markdown.strip()):
        lines = block.splitlines()
        if not lines or lines[0].startswith(("|", "#")):
            continue
        items = re.split(r"\n(?=\s*(?:- |\d+\. ))", block) if re.match(r"\s*(- |\d+\. )", lines[0]) else [block]
        for item in items:
            text = re.sub(r"^\s*(?:- |\d+\. )", "", item)
            text = inline_text(_LINK.sub(r"\1", " ".join(text.split())))
            text = _URL.sub("", _EMAIL.sub("", text)).strip()
            if not text:
                continue
            text = re.sub(r"[;:,]$", ".", text)
            text = text[0].upper() + text[1:]  # each list item counts as a sentence of its own
            sentences.append(text if text[-1] in ".!?" else text + ".")
    return " ".join(sentences)


def split_sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text) if s.strip()]


def measure(name: str, text: str) -> Readability:
    import textstat

    sentences = split_sentences(text)
    longest = max(sentences, key=lambda s: len(s.split()), default="")
    words = textstat.lexicon_count(text) if text else 0
    return Readability(
        name=name,
        words=words,
        sentences=len(sentences),
        reading_minutes=round(words / WORDS_PER_MINUTE, 1),
        flesch_reading_ease=round(textstat.flesch_reading_ease(text), 1) if text else 0.0,
        flesch_kincaid_grade=round(textstat.flesch_kincaid_grade(text), 1) if text else 0.0,
        longest_sentence_words=len(longest.split()),
        longest_sentence=longest,
    )


def document_readability(document: Document) -> list[Readability]:
    """The whole policy first, then each section; the first layer (the privacy label and "At a glance", above the
    contents) counts as one section."""
    parts = []
    if document.preamble:
        parts.append((FIRST_LAYER, " ".join(prose(c.markdown) for c in document.preamble)))
    for section in document.sections:
        parts.append((f"{section.number}. {section.title}", " ".join(prose(c.markdown) for c in section.clauses)))
    whole = measure("Whole policy", " ".join(text for _, text in parts if text))
    return [whole] + [measure(name, text) for name, text in parts]


def format_table(rows: list[Readability]) -> str:
    header = f"{'part':<46} {'words':>6} {'min':>5} {'ease':>6} {'grade':>6} {'longest':>8}"
    lines = [header, "-" * len(header)]
    for r in rows:
        lines.append(f"{r.name[:46]:<46} {r.words:>6} {r.reading_minutes:>5} {r.flesch_reading_ease:>6} "
                     f"{r.flesch_kincaid_grade:>6} {r.longest_sentence_words:>8}")
    lines.append("ease: Flesch reading ease (higher is easier; 60+ is plain English); grade: Flesch-Kincaid grade "
                 "level; longest: words in the longest sentence")
    return "\n".join(lines) + "\n"


def format_json(rows: list[Readability]) -> str:
    return json.dumps([asdict(r) for r in rows], indent=2, ensure_ascii=False) + "\n"
