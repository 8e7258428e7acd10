"""The policy as one CommonMark document with GFM tables, numbered sections and a table of contents."""

from __future__ import annotations

import re

from policygen.document.compose import ClauseText, Document, SectionText
from policygen.document.markdown_text import escape, slug
from policygen.document.templating import long_date
from policygen.i18n.speaking import _, translating


def section_heading(section: SectionText) -> str:
    return f"{section.number}. {section.title}"


def clause_heading(clause: ClauseText) -> str:
    return f"{clause.number} {clause.title}" if clause.number else clause.title


def anchors(document: Document) -> dict[str, str]:
    """Stable ids (as HTML uses them) -> the heading slugs Markdown hosts generate."""
    result = {c.id: slug(c.title) for c in document.preamble}
    for section in document.sections:
        result[section.id] = slug(section_heading(section))
        for clause in section.clauses:
            result[clause.id] = slug(clause_heading(clause)) if clause.number else result[section.id]
    return result


# A link to a stable id written by anchor(); an escaped bracket from user text (\]) is never one.
_ANCHOR_LINK = re.compile(r"(?<!\\)\]\(#([a-z0-9-]+)\)")


def front_matter(document: Document) -> list[str]:
    """YAML front matter for static-site generators (Jekyll, Hugo, MkDocs); the title is a JSON-quoted string."""
    import json

    updated = document.last_updated.isoformat()
    # Braces as \u escapes, which YAML and JSON read back as braces: no template engine sees a delimiter here either.
    title = json.dumps(document.title, ensure_ascii=False).replace("{", "\\u007b").replace("}", "\\u007d")
    return ["---", f"title: {title}",
            f"date: {document.effective_date.isoformat()}", f"lastmod: {updated}", f"last_modified_at: {updated}",
            "---", ""]


def render_markdown(document: Document, with_front_matter: bool = False,
                    annotations: dict[str, str] | None = None) -> str:
    """The policy as Markdown; ``annotations`` (clause id -> note) become footnotes for reviewers."""
    with translating(document.lang):
        return _render_markdown(document, with_front_matter, annotations or {})


def _render_markdown(document: Document, with_front_matter: bool, notes: dict[str, str]) -> str:
    out = front_matter(document) if with_front_matter else []
    out += [
        f"# {escape(document.title)}",
        "",
        _("Effective date: {date}").format(date=long_date(document.effective_date)) + "  ",
        _("Last updated: {date}").format(date=long_date(document.last_updated)),
        "",
    ]

    def mark(clause: ClauseText) -> str:
        return f"[^why-{clause.id}]" if clause.id in notes else ""

    for clause in document.preamble:
        out += [f"## {clause.title}{mark(clause)}", "", clause.markdown, ""]
    out += ["## " + _("Contents"), ""]
    for section in document.sections:
        heading = section_heading(section)
        out.append(f"{section.number}. [{section.title}](#{slug(heading)})")
    out.append("")
    for section in document.sections:
        single = "" if section.clauses[0].number else mark(section.clauses[0])
        out += [f"## {section_heading(section)}{single}", ""]
        for clause in section.clauses:
            if clause.number:
                out += [f"### {clause_heading(clause)}{mark(clause)}", ""]
            out += [clause.markdown, ""]
    for clause in document.clauses:
        if clause.id in notes:
            out.append(f"[^why-{clause.id}]: {escape(notes[clause.id])}")
    text = "\n".join(out).rstrip("\n") + "\n"
    targets = anchors(document)
    return _ANCHOR_LINK.sub(lambda m: f"](#{targets.get(m.group(1), m.group(1))})", text)
