"""How readable the policy is: words, reading time, reading ease and (in English) Flesch-Kincaid grade.

Measured on the prose only: tables, headings, link addresses and email addresses are left out, and each list item
counts as a sentence. textstat 0.7.4 is pinned because later releases download a dictionary at run time; it counts
syllables with Pyphen's hyphenation dictionaries, which it ships, so every language is measured offline.

Reading ease is Flesch's formula (Flesch 1948) refitted to each language, as each language's words are longer or
shorter than English ones; the scales are read alike (higher is easier; about 60 and up is plain):
- en: Flesch: 206.835 - 1.015 x words per sentence - 84.6 x syllables per word;
- fr: Kandel and Moles (1958): 207 - 1.015 x words per sentence - 73.6 x syllables per word;
- de: Amstad (1978): 180 - words per sentence - 58.5 x syllables per word;
- es: Fernández Huerta (1959): 206.84 - 1.02 x words per sentence - 0.6 x syllables per 100 words;
- pt-BR: Martins et al. (1996): 206.835 + 42 = 248.835 - 1.015 x words per sentence - 84.6 x syllables per word.
The Flesch-Kincaid grade is a US school grade, fitted to English only; other languages report none.
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
# A sentence ends at . ! ? before a capital (any alphabet's: "À", "É"), a digit, a quote or a bracket, or the
# opening marks of French, Spanish, German and Portuguese quotations.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(«¿¡À-ÖØ-Þ„“])")


@dataclass(frozen=True)
class Readability:
    name: str
    words: int
    sentences: int
    reading_minutes: float
    flesch_reading_ease: float
    """Reading ease by the language's own fit of Flesch's formula (see the module's docstring)."""
    flesch_kincaid_grade: float | None
    """English only; None in another language."""
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


# textstat's language (Pyphen's dictionary) for each policy language.
_TEXTSTAT_LANGUAGE = {"en": "en_US", "fr": "fr_FR", "de": "de_DE", "es": "es_ES", "pt-BR": "pt_BR"}


def _reading_ease(textstat, text: str, lang: str) -> float:
    if lang == "pt-BR":  # Martins et al.: Flesch's coefficients with 42 added to the constant
        per_sentence = textstat.avg_sentence_length(text)
        per_word = textstat.avg_syllables_per_word(text)
        return 248.835 - 1.015 * per_sentence - 84.6 * per_word
    return textstat.flesch_reading_ease(text)  # en; fr, de and es with textstat's constants for them


def measure(name: str, text: str, lang: str = "en") -> Readability:
    import textstat

    textstat.set_lang(_TEXTSTAT_LANGUAGE[lang])
    try:
        sentences = split_sentences(text)
        longest = max(sentences, key=lambda s: len(s.split()), default="")
        words = textstat.lexicon_count(text) if text else 0
        grade = (round(textstat.flesch_kincaid_grade(text), 1) if text else 0.0) if lang == "en" else None
        return Readability(
            name=name,
            words=words,
            sentences=len(sentences),
            reading_minutes=round(words / WORDS_PER_MINUTE, 1),
            flesch_reading_ease=round(_reading_ease(textstat, text, lang), 1) if text else 0.0,
            flesch_kincaid_grade=grade,
            longest_sentence_words=len(longest.split()),
            longest_sentence=longest,
        )
    finally:
        textstat.set_lang("en_US")


def document_readability(document: Document) -> list[Readability]:
    """The whole policy first, then each section; the first layer (the privacy label and "At a glance", above the
    contents) counts as one section."""
    parts = []
    if document.preamble:
        parts.append((FIRST_LAYER, " ".join(prose(c.markdown) for c in document.preamble)))
    for section in document.sections:
        parts.append((f"{section.number}. {section.title}", " ".join(prose(c.markdown) for c in section.clauses)))
    lang = document.lang
    whole = measure("Whole policy", " ".join(text for _, text in parts if text), lang)
    return [whole] + [measure(name, text, lang) for name, text in parts]


def format_table(rows: list[Readability]) -> str:
    header = f"{'part':<46} {'words':>6} {'min':>5} {'ease':>6} {'grade':>6} {'longest':>8}"
    lines = [header, "-" * len(header)]
    for r in rows:
        grade = "-" if r.flesch_kincaid_grade is None else r.flesch_kincaid_grade
        lines.append(f"{r.name[:46]:<46} {r.words:>6} {r.reading_minutes:>5} {r.flesch_reading_ease:>6} "
                     f"{grade:>6} {r.longest_sentence_words:>8}")
    lines.append("ease: Flesch reading ease (higher is easier; 60+ is plain English); grade: Flesch-Kincaid grade "
                 "level; longest: words in the longest sentence")
    return "\n".join(lines) + "\n"


def format_json(rows: list[Readability]) -> str:
    return json.dumps([asdict(r) for r in rows], indent=2, ensure_ascii=False) + "\n"
