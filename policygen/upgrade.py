"""What a new policygen changes in a policy: the clauses the library rewords, the findings and rules it adds, and the
questions it asks, told apart from what the answers changed.

Nothing about an older library survives its upgrade, so the comparison needs a record of what the older one
produced: the *lock file* (``privacy-answers.lock.json`` beside ``privacy-answers.yaml``), written by
``policygen upgrade-report ANSWERS --update`` and committed with the answers. It holds the answers as they were, each
clause's text, the findings as of the policy's last update, the rules and questions the library had, and a
fingerprint of the library. Rendering the recorded answers with the installed library and comparing with the
recorded text gives the library's changes alone; comparing that with the current answers gives the answers'.
"""

from __future__ import annotations

import hashlib
import json
import typing
from dataclasses import asdict, dataclass, field
from pathlib import Path

from pydantic import BaseModel, ValidationError

from policygen import __version__
from policygen.changelog import CHANGES, Change
from policygen.document.compose import Document, compose
from policygen.document.templating import builtin_templates_dir
from policygen.errors import PolicygenError, Problem
from policygen.model import Answers

LOCK_FORMAT = 1


def lock_path_for(answers_path: str | Path) -> Path:
    """The lock file kept beside an answers file: ``privacy-answers.yaml`` -> ``privacy-answers.lock.json``."""
    return Path(answers_path).with_suffix(".lock.json")


# ---- what the installed library is
def rule_table() -> dict[str, dict]:
    """Every element and check with what a policy depends on: its citation and its days."""
    from policygen.laws import CHECKS, ELEMENTS

    table = {}
    for rule in list(ELEMENTS) + list(CHECKS):
        dates = rule.in_force
        table[rule.id] = {"law": rule.law, "citation": rule.citation,
                          "in_force": dates.since.isoformat() if dates else None,
                          "until": dates.until.isoformat() if dates and dates.until else None}
    return table


def question_paths(model: type[BaseModel] = Answers, prefix: str = "") -> list[str]:
    """Every answer the model has, as dotted paths; a list's items as ``[]``: ``data_categories[].retention``."""
    paths = []
    for name, info in model.model_fields.items():
        path = f"{prefix}{name}"
        paths.append(path)
        inner, listed = _model_in(info.annotation)
        if inner is not None:
            paths += question_paths(inner, f"{path}{'[]' if listed else ''}.")
    return paths


def _model_in(annotation) -> tuple[type[BaseModel] | None, bool]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation, False
    for argument in typing.get_args(annotation):
        inner, listed = _model_in(argument)
        if inner is not None:
            return inner, listed or typing.get_origin(annotation) is list
    return None, False


def fingerprint(templates: str | None = None) -> str:
    """A hash of what decides a policy's text and findings: the version, the templates and the rule table."""
    digest = hashlib.sha256(__version__.encode())
    for folder in [builtin_templates_dir()] + ([Path(templates)] if templates else []):
        for file in sorted(p for p in folder.rglob("*") if p.is_file()):
            digest.update(str(file.relative_to(folder)).encode() + b"\0" + file.read_bytes() + b"\0")
    digest.update(json.dumps(rule_table(), sort_keys=True).encode())
    return digest.hexdigest()


def latest_change() -> str:
    return max(c.day for c in CHANGES).isoformat() if CHANGES else ""


# ---- the lock file
def _findings(answers: Answers, document: Document) -> list[dict]:
    """The findings as of the policy's last update: a day the answers give, so the lock never depends on the clock."""
    from policygen.legal.check import check

    report = check(answers, answers.changes.last_updated, document)
    return [{"severity": f.severity, "rule": f.rule, "path": f.path, "message": f.message, "citation": f.citation}
            for f in report.all_findings]


def lock_text(answers: Answers, templates: str | None = None) -> str:
    document = compose(answers, templates)
    data = {
        "format": LOCK_FORMAT,
        "policygen": __version__,
        "library": fingerprint(templates),
        "changelog": latest_change(),
        "answers": answers.model_dump(mode="json", exclude_defaults=True),
        "clauses": [{"id": c.id, "title": c.title, "text": c.markdown} for c in document.clauses],
        "findings": _findings(answers, document),
        "rules": rule_table(),
        "questions": question_paths(),
    }
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


@dataclass
class Lock:
    path: str
    policygen: str
    library: str
    changelog: str
    answers: Answers
    clauses: list[dict]
    findings: list[dict]
    rules: dict[str, dict]
    questions: list[str]


def read_lock(path: str | Path) -> Lock:
    from policygen.answers.migrations import upgrade

    where = str(path)
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PolicygenError([Problem(where, "no lock file: run `policygen upgrade-report ANSWERS --update` to "
                                             "record what this policygen renders, and commit it with the answers")]) \
            from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise PolicygenError([Problem(where, f"cannot read the lock file: {error}")]) from None
    if not isinstance(data, dict) or data.get("format") != LOCK_FORMAT:
        raise PolicygenError([Problem(where, f"not a policygen lock file of format {LOCK_FORMAT}")])
    try:
        answers = Answers.model_validate(upgrade(data["answers"])[0])
        return Lock(where, str(data["policygen"]), str(data["library"]), str(data["changelog"]), answers,
                    list(data["clauses"]), list(data["findings"]), dict(data["rules"]), list(data["questions"]))
    except ValidationError:
        raise PolicygenError([Problem(where, "the answers it records are not valid for this policygen, so the "
                                             "library's changes cannot be told apart from the answers'")]) from None
    except (KeyError, TypeError, AttributeError) as error:
        raise PolicygenError([Problem(where, f"the lock file is damaged ({error})")]) from None


# ---- the report
@dataclass(frozen=True)
class ClauseChange:
    id: str
    title: str
    kind: str
    """"added", "removed" or "reworded"."""
    reason: str


@dataclass
class UpgradeReport:
    recorded: str
    """The policygen version the lock file was written by."""
    installed: str
    library_changed: bool
    by_library: list[ClauseChange] = field(default_factory=list)
    """Clauses the library changed, for the answers as recorded."""
    by_answers: list[ClauseChange] = field(default_factory=list)
    """Clauses the answers changed since the lock file, with the installed library."""
    new_findings: list[dict] = field(default_factory=list)
    gone_findings: list[dict] = field(default_factory=list)
    new_rules: list[dict] = field(default_factory=list)
    """Rules the library added or changed that apply to these answers."""
    new_questions: list[dict] = field(default_factory=list)
    changes: list[dict] = field(default_factory=list)
    """The changelog's entries newer than the lock file's library."""

    @property
    def library_changes_policy(self) -> bool:
        return bool(self.by_library or self.new_findings or self.new_rules or self.new_questions)

    def to_json(self) -> str:
        data = {**asdict(self), "library_changes_policy": self.library_changes_policy}
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _clause_changes(before: list[dict], after: Document, reasons) -> list[ClauseChange]:
    old = {c["id"]: c for c in before}
    new = {c.id: c for c in after.clauses}
    found = []
    for clause in after.clauses:
        if clause.id not in old:
            found.append(ClauseChange(clause.id, clause.title, "added", reasons(clause.id)))
        elif old[clause.id]["text"] != clause.markdown:
            found.append(ClauseChange(clause.id, clause.title, "reworded", reasons(clause.id)))
    found += [ClauseChange(c["id"], c["title"], "removed", reasons(c["id"])) for c in before if c["id"] not in new]
    return found


def _entries_since(lock: Lock) -> list[Change]:
    return [c for c in CHANGES if c.day.isoformat() > lock.changelog]


def _reason(entries: list[Change], attribute: str, name: str, otherwise: str) -> str:
    said = [f"{c.day}: {c.summary}" for c in entries if name in getattr(c, attribute)]
    return "; ".join(said) or otherwise


def _answered(data: dict, path: str) -> bool:
    value: object = data
    for part in path.split("."):
        if part.endswith("[]"):
            return True  # an item's answer: asked item by item, not as one question
        if not isinstance(value, dict) or part not in value:
            return False
        value = value[part]
    return value not in (None, [], {})


def _question_reason(path: str, entries: list[Change]) -> str:
    from policygen.model.docs import field_description

    model: type[BaseModel] = Answers
    *parents, name = path.replace("[]", "").split(".")
    for part in parents:
        model = _model_in(model.model_fields[part].annotation)[0]
    described = field_description(model, name).split(". ")[0].rstrip(".")
    return _reason(entries, "questions", path, described)


def upgrade_report(lock: Lock, answers: Answers, templates: str | None = None) -> UpgradeReport:
    from policygen.facts import facts_of
    from policygen.laws import ELEMENTS_BY_ID, LAWS, applicable

    entries = _entries_since(lock)
    report = UpgradeReport(lock.policygen, __version__, lock.library != fingerprint(templates),
                           changes=[{"day": c.day.isoformat(), "summary": c.summary} for c in entries])
    recorded = compose(lock.answers, templates)
    report.by_library = _clause_changes(
        lock.clauses, recorded,
        lambda clause: _reason(entries, "clauses", clause, "the clause library changed its wording (no changelog "
                                                           "entry names this clause)"))
    current = compose(answers, templates) if answers != lock.answers else recorded
    before = [{"id": c.id, "title": c.title, "text": c.markdown} for c in recorded.clauses]
    report.by_answers = _clause_changes(before, current, lambda clause: "your answers changed")

    def key(finding: dict) -> tuple:
        return finding["severity"], finding["rule"], finding["path"]

    then, now = {key(f): f for f in lock.findings}, {key(f): f for f in _findings(lock.answers, recorded)}
    report.new_findings = [f for k, f in now.items() if k not in then]
    report.gone_findings = [f for k, f in then.items() if k not in now]

    facts = facts_of(lock.answers)
    laws = {law.id for law in applicable(facts)}
    for rule_id, rule in rule_table().items():
        if rule["law"] not in laws or lock.rules.get(rule_id) == rule:
            continue
        element = ELEMENTS_BY_ID.get(rule_id)
        if element is not None and not element.applies.holds(facts):
            continue
        what = element.requirement if element else f"the check '{rule_id}'"
        report.new_rules.append({
            "rule": rule_id, "kind": "changed" if rule_id in lock.rules else "added",
            "requirement": f"{LAWS[rule['law']].name}: {what}", "citation": rule["citation"],
            "in_force": rule["in_force"], "until": rule["until"],
            "reason": _reason(entries, "rules", rule_id, "the laws layer changed (no changelog entry names it)")})

    data = answers.model_dump(mode="json", exclude_defaults=True)
    known = set(lock.questions)
    report.new_questions = [{"path": path, "reason": _question_reason(path, entries)}
                            for path in question_paths() if path not in known and not _answered(data, path)]
    return report


def format_text(report: UpgradeReport, file: str) -> str:
    out = [f"{file}: recorded with policygen {report.recorded}, now {report.installed}; the library "
           f"{'changed' if report.library_changed else 'is unchanged'} since"]

    def clauses(title: str, changes: list[ClauseChange]) -> None:
        if changes:
            out.append(title)
            mark = {"added": "+", "removed": "-", "reworded": "~"}
            out.extend(f"  {mark[c.kind]} {c.kind}: {c.id} ({c.title}): {c.reason}" for c in changes)

    clauses("Clauses the library changed (your answers as recorded):", report.by_library)
    clauses("Clauses your answers changed since the lock file:", report.by_answers)
    if report.new_findings:
        out.append("New findings from the library:")
        out += [f"  {f['severity']:<8} {f['path'] + ': ' if f['path'] else ''}{f['message']}"
                f"{' [' + f['citation'] + ']' if f['citation'] else ''}" for f in report.new_findings]
    if report.gone_findings:
        out.append("Findings the library no longer reports:")
        out += [f"  {f['severity']:<8} {f['rule']}: {f['message']}" for f in report.gone_findings]
    if report.new_rules:
        out.append("Rules added or changed that apply to you:")
        out += [f"  {r['kind']}: {r['requirement']} [{r['citation']}], in force from {r['in_force']}"
                f"{' until ' + r['until'] if r['until'] else ''}: {r['reason']}" for r in report.new_rules]
    if report.new_questions:
        out.append("New questions to answer:")
        out += [f"  {q['path']}: {q['reason']}" for q in report.new_questions]
    if report.changes:
        out.append("Library changes since the lock file:")
        out += [f"  {c['day']}  {c['summary']}" for c in report.changes]
    if not report.library_changes_policy:
        out.append("The library changes nothing in this policy.")
    return "\n".join(out) + "\n"


__all__ = ["UpgradeReport", "upgrade_report", "read_lock", "lock_text", "lock_path_for", "format_text"]
