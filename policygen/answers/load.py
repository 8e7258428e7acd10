"""Read an answers file (YAML or JSON) into the answers model, or report every problem with its location.

YAML is read with a restricted loader: no aliases (so no "billion laughs"), no tags beyond plain data (so nothing
is ever constructed from ``!!python/...``), no duplicate keys, limited nesting, and YAML 1.2 booleans (``NO`` is
Norway, not false). Each value's line and column is remembered, so validation errors point at the file position.
"""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from pydantic import ValidationError

from policygen.answers.problems import Positions, validation_problems
from policygen.errors import AnswersError, Problem
from policygen.model import Answers

MAX_BYTES = 2 * 1024 * 1024
"""Answers files are a few kilobytes; anything over 2 MB is a mistake, and refusing it bounds time and memory."""
MAX_DEPTH = 32
"""The model nests about five levels deep; deeper input is refused before it can exhaust the stack."""
SUFFIXES = (".yaml", ".yml", ".json")

_PLAIN_TAGS = {f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")}


class _InputError(Exception):
    def __init__(self, message: str, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.message, self.line, self.column = message, line, column


class _Loader(yaml.SafeLoader):
    """SafeLoader that refuses aliases and deep nesting while composing."""

    def __init__(self, stream):
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark
            raise _InputError("aliases (*name) are not allowed in answers files", mark.line + 1, mark.column + 1)
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                mark = self.peek_event().start_mark
                raise _InputError(f"nesting is deeper than {MAX_DEPTH} levels", mark.line + 1, mark.column + 1)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _construct(loader: _Loader, node: yaml.Node, path: tuple, positions: Positions) -> object:
    line, column = node.start_mark.line + 1, node.start_mark.column + 1
    positions.setdefault(path, (line, column))
    if node.tag not in _PLAIN_TAGS:
        raise _InputError(f"the tag {node.tag} is not allowed: answers files hold plain data only", line, column)
    if isinstance(node, yaml.MappingNode):
        result: dict = {}
        for key_node, value_node in node.value:
            key_line, key_column = key_node.start_mark.line + 1, key_node.start_mark.column + 1
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag not in _PLAIN_TAGS:
                raise _InputError("keys must be plain names", key_line, key_column)
            key = key_node.value
            if key in result:
                raise _InputError(f"duplicate key '{key}' (each key may appear once)", key_line, key_column)
            positions[path + (key,)] = (key_line, key_column)
            result[key] = _construct(loader, value_node, path + (key,), positions)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_construct(loader, item, path + (i,), positions) for i, item in enumerate(node.value)]
    # YAML 1.1 reads yes/no/on/off as booleans; YAML 1.2 and people do not (NO is Norway's country code).
    if node.tag.endswith(":bool") and node.style is None and node.value.lower() not in ("true", "false"):
        return node.value
    try:
        return loader.construct_object(node, deep=True)
    except (ValueError, yaml.YAMLError) as error:
        raise _InputError(f"'{node.value}' cannot be read: {error}", line, column) from None


def _parse_yaml(text: str) -> tuple[object, Positions]:
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        positions: Positions = {}
        data = None if node is None else _construct(loader, node, (), positions)
        return data, positions
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        message = " ".join(str(p) for p in (error.context, error.problem) if p)
        raise _InputError(f"YAML syntax error: {message}", mark.line + 1, mark.column + 1) from None
    except yaml.YAMLError as error:
        raise _InputError(f"YAML syntax error: {error}") from None
    finally:
        loader.dispose()


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict:
    result: dict = {}
    for key, value in pairs:
        if key in result:
            raise _InputError(f"duplicate key '{key}' (each key may appear once)")
        result[key] = value
    return result


def _depth(value: object, limit: int = MAX_DEPTH) -> int:
    """Nesting depth of parsed JSON, without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        if level > limit:
            break
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        stack.extend((child, level + 1) for child in children)
    return deepest


def _parse_json(text: str) -> tuple[object, Positions]:
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as error:
        raise _InputError(f"JSON syntax error: {error.msg}", error.lineno, error.colno) from None
    except RecursionError:
        raise _InputError(f"nesting is deeper than {MAX_DEPTH} levels") from None
    if _depth(data) > MAX_DEPTH:
        raise _InputError(f"nesting is deeper than {MAX_DEPTH} levels")
    return data, {}


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise _InputError(f"the file is {size / 1048576:.1f} MB; answers files are limited to 2 MB")
        data = path.read_bytes()
    except FileNotFoundError:
        raise _InputError("no such file") from None
    except IsADirectoryError:
        raise _InputError("is a folder, not an answers file") from None
    except PermissionError:
        raise _InputError("permission denied") from None
    except OSError as error:
        raise _InputError(f"cannot be read: {error.strerror}") from None
    if b"\x00" in data:
        raise _InputError("is not a text file (it contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise _InputError(f"is not valid UTF-8 text (byte 0x{data[error.start]:02x})", line, column) from None


def parse_answers_file(path: Path) -> tuple[object, Positions]:
    """The file's plain data and the position of every value in it; AnswersError when it cannot be parsed."""
    name = str(path)
    try:
        if path.suffix.lower() not in SUFFIXES:
            raise _InputError(f"unknown file type '{path.suffix}': answers files are .yaml, .yml or .json")
        text = _read_text(path)
        data, positions = _parse_json(text) if path.suffix.lower() == ".json" else _parse_yaml(text)
    except _InputError as error:
        raise AnswersError([Problem(name, error.message, error.line, error.column)]) from None
    if data is None:
        raise AnswersError([Problem(name, "the file is empty: expected the answers as a mapping of keys")])
    if not isinstance(data, dict):
        kind = "a list" if isinstance(data, list) else "a single value"
        raise AnswersError([Problem(name, f"expected a mapping of keys at the top level, found {kind}", 1, 1)])
    return data, positions


def load_answers(path: str | Path) -> Answers:
    """Read and validate an answers file; AnswersError lists every problem found."""
    path = Path(path)
    data, positions = parse_answers_file(path)
    try:
        return Answers.model_validate(data)
    except ValidationError as error:
        raise AnswersError(validation_problems(error, str(path), positions)) from None
