"""The wizard's questions, derived from the answers model; no Textual here, so all of it is unit-testable.

Everything the wizard asks comes from ``policygen.model.answers``: a field's ``title`` is the question, its
attribute docstring the help text, its type decides the kind of control (text, choice, several choices, yes/no,
number, date, a group of sub-questions, a list of entries), its ``Literal`` choices are labelled from the catalogue,
and its ``AskWhen`` metadata says when it is worth asking. The working answers are plain nested dicts and lists
(what the YAML file holds), read and written by path: ``("data_categories", 2, "retention", "period")``.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime
import functools
import re
import types
import typing
import unicodedata
from dataclasses import dataclass
from typing import Any, Callable, Literal

from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo

from policygen.answers.problems import parse_path, validation_problems
from policygen import i18n
from policygen.catalogue import categories, choices, countries, parties, purposes, regions, services
from policygen.model import Answers
from policygen.model import values
from policygen.model.conditions import AskWhen
from policygen.model.docs import field_description

Path = tuple
"""Where a value lives in the answers: keys and list indexes, e.g. ``("purposes", 0, "legal_basis")``."""

Kind = Literal["text", "choice", "multi", "bool", "maybe", "int", "date", "texts", "model", "list", "fixed"]

OTHER = "other"


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()
"""A value that is not in the answers (the key is absent)."""


@dataclass(frozen=True, eq=False)
class Question:
    """One field of the model, seen as a question."""

    name: str
    title: str
    help: str
    kind: Kind
    """text: a string; choice: one of ``choices``; multi: several of them; bool: yes/no; maybe: yes/no/unset;
    int, date; texts: a list of strings (typed comma-separated); model: a group of ``children``; list: entries,
    each a group of ``children``; fixed: a constant the person is never asked (the file format version)."""
    required: bool
    """No default: the answers are invalid without it."""
    nullable: bool = False
    """None is allowed, so the question may be left empty (optional groups are added with a toggle)."""
    default_value: Any = MISSING
    """The model's default, when it is a plain value (``default`` is what to read)."""
    default_factory: Callable[[], Any] | None = None
    """Or what makes it (a group's empty model): called only when ``default`` is first read, as calling it builds
    that model's validator, which the first screen need not wait for."""
    choices: tuple[tuple[str, str], ...] = ()
    """(id, label) pairs for choice and multi questions; also for texts of countries."""
    text_kind: str = "line"
    """line, text, email, url, phone, country, duration: what a string must look like."""
    example: str | None = None
    ask: AskWhen | None = None
    children: tuple["Question", ...] = ()
    model: type[BaseModel] | None = None
    min_items: int = 0
    minimum: int | None = None
    maximum: int | None = None
    dynamic: Callable[[dict], list[tuple[str, str]]] | None = None
    """Choices computed from the answers themselves (data categories refer to the declared purposes)."""

    @functools.cached_property
    def default(self) -> Any:
        """The value the model takes when the answer is left out (MISSING: none, the answer is required)."""
        return self.default_factory() if self.default_factory is not None else self.default_value

    @property
    def optional_group(self) -> bool:
        return self.kind == "model" and self.nullable

    def child(self, name: str) -> "Question | None":
        return next((c for c in self.children if c.name == name), None)

    def choice_label(self, value: object) -> str:
        for key, label in self.choices:
            if key == value:
                return label
        return str(value)

    def options(self, data: dict) -> list[tuple[str, str]]:
        return self.dynamic(data) if self.dynamic else list(self.choices)


# ------------------------------------------------------------------------------------------------ catalogue labels
def _catalogues() -> list[dict[str, str]]:
    """Every vocabulary of the catalogue as id -> label, found by looking at the catalogue modules (and the
    languages, each named in itself as language pickers do)."""
    found = []
    for module in (categories, choices, countries, parties, purposes, regions, services, i18n):
        for name, value in vars(module).items():
            if name.isupper() and isinstance(value, dict) and value:
                labels = {key: _label(entry) for key, entry in value.items()}
                if all(isinstance(label, str) for label in labels.values()):
                    found.append(labels)
    return found


def _label(entry: object) -> str | None:
    """A catalogue entry's label: a Term's label, a Service's name, or a plain string (countries, US states)."""
    if isinstance(entry, str):
        return entry
    for attribute in ("label", "name"):
        text = getattr(entry, attribute, None)
        if isinstance(text, str):
            return text
    return None


@functools.cache
def _all_catalogues() -> tuple[dict[str, str], ...]:
    return tuple(_catalogues())


def labelled(ids: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Label a Literal's ids from the catalogue they come from ("other" is the free-text escape)."""
    wanted = [i for i in ids if i != OTHER]
    best = next((c for c in _all_catalogues() if set(c) == set(wanted)), None)
    best = best or next((c for c in _all_catalogues() if set(wanted) <= set(c)), {})
    result = []
    for i in ids:
        if i == OTHER and i not in best:
            result.append((i, "Other (give it a name)"))
        else:
            result.append((i, best.get(i, i.replace("_", " ").capitalize())))
    return tuple(result)


def sort_key(text: str) -> str:
    """Alphabetical order as a reader expects it: case and accents ignored ("Åland" among the A's)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def by_name(choices: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """Choices that are countries, in the order of their names (the catalogue lists some by code)."""
    if all(key in countries.COUNTRIES for key, _ in choices):
        return tuple(sorted(choices, key=lambda choice: sort_key(choice[1])))
    return choices


COUNTRY_CHOICES: tuple[tuple[str, str], ...] = tuple(
    (code, f"{name} ({code})") for code, name in sorted(countries.COUNTRIES.items(), key=lambda kv: sort_key(kv[1]))
)


# ------------------------------------------------------------------------------------------------ model -> questions
def _unwrap(annotation: object) -> tuple[object, list, bool]:
    """Strip Annotated and Optional: (inner type, every metadata item met, whether None is allowed)."""
    metadata: list = []
    nullable = False
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            args = typing.get_args(annotation)
            annotation, metadata = args[0], metadata + list(args[1:])
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            nullable = nullable or len(args) < len(typing.get_args(annotation))
            if len(args) != 1:
                return annotation, metadata, nullable
            annotation = args[0]
        else:
            return annotation, metadata, nullable


def _text_kind(metadata: list) -> str:
    """What a string must look like, as the model's value types declare it (``values.Check.kind``)."""
    kind = next((m.kind for m in metadata if isinstance(m, values.Check) and m.kind), None)
    if kind:
        return kind
    limit = next((getattr(m, "max_length", None) for m in metadata if getattr(m, "max_length", None)), None)
    return "text" if limit and limit > 300 else "line"


def _example(metadata: list, info: FieldInfo) -> str | None:
    for item in [info, *metadata]:
        examples = getattr(item, "examples", None)
        if examples:
            return str(examples[0])
    return None


def _bounds(metadata: list) -> tuple[int | None, int | None]:
    low = high = None
    flat = [m for item in metadata for m in ([item, *item.metadata] if isinstance(item, FieldInfo) else [item])]
    for item in flat:
        low = getattr(item, "ge", None) if getattr(item, "ge", None) is not None else low
        high = getattr(item, "le", None) if getattr(item, "le", None) is not None else high
    return low, high


def _question(name: str, info: FieldInfo, help_text: str) -> Question:
    inner, metadata, nullable = _unwrap(info.annotation)
    metadata = list(info.metadata) + metadata
    ask = next((m for m in metadata if isinstance(m, AskWhen)), None)
    required = info.is_required()
    default, factory = MISSING, None
    if not required and info.default_factory is not None:
        factory = functools.partial(info.get_default, call_default_factory=True)
    elif not required:
        default = info.get_default(call_default_factory=False)
    common = dict(name=name, title=info.title or name.replace("_", " ").capitalize(), help=help_text,
                  required=required, nullable=nullable, default_value=default, default_factory=factory, ask=ask)
    min_items = next((m.min_length for m in metadata if getattr(m, "min_length", None) and
                      typing.get_origin(inner) is list), 0)
    if typing.get_origin(inner) is list:
        item, item_metadata, _ = _unwrap(typing.get_args(inner)[0])
        if typing.get_origin(item) is Literal:
            return Question(kind="multi", choices=by_name(labelled(typing.get_args(item))), min_items=min_items,
                            **common)
        if isinstance(item, type) and issubclass(item, BaseModel):
            return Question(kind="list", model=item, children=model_questions(item), min_items=min_items, **common)
        kind = _text_kind(item_metadata)
        return Question(kind="texts", text_kind=kind, min_items=min_items,
                        choices=COUNTRY_CHOICES if kind == "country" else (), **common)
    if typing.get_origin(inner) is Literal:
        ids = typing.get_args(inner)
        if len(ids) == 1 and required:
            return Question(kind="fixed", **{**common, "default_value": ids[0]})
        return Question(kind="choice", choices=by_name(labelled(ids)), **common)
    if isinstance(inner, type) and issubclass(inner, BaseModel):
        return Question(kind="model", model=inner, children=model_questions(inner), **common)
    if inner is bool:
        return Question(kind="maybe" if nullable else "bool", **common)
    if inner is int:
        low, high = _bounds(metadata)
        return Question(kind="int", minimum=low, maximum=high, **common)
    if inner is float:  # a figure that may have decimals (a mean number of days): typed as text, saved as a number
        low, high = _bounds(metadata)
        return Question(kind="text", text_kind="number", minimum=low, maximum=high, **common)
    if inner is datetime.date:
        return Question(kind="date", example="2026-01-31", **common)
    kind = _text_kind(metadata)
    return Question(kind="text", text_kind=kind, example=_example(metadata, info),
                    choices=COUNTRY_CHOICES if kind == "country" else (), **common)


@functools.cache
def model_questions(model: type[BaseModel]) -> tuple[Question, ...]:
    result = tuple(_question(name, info, field_description(model, name)) for name, info in model.model_fields.items())
    return tuple(_DYNAMIC.get((model.__name__, q.name), lambda q: q)(q) for q in result)


def declared_purposes(data: dict) -> dict[str, str]:
    """The purposes declared so far, as the key data categories use to name them -> label."""
    seen: dict[str, str] = {}
    items = data.get("purposes") if isinstance(data, dict) else None
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        purpose, name = item.get("purpose"), item.get("name")
        if purpose == OTHER and isinstance(name, str) and name.strip():
            seen.setdefault(name.strip(), name.strip())
        elif purpose in purposes.PURPOSES:
            seen.setdefault(purpose, name.strip() if isinstance(name, str) and name.strip()
                            else purposes.PURPOSES[purpose].label)
    return seen


def _purpose_choices(data: dict) -> list[tuple[str, str]]:
    """Choices for a data category's purposes: the catalogue's in its order, then purposes of your own.

    The order never changes as purposes are declared, and a label changes only with the purpose's own name: a list
    being ticked holds still under the cursor.
    """
    seen = declared_purposes(data)
    catalogue = [(key, seen.get(key, term.label)) for key, term in purposes.PURPOSES.items()]
    return catalogue + [(key, label) for key, label in seen.items() if key not in purposes.PURPOSES]


_DYNAMIC: dict[tuple[str, str], Callable[[Question], Question]] = {
    ("DataCategoryAnswer", "purposes"): lambda q: dataclasses.replace(q, kind="multi", dynamic=_purpose_choices),
}
"""The one reference the model cannot express as a Literal: a data category's purposes name declared purposes."""


ROOT = Question(name="", title="Answers", help="", kind="model", required=True, model=Answers,
                children=model_questions(Answers))


def question_at(path: Path) -> Question | None:
    """The question for a path; a list index stands for one entry of the list (a group)."""
    question: Question | None = ROOT
    for part in path:
        if question is None:
            return None
        if isinstance(part, int):
            if question.kind != "list":
                return None
            question = dataclasses.replace(question, kind="model", nullable=False, required=True, ask=None,
                                           default_value=MISSING, default_factory=None, min_items=0, help="")
        else:
            question = question.child(part) if question.kind == "model" else None
    return question


# ------------------------------------------------------------------------------------------------------ sections
@dataclass(frozen=True)
class Section:
    id: str
    title: str
    fields: tuple[str, ...]
    """The top-level fields of the answers shown on this page."""

    @property
    def questions(self) -> tuple[Question, ...]:
        return tuple(ROOT.child(f) for f in self.fields)


REVIEW = "review"

_JOIN = {"certifications": "changes", "health_data": "data_categories", "languages": "changes",
         "translations": "changes"}
"""Top-level fields shown on another field's page (a short list of certifications sits with the changes; which data
is consumer health data, asked only where a health data law applies, with the data collected; the languages the policy
is published in, with the dates)."""
_TITLES = {"changes": "Changes and certifications"}


@functools.cache
def sections() -> tuple[Section, ...]:
    """One page per top-level field of the answers, in model order, then the review."""
    pages: dict[str, list[str]] = {}
    for question in ROOT.children:
        if question.kind == "fixed":
            continue
        pages.setdefault(_JOIN.get(question.name, question.name), [])
    for question in ROOT.children:
        if question.kind != "fixed":
            pages[_JOIN.get(question.name, question.name)].append(question.name)
    result = [Section(key, _TITLES.get(key, ROOT.child(key).title), tuple(sorted(names, key=lambda n: n != key)))
              for key, names in pages.items()]
    return tuple(result) + (Section(REVIEW, "Review and finish", ()),)


def section_of(path: Path) -> Section:
    for section in sections():
        if path and path[0] in section.fields:
            return section
    return sections()[-1]


# --------------------------------------------------------------------------------------------- reading the data
def get_at(data: object, path: Path, default: Any = MISSING) -> Any:
    for part in path:
        if isinstance(part, int) and isinstance(data, list) and 0 <= part < len(data):
            data = data[part]
        elif isinstance(part, str) and isinstance(data, dict) and part in data:
            data = data[part]
        else:
            return default
    return data


def set_at(data: dict, path: Path, value: Any) -> None:
    """Set a value, creating the groups and list entries that lead to it."""
    target: Any = data
    for position, part in enumerate(path[:-1]):
        empty = [] if isinstance(path[position + 1], int) else {}
        if isinstance(target, dict):
            if not isinstance(target.get(part), (dict, list)):
                target[part] = empty
        else:
            while len(target) <= part:
                target.append(copy.copy(empty))
        target = target[part]
    if isinstance(target, list):
        while len(target) <= path[-1]:
            target.append(None)
    target[path[-1]] = value


def delete_at(data: dict, path: Path) -> None:
    """Remove a value; a group (not an optional one, which is present when switched on) goes when left empty."""
    parent = get_at(data, path[:-1])
    if isinstance(parent, dict):
        parent.pop(path[-1], None)
    elif isinstance(parent, list) and isinstance(path[-1], int) and 0 <= path[-1] < len(parent):
        del parent[path[-1]]
    for end in range(len(path) - 1, 0, -1):
        holder = get_at(data, path[:end])
        question = question_at(path[:end])
        if holder == {} and question is not None and question.kind == "model" and not question.nullable \
                and not isinstance(path[end - 1], int):
            delete_at(data, path[:end])
        else:
            break


# ----------------------------------------------------------------------------------------------- relevance
def lenient_answers(data: dict) -> Answers:
    """An Answers object built from partial answers, only to evaluate ``AskWhen`` predicates.

    Predicates read a handful of facts (regions served, children's ages, transfers, business customers) through the
    model's helpers, so they need a real Answers object, but partial answers do not validate. Instead of validating
    with placeholders (which could invent facts and switch questions on), this builds the object with
    ``model_construct`` (no validation), level by level: groups become model objects, values of the wrong type fall
    back to the field's default, and missing required fields become empty (no regions, no purposes, an empty
    group). A predicate thus sees "not answered yet" as "no", and ``is_relevant`` treats a predicate that still fails
    as "ask the question" (asking too much is safer than hiding a question).
    """
    return _construct(Answers, data)


def _construct(model: type[BaseModel], data: object) -> Any:
    data = data if isinstance(data, dict) else {}
    fields: dict[str, Any] = {}
    for question in model_questions(model):
        value = data.get(question.name, MISSING)
        if value is None and question.nullable:
            fields[question.name] = None
            continue
        fields[question.name] = _lenient(question, value)
    return model.model_construct(**fields)


def _lenient(question: Question, value: Any) -> Any:
    fallback = question.default if question.default is not MISSING else None
    kind = question.kind
    if kind == "model":
        if value is MISSING and question.nullable:
            return None
        return _construct(question.model, value if value is not MISSING else {})
    if kind == "list":
        return [_construct(question.model, v) for v in value if isinstance(v, dict)] if isinstance(value, list) else []
    if kind in ("multi", "texts"):
        return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []
    if kind == "bool":
        return value if isinstance(value, bool) else fallback
    if kind == "maybe":
        return value if isinstance(value, bool) else None
    if kind == "int":
        return value if isinstance(value, int) and not isinstance(value, bool) else fallback
    if kind == "date":
        if isinstance(value, datetime.date):
            return value
        try:
            return datetime.date.fromisoformat(value) if isinstance(value, str) else fallback
        except ValueError:
            return fallback
    if kind == "fixed":
        return question.default
    if question.text_kind == "number" and isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return value if isinstance(value, str) else fallback


def is_relevant(question: Question, answers: Answers, path: Path | None = None) -> bool:
    """Whether to ask the question, given the (lenient) answers; with its path, self-conditions are ignored."""
    if question.ask is None or path is not None and conditions_itself(path):
        return True
    try:
        if question.ask.about_entry:
            if path is None:  # no entry to judge by
                return True
            subject: Any = answers
            for part in path[:-1]:
                subject = subject[part] if isinstance(part, int) else getattr(subject, part)
            return bool(question.ask.holds(answers, subject))
        return bool(question.ask.predicate(answers))
    except Exception:  # a predicate reading something half-answered: ask rather than hide
        return True


@functools.cache
def _self_conditioned(path: Path) -> bool:
    question = question_at(path)
    if question is None or question.ask is None:
        return False
    filled: dict = {}
    set_at(filled, path, [{}] if question.kind == "list" else placeholder(question, filled))
    return not is_relevant(question, lenient_answers({})) and is_relevant(question, lenient_answers(filled))


def conditions_itself(path: Path) -> bool:
    """Whether a question's AskWhen depends on its own answer, so hiding it would keep it from ever being answered.

    ``transfers.transfers`` is asked "only when data leaves the region", which the model decides from the transfers
    listed: hidden until answered, it could never be answered. Such a question is always asked.
    """
    return _self_conditioned(tuple(0 if isinstance(part, int) else part for part in path))


# ------------------------------------------------------------------------------------------------------ problems
def problems(data: dict) -> list[tuple[Path, str]]:
    """Every problem the model finds in the answers, as (path, message) in the model's own words.

    A required group that is missing altogether (no ``organisation`` yet) is validated as an empty group, so the
    problems name each question still to answer rather than only the whole group.
    """
    try:
        Answers.model_validate(_with_groups(ROOT, data))
    except ValidationError as error:
        return [(parse_path(p.path), p.message) for p in validation_problems(error, "", {})]
    return []


def _with_groups(question: Question, data: object) -> object:
    if not isinstance(data, dict):
        return data
    result = dict(data)
    for child in question.children:
        if child.kind == "model" and child.required and child.name not in result:
            result[child.name] = {}
        if child.kind == "model" and isinstance(result.get(child.name), dict):
            result[child.name] = _with_groups(child, result[child.name])
    return result


def shown_at(path: Path, widget_paths: set[Path]) -> Path:
    """Where a problem appears: the deepest question widget whose path leads to the problem's path."""
    for end in range(len(path), -1, -1):
        if path[:end] in widget_paths:
            return path[:end]
    return ()


def describe(path: Path) -> str:
    """A problem's location in the questions' words: "Data collected › entry 2 › How long you keep it"."""
    words = []
    question: Question | None = ROOT
    for part in path:
        if isinstance(part, int):
            words.append(f"entry {part + 1}")
            question = dataclasses.replace(question, kind="model") if question and question.kind == "list" else None
        else:
            question = question.child(part) if question is not None and question.kind == "model" else None
            words.append(question.title if question else str(part))
    return " › ".join(words) or "Answers"


def where(path: Path) -> str:
    """A place in the answers as the review names it: its section, then the questions down to it."""
    if not path:
        return "The whole policy"
    rest = describe(path).split(" › ", 1)
    return section_of(path).title + (f" › {rest[1]}" if len(rest) > 1 else "")


def describe_keyed(path: str) -> str:
    """A `policygen diff` path, where entries are named by what identifies them
    ("data_categories[contact_details].retention.period"), in the questions' words:
    "Data collected › Contact details › How long you keep it › How long"."""
    words, question = [], ROOT
    for part in re.findall(r"[^.\[\]]+|\[[^\]]*\]", path):
        if part.startswith("[") and question is not None and question.kind == "list":
            key = part[1:-1]
            first = question.children[0] if question.children else None
            words.append(first.choice_label(key) if first is not None else key)
            question = dataclasses.replace(question, kind="model")
        else:
            question = question.child(part) if question is not None and question.kind == "model" else None
            words.append(question.title if question is not None else part)
    return " › ".join(words)


def plain(message: str) -> str:
    """A message for the screen: the `code` marks of Markdown (command names, fields) dropped, the words kept."""
    return message.replace("`", "")


# ----------------------------------------------------------------------------------------------- sections' state
SectionState = Literal["todo", "done", "problems"]


def section_state(section: Section, found: list[tuple[Path, str]], visited: set[str]) -> SectionState:
    """Not started (never answered nor left), has problems, or done.

    ``visited`` holds the sections the person has opened and left or answered a question of: a section of defaults
    only (cookies, marketing) counts as done once it has been looked at, and one that another page filled in (the
    purposes a data category names) stays "not started" until the person looks at it.
    """
    if section.id == REVIEW:
        return "done" if not found else "problems" if visited else "todo"
    started = section.id in visited
    if not started:
        return "todo"
    return "problems" if any(p and p[0] in section.fields for p, _ in found) else "done"


# ------------------------------------------------------------------------------------------ values and entries
def display_value(question: Question, value: Any) -> str:
    if value is MISSING or value is None:
        return ""
    if question.kind == "choice" or question.text_kind == "country" and question.kind == "text":
        label = question.choice_label(value)
        return label
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def entry_summary(list_question: Question, item: object, index: int) -> str:
    """A one-line name for an entry of a list: its catalogue choice, its name, or both."""
    if not isinstance(item, dict) or not list_question.children:
        return f"Entry {index + 1}"
    first = list_question.children[0]
    head = display_value(first, item.get(first.name, MISSING))
    name = item.get("name") if first.name != "name" else None
    name = name.strip() if isinstance(name, str) else ""
    if item.get(first.name) == OTHER and name:
        head = name
    elif name and head:
        head = f"{head}: {name}"
    elif name:
        head = name
    if not head:
        second = next((c for c in list_question.children[1:] if c.kind == "text" and item.get(c.name)), None)
        head = display_value(second, item[second.name]) if second else ""
    text = head or "New entry"
    return text if len(text) <= 60 else text[:57] + "..."


IDENTIFIED_BY = {"data_categories": "category", "purposes": "purpose", "processors": "service",
                 "transfers": "destination"}
"""Lists whose entries the catalogue choice identifies (as `policygen diff` matches them): one entry per choice."""


def same_entry(list_path: Path, items: object, choice: object, name: object = None) -> int | None:
    """The index of an entry of the list at ``list_path`` that the choice (and name) already identify, else None.

    "Other" entries are told apart by their names; without a name nothing identifies an entry."""
    field = IDENTIFIED_BY.get(list_path[-1]) if list_path else None
    if field is None or choice in (None, "", OTHER) and not name or not isinstance(items, list):
        return None
    for index, item in enumerate(items):
        if isinstance(item, dict) and item.get(field) == choice and (choice != OTHER or item.get("name") == name):
            return index
    return None


def duplicates(data: dict) -> list[tuple[Path, str]]:
    """Entries that repeat an earlier one of the same list (added in a file, or by an earlier wizard): (path, message)."""
    found = []
    for name in IDENTIFIED_BY:
        list_path = ("transfers", name) if name == "transfers" else (name,)
        items = get_at(data, list_path)
        if not isinstance(items, list):
            continue
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                continue
            first = same_entry(list_path, items[:index], item.get(IDENTIFIED_BY[name]), item.get("name"))
            if first is not None:
                found.append(((*list_path, index), f"the same as entry {first + 1}: keep one and remove the other"))
    return found


def new_entry(list_question: Question, choice: str | None) -> dict:
    """A fresh entry of a list, started from the catalogue choice picked to add it (None: "another one")."""
    first = list_question.children[0] if list_question.children else None
    if first is None or choice is None or first.kind not in ("choice", "text"):
        return {}
    return {first.name: choice}


def add_choices(list_question: Question) -> list[tuple[str, str]]:
    """What the "add" picker offers: the first field's catalogue, plus "" (not in the list) when it is optional."""
    first = list_question.children[0] if list_question.children else None
    if first is None or first.kind not in ("choice",) and not (first.kind == "text" and first.choices):
        return []
    options = list(first.choices)
    if first.nullable:
        options.append(("", "Another, not in the list (give its name)"))
    return options


# ------------------------------------------------------------------------------------------------- preview data
def preview_answers(data: dict) -> tuple[Answers | None, int]:
    """Answers for the live preview: the real ones when they validate, else a repaired copy.

    While answers are incomplete the preview still shows a policy: missing required answers get a placeholder
    ("[Legal name]", the field's example, the first catalogue choice) and invalid optional answers are left out, in
    a copy, never in the answers themselves. Returns the answers (None when no repair works) and how many problems
    the real answers have.
    """
    found = problems(data)
    try:
        return Answers.model_validate(data), 0
    except ValidationError:
        pass
    work = copy.deepcopy(data)
    work["schema_version"] = ROOT.child("schema_version").default
    for _ in range(40):
        try:
            return Answers.model_validate(work), len(found)
        except ValidationError as error:
            changed = False
            for item in error.errors(include_url=False):
                changed |= _repair(work, tuple(item["loc"]), item["type"], str(item.get("msg", "")))
            if not changed:
                return None, len(found)
    return None, len(found)


_ROOT_REF = re.compile(r"^(?:Value error, )?([A-Za-z_][\w.\[\]]*): ")


def _repair(work: dict, loc: Path, kind: str, message: str) -> bool:
    if not loc:
        match = _ROOT_REF.match(message)
        if not match:
            return False
        loc, kind = parse_path(match.group(1)), "value_error"
    # Find the deepest part of the location that is a question or a list entry.
    for end in range(len(loc), 0, -1):
        question = question_at(loc[:end])
        if question is not None:
            break
    else:
        return False
    path = loc[:end]
    if end < len(loc):  # an element inside a list of values (a bad choice, a bad country): drop it
        element = loc[: end + 1]
        if isinstance(element[-1], int) and isinstance(get_at(work, path), list):
            delete_at_raw(work, element)
            return True
        delete_at_raw(work, path)
        return True
    value = get_at(work, path)
    if isinstance(path[-1], int):  # a whole entry that is wrong in itself (an "other" without a name)
        delete_at_raw(work, path)
        return True
    if kind in ("missing", "too_short") or question.required or value is MISSING:
        replacement = placeholder(question, work)
        if question.kind == "date":  # dates are checked against their neighbours: never before any of them
            siblings = get_at(work, path[:-1], {})
            dates = [_lenient(question, v) for v in siblings.values()] if isinstance(siblings, dict) else []
            replacement = max([replacement] + [d for d in dates if isinstance(d, datetime.date)])
        if replacement is MISSING or replacement == value:
            delete_at_raw(work, path)
            return value is not MISSING
        set_at(work, path, replacement)
        return True
    delete_at_raw(work, path)
    return True


def delete_at_raw(data: dict, path: Path) -> None:
    parent = get_at(data, path[:-1])
    if isinstance(parent, dict):
        parent.pop(path[-1], None)
    elif isinstance(parent, list) and isinstance(path[-1], int) and 0 <= path[-1] < len(parent):
        del parent[path[-1]]


def placeholder(question: Question, data: dict) -> Any:
    kind = question.kind
    if kind == "text":
        if question.text_kind == "number":
            return question.minimum if question.minimum is not None else 0
        if question.example:
            return question.example
        return f"[{question.title}]"
    if kind == "choice":
        return next((key for key, _ in question.choices if key != OTHER), MISSING)
    if kind == "multi":
        if question.dynamic:  # a data category's purposes: one that is declared, or the reference stays broken
            return list(declared_purposes(data))[:1]
        options = [key for key, _ in question.options(data) if key != OTHER]
        return options[:1]
    if kind == "texts":
        return [question.example or f"[{question.title}]"]
    if kind == "bool":
        return question.default if question.default is not MISSING else False
    if kind == "int":
        return question.minimum if question.minimum is not None else 1
    if kind == "date":
        return datetime.date.today()
    if kind == "model":
        return {}
    if kind == "list":
        return [{}] if question.min_items else []
    if kind == "fixed":
        return question.default
    return MISSING
