"""Save answers as people can read and diff them: model field order, only what was answered; YAML, or JSON for a
``.json`` file (2-space indent, final newline)."""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import yaml

from policygen.files import write_atomic
from policygen.model import Answers


NOTE_WIDTH = 100
"""The width of the YAML text, comments included."""


class _Dumper(yaml.SafeDumper):
    """Indents lists under their key, as people write YAML by hand."""

    def increase_indent(self, flow: bool = False, indentless: bool = False):
        return super().increase_indent(flow, False)

    def ignore_aliases(self, data: object) -> bool:
        # Answers files refuse aliases (*name): a value met twice (one date as "last updated" and a revision's date)
        # is written out twice.
        return True


def is_json(path: str | Path) -> bool:
    return Path(path).suffix.lower() == ".json"


def dump_yaml(data: object) -> str:
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=NOTE_WIDTH,
                     default_flow_style=False)


def dump_json(data: object) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n"


def dump_answers(answers: Answers, as_json: bool = False) -> str:
    if as_json:
        return dump_json(answers.model_dump(mode="json", exclude_unset=True))
    return with_catalogue_notes(dump_yaml(answers.model_dump(mode="python", exclude_unset=True)), answers)


def with_catalogue_notes(text: str, answers: Answers) -> str:
    """The YAML text with a comment under each provider picked from the catalogue, saying what the catalogue fills
    in, so a reader of the file sees the facts the policy will use without opening policygen."""
    from policygen.answers.load import yaml_positions
    from policygen.catalogue.services import catalogue_note

    positions = yaml_positions(text)
    lines = text.split("\n")
    notes = []
    for i, provider in enumerate(answers.processors):
        if provider.service is not None and ("processors", i, "service") in positions:
            line, column = positions[("processors", i, "service")]
            note = catalogue_note(provider.service, frozenset(provider.model_fields_set))
            if provider.third_party is None:
                note += " Whether it uses the data for its own purposes is yours to answer (third_party)."
            prefix = " " * (column - 1) + "# "
            notes.append((line, textwrap.wrap(note, NOTE_WIDTH, break_long_words=False,
                                              break_on_hyphens=False, initial_indent=prefix,
                                              subsequent_indent=prefix)))
    for line, note in reversed(notes):
        lines[line:line] = note
    return "\n".join(lines)


def save_answers(answers: Answers, path: str | Path) -> None:
    write_atomic(path, dump_answers(answers, is_json(path)))


def save_with_new_revision(answers: Answers, path: str | Path) -> None:
    """Save answers whose revision history (``changes.history``) gained an entry at its top, keeping the comments
    and layout of a YAML file: the entry is inserted into the file's text. The edited text is read back, and when it
    does not give exactly ``answers`` (a history written in an unusual layout) the answers are saved whole."""
    path = Path(path)
    edited = None if is_json(path) else _insert_revision(path, answers)
    if edited is None:
        save_answers(answers, path)
    else:
        write_atomic(path, edited)


def _insert_revision(path: Path, answers: Answers) -> str | None:
    from pydantic import ValidationError

    from policygen.answers.load import parse_answers_file, parse_yaml_text
    from policygen.errors import AnswersError

    try:
        raw = path.read_bytes().decode("utf-8")
        data, positions = parse_answers_file(path)
    except (OSError, UnicodeDecodeError, AnswersError):
        return None
    newline = "\r\n" if "\r\n" in raw else "\n"
    lines = raw.split(newline)
    entry = answers.changes.history[0].model_dump(mode="python", exclude_unset=True)
    block = dump_yaml([entry]).rstrip("\n").split("\n")
    changes = data.get("changes")
    if not isinstance(changes, dict):
        return None
    if changes.get("history"):
        line, column = positions.get(("changes", "history", 0), (0, 0))
        dash = re.fullmatch(r"( *)- +", lines[line - 1][:column - 1]) if line else None
        if dash is None:
            return None
        indent = dash.group(1)
        lines[line - 1:line - 1] = [indent + text for text in block]
    elif "history" not in changes and "last_updated" in changes:
        line, column = positions[("changes", "last_updated")]
        if lines[line - 1][:column - 1].strip():
            return None
        indent = " " * (column - 1)
        lines[line:line] = [f"{indent}history:"] + [f"{indent}  {text}" for text in block]
    else:
        return None
    text = newline.join(lines)
    try:
        edited = Answers.model_validate(parse_yaml_text(text.removeprefix("\ufeff")))
    except (AnswersError, ValidationError):
        return None
    same = edited.model_dump(mode="json") == answers.model_dump(mode="json")
    return text if same else None
