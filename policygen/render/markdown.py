"""The policy as one CommonMark document with GFM tables, numbered sections and a table of contents."""

from __future__ import annotations

from policygen.document.compose import ClauseText, Document, SectionText
from policygen.document.markdown_text import escape, slug


def section_heading(section: SectionText) -> str:
    return f"{section.number}. {section.title}"


def clause_heading(clause: ClauseText) -> str:
    return f"{clause.number} {clause.title}" if clause.number else clause.title


def render_markdown(document: Document) -> str:
    out = [
        f"# {escape(document.title)}",
        "",
        f"Effective date: {document.effective_date}  ",
        f"Last updated: {document.last_updated}",
        "",
    ]
    if document.summary:
        out += [f"## {document.summary.title}", "", document.summary.markdown, ""]
    out += ["## Contents", ""]
    for section in document.sections:
        heading = section_heading(section)
        out.append(f"{section.number}. [{section.title}](#{slug(heading)})")
    out.append("")
    for section in document.sections:
        out += [f"## {section_heading(section)}", ""]
        for clause in section.clauses:
            if clause.number:
                out += [f"### {clause_heading(clause)}", ""]
            out += [clause.markdown, ""]
    return "\n".join(out).rstrip("\n") + "\n"
