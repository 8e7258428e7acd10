"""The translators' files: extract the messages, merge them into each language's ``.po``, compile ``.mo``.

    python -m policygen.i18n.catalogues extract   # templates and Python -> policygen/locale/policygen.pot
    python -m policygen.i18n.catalogues update    # the .pot into each .po, as msgmerge does (changed -> fuzzy)
    python -m policygen.i18n.catalogues compile   # each .po -> .mo (fuzzy messages left out, so said in English)
    python -m policygen.i18n.catalogues status    # per language: translated, fuzzy, untranslated

Babel does the work (its extractor for Python, Jinja's for templates, its msgmerge and msgfmt equivalents). The
files are written without dates or line numbers, so that they change only when a message does.
"""

from __future__ import annotations

import argparse
import datetime
import io
import sys
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from policygen.i18n import DOMAIN, LANGUAGES, TRANSLATED, mo_file, po_file

PACKAGE_DIR = Path(__file__).resolve().parent.parent


def pot_file() -> Path:
    """The message template (read where the catalogues are at the time: tests point them elsewhere)."""
    from policygen import i18n

    return i18n.LOCALE_DIR / f"{DOMAIN}.pot"

# A fixed date: the files' headers must not change when nothing else does.
_EPOCH = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)

KEYWORDS = {"_": None, "N_": None, "gettext": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2),
            "npgettext": ((1, "c"), 2, 3)}
# Jinja's own Babel extractor, with the options our clause environment uses (policygen/document/templating.py).
TEMPLATE_OPTIONS = {"trim_blocks": "true", "lstrip_blocks": "true", "keep_trailing_newline": "true",
                    "newstyle_gettext": "true", "extensions": "jinja2.ext.i18n", "silent": "false"}


def _templates_dir() -> Path:
    from policygen.document.templating import builtin_templates_dir

    return builtin_templates_dir()


def _comments(comments: list[str]) -> list[str]:
    return [c for c in comments if c.strip()]


def extract() -> Catalog:
    """Every message the library says: the templates' {% trans %} blocks and the Python phrases marked with _()."""
    catalog = Catalog(project="policygen", domain=DOMAIN, creation_date=_EPOCH, revision_date=_EPOCH,
                      fuzzy=False, charset="utf-8")
    sources = [
        (_templates_dir(), [("clauses/**.j2", "jinja2.ext:babel_extract"), ("page/**.j2", "jinja2.ext:babel_extract")],
         {"**.j2": TEMPLATE_OPTIONS}, "templates"),
        (PACKAGE_DIR, [("wizard/**.py", "ignore"), ("**.py", "python")], {}, "policygen"),
    ]
    for folder, method_map, options_map, prefix in sources:
        found = extract_from_dir(str(folder), method_map, options_map, keywords=KEYWORDS,
                                 comment_tags=("TRANSLATORS:",), strip_comment_tags=True)
        for filename, lineno, message, comments, context in found:
            where = f"{prefix}/{Path(filename).as_posix()}"
            catalog.add(message, None, [(where, None)], auto_comments=_comments(comments), context=context)
    for where, message, comment in library_messages():
        catalog.add(message, None, [(where, None)], auto_comments=[comment] if comment else [])
    return catalog


def library_messages():
    """Phrases kept as data rather than written in a call of ``_``: headings in the clause registry, catalogue
    labels. Each is said through ``_`` where it is read; here they are listed for the translators.
    Yields (file, message, comment for translators)."""
    from policygen.catalogue.messages import catalogue_messages
    from policygen.clauses.registry import CLAUSES, SECTIONS

    for section in SECTIONS:
        yield "policygen/clauses/registry.py", section.title, "A section heading."
    for clause in CLAUSES:
        yield "policygen/clauses/registry.py", clause.title, f"The heading of the clause {clause.id!r}."
    yield from catalogue_messages()


def _write(catalog: Catalog, path: Path, **options) -> None:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=0, include_lineno=False, ignore_obsolete=True, **options)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = buffer.getvalue()
    if not path.exists() or path.read_bytes() != data:
        path.write_bytes(data)


def pot_text() -> bytes:
    buffer = io.BytesIO()
    write_po(buffer, extract(), width=0, include_lineno=False, ignore_obsolete=True)
    return buffer.getvalue()


def read(code: str) -> Catalog:
    with po_file(code).open("rb") as file:
        return read_po(file, locale=LANGUAGES[code].locale, domain=DOMAIN)


def update(template: Catalog, code: str) -> Catalog:
    """The language's catalogue with the template's messages: new ones untranslated, changed ones fuzzy."""
    path = po_file(code)
    if path.exists():
        catalog = read(code)
    else:
        catalog = Catalog(locale=LANGUAGES[code].locale, domain=DOMAIN, project="policygen", creation_date=_EPOCH,
                          revision_date=_EPOCH, fuzzy=False, charset="utf-8")
    catalog.update(template, no_fuzzy_matching=False, update_header_comment=False)
    catalog.revision_date = _EPOCH
    catalog.fuzzy = False
    return catalog


def compiled(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


@dataclass(frozen=True)
class Status:
    translated: int
    fuzzy: tuple[str, ...]
    untranslated: tuple[str, ...]


def status(catalog: Catalog) -> Status:
    fuzzy, untranslated, done = [], [], 0
    for message in catalog:
        if not message.id:
            continue
        msgid = message.id[0] if isinstance(message.id, (list, tuple)) else message.id
        strings = message.string if isinstance(message.string, (list, tuple)) else (message.string,)
        if not all(strings):
            untranslated.append(msgid)
        elif message.fuzzy:
            fuzzy.append(msgid)
        else:
            done += 1
    return Status(done, tuple(fuzzy), tuple(untranslated))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m policygen.i18n.catalogues", description=__doc__.split("\n")[0])
    parser.add_argument("action", choices=("extract", "update", "compile", "status", "all"))
    parser.add_argument("--lang", action="append", choices=TRANSLATED, help="only this language (repeatable)")
    args = parser.parse_args(argv)
    languages = args.lang or list(TRANSLATED)
    if args.action in ("extract", "update", "all"):
        template = extract()
        pot = pot_file()
        pot.parent.mkdir(parents=True, exist_ok=True)
        data = pot_text()
        if not pot.exists() or pot.read_bytes() != data:
            pot.write_bytes(data)
        print(f"{pot.name}: {len(template)} messages")
        if args.action in ("update", "all"):
            for code in languages:
                _write(update(template, code), po_file(code))
    if args.action in ("compile", "all"):
        for code in languages:
            data = compiled(read(code))
            if not mo_file(code).exists() or mo_file(code).read_bytes() != data:
                mo_file(code).write_bytes(data)
    if args.action in ("status", "compile", "all", "update"):
        for code in languages:
            if po_file(code).exists():
                found = status(read(code))
                print(f"{code}: {found.translated} translated, {len(found.fuzzy)} fuzzy, "
                      f"{len(found.untranslated)} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
