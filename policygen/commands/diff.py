"""``policygen diff OLD NEW``: the changed answers and clauses, each marked material or not."""

from __future__ import annotations

import argparse
from pathlib import Path

from policygen.console import out, visible
from policygen.errors import ExitCode, Problem, UsageError


_GIT_SPEC = "write a git revision as git:REV:path, e.g. git:HEAD~1:privacy-answers.yaml"


def _load(spec: str):
    """Load an answers file from a path, or from git as ``git:REV:path``."""
    from policygen.answers import load_answers

    if not spec.startswith("git:"):
        return load_answers(spec)
    import tempfile  # only for git: specs, to keep the other commands' start-up fast

    rev, path = _git_spec(spec)
    with tempfile.TemporaryDirectory() as folder:
        # A fixed name with the path's suffix: the path's own name may be empty or "." ("git:HEAD:.").
        copy = Path(folder) / f"answers{Path(path).suffix}"
        _git_show(spec, rev, path, copy)
        try:
            return load_answers(copy)
        except Exception as error:  # re-label problems with the git spec, not the temporary file
            problems = getattr(error, "problems", None)
            if problems is None:
                raise
            error.problems = [Problem(spec, p.message, p.line, p.column, p.path) for p in problems]
            raise


def _git_spec(spec: str) -> tuple[str, str]:
    """REV and path of ``git:REV:path``, refused unless git can only read them as a revision and a path."""
    parts = spec.split(":", 2)
    if len(parts) != 3:
        raise UsageError([Problem(spec, _GIT_SPEC)])
    _, rev, path = parts
    if not rev or not path:
        raise UsageError([Problem(spec, f"the {'revision' if not rev else 'path'} is empty; {_GIT_SPEC}")])
    if rev.startswith("-"):  # git would read it as an option (--output=FILE writes a file)
        raise UsageError([Problem(spec, "a revision cannot start with '-'")])
    if any(ord(c) < 32 or ord(c) == 127 for c in spec):
        raise UsageError([Problem(spec, "a revision or path cannot contain control characters")])
    return rev, path


def _git_show(spec: str, rev: str, path: str, copy: Path) -> None:
    """Write the file ``path`` as it is at ``rev`` to ``copy``, straight from git (its size is checked on loading)."""
    import subprocess

    # --end-of-options: whatever the text, git reads it as a revision, never as an option.
    command = ["git", "cat-file", "blob", "--end-of-options", f"{rev}:{path}"]
    try:
        with copy.open("wb") as handle:
            result = subprocess.run(command, stdout=handle, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    except FileNotFoundError:
        raise UsageError([Problem(spec, "git is not installed (or not on PATH)")]) from None
    except OSError as error:
        raise UsageError([Problem(spec, f"cannot run git: {error.strerror}")]) from None
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise UsageError([Problem(spec, f"git cannot show it: {message[-1] if message else 'unknown error'}")])


def run(args: argparse.Namespace) -> int:
    from policygen import diff as diffing

    if args.record and args.new.startswith("git:"):
        raise UsageError([Problem(args.new, "--record writes to NEW, so NEW must be a file path")])
    old, new = _load(args.old), _load(args.new)
    result = diffing.diff_answers(old, new, _recorded_clauses(args.lock, old) if args.lock else None)
    # The entry is checked before anything is printed: a refused --summary leaves no half-done output behind.
    entry = _revision(args, new, result) if args.record and not result.equal else None
    out(diffing.format_json(result) if args.format == "json" else diffing.format_text(result))
    if entry is not None:
        _record(args, new, entry)
    return ExitCode.OK if result.equal else ExitCode.FINDINGS


def _recorded_clauses(lock_path: str, old) -> list[dict]:
    """OLD's clauses as the library of the lock file rendered them; the lock must record OLD's answers."""
    from policygen.upgrade import read_lock

    lock = read_lock(lock_path)
    if lock.answers != old:
        raise UsageError([Problem(lock_path, "it records other answers than OLD, so it cannot tell which clauses "
                                             "the library changed; give the lock file committed with OLD")])
    return lock.clauses


def _revision(args: argparse.Namespace, new, result):
    from pydantic import ValidationError

    from policygen import diff as diffing
    from policygen.answers.problems import validation_problems
    from policygen.model.answers import Revision

    try:
        return Revision(date=new.changes.last_updated, summary=args.summary or diffing.summary(result),
                        material=result.material)
    except ValidationError as error:  # e.g. a control character in --summary
        raise UsageError([Problem("--summary", p.message) for p in validation_problems(error, "", {})]) from None


def _record(args: argparse.Namespace, new, entry) -> None:
    from policygen.answers.save import save_with_new_revision

    if new.changes.history[:1] != [entry]:  # else recorded already: the file stays as it is
        new.changes.history = [entry] + [h for h in new.changes.history if h != entry]
        try:
            save_with_new_revision(new, args.new)
        except OSError as error:
            raise UsageError([Problem(args.new, f"cannot write: {error.strerror}")]) from None
    out(f"{visible(args.new)}: recorded the revision of {entry.date.isoformat()}\n")


def add_parser(commands) -> None:
    parser = commands.add_parser("diff", help="compare two answers files (paths or git:REV:path)")
    parser.add_argument("old", metavar="OLD")
    parser.add_argument("new", metavar="NEW")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--record", action="store_true",
                        help="add this change to NEW's revision history (changes.history)")
    parser.add_argument("--summary", help="with --record: the summary to record (default: the sections changed)")
    parser.add_argument("--lock", metavar="FILE",
                        help="OLD's lock file (see upgrade-report): tell the clauses the library changed from the "
                             "ones the answers changed")
    parser.set_defaults(run=run)
