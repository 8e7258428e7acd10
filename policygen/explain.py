"""Why the policy says what it says: for each clause, the answers that triggered it, the claims it makes with the
facts behind them, the legal elements it satisfies and the seed topics it comes from; for each clause left out, the
answer that would bring it in."""

from __future__ import annotations

import datetime
import json
import re
from dataclasses import asdict, dataclass

from policygen.clauses.registry import CLAUSES, Clause
from policygen.document.compose import Document, compose
from policygen.laws import ELEMENTS_BY_ID
from policygen.legal.check import check
from policygen.model import Answers


@dataclass(frozen=True)
class AnswerValue:
    path: str
    value: object


@dataclass(frozen=True)
class Satisfied:
    element: str
    requirement: str
    citation: str


@dataclass(frozen=True)
class ClaimExplanation:
    id: str
    says: str
    made: bool
    """The policy makes this statement (its condition holds)."""
    because: str
    """The condition, in words: what makes the statement true, or what would."""
    answers: tuple[AnswerValue, ...]


@dataclass(frozen=True)
class ClauseExplanation:
    id: str
    title: str
    present: bool
    trigger: str
    answers: tuple[AnswerValue, ...]
    elements: tuple[Satisfied, ...]
    seeds: tuple[str, ...]
    claims: tuple[ClaimExplanation, ...] = ()
    purpose: str = ""
    untranslated: tuple[str, ...] = ()
    """In a policy in another language, the English messages the clause says in English (no current translation)."""


def values_at(data: object, pattern: str, prefix: str = "") -> list[AnswerValue]:
    """The values at a path such as ``data_categories[*].sources`` (``[*]``: every entry), with concrete paths."""
    parts = re.findall(r"[^.\[\]]+|\[\*\]", pattern)
    found: list[AnswerValue] = []

    def walk(value: object, index: int, path: str) -> None:
        if index == len(parts):
            found.append(AnswerValue(path, value))
            return
        part = parts[index]
        if part == "[*]":
            for i, item in enumerate(value if isinstance(value, list) else []):
                walk(item, index + 1, f"{path}[{i}]")
        elif isinstance(value, dict) and part in value:
            walk(value[part], index + 1, f"{path}.{part}" if path else part)
        elif isinstance(value, dict):
            found.append(AnswerValue(f"{path}.{part}" if path else part, None))

    walk(data, 0, prefix)
    return found


def explain(answers: Answers, today: datetime.date | None = None,
            document: Document | None = None) -> list[ClauseExplanation]:
    document = document or compose(answers)
    present = set(document.clause_ids)
    report = check(answers, today or answers.changes.last_updated, document)
    satisfied: dict[str, list[Satisfied]] = {}
    for law in report.laws:
        for result in law.elements:
            element = ELEMENTS_BY_ID[result.element]
            for clause_id in result.covered_by:
                satisfied.setdefault(clause_id, []).append(
                    Satisfied(result.element, element.requirement, element.citation))
    data = answers.model_dump(mode="json")
    made = {c.id: set(c.claims) for c in document.clauses}
    english = {c.id: c.untranslated for c in document.clauses}
    return [_explain(c, c.id in present, data, satisfied.get(c.id, []), made.get(c.id, set()), english.get(c.id, ()))
            for c in CLAUSES]


def _explain(clause: Clause, present: bool, data: dict, satisfied: list[Satisfied], made: set[str],
             untranslated: tuple[str, ...] = ()) -> ClauseExplanation:
    values = tuple(v for pattern in clause.reads for v in values_at(data, pattern))
    claims = tuple(
        ClaimExplanation(claim.id, claim.says, claim.id in made, claim.when.words,
                         tuple(v for pattern in claim.when.reads for v in values_at(data, pattern)))
        for claim in clause.claims)
    return ClauseExplanation(clause.id, clause.title, present, clause.trigger, values, tuple(satisfied),
                             clause.seeds, claims, clause.purpose, untranslated)


def _show(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 70 else text[:67] + "..."


@dataclass(frozen=True)
class ProviderFact:
    field: str
    value: str
    source: str
    """"your answer", "the catalogue", or "not stated" (then the policy says nothing of it)."""


def provider_facts(answers: Answers) -> list[tuple[str, list[ProviderFact]]]:
    """Each named provider's facts as the policy uses them, and where each comes from: the answers file, or the
    catalogue (which an answer in ``processors[i]`` overrides)."""
    from policygen.catalogue.countries import COUNTRIES
    from policygen.catalogue.services import SERVICES

    found = []
    for i, p in enumerate(answers.processors):
        catalogue = p.service is not None

        def source(field: str) -> str:
            if getattr(p, field) is not None:
                return "your answer"
            if catalogue and field in SERVICES[p.service].unconfirmed:
                return "not stated: the catalogue could not confirm it"
            return "the catalogue" if catalogue else "not stated"

        country = p.resolved_country
        role = {True: "uses the data for its own purposes too", False: "acts only on your instructions",
                None: "not stated: the policy says nothing of its role"}[p.third_party]
        found.append((f"processors[{i}] {p.display_name}", [
            ProviderFact("country", COUNTRIES[country] if country else "-", source("country")),
            ProviderFact("role", role, "your answer" if p.third_party is not None else "not stated"),
            ProviderFact("privacy policy", p.resolved_policy_url or "-", source("policy_url")),
            ProviderFact("what it does", p.resolved_kind, source("kind")),
        ]))
    return found


def format_providers(answers: Answers) -> str:
    out = ["Providers (each fact and where it comes from; answer processors[i].FIELD to override the catalogue):"]
    for name, facts in provider_facts(answers):
        out.append(f"  {name}")
        out += [f"    {f.field}: {f.value}  ({f.source})" for f in facts]
    return "\n".join(out) + "\n"


def format_text(explanations: list[ClauseExplanation]) -> str:
    out = ["Clauses in the policy:"]
    for e in (e for e in explanations if e.present):
        out.append(f"  {e.id}: {e.title}")
        out.append(f"    because: {e.trigger}")
        out += [f"      {v.path} = {_show(v.value)}" for v in e.answers]
        for claim in e.claims:
            if claim.made:
                out.append(f"    says: {claim.says} [{claim.id}]")
                out.append(f"      because {claim.because}")
                out += [f"        {v.path} = {_show(v.value)}" for v in claim.answers]
            else:
                out.append(f"    does not say: {claim.says} [{claim.id}]")
                out.append(f"      would say it when {claim.because}")
        out += [f"    satisfies: {s.requirement} [{s.citation}]" for s in e.elements]
        if e.seeds:
            out.append(f"    seed topics from: {', '.join(e.seeds)}")
        if e.purpose:
            out.append(f"    exists to: {e.purpose}")
        out += [f"    said in English (no current translation): {message}" for message in e.untranslated]
    out.append("Clauses left out:")
    for e in (e for e in explanations if not e.present):
        out.append(f"  {e.id}: {e.title}")
        out.append(f"    would appear when: {e.trigger}")
        out += [f"      now {v.path} = {_show(v.value)}" for v in e.answers]
    return "\n".join(out) + "\n"


def format_json(explanations: list[ClauseExplanation]) -> str:
    return json.dumps([asdict(e) for e in explanations], indent=2, ensure_ascii=False) + "\n"


def annotation(e: ClauseExplanation) -> str:
    """One line for reviewers: why the clause is here and what it satisfies (render --annotate)."""
    parts = [f"Clause {e.id}, shown because {e.trigger}"]
    if e.answers:
        parts.append("answers: " + "; ".join(f"{v.path} = {_show(v.value)}" for v in e.answers))
    if e.elements:
        parts.append("satisfies: " + "; ".join(s.citation for s in e.elements))
    if e.seeds:
        parts.append("seed topics: " + ", ".join(e.seeds))
    if e.purpose:
        parts.append("exists to: " + e.purpose)
    if e.untranslated:
        parts.append("said in English (no current translation): " + " / ".join(e.untranslated))
    return ". ".join(parts) + "."


def annotations(explanations: list[ClauseExplanation]) -> dict[str, str]:
    return {e.id: annotation(e) for e in explanations if e.present}
