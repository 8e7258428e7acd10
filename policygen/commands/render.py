"""``policygen render``: one answers file to stdout or a file, or many files to a folder, or a staleness check."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from policygen.console import err, out, visible
from policygen.errors import ExitCode, PolicygenError, Problem, UsageError

EXTENSIONS = {"markdown": ".md", "html": ".html", "text": ".txt", "json": ".json"}
STEM = "privacy-policy"
"""Stable file name of every format written with --out-dir."""


def render_document(document, fmt: str, fragment: bool = False, front_matter: bool = False,
                    templates: str | None = None, annotations: dict[str, str] | None = None) -> str:
    if fmt == "html":
        from policygen.render.html import render_html

        return render_html(document, fragment=fragment, templates_dir=templates, annotations=annotations)
    if fmt == "text":
        from policygen.render.text import render_text

        return render_text(document)
    if fmt == "json":
        from policygen.render.data import render_json

        return render_json(document, builtin_templates=templates is None)
    from policygen.render.markdown import render_markdown

    return render_markdown(document, with_front_matter=front_matter, annotations=annotations)


def _outputs(path: str, args: argparse.Namespace, formats: list[str], folder: Path | None) -> dict[Path | None, str]:
    """Every file this answers file renders to (None: standard output), fully rendered before anything is written."""
    from policygen.answers import load_answers
    from policygen.document.compose import compose

    answers = load_answers(path)
    document = compose(answers, args.templates)
    notes = None
    if args.annotate:
        from policygen.explain import annotations, explain

        notes = annotations(explain(answers, document=document))

    def render(fmt: str) -> str:
        return render_document(document, fmt, args.fragment, args.front_matter, args.templates, notes)

    if folder is None:
        return {Path(args.output) if args.output else None: render(formats[0])}
    return {folder / f"{STEM}{EXTENSIONS[f]}": render(f) for f in formats}


def _validate_usage(args: argparse.Namespace) -> None:
    def usage(message: str) -> UsageError:
        return UsageError([Problem("policygen render", message)])

    if len(args.answers) > 1 and not args.out_dir:
        raise usage("several answers files need --out-dir DIR (one folder per file)")
    if args.output and args.out_dir:
        raise usage("use either -o OUT or --out-dir DIR, not both")
    if args.check and not (args.output or args.out_dir):
        raise usage("--check compares with existing files: give -o OUT or --out-dir DIR")
    if args.fragment and args.format != "html" and not (args.out_dir and args.format is None):
        raise usage("--fragment only applies to --format html")
    if args.front_matter and args.format not in (None, "markdown"):
        raise usage("--front-matter only applies to --format markdown")
    stems = [Path(p).stem for p in args.answers]
    if len(set(stems)) != len(stems):
        raise usage("answers files must have different names: each gets a folder named after it")
    if args.templates is not None and not Path(args.templates).is_dir():
        raise UsageError([Problem(args.templates, "--templates must be a folder of templates")])


def _formats(args: argparse.Namespace) -> list[str]:
    if args.format:
        return [args.format]
    if args.out_dir:
        return list(EXTENSIONS)
    suffix = Path(args.output).suffix.lower() if args.output else ""
    return ["html" if suffix in (".html", ".htm") else "text" if suffix == ".txt" else
            "json" if suffix == ".json" else "markdown"]


class _Progress:
    """A one-line progress bar on a terminal's stderr; silent when stderr is not a terminal."""

    def __init__(self, total: int):
        self.total, self.done = total, 0
        self.active = total > 1 and sys.stderr.isatty()

    def step(self, name: str) -> None:
        self.done += 1
        if self.active:
            filled = 30 * self.done // self.total
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {self.done}/{self.total} {visible(name)[:30]:<30}")
            sys.stderr.flush()

    def close(self) -> None:
        if self.active:
            sys.stderr.write("\n")


def run(args: argparse.Namespace) -> int:
    from policygen.files import write_atomic

    _validate_usage(args)
    if args.templates:
        args.templates = str(Path(args.templates).resolve())
    formats = _formats(args)
    problems: list[Problem] = []
    stale: list[str] = []
    progress = _Progress(len(args.answers))
    for path in args.answers:
        folder = None
        if args.out_dir:
            folder = Path(args.out_dir) / Path(path).stem if len(args.answers) > 1 else Path(args.out_dir)
        try:
            outputs = _outputs(path, args, formats, folder)
        except PolicygenError as error:
            problems += error.problems
            progress.step(path)
            continue
        for target, text in outputs.items():
            if target is None:
                out(text)
            elif args.check:
                try:
                    if not target.is_file() or target.read_bytes() != text.encode("utf-8"):
                        stale.append(str(target))
                except OSError as error:
                    problems.append(Problem(str(target), f"cannot read: {error.strerror}"))
            else:
                try:
                    if folder is not None:
                        folder.mkdir(parents=True, exist_ok=True)
                    write_atomic(target, text)
                except OSError as error:
                    problems.append(Problem(str(target), f"cannot write: {error.strerror}"))
        progress.step(path)
    progress.close()
    if problems:
        raise PolicygenError(problems)
    for target in stale:
        err(f"{visible(target)}: out of date; run the same command without --check to update it")
    return ExitCode.FINDINGS if stale else ExitCode.OK


def add_parser(commands) -> None:
    render = commands.add_parser("render", help="render the policy as Markdown, HTML, text or JSON")
    render.add_argument("answers", metavar="ANSWERS", nargs="+", help="answers file(s) (.yaml, .yml or .json)")
    render.add_argument("--format", "-f", choices=list(EXTENSIONS),
                        help="output format (default: from the -o suffix, else markdown; every format with --out-dir)")
    render.add_argument("--output", "-o", metavar="OUT", help="write to this file (atomically) instead of stdout")
    render.add_argument("--out-dir", metavar="DIR",
                        help=f"write {STEM}.md/.html/.txt/.json into DIR (one sub-folder per file when several)")
    render.add_argument("--fragment", action="store_true", help="HTML: only the policy, to embed in a page")
    render.add_argument("--front-matter", action="store_true",
                        help="Markdown: add YAML front matter (title, dates) for Jekyll, Hugo and MkDocs")
    render.add_argument("--templates", metavar="DIR", help="folder of templates that override the built-in ones")
    render.add_argument("--annotate", action="store_true",
                        help="for reviewers: why each clause is there, as Markdown footnotes or HTML comments")
    render.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 when OUT (or the files in DIR) differ from a fresh render")
    render.set_defaults(run=run)
