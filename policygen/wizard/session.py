"""One wizard session: the working answers, what changed, what to show, and the files on disk (no Textual here).

The working answers are the plain data of the answers file (nested dicts and lists), changed by path as the person
answers. They are saved through the model when they validate (``save_answers``: atomic, model key order), or as
they are when they do not (a draft the person can reopen later). A crash loses at most the answer being typed: a draft
is kept beside the answers file (``.privacy-answers.yaml.draft``) and offered back on the next start. The draft is
brought up to date whenever a question is finished (the first change to another question: ``flush_draft``), and the
screen autosaves it a few seconds into typing one; like every file policygen writes, it is replaced atomically.
(Leaving a question does not write it: focus also leaves questions when the wizard closes, after a discarded draft
was removed.)
"""

from __future__ import annotations

import copy
import datetime
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import yaml
from pydantic import ValidationError

from policygen.answers.load import parse_answers_file
from policygen.answers.migrations import upgrade
from policygen.answers.save import dump_json, dump_yaml, is_json, save_answers
from policygen.files import write_atomic
from policygen.model import Answers
from policygen.wizard import questions as q
from policygen.wizard.questions import MISSING, Path as AnswerPath, Question


def draft_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.draft")


# ------------------------------------------------------------------------------------------------- plain data
def in_model_order(value: Any, question: Question | None = q.ROOT) -> Any:
    """A copy of partial answers with keys in the model's order (unknown keys last), as saved answers have."""
    if isinstance(value, dict):
        children = question.children if question is not None and question.kind in ("model", "list") else ()
        order = {c.name: i for i, c in enumerate(children)}
        keys = sorted(value, key=lambda k: (order.get(k, len(order)), list(value).index(k)))
        return {k: in_model_order(value[k], question.child(k) if question is not None else None) for k in keys}
    if isinstance(value, list):
        item = question if question is not None and question.kind == "list" else None
        return [in_model_order(v, item) for v in value]
    return value


def dump_partial(data: dict, header: str = "", as_json: bool = False) -> str:
    """Partial answers as saved answers are laid out; the header (YAML comments) only in YAML, as JSON has none."""
    if as_json:
        return dump_json(in_model_order(data))
    return header + dump_yaml(in_model_order(data))


def read_draft(path: Path) -> dict | None:
    """A draft's answers, or None when there is none or it cannot be read (then it is not worth offering)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    return data if isinstance(data, dict) else None


@dataclass(frozen=True)
class MaterialChange:
    """A change people must be told about (as `policygen diff` judges it), ready to record in the revision history."""

    date: datetime.date
    summary: str
    """The revision's summary, as `diff --record` writes it: the sections that changed."""
    reasons: tuple[str, ...]
    """Each material change, in words: "Data collected › entry 1 › How long you keep it: longer retention"."""
    notice: str | None
    """The advance notice the policy promises before a material change takes effect, if it promises one."""


# ------------------------------------------------------------------------------------------------------ session
class Session:
    """The answers being edited and everything the wizard remembers about them."""

    def __init__(self, path: Path, data: dict, exists: bool):
        self.path = path
        self.data: dict = data
        self.exists = exists
        self.today: Callable[[], datetime.date] = datetime.date.today
        """The day the laws are checked on: the clock (a test fixes it, as ``check --today`` does)."""
        self.saved: dict = copy.deepcopy(data)
        """The answers as last read or written, to tell whether anything changed."""
        self.saved_to: Path | None = None
        """Where the last save went: the answers file, or the draft when the file was kept as it was."""
        self.version = 0
        """Goes up with every change; caches and the preview use it to know what is current."""
        self.touched: set[AnswerPath] = set()
        """Questions the person has answered or left: their problems are shown."""
        self.revealed: set[str] = {s.id for s in q.sections() if s.id != q.REVIEW} if exists else set()
        """Sections the person has opened and left (all of a saved file's): all their problems are shown, and they
        count as started."""
        self.new_entries: set[AnswerPath] = set()
        """Entries added since their section was last left: their problems wait until touched, as on a new page."""
        self.reveal_all = False
        """After trying to finish: every problem is shown."""
        self.keep_draft = False
        """The person put off deciding about an earlier draft: quitting without changes keeps it."""
        self.show_all_help = False
        """F1: every question shows its help, not only the focused one."""
        self.declared: set[str] = set()
        """Purposes added to the purposes list because a data category named them: unticked there, they go again
        (while no data category names them and nothing was answered about them)."""
        self.laws_checked = False
        """Whether the marks and the questions' messages include the laws' errors; the app turns this on just after
        its first frame, as loading and running the checks would hold that frame back (some 0.15 s)."""
        self.stash: dict[AnswerPath, Any] = {}
        """Optional groups switched off, kept so switching them on again brings the answers back."""
        self._cache: dict[str, tuple[int, Any]] = {}
        self._changing: AnswerPath | None = None
        """The question whose answer changed last (the one being typed): changing another one finishes it."""
        self._drafted = self.version
        """The version the draft on disk holds (or needs not hold: nothing changed since it was written or saved)."""
        self._own_draft = False
        """This session wrote the draft on disk (an earlier session's draft is only replaced, never removed, here)."""
        self.file_complete = exists and not self.problems()  # the problems are cached: the screen asks for them too
        """The answers file holds complete answers (it may be committed and rendered in CI): incomplete answers
        are saved to the draft, not over it."""

    @classmethod
    def open(cls, path: str | Path) -> "Session":
        """Open an answers file (its answers become the defaults) or start a new one if there is no file.

        The file only needs to parse: answers that do not validate (a saved draft) open with their problems shown.
        Raises AnswersError when the file cannot be read or parsed at all.
        """
        path = Path(path)
        if path.exists():
            data, _ = parse_answers_file(path)
            data, _ = upgrade(data)  # an older format opens as the current one; saving writes it so
            if "schema_version" not in data:
                data = {"schema_version": q.ROOT.child("schema_version").default, **data}
            return cls(path, data, exists=True)
        return cls(path, {"schema_version": q.ROOT.child("schema_version").default}, exists=False)

    # ---- reading and changing answers
    @property
    def dirty(self) -> bool:
        return self.data != self.saved

    def get(self, path: AnswerPath, default: Any = MISSING) -> Any:
        return q.get_at(self.data, path, default)

    def set(self, path: AnswerPath, value: Any) -> bool:
        """Set an answer; MISSING removes it. False when nothing changed.

        The first change to another question than the last one changed finishes that one: the draft is brought up
        to date first, so a crash loses at most the answer being typed.
        """
        current = self.get(path)
        if value is MISSING:
            if current is MISSING:
                return False
        elif current == value and type(current) is type(value):
            return False
        if path != self._changing:
            self.flush_draft()
            self._changing = path
        if value is MISSING:
            q.delete_at(self.data, path)
        else:
            q.set_at(self.data, path, value)
        self.version += 1
        return True

    def touch(self, path: AnswerPath) -> None:
        self.touched.add(path)

    def switch_group(self, path: AnswerPath, on: bool) -> bool:
        """Add or remove an optional group; a removed group's answers are kept for when it comes back."""
        current = self.get(path)
        if on:
            if isinstance(current, dict):
                return False
            return self.set(path, self.stash.pop(path, {}))
        if current is MISSING or current is None:
            return False
        self.stash[path] = current
        return self.set(path, MISSING)

    def add_entry(self, path: AnswerPath, entry: dict) -> int:
        items = self.get(path)
        items = list(items) if isinstance(items, list) else []
        items.append(entry)
        self.set(path, items)
        self.new_entries.add((*path, len(items) - 1))
        return len(items) - 1

    def remove_entry(self, path: AnswerPath, index: int) -> None:
        items = self.get(path)
        if isinstance(items, list) and 0 <= index < len(items):
            items = items[:index] + items[index + 1:]
            self.set(path, items if items else MISSING)
            depth = len(path)
            # Forget what was touched in the entries that moved (and which of them were new).
            self.touched = {t for t in self.touched if not (t[:depth] == path and len(t) > depth)}
            self.new_entries = {e for e in self.new_entries if not (e[:depth] == path and len(e) > depth)}

    def declare_purposes(self, refs: list[str]) -> list[str]:
        """Add the catalogue purposes a data category names but the purposes list lacks; their labels."""
        declared = set(q.declared_purposes(self.data))
        added = []
        for ref in refs:
            if ref in q.purposes.PURPOSES and ref not in declared:
                self.add_entry(("purposes",), {"purpose": ref})
                declared.add(ref)
                self.declared.add(ref)
                added.append(q.purposes.PURPOSES[ref].label)
        return added

    def undeclare_purposes(self, refs: list[str]) -> list[str]:
        """Undo ``declare_purposes`` for purposes no longer ticked: remove those it added that no data category
        names and that are still as added; their labels."""
        named = {ref for c in self.get(("data_categories",), []) if isinstance(c, dict)
                 for ref in (c.get("purposes") if isinstance(c.get("purposes"), list) else [])}
        removed = []
        for ref in refs:
            items = self.get(("purposes",), [])
            index = next((i for i, p in enumerate(items) if p == {"purpose": ref}), None) \
                if isinstance(items, list) else None
            if ref in self.declared and ref not in named and index is not None:
                self.remove_entry(("purposes",), index)
                self.declared.discard(ref)
                removed.append(q.purposes.PURPOSES[ref].label)
        return removed

    # ---- what the answers say
    def _cached(self, name: str, compute) -> Any:
        version, value = self._cache.get(name, (-1, None))
        if version != self.version:
            value = compute()
            self._cache[name] = (self.version, value)
        return value

    def problems(self) -> list[tuple[AnswerPath, str]]:
        return self._cached("problems", lambda: q.problems(self.data))

    def lenient(self) -> Answers:
        return self._cached("lenient", lambda: q.lenient_answers(self.data))

    def relevant(self, question: Question, path: AnswerPath | None = None) -> bool:
        return q.is_relevant(question, self.lenient(), path)

    def open_errors(self) -> list[tuple[AnswerPath, str]]:
        """What Review lists as errors, by answer: the model's problems, else the errors the laws' checks find
        (once ``laws_checked``)."""
        if not self.laws_checked:
            return self.problems()
        return self.problems() or [(path, message) for path, severity, message in self.findings()
                                   if severity == "error" and path]

    def state(self, section: q.Section) -> q.SectionState:
        seen = self.revealed | {q.section_of(path).id for path in self.touched}
        return q.section_state(section, self.open_errors(), seen | ({q.REVIEW} if self.reveal_all else set()))

    def error_shown(self, path: AnswerPath) -> bool:
        if self.reveal_all:
            return True
        if q.section_of(path).id in self.revealed and not any(path[:len(e)] == e for e in self.new_entries):
            return True
        return any(t[: len(path)] == path for t in self.touched)

    def leave_section(self, section_id: str) -> None:
        """The person moves on from a section: from now on all its problems are shown, new entries' too."""
        self.revealed.add(section_id)
        self.new_entries = {e for e in self.new_entries if q.section_of(e).id != section_id}

    # ---- files
    @property
    def draft(self) -> Path:
        return draft_path(self.path)

    def policy_path(self, fmt: str) -> Path:
        """Where the policy is written in a format: privacy-policy.md / .html beside the answers, as `render
        --out-dir` names them, whatever the answers file is called."""
        from policygen.commands.render import EXTENSIONS, STEM

        return self.path.with_name(STEM + EXTENSIONS[fmt])

    def save(self) -> int:
        """Save the answers: through the model when they validate, as they are when not; the number of problems.

        Incomplete answers never replace complete ones: then they go to the draft (``saved_to`` says which), which
        the next start offers back, and the answers file stays as it was until its problems are fixed.
        """
        found = self.problems()
        if found and self.file_complete:
            self.write_draft()
            self.keep_draft = True
            self.saved_to = self.draft
            return len(found)
        if found:
            header = (f"# Incomplete answers saved by `policygen wizard`: {len(found)} "
                      f"problem{'s' if len(found) != 1 else ''} left.\n"
                      f"# Run `policygen wizard {self.path.name}` to finish them.\n")
            write_atomic(self.path, dump_partial(self.data, header, is_json(self.path)))
        else:
            save_answers(Answers.model_validate(self.data), self.path)
        self.saved_to = self.path
        self.file_complete = not found
        self.saved = copy.deepcopy(self.data)
        self.exists = True
        self.keep_draft = False
        self.remove_draft()
        self._drafted = self.version
        return len(found)

    def findings(self) -> list[tuple[AnswerPath, str, str]]:
        """What the laws the answers bring still ask (``policygen validate``'s findings), errors first: (answer path,
        "error" or "warning", message with its citation). Empty while the answers have problems."""
        return self._cached("findings", self._findings)

    def _findings(self) -> list[tuple[AnswerPath, str, str]]:
        answers = self.valid_answers()
        if answers is None:
            return []
        from policygen.answers.problems import parse_path
        from policygen.legal.check import check

        # One entry per finding, whichever laws ask for it: their citations together.
        citations: dict[tuple[AnswerPath, str, str], list[str]] = {}
        for f in check(answers, self.today()).all_findings:
            citations.setdefault((parse_path(f.path), f.severity, f.message), []).extend(
                [f.citation] if f.citation else [])
        found = [(path, severity, f"{message} [{'; '.join(cited)}]" if cited else message)
                 for (path, severity, message), cited in citations.items()]
        found += [(path, "warning", message) for path, message in q.duplicates(self.data)]
        return sorted(found, key=lambda finding: finding[1] != "error")

    def material_change(self, today: datetime.date) -> MaterialChange | None:
        """The material change since the complete answers last saved, when the answers are complete again; None when
        there is none (or nothing complete to compare with)."""
        new = self.valid_answers()
        if new is None or not self.file_complete:
            return None
        from policygen import diff as diffing

        result = diffing.diff_answers(Answers.model_validate(self.saved), new)
        if not result.material:
            return None
        reasons = tuple(f"{q.describe_keyed(c.path)}: {c.material}" for c in result.answers if c.material)
        return MaterialChange(today, diffing.summary(result), reasons, new.changes.advance_notice)

    def record_change(self, change: MaterialChange) -> None:
        """Record a material change as `diff --record` does: a revision at the top of the history, dated as the
        policy's new "last updated" date."""
        last = self.get(("changes", "last_updated"))
        if not isinstance(last, datetime.date) or last < change.date:
            self.set(("changes", "last_updated"), change.date)
        history = self.get(("changes", "history"), [])
        entry = {"date": change.date, "summary": change.summary, "material": True}
        self.set(("changes", "history"), [entry] + [h for h in history if h != entry])

    def valid_answers(self) -> Answers | None:
        try:
            return Answers.model_validate(self.data)
        except ValidationError:
            return None

    def write_draft(self) -> None:
        self.keep_draft = False  # this session's own draft replaces the earlier one
        version = self.version
        write_atomic(self.draft, dump_partial(self.data, "# Autosaved by `policygen wizard`; offered back on the "
                                                       "next start.\n"), mode=self._draft_mode())
        self._drafted = version
        self._own_draft = True

    def _draft_mode(self) -> int:
        """The draft holds the same answers as the answers file: it takes that file's permissions, or owner-only
        ones when there is no file to take them from."""
        try:
            return os.stat(self.path).st_mode & 0o777
        except OSError:
            return 0o600

    def flush_draft(self) -> None:
        """Bring the draft up to date (another question starts changing), when anything changed since it was written.

        Unsaved changes are written to the draft; changes undone since this session wrote one remove it (an earlier
        session's draft the person put off deciding about is kept). A draft that cannot be written is not an error
        here: the screen's timed autosave tries again and tells the person.
        """
        if self._drafted == self.version:
            return
        try:
            if self.dirty:
                self.write_draft()
            else:
                if self._own_draft:
                    self.remove_draft()
                self._drafted = self.version
        except OSError:
            pass

    def remove_draft(self) -> None:
        try:
            os.unlink(self.draft)
        except FileNotFoundError:
            pass
        self._own_draft = False

    def pending_draft(self) -> dict | None:
        """An autosaved draft worth offering: newer than the answers file and different from it."""
        try:
            draft_time = self.draft.stat().st_mtime
        except OSError:
            return None
        if self.exists:
            try:
                if draft_time <= self.path.stat().st_mtime:
                    return None
            except OSError:
                pass
        data = read_draft(self.draft)
        if data is None or data == self.saved:
            return None
        return data

    def restore(self, data: dict) -> None:
        """Take a pending draft's answers (the draft on disk already holds them); the sections they answer count as
        looked at."""
        self.data = data
        self.revealed |= {section.id for section in q.sections() if any(name in data for name in section.fields)}
        self.version += 1
        self._drafted = self.version
        self._own_draft = True  # these answers are this session's now
        self._changing = None

