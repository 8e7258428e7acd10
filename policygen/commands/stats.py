"""``policygen stats``: length and readability of the policy, whole and per section."""

from __future__ import annotations

import argparse

from policygen.console import out
from policygen.commands.language_option import add_lang_option, checked_lang
from policygen.errors import ExitCode
from policygen.i18n import available


def run(args: argparse.Namespace) -> int:
    from policygen.answers import load_answers
    from policygen.document.compose import compose
    from policygen.readability import document_readability, format_json, format_table

    lang = checked_lang(args)
    answers = load_answers(args.answers)
    rows = document_readability(compose(answers, lang=lang or answers.languages[0]))
    out(format_json(rows) if args.format == "json" else format_table(rows))
    return ExitCode.OK


def add_parser(commands) -> None:
    parser = commands.add_parser("stats", help="word count, reading time and readability scores")
    parser.add_argument("answers", metavar="ANSWERS")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    add_lang_option(parser, f"the policy in this language ({available()}; default: the answers' first language)")
    parser.set_defaults(run=run)
