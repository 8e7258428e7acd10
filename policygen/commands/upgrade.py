"""``policygen upgrade-report ANSWERS``: what the installed policygen changes in this policy, apart from what the
answers changed, against the lock file written by ``--update``."""

from __future__ import annotations

import argparse
from pathlib import Path

from policygen.console import out, visible
from policygen.errors import ExitCode, Problem, UsageError


def run(args: argparse.Namespace) -> int:
    from policygen.answers import load_answers
    from policygen.files import WriteError, write_atomic
    from policygen import upgrade

    if args.templates is not None and not Path(args.templates).is_dir():
        raise UsageError([Problem(args.templates, "--templates must be a folder of templates")])
    lock_path = Path(args.lock) if args.lock else upgrade.lock_path_for(args.answers)
    answers = load_answers(args.answers)
    report = None
    if lock_path.exists() or not args.update:
        report = upgrade.upgrade_report(upgrade.read_lock(lock_path), answers, args.templates)
        out(report.to_json() if args.format == "json" else upgrade.format_text(report, visible(args.answers)))
    if args.update:
        try:
            write_atomic(lock_path, upgrade.lock_text(answers, args.templates))
        except WriteError as error:  # the old lock file, if any, is left as it was
            raise UsageError([Problem(error.filename, f"cannot write: {error.strerror}")]) from None
        if args.format == "text":
            out(f"{visible(str(lock_path))}: recorded what this policygen renders for {visible(args.answers)}\n")
        return ExitCode.OK
    return ExitCode.FINDINGS if report.library_changes_policy else ExitCode.OK


def add_parser(commands) -> None:
    parser = commands.add_parser("upgrade-report",
                                 help="what a new policygen changes in this policy (clauses, findings, questions)")
    parser.add_argument("answers", metavar="ANSWERS")
    parser.add_argument("--lock", metavar="FILE",
                        help="the lock file (default: beside ANSWERS, e.g. privacy-answers.lock.json)")
    parser.add_argument("--update", action="store_true",
                        help="after reporting, record what this policygen renders in the lock file (creates it)")
    parser.add_argument("--templates", metavar="DIR", help="your own clause templates, as given to render")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="report format (default: text)")
    parser.set_defaults(run=run)
