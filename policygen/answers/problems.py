"""Turn pydantic validation errors into one readable line per problem, located in the file."""

from __future__ import annotations

import re
import types
import typing

from pydantic import BaseModel, ValidationError

from policygen.console import visible
from policygen.errors import Problem
from policygen.model import Answers

Positions = dict[tuple, tuple[int, int]]
"""Path of a value in the answers (keys and list indexes) -> its (line, column) in the file."""

_QUOTED = re.compile(r"'((?:[^'\\]|\\.)*)'")


def printable(text: str, limit: int = 60) -> str:
    """Text from an answers file, safe to print inside a one-line message: escaped and shortened."""
    text = visible(str(text))
    return text if len(text) <= limit else text[: limit - 3] + "..."


_ROOT_PATH = re.compile(r"^([A-Za-z_][\w.\[\]]*): (.*)$", re.S)


def format_path(loc: tuple) -> str:
    out = ""
    for part in loc:
        part = part if isinstance(part, int) else printable(part, 40)
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def parse_path(text: str) -> tuple:
    return tuple(int(p) if p.isdigit() else p for p in re.findall(r"[^.\[\]]+", text))


def _holds_float(loc: tuple) -> bool:
    """The field at ``loc`` takes a number with decimals (not a whole number)."""
    model = _model_at(loc[:-1])
    field = model.model_fields.get(loc[-1]) if model and isinstance(loc[-1], str) else None
    return field is not None and _unwrap(field.annotation) is float


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
    import difflib  # imported on the error path only, to keep start-up fast

    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


def _show(value: object) -> str:
    if value is None:
        return "nothing"  # `key:` with no value, as YAML people write it
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _found(value: object) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return _show(value) if isinstance(value, (str, int, float, bool)) or value is None else type(value).__name__


# pydantic's wording for wrong types, in the words of an answers file.
_EXPECTED = {
    "model_type": "should be a mapping of keys", "model_attributes_type": "should be a mapping of keys",
    "dict_type": "should be a mapping of keys", "list_type": "should be a list", "string_type": "should be text",
    "bool_type": "should be true or false", "bool_parsing": "should be true or false",
    "int_type": "should be a whole number", "int_parsing": "should be a whole number",
    "int_from_float": "should be a whole number", "finite_number": "should be a whole number",
    "int_parsing_size": "is far too large a number",
    "float_type": "should be a number", "float_parsing": "should be a number",
    "date_type": "should be a date written as YYYY-MM-DD",
}


def _message(error: dict) -> str:
    kind, loc, value, ctx = error["type"], error["loc"], error.get("input"), error.get("ctx", {})
    if kind == "missing":
        return "is required but missing"
    if kind == "extra_forbidden":
        model = _model_at(loc[:-1])
        allowed = list(model.model_fields) if model else []
        return f"unknown key '{printable(loc[-1], 40)}'{_suggest(str(loc[-1]), allowed)}"
    if kind == "literal_error":
        expected = ctx.get("expected", "")
        choices = _QUOTED.findall(expected) or [expected]  # Literal[1] (schema_version) has no quotes
        hint = _suggest(str(value), choices)
        if not hint and len(choices) <= 8:
            hint = f"; choose one of: {', '.join(choices)}"
        return f"{_show(value)} is not a known choice{hint}"
    if kind == "too_short" and isinstance(value, list):
        need = ctx.get("min_length", 1)
        return f"needs at least {need} {'entry' if need == 1 else 'entries'}"
    if kind == "too_long" and isinstance(value, list):
        return f"has {len(value):,} entries; at most {ctx.get('max_length')} are allowed"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "string_too_long" and isinstance(value, str):
        return f"is {len(value):,} characters long; at most {ctx.get('max_length')} are allowed"
    if kind in ("greater_than_equal", "less_than_equal"):
        bound = ctx.get("ge", ctx.get("le"))
        bound = int(bound) if isinstance(bound, float) and bound.is_integer() else bound  # a float field's 0.0
        return f"must be {'at least' if kind == 'greater_than_equal' else 'at most'} {bound} (found {_found(value)})"
    if kind == "finite_number" and _holds_float(loc):  # a day figure such as a mean: decimals are fine
        return f"should be a number (found {_found(value)})"
    if kind in _EXPECTED:
        return f"{_EXPECTED[kind]} (found {_found(value)})"
    if kind.startswith("date_"):  # "Input should be a valid date or datetime, day value is outside expected range"
        reason = f" ({error['msg'].split(', ', 1)[1]})" if ", " in error["msg"] else ""
        return f"is not a valid date{reason}; write dates as YYYY-MM-DD (found {_found(value)})"
    message = error["msg"]
    if kind in ("value_error", "assertion_error"):
        return message.split(", ", 1)[1] if ", " in message else message
    return f"{message[:1].lower()}{message[1:]} (found {_found(value)})"


def _misspelt_missing(errors: list[dict]) -> set[tuple]:
    """The missing keys that an unknown key beside them misspells: one mistake, reported as the unknown key (with
    its "did you mean"), not also as the missing key."""
    import difflib  # error path only: it costs a few ms at start-up

    missing: dict[tuple, set[str]] = {}
    for item in errors:
        if item["type"] == "missing" and item["loc"]:
            missing.setdefault(tuple(item["loc"][:-1]), set()).add(str(item["loc"][-1]))
    found: set[tuple] = set()
    for item in errors:
        if item["type"] != "extra_forbidden":
            continue
        parent = tuple(item["loc"][:-1])
        names = missing.get(parent)  # the missing names there not yet matched by an earlier unknown key
        if not names:
            continue
        key = str(item["loc"][-1])
        # quick_ratio is an upper bound of the similarity, the same both ways round: a key nowhere near any missing
        # name is passed over without comparing it with every key allowed there (49,900 unknown keys took seconds).
        if not any(difflib.SequenceMatcher(None, key, name).quick_ratio() >= 0.6 for name in names):
            continue
        model = _model_at(parent)
        close = difflib.get_close_matches(key, list(model.model_fields) if model else [], n=1)
        matched = names.intersection(close)
        names -= matched
        found.update(parent + (name,) for name in matched)
    return found


def validation_problems(error: ValidationError, file: str, positions: Positions,
                        limit: int | None = None) -> list[Problem]:
    """One located problem per error, in file order (problems without a position last).

    With ``limit``, only the first ``limit`` problems are worded (a "did you mean" costs a comparison with every
    key allowed there), followed by one line saying how many more there are.
    """
    errors = error.errors(include_url=False)
    misspelt = _misspelt_missing(errors)
    located = []
    for item in errors:
        loc = tuple(item["loc"])
        if item["type"] == "missing" and loc in misspelt:
            continue
        message = None
        if not loc:  # whole-answers checks name their own path: "data_categories[0].purposes[1]: ..."
            message = _message(item)
            root = _ROOT_PATH.match(message)
            if root:
                loc, message = parse_path(root.group(1)), root.group(2)
        line, column = _position(loc, positions)
        located.append((line, column, loc, item, message))
    located.sort(key=lambda p: (p[0] is None, p[0] or 0, p[1] or 0))
    shown = located if limit is None else located[:limit]
    problems = [Problem(file, _message(item) if message is None else message, line, column, format_path(loc))
                for line, column, loc, item, message in shown]
    if len(located) > len(shown):
        problems.append(Problem(file, f"... and {len(located) - len(shown)} more problems"))
    return problems
