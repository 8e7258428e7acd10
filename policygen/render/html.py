"""The policy as a standalone HTML page (or a fragment to embed), made from the clauses' Markdown.

Python-Markdown converts each clause body with raw HTML switched off: Markdown source can only produce the
elements Markdown itself makes, so no answer can smuggle a tag or an attribute into the page.
"""

from __future__ import annotations

from functools import lru_cache

import jinja2
import markdown
import markupsafe

from policygen.document.compose import Document
from policygen.document.templating import builtin_templates_dir, bytecode_cache, long_date, template_problems
from policygen.render.markdown import clause_heading, section_heading


def _converter() -> markdown.Markdown:
    converter = markdown.Markdown(extensions=["tables"], output_format="html")
    converter.preprocessors.deregister("html_block")
    converter.inlinePatterns.deregister("html")
    return converter


@lru_cache(maxsize=1)
def _shared_converter() -> markdown.Markdown:
    return _converter()


def markdown_to_html(text: str) -> str:
    converter = _shared_converter()
    html = converter.reset().convert(text)
    # Wide tables scroll inside their own box on narrow screens instead of widening the page.
    return html.replace("<table>", '<div class="table-scroll" tabindex="0"><table>').replace(
        "</table>", "</table></div>"
    )


@lru_cache(maxsize=8)
def _page_environment(user_dir: str | None) -> jinja2.Environment:
    base = builtin_templates_dir()
    search = ([user_dir] if user_dir else []) + [str(base / "page"), str(base)]
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(search),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
        bytecode_cache=bytecode_cache(),
    )


def render_html(document: Document, fragment: bool = False, templates_dir: str | None = None,
                annotations: dict[str, str] | None = None) -> str:
    """The policy as HTML; ``annotations`` (clause id -> note) become HTML comments for reviewers."""
    with template_problems():
        return _render_html(document, fragment, templates_dir, annotations or {})


def _comment(note: str | None) -> str:
    """Text safe inside <!-- -->: no "--" and no ">" that could end the comment early."""
    return note.replace("--", "\u2013").replace(">", "\u203a").replace("<", "\u2039") if note else ""


def _render_html(document: Document, fragment: bool, templates_dir: str | None, notes: dict[str, str]) -> str:
    env = _page_environment(templates_dir)
    sections = [
        {
            "id": section.id,
            "heading": section_heading(section),
            "clauses": [
                {"id": c.id, "heading": clause_heading(c) if c.number else "", "html": markdown_to_html(c.markdown),
                 "note": _comment(notes.get(c.id))}
                for c in section.clauses
            ],
        }
        for section in document.sections
    ]
    preamble = [{"id": c.id, "heading": c.title, "html": markdown_to_html(c.markdown), "note": _comment(notes.get(c.id))}
                for c in document.preamble]
    dates = {"effective": long_date(document.effective_date), "effective_iso": document.effective_date.isoformat(),
             "updated": long_date(document.last_updated), "updated_iso": document.last_updated.isoformat()}
    context = {"doc": document, "sections": sections, "preamble": preamble, "dates": dates}
    body = env.get_template("policy.html.j2").render(context)
    if fragment:
        return body
    css = env.loader.get_source(env, "policy.css")[0]
    return env.get_template("page.html.j2").render(context, body=markupsafe.Markup(body), css=css)
