"""``policygen check`` and ``policygen validate``: is the file valid, and does the policy say what the law asks?"""

from __future__ import annotations

import argparse
import datetime

from policygen.console import out, visible
from policygen.errors import ExitCode, Problem, UsageError
from policygen.commands.language_option import add_lang_option, checked_lang
from policygen.i18n import available


def today(value: str | None) -> datetime.date:
    if value is None:
        return datetime.date.today()
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise UsageError([Problem("--today", f"'{value}' is not a date (YYYY-MM-DD)")]) from None


def _report(args: argparse.Namespace):
    from policygen.answers import load_answers
    from policygen.legal.check import check

    answers = load_answers(args.answers)
    lang = checked_lang(args)
    return check(answers, today(args.today), languages=[lang] if lang else answers.languages)


def _exit(args: argparse.Namespace, report) -> int:
    return ExitCode.FINDINGS if args.strict and report.count("error") else ExitCode.OK


def run_check(args: argparse.Namespace) -> int:
    from policygen.legal.check import format_text

    report = _report(args)
    out(report.to_json() if args.format == "json" else format_text(report, visible(args.answers)))
    return _exit(args, report)


def run_validate(args: argparse.Namespace) -> int:
    report = _report(args)
    lines = [f"{visible(args.answers)}: valid"]
    for finding in report.all_findings:
        where = f"{finding.path}: " if finding.path else ""
        cited = f" [{finding.citation}]" if finding.citation else ""
        lines.append(visible(f"{args.answers}: {finding.severity}: {where}{finding.message}{cited}"))
    out("\n".join(lines) + "\n")
    return _exit(args, report)


def _strict_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--strict", action="store_true", help="exit 1 when an error finding exists")
    add_lang_option(parser, "check the policy in this language for English left in it (default: every language the "
                             f"answers list; {available()})")
    parser.add_argument("--today", metavar="YYYY-MM-DD",
                        help="the date findings are judged on (default: today; the policy never depends on it)")


def add_parsers(commands) -> None:
    validate = commands.add_parser("validate", help="check an answers file; list its problems and legal findings")
    validate.add_argument("answers", metavar="ANSWERS")
    _strict_options(validate)
    validate.set_defaults(run=run_validate)

    check = commands.add_parser("check", help="each legal requirement: covered by a clause, or a finding")
    check.add_argument("answers", metavar="ANSWERS")
    check.add_argument("--format", choices=("text", "json"), default="text", help="report format (default: text)")
    _strict_options(check)
    check.set_defaults(run=run_check)
