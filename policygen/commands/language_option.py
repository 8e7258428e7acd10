"""``--lang CODE``, as render, check, stats and explain take it: one flag, one check, one message."""

from __future__ import annotations

import argparse

from policygen.errors import Problem, UsageError
from policygen.i18n import LANGUAGES, available


def unknown_language(code: str) -> str:
    return f"unknown language '{code}'; the languages are {available()}"


def add_lang_option(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("--lang", metavar="CODE", help=help_text)


def checked_lang(args: argparse.Namespace) -> str | None:
    """The --lang given (None when none), or a UsageError naming the languages there are."""
    if args.lang is not None and args.lang not in LANGUAGES:
        raise UsageError([Problem("--lang", unknown_language(args.lang))])
    return args.lang
