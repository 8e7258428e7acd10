"""Compose a policy: run the triggered clause templates and arrange them into numbered sections."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from policygen.clauses.registry import SECTIONS, clauses_for
from policygen.document.templating import clause_environment, template_problems
from policygen.model import Answers


@dataclass(frozen=True)
class ClauseText:
    id: str
    title: str
    number: str
    """"2.1" inside a section with several clauses; "" for the summary and single-clause sections."""
    markdown: str
    """The clause body: Markdown without its heading."""


@dataclass(frozen=True)
class SectionText:
    id: str
    number: int
    title: str
    clauses: tuple[ClauseText, ...]


@dataclass(frozen=True)
class Document:
    title: str
    organisation: str
    effective_date: datetime.date
    last_updated: datetime.date
    preamble: tuple[ClauseText, ...]
    """Unnumbered clauses above the table of contents: the privacy label and the summary."""
    sections: tuple[SectionText, ...]

    @property
    def clauses(self) -> list[ClauseText]:
        return list(self.preamble) + [c for s in self.sections for c in s.clauses]

    @property
    def clause_ids(self) -> list[str]:
        return [c.id for c in self.clauses]


_BLANK_LINES = re.compile(r"\n{3,}")
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.M)
# A table must start its own block: some Markdown parsers do not let it interrupt a paragraph.
_TABLE_AFTER_TEXT = re.compile(r"^([^|\n].*)\n(?=\|)", re.M)


def _tidy(markdown: str) -> str:
    # Each pass runs only when its pattern can occur: most clauses need none, and the regexes scan every line.
    if " \n" in markdown or "\t\n" in markdown:
        markdown = _TRAILING_SPACE.sub("", markdown)
    if "\n|" in markdown:
        markdown = _TABLE_AFTER_TEXT.sub(r"\1\n\n", markdown)
    if "\n\n\n" in markdown:
        markdown = _BLANK_LINES.sub("\n\n", markdown)
    return markdown.strip()


def compose(answers: Answers, templates_dir: str | None = None) -> Document:
    env = clause_environment(templates_dir)
    context = {"a": answers, "org": answers.organisation}
    bodies: dict[str, list[tuple[str, str, str]]] = {}
    for clause in clauses_for(answers):
        with template_problems():
            body = _tidy(env.get_template(clause.template).render(context))
        if body:  # a template may decide there is nothing to say; then there is no heading either
            bodies.setdefault(clause.section, []).append((clause.id, clause.title, body))

    preamble = tuple(ClauseText(cid, title, "", body) for cid, title, body in bodies.get("preamble", []))

    sections = []
    for section in SECTIONS:
        entries = bodies.get(section.id)
        if not entries:
            continue
        number = len(sections) + 1
        single = len(entries) == 1
        clauses = tuple(
            ClauseText(cid, title, "" if single else f"{number}.{i}", body)
            for i, (cid, title, body) in enumerate(entries, start=1)
        )
        sections.append(SectionText(section.id, number, section.title, clauses))

    org = answers.organisation
    return Document(
        title=f"{org.display_name} Privacy Policy",
        organisation=org.display_name,
        effective_date=answers.changes.effective_date,
        last_updated=answers.changes.last_updated,
        preamble=preamble,
        sections=tuple(sections),
    )
