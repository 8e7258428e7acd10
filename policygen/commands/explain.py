"""``policygen explain``: why each clause is in the policy, or not."""

from __future__ import annotations

import argparse

from policygen.console import out
from policygen.errors import ExitCode


def run(args: argparse.Namespace) -> int:
    from policygen.answers import load_answers
    from policygen.explain import explain, format_json, format_text

    explanations = explain(load_answers(args.answers))
    out(format_json(explanations) if args.format == "json" else format_text(explanations))
    return ExitCode.OK


def add_parser(commands) -> None:
    parser = commands.add_parser("explain", help="why each clause is in the policy (or left out)")
    parser.add_argument("answers", metavar="ANSWERS")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.set_defaults(run=run)
