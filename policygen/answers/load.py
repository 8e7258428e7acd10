"""Read an answers file (YAML or JSON) into the answers model, or report every problem with its location.

YAML is read with a restricted loader: no aliases (so no "billion laughs"), no tags beyond plain data (so nothing
is ever constructed from ``!!python/...``), no duplicate keys, limited nesting and size, and the YAML 1.2 core
schema's booleans, numbers and nulls (``NO`` is Norway, not false; ``010`` is ten; ``1_000`` and ``1:30`` are
text). The data is built from the parser's events without recursion. Each value's line and column is remembered,
so validation errors point at the file position. Whatever the input, reading it ends in bounded time and memory
with either plain data or one located problem.
"""

from __future__ import annotations

import json
import re
import stat
from pathlib import Path

import yaml
from pydantic import ValidationError

from policygen.answers.problems import Positions, printable, validation_problems
from policygen.errors import AnswersError, Problem
from policygen.model import Answers

MAX_BYTES = 2 * 1024 * 1024
"""Answers files are a few kilobytes; anything over 2 MB is a mistake, and refusing it bounds time and memory."""
MAX_DEPTH = 32
"""The model nests about five levels deep; deeper input is refused before it can exhaust the stack."""
MAX_VALUES = 100_000
"""The most values (keys, scalars, lists and mappings) a file may hold. A very large real file (500 data categories
and 500 processors, the model's limits) holds about 25,000; without this limit a 2 MB file of one-character values
would take seconds and hundreds of megabytes to read."""
MAX_PROBLEMS = 100
"""Report at most this many validation problems, then one line saying how many more there are."""
SUFFIXES = (".yaml", ".yml", ".json")

_PLAIN_TAGS = {f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")}
_STR = "tag:yaml.org,2002:str"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
# Plain scalars that are not text, as the YAML 1.2 core schema resolves them (spec 1.2.2, 10.3.2). What only YAML 1.1
# reads as a value stays text: yes/no/on/off (NO is Norway's country code), 0b1010, 1_000, 1:30 (ninety in 1.1),
# = and <<. Dates (YYYY-MM-DD) are still read as dates, as YAML 1.1 timestamps: answers files hold dates.
_CORE_NULL = re.compile(r"null|Null|NULL|~|")
_CORE_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_CORE_INT = re.compile(r"[-+]?[0-9]+")
_CORE_OCTAL = re.compile(r"0o[0-7]+")
_CORE_HEX = re.compile(r"0x[0-9a-fA-F]+")
_CORE_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
_CORE_INFINITY = re.compile(r"[-+]?\.(?:inf|Inf|INF)")
_CORE_NAN = re.compile(r"\.(?:nan|NaN|NAN)")
_CORE_TYPES = {f"tag:yaml.org,2002:{name}": kind
               for name, kind in (("int", int), ("float", float), ("bool", bool), ("null", type(None)))}
_INT_DIGITS = 4000
"""Longer integers stay text, for the model to refuse with a path (Python refuses to convert over 4,300 digits)."""

# libyaml (in every PyYAML wheel) parses in C: a 2 MB file is read in well under a second, where the pure-Python
# parser needs tens of seconds and hundreds of megabytes. Both produce the same events; only the wording of rare
# syntax errors differs.
_PARSER = yaml.CSafeLoader if getattr(yaml, "__with_libyaml__", False) else yaml.SafeLoader


class _InputError(Exception):
    def __init__(self, message: str, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.message, self.line, self.column = message, line, column


def _at(mark) -> tuple[int, int]:
    return mark.line + 1, mark.column + 1


class _Frame:
    """A list or mapping being filled while the events are read."""

    __slots__ = ("value", "path", "key")

    def __init__(self, value: list | dict, path: tuple):
        self.value, self.path, self.key = value, path, None


def _core_value(text: str) -> object:
    """A plain scalar's value under the YAML 1.2 core schema (with dates); the text itself when it is text."""
    if _CORE_NULL.fullmatch(text):
        return None
    if text in _CORE_BOOL:
        return _CORE_BOOL[text]
    if _CORE_INT.fullmatch(text):
        # A leading zero is kept as written: a number field reads "010" as ten all the same, and a text field keeps
        # the zero of a phone number (0207946000) where the core schema would make it an integer the field refuses.
        leading_zero = len(text.lstrip("+-")) > 1 and text.lstrip("+-")[0] == "0"
        return text if leading_zero or len(text) > _INT_DIGITS else int(text)
    if _CORE_OCTAL.fullmatch(text) or _CORE_HEX.fullmatch(text):
        return int(text[2:], 8 if text[1] == "o" else 16) if len(text) <= _INT_DIGITS else text
    if _CORE_FLOAT.fullmatch(text):
        return float(text)
    if _CORE_INFINITY.fullmatch(text):
        return float("-inf") if text.startswith("-") else float("inf")
    if _CORE_NAN.fullmatch(text):
        return float("nan")
    return text


def _scalar(loader, event: yaml.ScalarEvent) -> object:
    """The plain value of a scalar: text, number, boolean, null or date; any other tag is refused."""
    tag = event.tag
    if tag is None or tag == "!":
        if not event.implicit[0]:  # quoted, or tagged "!": text
            return event.value
        if loader.resolve(yaml.ScalarNode, event.value, event.implicit) != _TIMESTAMP:
            return _core_value(event.value)
        tag = _TIMESTAMP
    if tag in _CORE_TYPES:  # !!int, !!float, !!bool, !!null: the same core-schema forms; any other stays text
        value = _core_value(event.value)
        if tag.endswith(":float") and _CORE_INT.fullmatch(event.value):  # !!float 1 is 1.0
            return float(event.value)
        return value if type(value) is _CORE_TYPES[tag] else event.value
    if tag not in _PLAIN_TAGS or tag.endswith((":map", ":seq")):
        line, column = _at(event.start_mark)
        raise _InputError(f"the tag {printable(tag)} is not allowed: answers files hold plain data only", line, column)
    node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
    try:
        return loader.yaml_constructors[tag](loader, node)
    except (ValueError, yaml.YAMLError):
        # 2026-02-30 or a 5,000-digit number: keep the text, and the model says what it expected there, with the
        # value's path (and in a text field, such as a name, it is simply text).
        return event.value


def _collection_tag(loader, event, kind) -> None:
    tag = event.tag
    if tag is None or tag == "!":
        tag = loader.resolve(kind, None, event.implicit)
    if tag not in _PLAIN_TAGS:
        line, column = _at(event.start_mark)
        raise _InputError(f"the tag {printable(tag)} is not allowed: answers files hold plain data only", line, column)


def _compose(loader, positions: Positions) -> object:
    """Build plain data from the parser's events, without recursion, refusing what answers files never need.

    Every value's position is recorded; a mapping entry's position is its key's.
    """
    root: object = None
    stack: list[_Frame] = []
    values = documents = 0

    def attach(value: object) -> None:
        nonlocal root
        if not stack:
            root = value
        elif isinstance(stack[-1].value, dict):
            stack[-1].value[stack[-1].key] = value
            stack[-1].key = None
        else:
            stack[-1].value.append(value)

    while True:
        event = loader.get_event()
        kind = type(event)
        if event is None or kind is yaml.StreamEndEvent:
            return root
        if kind in (yaml.StreamStartEvent, yaml.DocumentEndEvent):
            continue
        if kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                line, column = _at(event.start_mark)
                raise _InputError("a second YAML document (after '---'): an answers file is one document", line, column)
            continue
        if kind in (yaml.SequenceEndEvent, yaml.MappingEndEvent):
            attach(stack.pop().value)
            continue
        line, column = _at(event.start_mark)
        if kind is yaml.AliasEvent:
            raise _InputError("aliases (*name) are not allowed in answers files", line, column)
        values += 1
        if values > MAX_VALUES:
            raise _InputError(f"the file holds more than {MAX_VALUES:,} values; answers files hold a few hundred",
                              line, column)
        if len(stack) >= MAX_DEPTH:
            raise _InputError(f"nesting is deeper than {MAX_DEPTH} levels", line, column)
        parent = stack[-1] if stack else None
        if parent is not None and isinstance(parent.value, dict) and parent.key is None:
            # This event is a key.
            if kind is not yaml.ScalarEvent or event.tag not in (None, "!", _STR):
                raise _InputError("keys must be plain names", line, column)
            key = event.value
            if key in parent.value:
                raise _InputError(f"duplicate key '{printable(key)}' (each key may appear once)", line, column)
            parent.key = key
            positions[parent.path + (key,)] = (line, column)
            continue
        path = () if parent is None else parent.path + (
            parent.key if isinstance(parent.value, dict) else len(parent.value),)
        positions.setdefault(path, (line, column))
        if kind is yaml.ScalarEvent:
            attach(_scalar(loader, event))
        elif kind is yaml.SequenceStartEvent:
            _collection_tag(loader, event, yaml.SequenceNode)
            stack.append(_Frame([], path))
        else:
            _collection_tag(loader, event, yaml.MappingNode)
            stack.append(_Frame({}, path))


def _line_text(text: str, line: int) -> str:
    lines = text.split("\n", line)
    return lines[line - 1] if len(lines) >= line else ""


def _syntax_message(error: yaml.MarkedYAMLError, text: str) -> str:
    """Plain words for the common mistakes; the parser's own words otherwise."""
    problem, context = error.problem or "", error.context or ""
    start = f"line {error.context_mark.line + 1}, column {error.context_mark.column + 1}" if error.context_mark else ""
    mark = error.problem_mark
    if mark is not None and "cannot start any token" in problem:
        character = _line_text(text, mark.line + 1)[mark.column:mark.column + 1]
        if character == "\t":
            return "a tab character: indent YAML with spaces, not tabs"
        if character:
            return f"the character {character!r} cannot start a value here; put the value in quotes"
    if "quoted scalar" in context and "end of stream" in problem:
        return f"the quoted text that starts at {start} has no closing quote"
    if "flow sequence" in context and "']'" in problem:
        return f"expected ',' or ']': the list that starts at {start} is not closed"
    if "flow mapping" in context and "'}'" in problem:
        return f"expected ',' or '}}': the mapping that starts at {start} is not closed"
    if "block mapping" in context and ("expected key" in problem or "<block end>" in problem):
        return f"this line does not line up with the keys of the mapping that starts at {start}; check its indentation"
    if "block collection" in context and ("'-' indicator" in problem or "<block end>" in problem):
        return f"this line does not line up with the entries of the list that starts at {start}; check its indentation"
    if problem.startswith("mapping values are not allowed"):
        return "unexpected ':' (put a value that contains ': ' in quotes)"
    return printable(f"{problem} ({context} at {start})" if context and start else problem or context, 200)


def _parse_yaml(text: str, parser: type = _PARSER) -> tuple[object, Positions]:
    loader = parser(text)
    positions: Positions = {}
    try:
        return _compose(loader, positions), positions
    except yaml.MarkedYAMLError as error:
        if "maximum nesting depth" in (error.problem or "") and parser is not yaml.SafeLoader:
            # libyaml (PyYAML 6.0.4 and later) refuses 1,000 levels while scanning ahead, before the nesting limit
            # here is reached: the pure-Python parser gets there and reports the same line whatever the version.
            return _parse_yaml(text, yaml.SafeLoader)
        mark = error.problem_mark or error.context_mark
        message = f"YAML syntax error: {_syntax_message(error, text)}"
        raise _InputError(message, mark.line + 1, mark.column + 1) from None
    except yaml.YAMLError as error:
        raise _InputError(f"YAML syntax error: {printable(str(error), 200)}") from None
    finally:
        loader.dispose()


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict:
    result: dict = {}
    for key, value in pairs:
        if key in result:
            raise _InputError(f"duplicate key '{printable(key)}' (each key may appear once)")
        result[key] = value
    return result


def _measure(value: object) -> tuple[int, int]:
    """Nesting depth and number of values (keys included) of parsed JSON, without recursion; stops past a limit."""
    deepest, count, stack = 0, 1, [(value, 1)]
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        if level > MAX_DEPTH:
            break
        children = list(item.values()) if isinstance(item, dict) else item if isinstance(item, list) else []
        count += len(children) * (2 if isinstance(item, dict) else 1)
        if count > MAX_VALUES:
            break
        stack.extend((child, level + 1) for child in children)
    return deepest, count


def _json_int(text: str) -> int | str:
    """Integers beyond Python's 4,300-digit conversion limit stay text, for the model to refuse with a path."""
    return int(text) if len(text) <= _INT_DIGITS else text


def _json_syntax(error: json.JSONDecodeError) -> _InputError:
    """The decoder's message, with plain words for the two mistakes JSON is strict about: trailing commas and
    comments (and the same words whatever the Python version)."""
    text, at = error.doc, error.pos
    before = text[:at].rstrip()
    if text[at:at + 1] in ("}", "]") and before.endswith(","):
        comma = len(before) - 1
        line, column = text.count("\n", 0, comma) + 1, comma - text.rfind("\n", 0, comma)
        return _InputError("JSON syntax error: a comma before the closing bracket (JSON allows no trailing commas)",
                           line, column)
    if text[at:at + 2] in ("//", "/*"):
        return _InputError("JSON syntax error: JSON allows no comments", error.lineno, error.colno)
    return _InputError(f"JSON syntax error: {error.msg}", error.lineno, error.colno)


def _parse_json(text: str) -> tuple[object, Positions]:
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicates, parse_int=_json_int)
    except json.JSONDecodeError as error:
        raise _json_syntax(error) from None
    except RecursionError:
        raise _InputError(f"nesting is deeper than {MAX_DEPTH} levels") from None
    except ValueError as error:  # e.g. an integer of more than 4,300 digits
        raise _InputError(f"JSON value cannot be read: {printable(str(error), 80)}") from None
    depth, count = _measure(data)
    if depth > MAX_DEPTH:
        raise _InputError(f"nesting is deeper than {MAX_DEPTH} levels")
    if count > MAX_VALUES:
        raise _InputError(f"the file holds more than {MAX_VALUES:,} values; answers files hold a few hundred")
    return data, {}


def _read_text(path: Path) -> str:
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError
        if not stat.S_ISREG(info.st_mode):  # reading a pipe could wait forever; /dev/zero never ends
            raise _InputError("is not a regular file (a device, pipe or socket)")
        if info.st_size > MAX_BYTES:
            raise _InputError(f"the file is {info.st_size / 1048576:.1f} MB; answers files are limited to 2 MB")
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)  # the file may have grown since stat()
        if len(data) > MAX_BYTES:
            raise _InputError("the file is over 2 MB; answers files are limited to 2 MB")
    except FileNotFoundError:
        raise _InputError("no such file") from None
    except IsADirectoryError:
        raise _InputError("is a folder, not an answers file") from None
    except PermissionError:
        raise _InputError("permission denied") from None
    except OSError as error:
        raise _InputError(f"cannot be read: {error.strerror}") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _InputError("is UTF-16 text; save it as UTF-8")
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


def yaml_positions(text: str) -> Positions:
    """Where each key and list entry of YAML text starts (line, column), for edits that keep the text's layout."""
    return _parse_yaml(text)[1]


def parse_yaml_text(text: str, name: str = "<text>") -> object:
    """YAML text's plain data, read as answers files are read; AnswersError when it cannot be."""
    try:
        return _parse_yaml(text)[0]
    except _InputError as error:
        raise AnswersError([Problem(name, error.message, error.line, error.column)]) from None


def load_answers(path: str | Path) -> Answers:
    """Read and validate an answers file; AnswersError lists every problem found."""
    from policygen.answers.migrations import older_format_notice, upgrade

    path = Path(path)
    data, positions = parse_answers_file(path)
    data, older = upgrade(data)
    try:
        answers = Answers.model_validate(data)
    except ValidationError as error:
        raise AnswersError(validation_problems(error, str(path), positions, limit=MAX_PROBLEMS)) from None
    if older is not None:
        from policygen.console import err, visible

        err(older_format_notice(visible(str(path)), older))
    return answers


def read_data(path: str | Path) -> tuple[str, dict]:
    """The file's text and its plain data, unvalidated (for ``policygen migrate``, which rewrites the text)."""
    path = Path(path)
    data, _ = parse_answers_file(path)
    return _read_text(path), data
