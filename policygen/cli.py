"""The ``policygen`` command line.

Each command lives in its own module under ``policygen.commands`` and imports what it needs when it runs, so
headless commands start fast and never load Textual. Problems are printed one per line on stderr; exit codes are
in ``policygen.errors.ExitCode``.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys

from policygen import __version__
from policygen.console import OutputError, visible
from policygen.errors import ExitCode, PolicygenError, Problem
from policygen.files import Terminated


def _schema(args: argparse.Namespace) -> int:
    from pathlib import Path

    from policygen.console import out

    # The schema ships beside the model, generated from it; tests/test_schema.py fails when it is stale. Printing
    # it spares every editor and CI job that asks for it the model build (generating it takes ~200 ms).
    committed = Path(__file__).with_name("model") / "answers.schema.json"
    if committed.is_file():
        out(committed.read_text(encoding="utf-8"))
    else:
        from policygen.model.schema import schema_json

        out(schema_json())
    return ExitCode.OK


def _wizard(args: argparse.Namespace) -> int:
    from policygen.wizard import run_wizard

    return run_wizard(args.answers)


class _Parser(argparse.ArgumentParser):
    """argparse, with the user's text in its usage errors made visible (it repeats unknown arguments as typed)."""

    def error(self, message: str):
        super().error(visible(message))


def build_parser() -> argparse.ArgumentParser:
    from policygen.commands import check, diff, explain, export, migrate, render, stats, upgrade

    parser = _Parser(
        prog="policygen",
        description="Write a privacy policy from an answers file: offline, reproducible, explained.",
    )
    parser.add_argument("--version", action="version", version=f"policygen {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    render.add_parser(commands)
    check.add_parsers(commands)
    explain.add_parser(commands)
    diff.add_parser(commands)
    stats.add_parser(commands)
    migrate.add_parser(commands)
    export.add_parser(commands)
    upgrade.add_parser(commands)

    schema = commands.add_parser("schema", help="print the JSON Schema of answers files")
    schema.set_defaults(run=_schema)

    wizard = commands.add_parser("wizard", help="answer the questionnaire in the terminal")
    wizard.add_argument("answers", metavar="ANSWERS", nargs="?", default="privacy-answers.yaml",
                        help="the answers file to create or edit (default: privacy-answers.yaml)")
    wizard.set_defaults(run=_wizard)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except PolicygenError as error:
        return _report(error.problems, error.exit_code)
    except KeyboardInterrupt:
        return 130
    except Terminated as stop:
        name = signal.Signals(stop.signum).name
        print(f"policygen: stopped by {name}; the files being written were left as they were", file=sys.stderr)
        return 128 + stop.signum
    except BrokenPipeError:
        # The reader went away (e.g. `| head`); that is not an error worth a message.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return ExitCode.OK
    except OutputError as error:
        return _report([Problem("standard output", f"cannot write: {error.strerror}")])
    except OSError as error:
        # Last resort: a system error that no command turned into a located problem is still one line, never a
        # traceback. The file is named when the system said which.
        name = os.fsdecode(error.filename) if error.filename is not None else "policygen"
        return _report([Problem(name, error.strerror or str(error))])


def _report(problems: list[Problem], code: int = ExitCode.BAD_INPUT) -> int:
    """Print each problem on its line on stderr; the exit code stands even when stderr cannot be written."""
    if sys.stderr is None:  # started with stderr closed: print(file=None) would write to stdout instead
        return int(code)
    try:
        for problem in problems:
            print(problem, file=sys.stderr)
        sys.stderr.flush()
    except OSError:  # stderr full or gone: nothing more can be said
        pass
    return int(code)
