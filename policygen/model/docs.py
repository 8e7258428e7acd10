"""Field descriptions, taken from the attribute docstrings written under each field of the answers model.

pydantic can read these itself (``use_attribute_docstrings``), but it does so by parsing the module's source once
per class every time the model is imported: about 65 ms on every ``render``. Only the JSON Schema and the wizard
show descriptions, so they ask here, and the source is parsed once, when they first do.
"""

from __future__ import annotations

import ast
import inspect
import re
import sys
from functools import lru_cache
from typing import Any

from pydantic import BaseModel


def _unwrap(docstring: str) -> str:
    """A docstring as one line per paragraph: its source wrapping is not part of the text (help bars and editors
    wrap it to their own width)."""
    return re.sub(r"(?<!\n)\n(?!\n)", " ", inspect.cleandoc(docstring))


@lru_cache(maxsize=None)
def _module_docstrings(module_name: str) -> dict[str, dict[str, str]]:
    """{class name: {field name: docstring}} for every class at the top of a module."""
    source = inspect.getsource(sys.modules[module_name])
    found: dict[str, dict[str, str]] = {}
    for node in ast.parse(source).body:
        if not isinstance(node, ast.ClassDef):
            continue
        docs = found.setdefault(node.name, {})
        for field, following in zip(node.body, node.body[1:]):
            if (isinstance(field, ast.AnnAssign) and isinstance(field.target, ast.Name)
                    and isinstance(following, ast.Expr) and isinstance(following.value, ast.Constant)
                    and isinstance(following.value.value, str)):
                docs[field.target.id] = _unwrap(following.value.value)
    return found


def field_description(model: type[BaseModel], name: str) -> str:
    """The description of one field: ``Field(description=...)`` if given, else the docstring under the field in
    the nearest class that declares it (a subclass can inherit or restate a field)."""
    info = model.model_fields[name]
    if info.description:
        return info.description
    for klass in model.__mro__:
        if klass is BaseModel or not issubclass(klass, BaseModel):
            continue
        doc = _module_docstrings(klass.__module__).get(klass.__qualname__, {}).get(name)
        if doc is not None:
            return doc
    return ""


def add_descriptions(schema: dict[str, Any], models: dict[str, type[BaseModel]]) -> dict[str, Any]:
    """Put each field's description into a JSON Schema generated from the models (``$defs`` and the top level),
    in the same sorted key order pydantic gives every schema object."""

    def describe(node: dict[str, Any], model: type[BaseModel]) -> None:
        for name, prop in node.get("properties", {}).items():
            field = next((f for f, info in model.model_fields.items() if (info.alias or f) == name), name)
            text = field_description(model, field)
            if text and "description" not in prop:
                items = sorted([*prop.items(), ("description", text)])
                prop.clear()
                prop.update(items)

    for def_name, node in schema.get("$defs", {}).items():
        if def_name in models:
            describe(node, models[def_name])
    title = schema.get("title")
    if title in models:
        describe(schema, models[title])
    return schema
