"""Report errors in templates (usually a user's own --templates) as located problems, not tracebacks."""

from __future__ import annotations

from contextlib import contextmanager

import jinja2

from policygen.errors import PolicygenError, Problem


class TemplateError(PolicygenError):
    """A clause or page template failed to compile or render."""


@contextmanager
def template_problems():
    try:
        yield
    except jinja2.TemplateSyntaxError as error:
        raise TemplateError([Problem(error.filename or error.name or "template", error.message or "syntax error",
                                     error.lineno)]) from None
    except jinja2.TemplateError as error:
        raise TemplateError([Problem("template", f"{type(error).__name__}: {error}")]) from None
