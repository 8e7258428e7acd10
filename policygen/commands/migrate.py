"""``policygen migrate``: rewrite an answers file from an older format to the current one, keeping its comments."""

from __future__ import annotations

import argparse

from policygen.console import out
from policygen.errors import ExitCode, PolicygenError, Problem


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from policygen.answers.load import read_data
    from policygen.answers.migrations import CURRENT, migrate_text, version_of
    from policygen.files import write_atomic

    path = Path(args.answers)
    text, data = read_data(args.answers)
    version = version_of(data)
    if version is None:
        raise PolicygenError([Problem(args.answers, "schema_version: missing or not a whole number")])
    if version > CURRENT:
        raise PolicygenError([Problem(args.answers, f"schema_version: format version {version} is newer than this "
                                      f"policygen knows ({CURRENT}); upgrade policygen")])
    if version == CURRENT:
        out(f"{args.answers}: already format version {CURRENT}\n")
        return ExitCode.OK
    updated, notes = migrate_text(text, data, path.suffix.lower() == ".json")
    lines = [f"{args.answers}: format version {version} -> {CURRENT}"] + [f"  note: {n}" for n in notes]
    if args.check:
        out("\n".join(lines) + "\n")
        return ExitCode.FINDINGS
    write_atomic(path, updated)
    out("\n".join(lines) + "\n")
    return ExitCode.OK


def add_parser(commands) -> None:
    parser = commands.add_parser("migrate", help="rewrite an answers file from an older format to the current one")
    parser.add_argument("answers", metavar="ANSWERS", help="the answers file to update in place")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 when the file is in an older format, listing what would change")
    parser.set_defaults(run=run)
