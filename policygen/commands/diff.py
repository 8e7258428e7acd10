"""``policygen diff OLD NEW``: the changed answers and clauses, each marked material or not."""

from __future__ import annotations

import argparse
from pathlib import Path

from policygen.console import out
from policygen.errors import ExitCode, Problem, UsageError


def _load(spec: str):
    """Load an answers file from a path, or from git as ``git:REV:path``."""
    from policygen.answers import load_answers

    if not spec.startswith("git:"):
        return load_answers(spec)
    import subprocess  # only for git: specs, to keep the other commands' start-up fast
    import tempfile

    try:
        _, rev, path = spec.split(":", 2)
    except ValueError:
        raise UsageError([Problem(spec, "write a git revision as git:REV:path, e.g. git:HEAD~1:privacy-answers.yaml")]) \
            from None
    result = subprocess.run(["git", "show", f"{rev}:{path}"], capture_output=True)
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise UsageError([Problem(spec, f"git cannot show it: {message[-1] if message else 'unknown error'}")])
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / Path(path).name
        copy.write_bytes(result.stdout)
        try:
            return load_answers(copy)
        except Exception as error:  # re-label problems with the git spec, not the temporary file
            problems = getattr(error, "problems", None)
            if problems is None:
                raise
            error.problems = [Problem(spec, p.message, p.line, p.column, p.path) for p in problems]
            raise


def run(args: argparse.Namespace) -> int:
    from policygen import diff as diffing

    old, new = _load(args.old), _load(args.new)
    result = diffing.diff_answers(old, new)
    out(diffing.format_json(result) if args.format == "json" else diffing.format_text(result))
    if args.record and not result.equal:
        _record(args, new, result)
    return ExitCode.OK if result.equal else ExitCode.FINDINGS


def _record(args: argparse.Namespace, new, result) -> None:
    from policygen import diff as diffing
    from policygen.answers.save import save_with_new_revision
    from policygen.model.answers import Revision

    if args.new.startswith("git:"):
        raise UsageError([Problem(args.new, "--record writes to NEW, so NEW must be a file path")])
    entry = Revision(date=new.changes.last_updated, summary=args.summary or diffing.summary(result),
                     material=result.material)
    if new.changes.history[:1] != [entry]:  # else recorded already: the file stays as it is
        new.changes.history = [entry] + [h for h in new.changes.history if h != entry]
        save_with_new_revision(new, args.new)
    out(f"{args.new}: recorded the revision of {entry.date.isoformat()}\n")


def add_parser(commands) -> None:
    parser = commands.add_parser("diff", help="compare two answers files (paths or git:REV:path)")
    parser.add_argument("old", metavar="OLD")
    parser.add_argument("new", metavar="NEW")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--record", action="store_true",
                        help="add this change to NEW's revision history (changes.history)")
    parser.add_argument("--summary", help="with --record: the summary to record (default: the sections changed)")
    parser.set_defaults(run=run)
