"""Turn pydantic validation errors into one readable line per problem, located in the file."""

from __future__ import annotations

import difflib
import re
import types
import typing

from pydantic import BaseModel, ValidationError

from policygen.errors import Problem
from policygen.model import Answers

Positions = dict[tuple, tuple[int, int]]
"""Path of a value in the answers (keys and list indexes) -> its (line, column) in the file."""

_QUOTED = re.compile(r"'((?:[^'\\]|\\.)*)'")
_ROOT_PATH = re.compile(r"^([A-Za-z_][\w.\[\]]*): (.*)$", re.S)


def format_path(loc: tuple) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def parse_path(text: str) -> tuple:
    return tuple(int(p) if p.isdigit() else p for p in re.findall(r"[^.\[\]]+", text))


def _model_at(loc: tuple) -> type[BaseModel] | None:
    """The model class that holds the values at ``loc`` (for listing the keys allowed there)."""
    annotation: object = Answers
    for part in loc:
        annotation = _unwrap(annotation)
        if isinstance(part, int):
            args = typing.get_args(annotation)
            annotation = args[0] if args else None
        elif isinstance(annotation, type) and issubclass(annotation, BaseModel) and part in annotation.model_fields:
            annotation = annotation.model_fields[part].annotation
        else:
            return None
    annotation = _unwrap(annotation)
    return annotation if isinstance(annotation, type) and issubclass(annotation, BaseModel) else None


def _unwrap(annotation: object) -> object:
    """Strip Annotated and Optional: ``Annotated[Contact | None, ...]`` -> Contact."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = args[0] if len(args) == 1 else annotation
            if len(args) != 1:
                return annotation
        else:
            return annotation


def _position(loc: tuple, positions: Positions) -> tuple[int | None, int | None]:
    for end in range(len(loc), -1, -1):
        if loc[:end] in positions:
            return positions[loc[:end]]
    return None, None


def _suggest(word: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _message(error: dict) -> str:
    kind, loc, value = error["type"], error["loc"], error.get("input")
    if kind == "missing":
        return "is required but missing"
    if kind == "extra_forbidden":
        model = _model_at(loc[:-1])
        allowed = list(model.model_fields) if model else []
        return f"unknown key '{loc[-1]}'{_suggest(str(loc[-1]), allowed)}"
    if kind == "literal_error":
        choices = _QUOTED.findall(error.get("ctx", {}).get("expected", ""))
        hint = _suggest(str(value), choices)
        if not hint and len(choices) <= 8:
            hint = f"; choose one of: {', '.join(choices)}"
        return f"{_show(value)} is not a known choice{hint}"
    if kind == "too_short" and isinstance(value, list):
        need = error.get("ctx", {}).get("min_length", 1)
        return f"needs at least {need} {'entry' if need == 1 else 'entries'}"
    message = error["msg"]
    if kind in ("value_error", "assertion_error"):
        message = message.split(", ", 1)[1] if ", " in message else message
        return message
    if isinstance(value, (str, int, float, bool)) or value is None:
        return f"{message[:1].lower()}{message[1:]} (found {_show(value)})"
    kinds = {dict: "a mapping", list: "a list"}
    found = next((name for t, name in kinds.items() if isinstance(value, t)), type(value).__name__)
    return f"{message[:1].lower()}{message[1:]} (found {found})"


def validation_problems(error: ValidationError, file: str, positions: Positions) -> list[Problem]:
    problems = []
    for item in error.errors(include_url=False):
        loc = tuple(item["loc"])
        message = _message(item)
        root = _ROOT_PATH.match(message) if not loc else None
        if root:  # whole-answers checks name their own path: "data_categories[0].purposes[1]: ..."
            loc, message = parse_path(root.group(1)), root.group(2)
        line, column = _position(loc, positions)
        problems.append(Problem(file, message, line, column, format_path(loc)))
    return problems
