"""The composed policy as JSON data, for sites that render it themselves."""

from __future__ import annotations

import json

from policygen.document.compose import ClauseText, Document
from policygen.render.html import markdown_to_html
from policygen.render.markdown import anchors, clause_heading, section_heading
from policygen.render.text import block_text

FORMAT_VERSION = 1


def _clause(clause: ClauseText, heading: str, builtin_templates: bool) -> dict:
    return {
        "id": clause.id,
        "number": clause.number,
        "heading": heading,
        "markdown": clause.markdown,
        "html": markdown_to_html(clause.markdown, builtin_templates),
        "text": "\n".join(block_text(clause.markdown)),
    }


def policy_data(document: Document, builtin_templates: bool = True) -> dict:
    """``builtin_templates``: False when the clauses came from a --templates folder, whose Markdown may use any
    syntax."""
    return {
        "format_version": FORMAT_VERSION,
        "title": document.title,
        "organisation": document.organisation,
        "effective_date": document.effective_date.isoformat(),
        "last_updated": document.last_updated.isoformat(),
        "preamble": [_clause(c, c.title, builtin_templates) for c in document.preamble],
        "sections": [
            {
                "id": s.id,
                "number": s.number,
                "heading": section_heading(s),
                "markdown_anchor": anchors(document)[s.id],
                "clauses": [_clause(c, clause_heading(c) if c.number else "", builtin_templates) for c in s.clauses],
            }
            for s in document.sections
        ],
    }


def render_json(document: Document, builtin_templates: bool = True) -> str:
    return json.dumps(policy_data(document, builtin_templates), indent=2, ensure_ascii=False) + "\n"
