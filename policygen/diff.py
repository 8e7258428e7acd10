"""What changed between two answers files, in the answers and in the policy, and whether it is material.

Material changes are the ones people must be told about before they take effect: a new data category, purpose,
recipient, joint controller, sale or sharing, a new transfer destination, or weaker rights or retention.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field

from policygen.document.compose import compose
from policygen.model import Answers
from policygen.model.answers import Answers as _Model

# List entries are matched by what identifies them, not by position, so reordering is not a change.
_IDENTITY = {
    "data_categories": ("category", "name"),
    "purposes": ("purpose", "name"),
    "processors": ("service", "name"),
    "transfers": ("destination",),
    "covered": ("kind", "name"),
    "certifications": ("name",),
    "history": ("date", "summary"),
    "joint_controllers": ("name",),
    "exceptions": ("what",),
}
_UNIT_DAYS = {"day": 1, "business day": 1.4, "week": 7, "month": 30, "year": 365}


@dataclass(frozen=True)
class AnswerChange:
    section: str
    path: str
    old: object
    new: object
    material: str = ""
    """Why the change is material; empty when it is not."""

    @property
    def kind(self) -> str:
        return "added" if self.old is None else "removed" if self.new is None else "changed"


@dataclass(frozen=True)
class ClauseChange:
    id: str
    title: str
    kind: str
    """"added", "removed" or "reworded"."""
    cause: str = "answers"
    """"answers", "library" or "answers and library"; without a lock file every change is the answers', both sides
    being rendered with the installed library."""


@dataclass
class Diff:
    answers: list[AnswerChange] = field(default_factory=list)
    clauses: list[ClauseChange] = field(default_factory=list)

    @property
    def material(self) -> bool:
        return any(c.material for c in self.answers)

    @property
    def equal(self) -> bool:
        return not self.answers and not self.clauses


def _key(entry: dict, list_name: str) -> str:
    for name in _IDENTITY.get(list_name, ()):
        if entry.get(name) not in (None, "other"):
            return str(entry[name])
    return json.dumps(entry, sort_keys=True)[:40]


def flatten(value: object, path: str = "", list_name: str = "") -> dict[str, object]:
    """Leaf values by path; dict entries of lists are keyed by identity: ``data_categories[contact_details]``."""
    if isinstance(value, dict):
        result: dict[str, object] = {}
        for key, item in value.items():
            result.update(flatten(item, f"{path}.{key}" if path else key, key))
        return result or {path: {}}
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        result = {}
        for item in value:
            result.update(flatten(item, f"{path}[{_key(item, list_name)}]", list_name))
        return result
    return {path: value}


def _days(period: object) -> float | None:
    match = re.match(r"^(\d+) (business day|day|week|month|year)s?$", str(period))
    return int(match.group(1)) * _UNIT_DAYS[match.group(2)] if match else None


def _entry_added(path: str, old: dict, new: dict, list_name: str) -> bool:
    prefix = re.match(rf"^({re.escape(list_name)}\[[^\]]+\])", path)
    return bool(prefix) and not any(p.startswith(prefix.group(1)) for p in old)


def _material(path: str, old: object, new: object, before: dict, after: dict) -> str:
    if path.startswith("data_categories[") and _entry_added(path, before, after, "data_categories"):
        return "new data category"
    if path.startswith("purposes[") and _entry_added(path, before, after, "purposes"):
        return "new purpose"
    if path.startswith("processors[") and _entry_added(path, before, after, "processors"):
        return "new recipient"
    if path.startswith("transfers.transfers[") and _entry_added(path, before, after, "transfers.transfers"):
        return "new transfer destination"
    if path.startswith("practices.joint_controllers[") and _entry_added(path, before, after,
                                                                       "practices.joint_controllers"):
        return "new joint controller"
    leaf = path.rsplit(".", 1)[-1]
    added = set(new or []) - set(old or []) if isinstance(new, list) and isinstance(old, (list, type(None))) else set()
    removed = set(old or []) - set(new or []) if isinstance(old, list) and isinstance(new, (list, type(None))) else set()
    if leaf == "purposes" and added:
        return "data used for a new purpose"
    if leaf == "recipients" and added:
        return "new recipient"
    if leaf in ("sold", "shared_for_advertising") and new is True and old is not True:
        return "data now sold or shared"
    if leaf == "storage_countries" and added:
        return "new transfer destination"
    if leaf in ("request_methods", "regions") and removed:
        return "weaker rights"
    if leaf in ("self_service", "authorised_agents", "honours_global_privacy_control",
                "honours_do_not_track", "no_reduction_without_consent") and old is True and new is not True:
        return "weaker rights"
    if leaf == "response_days" and isinstance(old, int) and isinstance(new, int) and new > old:
        return "weaker rights"
    if leaf in ("period", "log_retention", "after_account_closure", "backups"):
        old_days, new_days = _days(old), _days(new)
        if new_days and (old_days is None or new_days > old_days):
            return "longer retention"
    return ""


def _section_titles() -> dict[str, str]:
    return {name: info.title or name for name, info in _Model.model_fields.items()}


_ENTRY = re.compile(r"^([\w.]+\[[^\]]+\])")


def _collapse_entries(before: dict, after: dict) -> tuple[dict, dict]:
    """A list entry added or removed whole shows as one change holding the entry, not one per field."""
    def entries(flat: dict) -> set[str]:
        return {m.group(1) for p in flat if (m := _ENTRY.match(p))}

    def collapse(flat: dict, whole: set[str]) -> dict:
        result: dict = {}
        for path, value in flat.items():
            m = _ENTRY.match(path)
            if m and m.group(1) in whole:
                rest = path[len(m.group(1)):].lstrip(".")
                result.setdefault(m.group(1), {})[rest] = value
            else:
                result[path] = value
        return result

    only_before, only_after = entries(before) - entries(after), entries(after) - entries(before)
    return collapse(before, only_before), collapse(after, only_after)


def diff_answers(old: Answers, new: Answers, recorded: list[dict] | None = None) -> Diff:
    """The changes from OLD to NEW. ``recorded``: OLD's clauses as an older library rendered them (a lock file's),
    so each clause change says whether the answers, the library or both made it."""
    before = flatten(old.model_dump(mode="json", exclude_defaults=True))
    after = flatten(new.model_dump(mode="json", exclude_defaults=True))
    titles = _section_titles()
    order = list(titles)

    def position(path: str) -> tuple[int, str]:
        top = re.split(r"[.\[]", path)[0]
        return (order.index(top) if top in order else len(order), path)

    result = Diff()
    flat_before, flat_after = before, after
    before, after = _collapse_entries(before, after)
    for path in sorted(set(before) | set(after), key=position):
        if before.get(path) == after.get(path):
            continue
        top = re.split(r"[.\[]", path)[0]
        result.answers.append(AnswerChange(titles.get(top, top), path, before.get(path), after.get(path),
                                           _material(path, before.get(path), after.get(path), flat_before,
                                                     flat_after)))
    old_doc, new_doc = compose(old), compose(new)
    now = {c.id: c.markdown for c in old_doc.clauses}  # OLD with the installed library
    then = {c["id"]: c["text"] for c in recorded} if recorded is not None else now
    after = {c.id: c.markdown for c in new_doc.clauses}
    titles = {c["id"]: c["title"] for c in recorded or []} | {c.id: c.title for c in old_doc.clauses + new_doc.clauses}

    def change(clause: str, kind: str) -> ClauseChange:
        causes = [name for name, changed in (("answers", now.get(clause) != after.get(clause)),
                                             ("library", then.get(clause) != now.get(clause))) if changed]
        return ClauseChange(clause, titles[clause], kind, " and ".join(causes))

    for clause in new_doc.clauses:
        if clause.id not in then:
            result.clauses.append(change(clause.id, "added"))
        elif then[clause.id] != clause.markdown:
            result.clauses.append(change(clause.id, "reworded"))
    result.clauses += [change(c, "removed") for c in then if c not in after]
    return result


def _show(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


def format_text(diff: Diff) -> str:
    if diff.equal:
        return "No changes.\n"
    out = ["Answers changed:"] if diff.answers else []
    section = None
    for change in diff.answers:
        if change.section != section:
            section = change.section
            out.append(f"  {section}")
        mark = {"added": "+", "removed": "-", "changed": "~"}[change.kind]
        detail = _show(change.new) if change.kind == "added" else _show(change.old) if change.kind == "removed" \
            else f"{_show(change.old)} -> {_show(change.new)}"
        note = f"  [material: {change.material}]" if change.material else ""
        out.append(f"    {mark} {change.path}: {detail}{note}")
    if diff.clauses:
        out.append("Policy clauses:")
        for clause in diff.clauses:
            mark = {"added": "+", "removed": "-", "reworded": "~"}[clause.kind]
            cause = "" if clause.cause == "answers" else f"  [by the {clause.cause}]"
            out.append(f"  {mark} {clause.kind}: {clause.id} ({clause.title}){cause}")
    material = sum(1 for c in diff.answers if c.material)
    out.append(f"Material change: {'yes' if material else 'no'}"
               + (f" ({material} material change{'s' * (material != 1)})" if material else ""))
    return "\n".join(out) + "\n"


def format_json(diff: Diff) -> str:
    data = {"equal": diff.equal, "material": diff.material,
            "answers": [{**asdict(c), "kind": c.kind} for c in diff.answers],
            "clauses": [asdict(c) for c in diff.clauses]}
    return json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n"


def summary(diff: Diff) -> str:
    """A one-line summary for the revision history: the sections that changed."""
    sections = list(dict.fromkeys(c.section for c in diff.answers))
    return "Updated: " + ", ".join(sections) + "." if sections else "No change to the answers."
