"""Compose a policy: run the triggered clause templates and arrange them into numbered sections."""

from __future__ import annotations

import re
from dataclasses import dataclass

from policygen.clauses.registry import SECTIONS, clauses_for
from policygen.document.templating import clause_environment, long_date
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
    effective_date: str
    last_updated: str
    summary: ClauseText | None
    sections: tuple[SectionText, ...]

    @property
    def clause_ids(self) -> list[str]:
        ids = [self.summary.id] if self.summary else []
        return ids + [c.id for s in self.sections for c in s.clauses]


_BLANK_LINES = re.compile(r"\n{3,}")
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.M)


def _tidy(markdown: str) -> str:
    return _BLANK_LINES.sub("\n\n", _TRAILING_SPACE.sub("", markdown)).strip()


def compose(answers: Answers, templates_dir: str | None = None) -> Document:
    env = clause_environment(templates_dir)
    context = {"a": answers, "org": answers.organisation}
    bodies: dict[str, list[tuple[str, str, str]]] = {}
    for clause in clauses_for(answers):
        body = _tidy(env.get_template(clause.template).render(context))
        if body:  # a template may decide there is nothing to say; then there is no heading either
            bodies.setdefault(clause.section, []).append((clause.id, clause.title, body))

    summary = None
    if "preamble" in bodies:
        cid, title, body = bodies["preamble"][0]
        summary = ClauseText(cid, title, "", body)

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
        effective_date=long_date(answers.changes.effective_date),
        last_updated=long_date(answers.changes.last_updated),
        summary=summary,
        sections=tuple(sections),
    )
