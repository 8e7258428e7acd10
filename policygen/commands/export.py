"""``policygen export``: the disclosures an app or site needs besides its policy (store labels, privacy manifests),
written from the same answers and facts as the policy."""

from __future__ import annotations

import argparse

from policygen.console import out
from policygen.errors import ExitCode, PolicygenError, Problem, UsageError

# The formats, listed here so that --help and argument checking need not import the exporters; a test keeps this
# list and policygen.exports.EXPORTERS the same.
FORMATS = ("apple-app-privacy", "cookie-policy", "cookie-policy-html", "cookieconsent", "dpv", "fideslang",
           "health-data-policy", "health-data-policy-html", "klaro",
           "play-data-safety", "xcprivacy")


def run(args: argparse.Namespace) -> int:
    from policygen.answers import load_answers
    from policygen.exports import EXPORTERS
    from policygen.facts import facts_of
    from policygen.files import WriteError, refuse_inputs, write_atomic

    if args.output == "":
        raise UsageError([Problem("policygen export", "-o needs a file name (or - for standard output)")])
    if args.output:
        refuse_inputs([args.output], [args.answers])
    exporter = EXPORTERS[args.to]
    facts = facts_of(load_answers(args.answers))
    reason = exporter.not_applicable(facts)
    if reason:
        raise UsageError([Problem(args.answers, f"{exporter.name} does not apply: {reason}")])
    missing = exporter.missing(facts)
    if missing:
        raise PolicygenError([Problem(args.answers, f"{m.message}; {exporter.name} needs it, nothing was written",
                                      path=m.path) for m in missing])
    text = exporter.write(facts)
    if not args.output:
        out(text)
        return ExitCode.OK
    try:
        write_atomic(args.output, text)
    except WriteError as error:
        raise PolicygenError([Problem(error.filename, f"cannot write: {error.strerror}")]) from None
    return ExitCode.OK


def add_parser(commands) -> None:
    export = commands.add_parser(
        "export", help="write a store label or privacy manifest from the answers (the same facts as the policy)")
    export.add_argument("answers", metavar="ANSWERS", help="the answers file (.yaml, .yml or .json)")
    export.add_argument("--to", "-t", required=True, choices=FORMATS, metavar="FORMAT",
                        help=f"the format: {', '.join(FORMATS)}")
    export.add_argument("--output", "-o", metavar="OUT",
                        help="write to this file (atomically; - for standard output) instead of stdout")
    export.set_defaults(run=run)
