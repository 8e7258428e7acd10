"""``policygen explain``: why each clause is in the policy, or not."""

from __future__ import annotations

import argparse

from policygen.console import out
from policygen.commands.language_option import add_lang_option, checked_lang
from policygen.errors import ExitCode
from policygen.i18n import available


def run(args: argparse.Namespace) -> int:
    from policygen.answers import load_answers
    from policygen.explain import explain, format_json, format_providers, format_text

    from policygen.document.compose import compose

    lang = checked_lang(args)
    answers = load_answers(args.answers)
    explanations = explain(answers, document=compose(answers, lang=lang or answers.languages[0]))
    if args.format == "json":
        out(format_json(explanations))
    else:
        out(format_text(explanations) + (format_providers(answers) if answers.processors else ""))
    return ExitCode.OK


def add_parser(commands) -> None:
    parser = commands.add_parser("explain", help="why each clause is in the policy (or left out)")
    parser.add_argument("answers", metavar="ANSWERS")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    add_lang_option(parser, "explain the policy in this language, naming each sentence it says in English for want "
                             f"of a current translation ({available()}; default: the answers' first language)")
    parser.set_defaults(run=run)
