"""``check`` for a policy in another language: every sentence in that language, or a finding.

Two kinds of English can remain in a translated policy: a library message its catalogue lacks (new, or fuzzy because
its English changed since it was translated; msgmerge marks those, and compiling leaves them out), and the founder's
own text with no translation in the answers. Each is an error finding naming what to fix.
"""

from __future__ import annotations

import typing
from collections.abc import Iterator
from functools import lru_cache

from pydantic import BaseModel

from policygen.answers.translated import swappable_texts
from policygen.document.compose import Document
from policygen.i18n import LANGUAGES
from policygen.legal.check import Finding
from policygen.model import Answers
from policygen.model.values import FounderText

RULE_MESSAGE = "untranslated-message"
RULE_TEXT = "untranslated-answer"
RULE_UNUSED = "unused-translation"


def language_findings(answers: Answers, document: Document) -> list[Finding]:
    """What the policy ``document`` (in a language other than English) says in English, and translations in the
    answers that have no effect."""
    lang = document.lang
    name = LANGUAGES[lang].name
    found = [Finding("error", f"language:{lang}", RULE_MESSAGE, "", f"clause {clause.id}",
                     f"{name}: {_state(lang, message)}, so the policy says it in English: \"{_short(message)}\"; "
                     f"update policygen or its catalogue ({lang}.po)")
             for clause in document.clauses for message in clause.untranslated]
    given = {t.text for t in answers.translations if t.language == lang}
    from policygen.render.markdown import render_markdown

    printed = render_markdown(document)
    for path, text in founder_texts(answers):
        if text not in given and _printed(text, printed):
            found.append(Finding("error", f"language:{lang}", RULE_TEXT, "", path,
                                 f"{name}: the policy prints your text \"{_short(text)}\" in English; add its "
                                 f"translation under translations (language: {lang})"))
    every = swappable_texts(answers)  # a translation of a name or label takes effect too, though check asks for none
    for i, t in enumerate(answers.translations):
        if t.language == lang and t.text not in every:
            found.append(Finding("warning", f"language:{lang}", RULE_UNUSED, "", f"translations[{i}].text",
                                 "no answer has this text (exactly as written), so this translation has no effect"))
    return found


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _printed(text: str, markdown: str) -> bool:
    from policygen.document.markdown_text import escape, fragment, sentence

    return any(form and form in markdown for form in {escape(text), escape(sentence(text)), escape(fragment(text))})


def _state(lang: str, message: str) -> str:
    """Why a message was said in English: its translation is fuzzy (stale) or missing."""
    return "a message's translation is out of date (fuzzy)" if message in _fuzzy(lang) else \
        "a message has no translation"


@lru_cache(maxsize=None)
def _fuzzy(lang: str) -> frozenset[str]:
    from policygen.i18n import po_file
    from policygen.i18n.catalogues import read, status

    if not po_file(lang).exists():  # an installation without the translators' files: cannot tell which
        return frozenset()
    return frozenset(status(read(lang)).fuzzy)


def founder_texts(answers: Answers) -> Iterator[tuple[str, str]]:
    """(answers path, text) for each of the founder's own texts (``FounderText``) in the answers, in file order."""
    yield from _texts(answers, "")


def _texts(model: BaseModel, prefix: str) -> Iterator[tuple[str, str]]:
    for name, info in type(model).model_fields.items():
        if name == "translations":
            continue
        value = getattr(model, name)
        path = f"{prefix}{name}"
        if isinstance(value, BaseModel):
            yield from _texts(value, path + ".")
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, BaseModel):
                    yield from _texts(item, f"{path}[{i}].")
                elif isinstance(item, str) and _is_founder_text(info.annotation, list_item=True):
                    yield f"{path}[{i}]", item
        elif isinstance(value, str) and _is_founder_text(info.annotation) or \
                isinstance(value, str) and any(isinstance(m, FounderText) for m in info.metadata):
            yield path, value


def _is_founder_text(annotation: object, list_item: bool = False) -> bool:
    """Whether a field's type (through Optional, Annotated and, for list items, list) is the founder's prose."""
    if typing.get_origin(annotation) is typing.Annotated:
        args = typing.get_args(annotation)
        return any(isinstance(m, FounderText) for m in args[1:]) or _is_founder_text(args[0], list_item)
    return any(_is_founder_text(arg, list_item) for arg in typing.get_args(annotation)
               if list_item or typing.get_origin(annotation) is not list)
