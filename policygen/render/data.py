"""The composed policy as JSON data, for sites that render it themselves."""

from __future__ import annotations

import json

from policygen.document.compose import ClauseText, Document
from policygen.render.html import markdown_to_html
from policygen.render.markdown import anchors, clause_heading, section_heading
from policygen.render.text import block_text

FORMAT_VERSION = 1


def _clause(clause: ClauseText, heading: str) -> dict:
    return {
        "id": clause.id,
        "number": clause.number,
        "heading": heading,
        "markdown": clause.markdown,
        "html": markdown_to_html(clause.markdown),
        "text": "\n".join(block_text(clause.markdown)),
    }


def policy_data(document: Document) -> dict:
    return {
        "format_version": FORMAT_VERSION,
        "title": document.title,
        "organisation": document.organisation,
        "effective_date": document.effective_date.isoformat(),
        "last_updated": document.last_updated.isoformat(),
        "preamble": [_clause(c, c.title) for c in document.preamble],
        "sections": [
            {
                "id": s.id,
                "number": s.number,
                "heading": section_heading(s),
                "markdown_anchor": anchors(document)[s.id],
                "clauses": [_clause(c, clause_heading(c) if c.number else "") for c in s.clauses],
            }
            for s in document.sections
        ],
    }


def render_json(document: Document) -> str:
    return json.dumps(policy_data(document), indent=2, ensure_ascii=False) + "\n"
