"""Templates hold prose, ``if``, ``for``, ``{{ }}`` and claims: no computing.

Facts are computed in Python (policygen/facts/), where they can be tested and explained; a template that builds lists,
counts, slices or does arithmetic hides a decision about what the policy says. This test walks the Jinja syntax tree
of every clause template and fails on any such node.
"""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest
from jinja2 import nodes

from policygen.document.templating import builtin_templates_dir, clause_environment

CLAUSE_TEMPLATES = sorted((builtin_templates_dir() / "clauses").glob("*.md.j2"))

# Building or changing data, arithmetic, literals that hold data, slicing.
FORBIDDEN_NODES = (nodes.Assign, nodes.AssignBlock, nodes.Macro, nodes.Add, nodes.Sub, nodes.Mul, nodes.Div,
                   nodes.FloorDiv, nodes.Mod, nodes.Pow, nodes.Neg, nodes.Concat, nodes.List, nodes.Dict,
                   nodes.Slice, nodes.Import, nodes.FromImport, nodes.Include)
# Filters that select, count, sort or reshape data; formatting filters are fine.
FORBIDDEN_FILTERS = {"selectattr", "rejectattr", "select", "reject", "map", "list", "sum", "slice", "batch",
                     "groupby", "unique", "sort", "length", "count", "first", "last", "min", "max", "join",
                     "dictsort", "items", "attr", "reverse"}
# The only functions a template may call: the escaping helpers, cross-references, claims, and the message lookups
# that {% trans %} compiles to.
ALLOWED_CALLS = {"link", "email", "join", "table", "bullets", "date", "country", "see", "claim", "caller", "anchor",
                 "period", "gettext", "ngettext", "pgettext"}


def problems(path: Path) -> list[str]:
    env = clause_environment()
    tree = env.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in tree.find_all(nodes.Node):
        where = f"{path.name}:{node.lineno}"
        if _names_a_message_value(node):
            continue
        if isinstance(node, FORBIDDEN_NODES):
            found.append(f"{where}: {type(node).__name__}")
        elif isinstance(node, nodes.Filter) and node.name in FORBIDDEN_FILTERS:
            found.append(f"{where}: filter {node.name}")
        elif isinstance(node, nodes.Call):
            name = node.node.name if isinstance(node.node, nodes.Name) else None
            if name not in ALLOWED_CALLS:
                found.append(f"{where}: call of {jinja2.nodes.Node.__repr__(node.node)[:60]}")
        elif isinstance(node, nodes.Tuple) and node.ctx != "store":
            found.append(f"{where}: tuple literal")
    return found


def _names_a_message_value(node: nodes.Node) -> bool:
    """``{% trans period=period(x) %}`` parses each value it names as an assignment to ``_trans``: naming a value
    for a message's placeholder, not computing."""
    return isinstance(node, nodes.Assign) and isinstance(node.target, nodes.Name) and node.target.name == "_trans"


@pytest.mark.parametrize("path", CLAUSE_TEMPLATES, ids=lambda p: p.name)
def test_template_computes_nothing(path):
    assert problems(path) == []


def test_the_check_finds_computing():
    sample = Path(__file__).parent / "fixtures" / "impure.md.j2"
    found = problems(sample)
    assert any("Assign" in p for p in found)
    assert any("filter selectattr" in p for p in found)
    assert any("Add" in p for p in found)
    assert any("call of" in p for p in found)
