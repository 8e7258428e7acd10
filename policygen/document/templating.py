"""The Jinja2 environment clause templates run in.

Templates are trusted files (ours, or the user's own ``--templates`` folder); answers are data. Every ``{{ }}``
passes through Markdown escaping (``finalize``), undefined names are errors (``StrictUndefined``), and answers
are never compiled as templates.
"""

from __future__ import annotations

import datetime
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace, TracebackType

import jinja2

from policygen.catalogue import categories, choices, countries, parties, purposes, regions, services
from policygen.document import markdown_text as md
from policygen.document.template_cache import bytecode_cache
from policygen.errors import PolicygenError, Problem
from policygen.i18n import speaking
from policygen.voice import Voice, template_in_voice

PACKAGE_DIR = Path(__file__).resolve().parent.parent


def builtin_templates_dir() -> Path:
    """Where the shipped templates are: inside the installed package, or at the top of a source checkout."""
    installed = PACKAGE_DIR / "templates"
    return installed if installed.is_dir() else PACKAGE_DIR.parent / "templates"


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def long_date(value: datetime.date) -> str:
    """A date as people read it: "1 March 2025" in English, CLDR's long form in another language."""
    if not speaking.in_english():
        from policygen.i18n import cldr

        return cldr.long_date(value)
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


CATALOGUE = SimpleNamespace(
    categories=categories.DATA_CATEGORIES,
    ccpa=categories.CCPA_CATEGORIES,
    purposes=purposes.PURPOSES,
    legal_bases=purposes.LEGAL_BASES,
    sources=parties.SOURCES,
    recipients=parties.RECIPIENT_KINDS,
    regions=regions.REGIONS,
    us_states=regions.US_PRIVACY_STATES,
    mechanisms=regions.TRANSFER_MECHANISMS,
    countries=countries.COUNTRIES,
    eea=sorted(countries.EEA),
    child_consent_ages=countries.GDPR_CHILD_CONSENT_AGE,
    services=services.SERVICES,
    service_kinds=choices.SERVICE_KINDS,
    provider_kinds=choices.PROVIDER_KINDS,
    cookie_kinds=choices.COOKIE_KINDS,
    technologies=choices.TRACKING_TECHNOLOGIES,
    security=choices.SECURITY_MEASURES,
    request_methods=choices.REQUEST_METHODS,
    channels=choices.MARKETING_CHANNELS,
    opt_outs=choices.OPT_OUT_METHODS,
    notices=choices.CHANGE_NOTICES,
)

HELPERS = {
    "cat": CATALOGUE,
    "link": md.link,
    "anchor": md.anchor,
    "email": md.email,
    "join": md.join,
    "table": md.table,
    "bullets": md.bullets,
    "date": long_date,
    "country": countries.country_label,
    "period": speaking.period,
}


FILTERS = {"lower_first": md.lower_first, "sentence": md.sentence, "fragment": md.fragment}


@lru_cache(maxsize=8)
def clause_environment(user_dir: str | None = None, voice: Voice = "we") -> jinja2.Environment:
    """One environment per templates folder and voice, cached so templates compile once per process.

    Every language shares it: ``{% trans %}`` compiles to calls of the callables in ``policygen.i18n.speaking``,
    which look each message up in the language being written when the template runs."""
    search = [str(user_dir)] if user_dir else []
    base = builtin_templates_dir()
    search += [str(base / "clauses"), str(base)]
    loader: jinja2.BaseLoader = jinja2.FileSystemLoader(search)
    cache = bytecode_cache()
    if cache is not None and voice != "we":
        cache = VoicedBytecodeCache(cache, voice)
    env = jinja2.Environment(
        loader=loader if voice == "we" else VoicedLoader(loader, voice),
        undefined=jinja2.StrictUndefined,
        finalize=md.escape,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # templates do not change while policygen runs; skip a stat() per clause
        bytecode_cache=cache,
        extensions=["jinja2.ext.i18n"],
    )
    # Our own callables rather than install_gettext_callables(): they escape each value put into a message, as
    # ``finalize`` escapes everything else a template prints, and mark the message itself as Markdown.
    env.newstyle_gettext = True  # type: ignore[attr-defined]
    env.globals.update(speaking.TEMPLATE_CALLABLES)
    env.globals.update(HELPERS)
    env.filters.update(FILTERS)
    return env


class VoicedLoader(jinja2.BaseLoader):
    """Another loader's templates, with their prose in one voice (policygen/voice.py)."""

    def __init__(self, loader: jinja2.BaseLoader, voice: Voice):
        self.loader, self.voice = loader, voice

    def get_source(self, environment: jinja2.Environment, template: str):
        source, filename, uptodate = self.loader.get_source(environment, template)
        return template_in_voice(source, self.voice), filename, uptodate

    def list_templates(self) -> list[str]:
        return self.loader.list_templates()


class VoicedBytecodeCache(jinja2.BytecodeCache):
    """The shared cache, keeping one voice's compiled templates under keys of their own: a template compiled in the
    singular is other code than the plural one, and each would otherwise overwrite the other's file."""

    def __init__(self, cache: jinja2.BytecodeCache, voice: Voice):
        self.cache, self.voice = cache, voice

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        return super().get_cache_key(f"{name}|voice={self.voice}", filename)

    def load_bytecode(self, bucket) -> None:
        self.cache.load_bytecode(bucket)

    def dump_bytecode(self, bucket) -> None:
        self.cache.dump_bytecode(bucket)


class TemplateError(PolicygenError):
    """A clause or page template (usually from a user's --templates folder) failed to compile or render."""


@contextmanager
def template_problems():
    """Report a template that fails to compile or to render as one problem at its file and line, not a traceback."""
    try:
        yield
    except jinja2.TemplateSyntaxError as error:
        where = error.filename or error.name or "template"
        raise TemplateError([Problem(where, error.message or "syntax error", error.lineno)]) from None
    except Exception as error:  # a template runs code: any error (a division by zero, recursion) can come out of it
        place = _innermost_template_line(error.__traceback__)
        if place is None and not isinstance(error, jinja2.TemplateError):
            raise  # raised outside every template: a bug in policygen, worth its traceback
        file, line = place or ("template", None)
        message = " ".join(f"{type(error).__name__}: {error}".split())  # one line, whatever the error says
        raise TemplateError([Problem(file, message, line)]) from None


def _innermost_template_line(trace: TracebackType | None) -> tuple[str, int] | None:
    """The template file and line where an error was raised, from the traceback Jinja rewrote to point at them."""
    place = None
    while trace is not None:
        if "__jinja_exception__" in trace.tb_frame.f_globals:  # a frame Jinja made to stand for a template line
            place = trace.tb_frame.f_code.co_filename, trace.tb_lineno
        trace = trace.tb_next
    return place
