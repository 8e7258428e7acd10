"""``policygen explain``: why each clause is in the policy, or not."""

from __future__ import annotations

import argparse

from policygen.console import out
from policygen.errors import ExitCode


def run(args: argparse.Namespace) -> int:
    from policygen.answers import load_answers
    from policygen.explain import explain, format_json, format_providers, format_text

    answers = load_answers(args.answers)
    explanations = explain(answers)
    if args.format == "json":
        out(format_json(explanations))
    else:
        out(format_text(explanations) + (format_providers(answers) if answers.processors else ""))
    return ExitCode.OK


def add_parser(commands) -> None:
    parser = commands.add_parser("explain", help="why each clause is in the policy (or left out)")
    parser.add_argument("answers", metavar="ANSWERS")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.set_defaults(run=run)
