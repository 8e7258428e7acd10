"""The policy as plain text wrapped at 80 columns, for app-store fields and email."""

from __future__ import annotations

import re
import textwrap

from policygen.document.compose import Document
from policygen.document.markdown_text import link_target, unescape
from policygen.document.templating import long_date
from policygen.i18n.speaking import _, translating
from policygen.render.markdown import clause_heading, section_heading

WIDTH = 80
_LINK = re.compile(r"(?<!\\)\[((?:[^\]\\]|\\.)*)\]\(([^)\s]*)\)")
_STRONG = re.compile(r"(?<!\\)\*\*(.+?)(?<!\\)\*\*")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_LIST_ITEM = re.compile(r"^(\s*)(- |\d+\. )")


def _link(match: re.Match) -> str:
    text, target = match.group(1), match.group(2)
    if target.startswith("#"):
        return text
    plain = unescape(text)
    if target in (link_target(plain), link_target(f"mailto:{plain}")):
        return text
    return f"{text} ({target.removeprefix('mailto:')})"


def inline_text(markdown: str) -> str:
    """Markdown inline syntax to plain words: links show their address, emphasis and escapes disappear."""
    text = _LINK.sub(_link, markdown)
    text = _STRONG.sub(r"\1", text)
    return unescape(text)


def _wrap(text: str, indent: str = "", hanging: str = "") -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=indent, subsequent_indent=hanging or indent,
                         break_long_words=False, break_on_hyphens=False) or [indent.rstrip()]


def _table(lines: list[str]) -> list[str]:
    rows = [[inline_text(c.strip()) for c in _CELL_SPLIT.split(line.strip().strip("|"))] for line in lines]
    header, body = rows[0], [r for r in rows[2:]]
    out = []
    for row in body:
        out += _wrap(row[0])
        for name, value in zip(header[1:], row[1:]):
            out += _wrap(f"{name}: {value}", "  ", "    ")
        out.append("")
    return out[:-1]


def block_text(markdown: str) -> list[str]:
    out: list[str] = []
    for block in re.split(r"\n\s*\n", markdown.strip()):
        lines = block.splitlines()
        if lines[0].startswith("|"):
            out += _table(lines)
        elif _LIST_ITEM.match(lines[0]):
            items: list[str] = []
            for line in lines:
                if _LIST_ITEM.match(line):
                    items.append(line.strip())
                else:
                    items[-1] += " " + line.strip()
            for item in items:
                marker, rest = item.split(" ", 1)
                marker = "-" if marker == "-" else marker
                out += _wrap(inline_text(rest), f"  {marker} ", " " * (len(marker) + 3))
        else:
            out += _wrap(inline_text(" ".join(line.strip() for line in lines)))
        out.append("")
    return out[:-1]


def render_text(document: Document) -> str:
    with translating(document.lang):
        return _render_text(document)


def _render_text(document: Document) -> str:
    title = document.title  # the user's own words, not Markdown
    out = [title, "=" * min(len(title), WIDTH), "",
           _("Effective date: {date}").format(date=long_date(document.effective_date)),
           _("Last updated: {date}").format(date=long_date(document.last_updated)), ""]
    for clause in document.preamble:
        out += [clause.title.upper(), ""] + block_text(clause.markdown) + [""]
    for section in document.sections:
        out += [section_heading(section).upper(), ""]
        for clause in section.clauses:
            if clause.number:
                out += [clause_heading(clause), ""]
            out += block_text(clause.markdown) + [""]
    return "\n".join(out).rstrip("\n") + "\n"
