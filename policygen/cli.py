"""The ``policygen`` command line.

Each command imports what it needs when it runs, so ``render``, ``validate`` and ``schema`` start fast and never
load Textual. Problems are printed one per line on stderr; exit codes are in ``policygen.errors.ExitCode``.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from policygen import __version__
from policygen.errors import ExitCode, PolicygenError, Problem, UsageError

FORMATS = ("markdown", "html")


def _out(text: str) -> None:
    """Write to stdout as UTF-8 whatever the locale, so output bytes are the same everywhere."""
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.flush()


def _templates_dir(value: str | None) -> str | None:
    if value is None:
        return None
    if not Path(value).is_dir():
        raise UsageError([Problem(value, "--templates must be a folder of templates")])
    return str(Path(value).resolve())


def _format_for(args: argparse.Namespace) -> str:
    if args.format:
        return args.format
    if args.output and Path(args.output).suffix.lower() in (".html", ".htm"):
        return "html"
    return "markdown"


def render_text(answers_path: str, fmt: str, fragment: bool = False, templates: str | None = None) -> str:
    """Load, compose and render one answers file; raises PolicygenError on any problem."""
    from policygen.answers import load_answers
    from policygen.document.compose import compose
    from policygen.render.template_errors import template_problems

    answers = load_answers(answers_path)
    with template_problems():
        document = compose(answers, templates)
        if fmt == "html":
            from policygen.render.html import render_html

            return render_html(document, fragment=fragment, templates_dir=templates)
        from policygen.render.markdown import render_markdown

        return render_markdown(document)


def cmd_render(args: argparse.Namespace) -> int:
    fmt = _format_for(args)
    if args.fragment and fmt != "html":
        raise UsageError([Problem("policygen render", "--fragment only applies to --format html")])
    text = render_text(args.answers, fmt, args.fragment, _templates_dir(args.templates))
    if args.output:
        from policygen.files import write_atomic

        try:
            write_atomic(args.output, text)
        except OSError as error:
            raise UsageError([Problem(args.output, f"cannot write: {error.strerror}")]) from None
    else:
        _out(text)
    return ExitCode.OK


def cmd_validate(args: argparse.Namespace) -> int:
    from policygen.answers import load_answers

    load_answers(args.answers)
    _out(f"{args.answers}: valid\n")
    return ExitCode.OK


def cmd_schema(args: argparse.Namespace) -> int:
    from policygen.model.schema import schema_json

    _out(schema_json())
    return ExitCode.OK


def cmd_wizard(args: argparse.Namespace) -> int:
    from policygen.wizard import run_wizard

    return run_wizard(args.answers)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="policygen",
        description="Write a privacy policy from an answers file: offline, reproducible, explained.",
    )
    parser.add_argument("--version", action="version", version=f"policygen {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    render = commands.add_parser("render", help="render the policy as Markdown or HTML")
    render.add_argument("answers", metavar="ANSWERS", help="answers file (.yaml, .yml or .json)")
    render.add_argument("--format", "-f", choices=FORMATS, help="output format (default: markdown, or html for -o *.html)")
    render.add_argument("--output", "-o", metavar="OUT", help="write to this file (atomically) instead of stdout")
    render.add_argument("--fragment", action="store_true", help="HTML: only the policy, to embed in a page")
    render.add_argument("--templates", metavar="DIR", help="folder of templates that override the built-in ones")
    render.set_defaults(run=cmd_render)

    validate = commands.add_parser("validate", help="check an answers file and list its problems")
    validate.add_argument("answers", metavar="ANSWERS")
    validate.set_defaults(run=cmd_validate)

    schema = commands.add_parser("schema", help="print the JSON Schema of answers files")
    schema.set_defaults(run=cmd_schema)

    wizard = commands.add_parser("wizard", help="answer the questionnaire in the terminal")
    wizard.add_argument("answers", metavar="ANSWERS", nargs="?", default="privacy-answers.yaml")
    wizard.set_defaults(run=cmd_wizard)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except PolicygenError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return int(error.exit_code)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `| head`); that is not an error worth a message.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return ExitCode.OK
