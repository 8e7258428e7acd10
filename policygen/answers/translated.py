"""The answers as a policy in another language prints them: the founder's own text replaced by the translation the
answers give for it (``translations``), everything else as it is.

The library's words come from the gettext catalogues; the founder's words come from the founder. A text is matched
whole and exactly as written in the answers, so a translation never lands inside another sentence.
"""

from __future__ import annotations

from pydantic import BaseModel

from policygen.model import Answers

# Answers that are not the founder's text to print: the translations themselves and the language codes.
_NOT_PRINTED = frozenset({"translations", "languages"})


def phrasebook(answers: Answers, lang: str) -> dict[str, str]:
    """The founder's translations into ``lang``: their text -> the text in that language."""
    return {t.text: t.translation for t in answers.translations if t.language == lang}


def answers_in(answers: Answers, lang: str) -> Answers:
    """``answers`` with each text that has a translation into ``lang`` replaced by it; the same object when none."""
    table = phrasebook(answers, lang)
    if not table:
        return answers
    translated = _swapped(answers, table, top=True)
    # model_copy carries over what was computed from the English answers and kept on them (their facts, the index of
    # categories by purpose): it describes their English texts, so the copy computes its own.
    for name in [name for name in translated.__dict__ if name not in type(translated).model_fields]:
        del translated.__dict__[name]
    return translated


def swappable_texts(answers: Answers) -> set[str]:
    """Every text ``answers_in`` would replace when a translation gives it: each string in the answers, names and
    labels included, outside the translations and languages themselves."""
    found: set[str] = set()
    _collect(answers, found, top=True)
    return found


def _collect(value, found: set[str], top: bool = False) -> None:
    if isinstance(value, str):
        found.add(value)
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            if not (top and name in _NOT_PRINTED):
                _collect(getattr(value, name), found)
    elif isinstance(value, list):
        for item in value:
            _collect(item, found)


def _swapped(value, table: dict[str, str], top: bool = False):
    if isinstance(value, str):
        return table.get(value, value)
    if isinstance(value, BaseModel):
        changed = {}
        for name in type(value).model_fields:
            if top and name in _NOT_PRINTED:
                continue
            old = getattr(value, name)
            new = _swapped(old, table)
            if new is not old:
                changed[name] = new
        return value.model_copy(update=changed) if changed or top else value
    if isinstance(value, list):
        new = [_swapped(item, table) for item in value]
        return new if any(a is not b for a, b in zip(new, value)) else value
    return value
