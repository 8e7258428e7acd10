"""What makes a generated policy malformed Markdown, checked on the text and on markdown-it-py's (CommonMark) reading
of it: a table row with more or fewer cells than its header, a heading that skips a level, emphasis markers left
unpaired, template syntax or Python's None left in the text, an empty list item or heading."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

_PARSER = MarkdownIt("commonmark").enable("table")


def _cells(row: str) -> int:
    return len(re.split(r"(?<!\\)\|", row.strip().strip("|")))


def markdown_problems(text: str) -> list[str]:
    problems = []
    lines = text.split("\n")
    table: int | None = None
    for number, line in enumerate(lines, 1):
        if line.startswith("|"):
            cells = _cells(line)
            if table is None:
                table = cells
            elif cells != table:
                problems.append(f"line {number}: a table row with {cells} cells under a header of {table}")
        else:
            table = None
        if re.fullmatch(r"#+\s*|[-*]\s*", line):
            problems.append(f"line {number}: an empty heading or list item")
        if re.search(r"\{\{|\{%|%\}|\}\}|\bNone\b(?! of\b)", line):
            problems.append(f"line {number}: template syntax or None left in the text: {line[:80]!r}")
    level = 0
    for token in _PARSER.parse(text):
        if token.type == "heading_open":
            new = int(token.tag[1])
            if new > level + 1 and level:
                problems.append(f"line {token.map[0] + 1}: a level-{new} heading under a level-{level} one")
            level = new
        if token.type == "inline":
            for child in token.children or ():
                if child.type == "text" and "**" in child.content:
                    problems.append(f"line {token.map[0] + 1}: unpaired emphasis marker in {child.content[:60]!r}")
    return problems
