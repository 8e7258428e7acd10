"""``policygen render``: one answers file to stdout or a file, or many files to a folder (in several processes),
or a staleness check."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from policygen.console import err, out, visible
from policygen.errors import ExitCode, PolicygenError, Problem, UsageError
from policygen.files import STDOUT
from policygen.commands.language_option import add_lang_option, unknown_language
from policygen.i18n import LANGUAGES, available

EXTENSIONS = {"markdown": ".md", "html": ".html", "text": ".txt", "json": ".json"}
STEM = "privacy-policy"
"""Stable file name of every format written with --out-dir."""


def render_document(document, fmt: str, fragment: bool = False, front_matter: bool = False,
                    templates: str | None = None, annotations: dict[str, str] | None = None,
                    languages: tuple[str, ...] = ()) -> str:
    """One format of a policy; ``languages``, those it is published in (the main one first), for the HTML page's
    links to its versions in the others."""
    if fmt == "html":
        from policygen.render.html import Alternate, render_html

        alternates = tuple(Alternate(code, LANGUAGES[code].name, f"{STEM}{language_suffix(code, list(languages))}.html")
                           for code in languages)
        return render_html(document, fragment=fragment, templates_dir=templates, annotations=annotations,
                           alternates=alternates)
    if fmt == "text":
        from policygen.render.text import render_text

        return render_text(document)
    if fmt == "json":
        from policygen.render.data import render_json

        return render_json(document, builtin_templates=templates is None)
    from policygen.render.markdown import render_markdown

    return render_markdown(document, with_front_matter=front_matter, annotations=annotations)


@dataclass(frozen=True)
class _Options:
    """What a render needs besides the answers file; sent to worker processes with each file."""

    formats: tuple[str, ...]
    templates: str | None
    annotate: bool
    fragment: bool
    front_matter: bool
    lang: str | None
    """--lang: this language only; otherwise the answers' languages with --out-dir, else their main language."""
    every_language: bool


def language_suffix(lang: str, languages: list[str]) -> str:
    """How a policy's file name says its language: nothing for the main language (the first the answers list),
    ".fr" for another (privacy-policy.fr.html)."""
    return "" if lang == languages[0] else f".{lang}"


def _render_formats(path: str, options: _Options) -> tuple[dict[tuple[str, str], str], list[Problem]]:
    """Every format (and language) of one answers file, fully rendered before anything is written, keyed by
    (format, language suffix); or the file's problems."""
    from policygen.answers import load_answers
    from policygen.document.compose import compose

    try:
        answers = load_answers(path)
        languages = [options.lang] if options.lang else answers.languages if options.every_language \
            else answers.languages[:1]
        documents = {lang: compose(answers, options.templates, lang) for lang in languages}
    except PolicygenError as error:
        return {}, error.problems
    texts = {}
    for lang, document in documents.items():
        notes = None
        if options.annotate:
            from policygen.explain import annotations, explain

            notes = annotations(explain(answers, document=document))
        for fmt in options.formats:
            texts[fmt, language_suffix(lang, answers.languages)] = render_document(
                document, fmt, options.fragment, options.front_matter, options.templates, notes,
                tuple(answers.languages))
    return texts, []


def _rendered(paths: list[str], options: _Options, jobs: int):
    """(path, texts by format, problems) for each answers file, in the order given; with ``jobs`` > 1, rendered by
    that many worker processes (the files are independent; writing stays here, in order)."""
    if jobs == 1 or len(paths) == 1:
        for path in paths:
            yield path, *_render_formats(path, options)
        return
    import itertools
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # Forked workers start with everything imported here (the model, Jinja, Markdown) instead of importing it again.
    from policygen.answers import load_answers  # noqa: F401
    from policygen.document.compose import compose  # noqa: F401

    context = multiprocessing.get_context("fork") if sys.platform == "linux" else None
    pool = ProcessPoolExecutor(min(jobs, len(paths)), mp_context=context)
    try:
        for path, (texts, problems) in zip(paths, pool.map(_render_formats, paths, itertools.repeat(options))):
            yield path, texts, problems
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _safe_stem(path: str) -> bool:
    """The answers file's stem can name its folder under --out-dir: not "..", ".", empty, nor holding a separator."""
    stem = Path(path).stem
    return stem not in ("", ".", "..") and not any(s and s in stem for s in (os.sep, os.altsep, "\0"))


def _validate_usage(args: argparse.Namespace) -> None:
    def usage(message: str) -> UsageError:
        return UsageError([Problem("policygen render", message)])

    if args.output == "":
        raise usage("-o needs a file name (or - for standard output)")
    if args.out_dir == "":
        raise usage("--out-dir needs a folder name")
    if args.jobs is not None and args.jobs < 1:
        raise usage("--jobs must be 1 or more")
    if len(args.answers) > 1 and not args.out_dir:
        raise usage("several answers files need --out-dir DIR (one folder per file)")
    if args.output and args.out_dir:
        raise usage("use either -o OUT or --out-dir DIR, not both")
    if args.check and not (args.output or args.out_dir):
        raise usage("--check compares with existing files: give -o OUT or --out-dir DIR")
    if args.check and args.output == STDOUT:
        raise usage("--check compares with an existing file: standard output is not one")
    if args.fragment and args.format != "html" and not (args.out_dir and args.format is None):
        raise usage("--fragment only applies to --format html")
    if args.front_matter and args.format not in (None, "markdown"):
        raise usage("--front-matter only applies to --format markdown")
    if len(args.answers) > 1:
        unsafe = [Problem(p, f"its name cannot name a folder under --out-dir ('{Path(p).stem}'); rename the file")
                  for p in args.answers if not _safe_stem(p)]
        if unsafe:
            raise UsageError(unsafe)
    stems = [Path(p).stem for p in args.answers]
    if len(set(stems)) != len(stems):
        raise usage("answers files must have different names: each gets a folder named after it")
    if args.lang is not None and args.lang not in LANGUAGES:
        raise usage(f"--lang: {unknown_language(args.lang)}")
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


def _target(args: argparse.Namespace, path: str, fmt: str, suffix: str) -> str:
    """The file one format, in one language, of an answers file goes to (only with -o or --out-dir)."""
    if args.output:
        return args.output
    folder = Path(args.out_dir) / Path(path).stem if len(args.answers) > 1 else Path(args.out_dir)
    return str(folder / f"{STEM}{suffix}{EXTENSIONS[fmt]}")


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


def _checked_file(target: str, answers: str) -> str:
    """The file --check compares: the target, or the policy under the name the wizard gave it until now
    (privacy-answers.md beside privacy-answers.yaml, now privacy-policy.md) while only that one exists.

    Read under the old name for one release, with a note, so CI set up for it keeps passing until the file is renamed.
    """
    new = Path(target)
    old = new.with_name(Path(answers).stem + new.suffix)
    if new.stem != STEM or new.exists() or old == new or not old.exists():
        return target
    err(f"{visible(str(old))}: checked in place of {visible(target)}, the wizard's old name for the policy; rename "
        f"it to {new.name} (the next release reads only that)")
    return str(old)


def _default_jobs() -> int:
    count = getattr(os, "process_cpu_count", os.cpu_count)()  # process_cpu_count: Python 3.13 and later
    return count or 1


def run(args: argparse.Namespace) -> int:
    from policygen.files import OutputSet, WriteError, refuse_inputs, same_content

    _validate_usage(args)
    if args.templates:
        args.templates = str(Path(args.templates).resolve())
    formats = _formats(args)
    to_files = bool(args.output or args.out_dir)
    if not args.check and to_files:  # before reading any answers: the names every main language's files get
        refuse_inputs([args.output] if args.output else
                      [_target(args, path, fmt, "") for path in args.answers for fmt in formats], args.answers)
    options = _Options(tuple(formats), args.templates, args.annotate, args.fragment, args.front_matter, args.lang,
                       every_language=bool(args.out_dir))
    problems: list[Problem] = []
    stale: list[str] = []
    progress = _Progress(len(args.answers))
    rendered = _rendered(args.answers, options, args.jobs or _default_jobs())
    try:
        with contextlib.closing(rendered), OutputSet(make_folders=bool(args.out_dir)) as outputs:
            for path, texts, found in rendered:
                problems += found
                if to_files and not args.check:
                    refuse_inputs([_target(args, path, fmt, suffix) for fmt, suffix in texts], args.answers)
                for (fmt, suffix), text in texts.items():
                    if not to_files:
                        out(text)
                    elif args.check:
                        target = _checked_file(_target(args, path, fmt, suffix), path)
                        try:
                            if not same_content(target, text):
                                stale.append(target)
                        except OSError as error:
                            problems.append(Problem(str(target), f"cannot read: {error.strerror}"))
                    else:
                        outputs.stage(_target(args, path, fmt, suffix), text)
                progress.step(path)
    except WriteError as error:  # every file of this render is left as it was
        problems.append(Problem(error.filename, f"cannot write: {error.strerror}"))
    finally:
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
    render.add_argument("--output", "-o", metavar="OUT",
                        help="write to this file (atomically; - for standard output) instead of stdout")
    render.add_argument("--out-dir", metavar="DIR",
                        help=f"write {STEM}.md/.html/.txt/.json into DIR (one sub-folder per file when several)")
    render.add_argument("--fragment", action="store_true", help="HTML: only the policy, to embed in a page")
    render.add_argument("--front-matter", action="store_true",
                        help="Markdown: add YAML front matter (title, dates) for Jekyll, Hugo and MkDocs")
    add_lang_option(render, f"the policy in this language ({available()}; default: the answers' first language, or "
                             "every language they list with --out-dir)")
    render.add_argument("--templates", metavar="DIR", help="folder of templates that override the built-in ones")
    render.add_argument("--annotate", action="store_true",
                        help="for reviewers: why each clause is there, as Markdown footnotes or HTML comments")
    render.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 when OUT (or the files in DIR) differ from a fresh render")
    render.add_argument("--jobs", "-j", type=int, metavar="N",
                        help="render several answers files in N processes (default: one per CPU; 1: in this process)")
    render.set_defaults(run=run)
