"""The policy as a standalone HTML page (or a fragment to embed), made from the clauses' Markdown.

Python-Markdown converts each clause body with raw HTML switched off: Markdown source can only produce the
elements Markdown itself makes, so no answer can smuggle a tag or an attribute into the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from html import escape as escape_html

import jinja2
import markdown
import markupsafe
from markdown.extensions.tables import TableExtension

from policygen.document.compose import Document
from policygen.document.markdown_text import LITERALS
from policygen.document.template_cache import bytecode_cache
from policygen.document.templating import builtin_templates_dir, long_date, template_problems
from policygen.i18n import speaking
from policygen.render.markdown import clause_heading, section_heading


# Markdown syntax our own clause templates never write, and that escaped answers cannot write either (``[``, ``<``,
# backticks and line-start markers are escaped): skipping it makes conversion about 40% faster. A --templates folder
# is someone else's Markdown, so it gets every pattern (raw HTML stays off for all).
_UNUSED_INLINE = ("backtick", "reference", "image_link", "image_reference", "short_reference", "short_image_ref",
                  "autolink", "automail", "linebreak")
_UNUSED_BLOCKS = ("setextheader", "hr", "quote", "reference")


@lru_cache(maxsize=2)
def _converter(lean: bool) -> markdown.Markdown:
    converter = markdown.Markdown(extensions=[TableExtension()], output_format="html")
    converter.preprocessors.deregister("html_block")
    converter.inlinePatterns.deregister("html")
    if lean:
        for name in _UNUSED_INLINE:
            converter.inlinePatterns.deregister(name)
        for name in _UNUSED_BLOCKS:
            converter.parser.blockprocessors.deregister(name)
    return converter


# User text reaches Python-Markdown as escapes and references, one per character of punctuation (see LITERALS).
# Python-Markdown turns each into a placeholder and copies the rest of the paragraph to insert it, so a paragraph's
# cost grew with the square of its length (16,000 "<" took 0.6 s). Instead each becomes one noncharacter that no
# Markdown pattern matches, and after conversion the HTML Python-Markdown would have written for it: the same bytes,
# in time linear in the text. A code span or a link target written by a --templates folder is left as it is, as
# Python-Markdown reads escapes there differently (ours write neither; url() percent-encodes what could be one).
_STAND_INS = {sequence: chr(0xFDD0 + i) for i, sequence in enumerate(LITERALS)}
_FROM_STAND_INS = str.maketrans({
    stand_in: sequence if sequence.startswith("&") else escape_html(LITERALS[sequence], quote=False)
    for sequence, stand_in in _STAND_INS.items()
})
_LITERAL_OR_VERBATIM = re.compile(
    r"(?P<verbatim>(?<!\\)(`+).+?(?<!`)\2(?!`)|(?<!\\)\]\([^()\s]*\))|"
    + "|".join(re.escape(sequence) for sequence in sorted(LITERALS, key=len, reverse=True)),
    re.DOTALL,
)


def _stand_in(match: re.Match) -> str:
    return match.group() if match.group("verbatim") else _STAND_INS[match.group()]


def markdown_to_html(text: str, builtin_templates: bool = True) -> str:
    text = _LITERAL_OR_VERBATIM.sub(_stand_in, text)
    converted = _converter(builtin_templates).reset().convert(text).translate(_FROM_STAND_INS)
    # Wide tables scroll inside their own box on narrow screens instead of widening the page.
    return converted.replace("<table>", '<div class="table-scroll" tabindex="0"><table>').replace(
        "</table>", "</table></div>"
    )


@lru_cache(maxsize=8)
def page_environment(user_dir: str | None) -> jinja2.Environment:
    base = builtin_templates_dir()
    search = ([user_dir] if user_dir else []) + [str(base / "page"), str(base)]
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(search),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
        bytecode_cache=bytecode_cache(),
        extensions=["jinja2.ext.i18n"],
    )
    # As in the clause environment, {% trans %} looks its message up in the language being written when the page
    # renders; here each value is HTML-escaped and the message is HTML (policygen.i18n.speaking.PAGE_CALLABLES).
    env.newstyle_gettext = True  # type: ignore[attr-defined]
    env.globals.update(speaking.PAGE_CALLABLES)
    return env


@dataclass(frozen=True)
class Alternate:
    """The same policy in another language (or this one): for hreflang links and the language switcher."""

    lang: str
    name: str
    """The language's name in itself ("Français")."""
    href: str


def render_html(document: Document, fragment: bool = False, templates_dir: str | None = None,
                annotations: dict[str, str] | None = None, alternates: tuple[Alternate, ...] = ()) -> str:
    """The policy as HTML; ``annotations`` (clause id -> note) become HTML comments for reviewers. ``alternates``,
    the policy's versions in each language it is published in (this one included), become hreflang links and a
    language switcher on the full page."""
    with template_problems(), speaking.translating(document.lang):
        notes = dict(annotations or {})
        for clause in document.clauses:  # sentences said in English are named for whoever reads the source
            if clause.untranslated:
                said = f"{document.lang}: said in English for want of a current translation: " + \
                    " / ".join(clause.untranslated)
                notes[clause.id] = f"{notes[clause.id]} {said}" if clause.id in notes else said
        return _render_html(document, fragment, templates_dir, notes, alternates)


def _comment(note: str | None) -> str:
    """Text safe inside <!-- -->: no "--" and no ">" that could end the comment early."""
    return note.replace("--", "\u2013").replace(">", "\u203a").replace("<", "\u2039") if note else ""


def _render_html(document: Document, fragment: bool, templates_dir: str | None, notes: dict[str, str],
                 alternates: tuple[Alternate, ...] = ()) -> str:
    env = page_environment(templates_dir)
    lean = templates_dir is None

    def to_html(text: str) -> str:
        return markdown_to_html(text, builtin_templates=lean)

    sections = [
        {
            "id": section.id,
            "heading": section_heading(section),
            "clauses": [
                {"id": c.id, "heading": clause_heading(c) if c.number else "", "html": to_html(c.markdown),
                 "note": _comment(notes.get(c.id))}
                for c in section.clauses
            ],
        }
        for section in document.sections
    ]
    preamble = [{"id": c.id, "heading": c.title, "html": to_html(c.markdown), "note": _comment(notes.get(c.id))}
                for c in document.preamble]
    dates = {"effective": long_date(document.effective_date), "effective_iso": document.effective_date.isoformat(),
             "updated": long_date(document.last_updated), "updated_iso": document.last_updated.isoformat()}
    context = {"doc": document, "lang": document.lang, "sections": sections, "preamble": preamble, "dates": dates,
               "alternates": alternates if len(alternates) > 1 else ()}
    body = env.get_template("policy.html.j2").render(context)
    if fragment:
        return body
    return standalone_page(env, context, body, script="layers.js")


def separate_document_page(title: str, markdown: str) -> str:
    """A self-contained page of one Markdown document that has no sections to open or close, so no script: the
    separate policies the exports write (the cookie policy, the consumer health data policy), in the language they
    are being written in."""
    body = markupsafe.Markup('<article id="contents" class="privacy-policy">\n{}</article>').format(
        markupsafe.Markup(markdown_to_html(markdown)))
    context = {"doc": {"title": title}, "lang": speaking.current_language(), "alternates": ()}
    return standalone_page(page_environment(None), context, body)


def standalone_page(env: jinja2.Environment, context: dict, body: str, script: str | None = None) -> str:
    """``body`` (trusted HTML) inside page.html.j2, with the page's stylesheet and, when named, a script of the page's
    own inlined: the one place a self-contained page is put together (the policy, the cookie policy)."""
    css = env.loader.get_source(env, "policy.css")[0]
    code = env.loader.get_source(env, script)[0] if script else ""
    return env.get_template("page.html.j2").render(context, body=markupsafe.Markup(body), css=css, script=code)
