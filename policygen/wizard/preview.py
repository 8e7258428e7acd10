"""The live preview's text: the policy as Markdown for answers in any state (no Textual here; runs in a thread)."""

from __future__ import annotations

import re

from policygen.errors import PolicygenError
from policygen.i18n import LANGUAGES
from policygen.wizard.questions import preview_answers


def build_preview(data: dict, lang: str = "en") -> tuple[str, str]:
    """(Markdown of the policy in ``lang``, a one-line note on how complete it is); the Markdown is empty when none
    can be made. The wizard asks its questions in English; its preview shows the policy in any language."""
    answers, count = preview_answers(data)
    if answers is None:
        return "", f"No preview yet: {count} problem{'s' if count != 1 else ''} to fix first."
    try:
        from policygen.document.compose import compose
        from policygen.render.markdown import render_markdown

        text = tables_as_lists(render_markdown(compose(answers, lang=lang)))
    except PolicygenError as error:
        return "", "The policy cannot be written yet: " + "; ".join(p.message for p in error.problems[:3])
    except Exception as error:  # the preview must never take the wizard down
        return "", f"The preview failed: {type(error).__name__}: {error}"
    language = "" if lang == "en" else f" in {LANGUAGES[lang].name}"
    if count:
        return text, (f"Draft preview{language}: {count} answer{'s are' if count != 1 else ' is'} missing or "
                      "invalid and shown as placeholders.")
    return text, f"Preview of the policy{language}."


_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_TABLE = re.compile(r"^\|.*\|\n\|(?: *:?-+:? *\|)+\n(?:\|.*\|(?:\n|$))*", re.M)


def tables_as_lists(markdown: str) -> str:
    """Tables as nested lists: a row's first cell, then each other cell under its column's name.

    The preview is a third of the terminal wide; a table of five columns there shows a word per line. The published
    policy keeps its tables.
    """

    def cells(line: str) -> list[str]:
        return [cell.strip() for cell in _CELL_SPLIT.split(line.strip()[1:-1])]

    def as_list(match: re.Match) -> str:
        header, _, *rows = match.group(0).rstrip("\n").split("\n")
        names = cells(header)
        items = []
        for row in rows:
            first, *rest = cells(row)
            items.append(f"- **{first}**" if first else "-")
            items.extend(f"  - {name}: {cell}" for name, cell in zip(names[1:], rest) if cell)
        return "\n".join(items) + "\n"

    return _TABLE.sub(as_list, markdown)
