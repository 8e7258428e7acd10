"""Check a policy against the laws its audiences bring: each element covered by a clause, or a finding.

An element is covered when a clause that discloses it is in the policy and has made each claim the element names;
a claim is made only when the facts make it true, so "covered" means the policy says it, truly, under that law.
"""

from __future__ import annotations

import datetime
import json
from dataclasses import asdict, dataclass, field

from policygen.document.compose import Document, compose
from policygen.facts import facts_of
from policygen.laws import CHECKS, ELEMENTS, LAWS, Check, Element, applicable
from policygen.model import Answers


@dataclass(frozen=True)
class Finding:
    severity: str
    """"error" or "warning"."""
    law: str
    rule: str
    """The element or consistency check that found it."""
    citation: str
    path: str
    """The answer to fix."""
    message: str


@dataclass(frozen=True)
class ElementResult:
    element: str
    requirement: str
    citation: str
    covered_by: tuple[str, ...]
    findings: tuple[Finding, ...]
    in_force: str
    """The day the rule took effect (ISO date), with its source in ``in_force_source``."""
    in_force_source: str


@dataclass(frozen=True)
class LawResult:
    law: str
    name: str
    because: str
    elements: tuple[ElementResult, ...]


@dataclass
class Report:
    laws: list[LawResult]
    findings: list[Finding] = field(default_factory=list)
    """Consistency findings not tied to one element."""
    review: list[Finding] = field(default_factory=list)
    """Rules that apply and took effect since ``changes.last_reviewed`` (errors), or take effect within
    ``UPCOMING_DAYS`` (warnings): the only findings that depend on the day the check runs, besides each rule's own
    dates."""
    languages: list[Finding] = field(default_factory=list)
    """English left in the policy in another language: messages without a current translation, the founder's texts
    without one (policygen/legal/languages.py)."""

    @property
    def all_findings(self) -> list[Finding]:
        return [f for law in self.laws for e in law.elements for f in e.findings] + self.findings + self.review + \
            self.languages

    def count(self, severity: str) -> int:
        return sum(1 for f in self.all_findings if f.severity == severity)

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, ensure_ascii=False) + "\n"


def _covered_by(element: Element, made: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The clauses that disclose the element, when one of them is present and every claim it needs was made.

    A claim entry may offer alternatives ("a|b"): either statement discloses the element."""
    present = tuple(c for c in element.clauses if c in made)
    said = {claim for claims in made.values() for claim in claims}
    if present and all(any(option in said for option in entry.split("|")) for entry in element.claims):
        return present
    return ()


def _missing(element: Element) -> str:
    needed = f" making the claim {', '.join(element.claims)}" if element.claims else ""
    return f"no clause in the policy says this ({', '.join(element.clauses)}{needed})"


UPCOMING_DAYS = 90
"""How far ahead ``check`` warns of rules about to take effect, so CI gives notice before the day."""


def _review(answers: Answers, facts, today: datetime.date) -> list[Finding]:
    """Each rule that applies to these answers and took effect after the last review, then each that takes effect
    within the next ``UPCOMING_DAYS`` days, in date order."""
    laws = {law.id for law in applicable(facts)}
    rules: list[Element | Check] = [e for e in ELEMENTS if e.law in laws and e.applies.holds(facts)]
    rules += [c for c in CHECKS if c.law in laws and c.applies.holds(facts)]
    reviewed = answers.changes.last_reviewed
    horizon = today + datetime.timedelta(days=UPCOMING_DAYS)
    new = sorted((r for r in rules if reviewed and reviewed < r.in_force.since <= today),
                 key=lambda r: r.in_force.since)
    coming = sorted((r for r in rules if today < r.in_force.since <= horizon), key=lambda r: r.in_force.since)
    found = [Finding("error", r.law, r.id, r.citation, "changes.last_reviewed",
                     f"new since your last review on {reviewed}: {_rule_words(r)} took effect on "
                     f"{_day(r)}; {_then(r)}") for r in new]
    found += [Finding("warning", r.law, r.id, r.citation, "changes.last_reviewed",
                      f"takes effect on {_day(r)}, in {(r.in_force.since - today).days} days: {_rule_words(r)}; "
                      f"{_then(r)}") for r in coming]
    return found


def _rule_words(rule: Element | Check) -> str:
    name = LAWS[rule.law].name
    return f"{name}: {rule.requirement}" if isinstance(rule, Element) else f"{name}: the check '{rule.id}'"


def _day(rule: Element | Check) -> str:
    return f"{rule.in_force.since}{'' if rule.in_force.confirmed else ' (date not confirmed)'}"


def _then(rule: Element | Check) -> str:
    reads = rule.applies.reads if isinstance(rule, Element) else ()
    about = f" (it applies because of {', '.join(reads)})" if reads else ""
    return f"review the policy against it{about}, then set changes.last_reviewed"


def check(answers: Answers, today: datetime.date, document: Document | None = None,
          languages: list[str] | tuple[str, ...] = ()) -> Report:
    """The legal check of the English policy, and for each of ``languages`` other than English, what its policy says
    in English."""
    document = document or compose(answers)
    facts = facts_of(answers)
    made = {c.id: c.claims for c in document.clauses}
    laws = []
    for law in applicable(facts):
        results = []
        for element in (e for e in ELEMENTS if e.law == law.id and e.in_force.on(today) and e.applies.holds(facts)):
            covered = _covered_by(element, made)
            findings = [Finding(element.severity, law.id, element.id, element.citation, path, message)
                        for path, message in element.needs(facts)]
            if not covered and not findings:  # a missing fact explains the gap; say it once
                findings.append(Finding("error", law.id, element.id, element.citation, "", _missing(element)))
            results.append(ElementResult(element.id, element.requirement, element.citation, covered, tuple(findings),
                                         element.in_force.since.isoformat(), element.in_force.source))
        if results:  # a law none of whose rules is in force yet does not apply
            laws.append(LawResult(law.id, law.name, law.applies.words, tuple(results)))
    findings = [Finding(c.severity, c.law, c.id, c.citation, path, message)
                for c in CHECKS if c.in_force is None or c.in_force.on(today) for path, message in c.detect(facts, today)]
    in_languages = []
    if languages:
        from policygen.legal.languages import language_findings

        for lang in (code for code in languages if code != "en"):
            in_languages += language_findings(answers, compose(answers, lang=lang))
    return Report(laws, findings, _review(answers, facts, today), in_languages)


def format_text(report: Report, file: str) -> str:
    out = []
    if not report.laws:
        out.append(f"{file}: no law in policygen's table applies to the audiences given")
    for law in report.laws:
        out.append(f"{law.name}: applies because {law.because}")
        for result in law.elements:
            if result.covered_by and not result.findings:
                out.append(f"  covered  {result.requirement} [{result.citation}] by {', '.join(result.covered_by)}")
            for finding in result.findings:
                out.append(_finding_line(finding, result.requirement))
    if report.findings:
        out.append("Consistency of the answers:")
        out += [_finding_line(f) for f in report.findings]
    if report.review:
        out.append(f"New rules (since changes.last_reviewed, or within {UPCOMING_DAYS} days):")
        out += [_finding_line(f) for f in report.review]
    if report.languages:
        out.append("Languages:")
        out += [_finding_line(f) for f in report.languages]
    errors, warnings = report.count("error"), report.count("warning")
    out.append(f"{file}: {errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}")
    return "\n".join(out) + "\n"


def _finding_line(finding: Finding, requirement: str | None = None) -> str:
    where = f"{finding.path}: " if finding.path else ""
    about = f"{requirement}: " if requirement else ""
    cited = f" [{finding.citation}]" if finding.citation else ""
    return f"  {finding.severity:<8} {about}{where}{finding.message}{cited}"


__all__ = ["Report", "Finding", "check", "format_text", "LAWS"]
