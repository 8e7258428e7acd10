"""Compose a policy: run the triggered clause templates and arrange them into numbered sections."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from policygen.clauses.registry import CLAUSES_BY_ID, SECTIONS, Clause, clauses_for
from policygen.document.markdown_text import anchor
from policygen.document.templating import clause_environment, template_problems
from policygen.facts import Facts, facts_of
from policygen.i18n.speaking import _, current_language, in_english, translating
from policygen.model import Answers
from policygen.voice import in_voice, speaking


def section_title(section_id: str) -> str:
    """A section's heading, in the language and voice of the policy being written."""
    return in_voice(_(_SECTION_TITLES[section_id]))


_SECTION_TITLES = {s.id: s.title for s in SECTIONS}


@dataclass(frozen=True)
class ClauseText:
    id: str
    title: str
    number: str
    """"2.1" inside a section with several clauses; "" for the summary and single-clause sections."""
    markdown: str
    """The clause body: Markdown without its heading."""
    claims: tuple[str, ...] = ()
    """The claims the clause made (each true of the answers by its condition), in the order made."""
    untranslated: tuple[str, ...] = ()
    """The English messages the clause said in English because its language's catalogue lacks them (or has them
    only as fuzzy, stale translations)."""


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
    lang: str = "en"

    @property
    def untranslated(self) -> list[str]:
        """Every message said in English in a policy in another language, once, in the order said."""
        return list(dict.fromkeys(m for c in self.clauses for m in c.untranslated))

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


class ClaimError(Exception):
    """A template made a claim its clause does not declare: a bug in the clause library, not in the answers."""


class ClaimWriter:
    """``{% call claim("id") %}sentence{% endcall %}``: the sentence appears only when the claim's condition holds,
    and the claim is recorded, so ``check`` and ``explain`` know what the clause really said."""

    def __init__(self, clause: Clause, facts: Facts):
        self.declared = {c.id: c for c in clause.claims}
        self.clause, self.facts, self.made = clause, facts, []

    def __call__(self, claim_id: str, caller) -> str:
        claim = self.declared.get(claim_id)
        if claim is None:
            raise ClaimError(f"clause {self.clause.id!r} makes claim {claim_id!r}, which it does not declare")
        if not claim.when.holds(self.facts):
            return ""
        if claim_id not in self.made:
            self.made.append(claim_id)
        return caller()


class CrossReferences:
    """``see("retention")``: a link to another clause (or, by a section's id, to a whole section), titled from the
    registry; an error if it is not in this policy, so no sentence points readers to a part that is not there."""

    def __init__(self, present: list[Clause], facts: Facts):
        self.present = {c.id: c for c in present}
        self.facts = facts
        self.per_section: dict[str, int] = {}
        for c in present:
            self.per_section[c.section] = self.per_section.get(c.section, 0) + 1

    def __call__(self, clause_id: str):
        if clause_id not in CLAUSES_BY_ID and clause_id in _SECTION_TITLES:
            # A whole section, for the first layer's links to the details.
            if clause_id not in self.per_section:
                raise ClaimError(f"see({clause_id!r}): that section is not in this policy")
            return anchor(section_title(clause_id), clause_id)
        if clause_id not in CLAUSES_BY_ID:
            raise ClaimError(f"see({clause_id!r}): no such clause")
        if clause_id not in self.present:
            raise ClaimError(f"see({clause_id!r}): that clause is not in this policy")
        return anchor(self.heading(self.present[clause_id]), clause_id)

    def heading(self, clause: Clause) -> str:
        """The heading readers see: a clause alone in its section has no heading of its own, only the section's."""
        if clause.section != "preamble" and self.per_section[clause.section] == 1:
            return section_title(clause.section)
        return in_voice(_(clause.title_for(self.facts)))


def compose(answers: Answers, templates_dir: str | None = None, lang: str = "en") -> Document:
    """The policy in ``lang``. A template's prose is rewritten into the singular voice only in English; another
    language finds its singular wording in its catalogue (``policygen.i18n.speaking``)."""
    from policygen.answers.translated import answers_in

    with translating(lang) as speaker:
        answers = answers_in(answers, lang)
        facts = facts_of(answers)
        with speaking(facts.voice):
            env = clause_environment(templates_dir, facts.voice if in_english() else "we")
            return _compose(answers, facts, env, speaker)


def _compose(answers: Answers, facts: Facts, env, speaker) -> Document:
    bodies: dict[str, list[tuple[str, str, str, tuple[str, ...], tuple[str, ...]]]] = {}
    present = clauses_for(facts)
    see = CrossReferences(present, facts)
    for clause in present:
        claim = ClaimWriter(clause, facts)
        context = {"a": answers, "f": facts, "org": answers.organisation, "claim": claim, "see": see,
                   "present": frozenset(see.present)}
        speaker.missing.clear()
        with template_problems():
            body = _tidy(env.get_template(clause.template).render(context))
        if body:  # a template may decide there is nothing to say; then there is no heading either
            title = in_voice(_(clause.title_for(facts)))
            bodies.setdefault(clause.section, []).append((clause.id, title, body, tuple(claim.made),
                                                          tuple(speaker.missing)))

    preamble = tuple(ClauseText(cid, title, "", body, made, missing)
                     for cid, title, body, made, missing in bodies.get("preamble", []))

    sections = []
    for section in SECTIONS:
        entries = bodies.get(section.id)
        if not entries:
            continue
        number = len(sections) + 1
        single = len(entries) == 1
        clauses = tuple(
            ClauseText(cid, title, "" if single else f"{number}.{i}", body, made, missing)
            for i, (cid, title, body, made, missing) in enumerate(entries, start=1)
        )
        sections.append(SectionText(section.id, number, section_title(section.id), clauses))

    org = answers.organisation
    return Document(
        title=_("{organisation} Privacy Policy").format(organisation=org.display_name),
        organisation=org.display_name,
        effective_date=answers.changes.effective_date,
        last_updated=answers.changes.last_updated,
        preamble=preamble,
        sections=tuple(sections),
        lang=current_language(),
    )
