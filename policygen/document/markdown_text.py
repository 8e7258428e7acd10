"""Building Markdown safely: user text is escaped, links and tables are made only by these helpers.

Everything a template prints passes through ``escape`` unless it is ``Markdown`` (already safe). The escaping
targets both CommonMark/GFM (what people paste into their sites) and Python-Markdown (what makes our HTML, and what
MkDocs runs, with attr_list and md_in_html): inline syntax is backslash-escaped, ``<``, ``~``, ``{``, ``}`` and
entity-like ``&`` become character references, and line-start syntax (headings, lists, quotes) is neutralised, so any
string stays literal text. Every such sequence is listed in ``LITERALS``, from which the text format and the HTML
converter read the user's characters back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import quote, urlsplit

from policygen.i18n import speaking


class Markdown(str):
    """A string that is already valid, safe Markdown and must not be escaped again."""

    __slots__ = ()

    def __add__(self, other: str) -> "Markdown":
        return Markdown(str.__add__(self, other if isinstance(other, Markdown) else escape(other)))


# Backslash escapes that both CommonMark and Python-Markdown honour.
_INLINE = re.compile(r"([\\`*_\[\]|>])")
_ENTITY_LIKE = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
# Characters written as character references: Python-Markdown has no backslash escape for ``<``, ``~`` or ``=``.
# Braces are never written as braces, so no text of the user's can hold an attribute list (``{: onclick=...}``,
# attr_list and kramdown) or a template delimiter (``{{``, ``{%``, ``{#``, ``{{<``, ``{{%``: Jinja, mkdocs-macros,
# Liquid, Hugo), which site generators look for in the raw file before any Markdown is read. A reference is the
# only form that breaks the delimiter for those engines yet shows the same brace in CommonMark, Python-Markdown and
# our HTML: a backslash (``\{``) still leaves ``{%`` next to each other, and ``\%`` shows its backslash in
# Python-Markdown.
_REFERENCE = {"<": "&lt;", "~": "&#126;", "{": "&#123;", "}": "&#125;"}
_REFERENCED = re.compile("[" + re.escape("".join(_REFERENCE)) + "]")
_LINE_START = re.compile(r"^(\s*)([#+=-]|\d+[.)])")
_LINE_START_ESCAPE = {"#": "\\#", "+": "\\+", "-": "\\-", "=": "&#61;", ".": "\\.", ")": "\\)"}
# Control characters and bidirectional overrides never reach the output (the model refuses them too), nor do
# Unicode's noncharacters U+FDD0-U+FDEF, which policygen/render/html.py uses for characters while converting.
_STRIP = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef]")
_SPACE = re.compile(r"\s+")

LITERALS: dict[str, str] = {
    **{f"\\{c}": c for c in "\\`*_[]|>#+-.)"},
    "&amp;": "&",
    "&#61;": "=",
    **{reference: c for c, reference in _REFERENCE.items()},
}
"""Every sequence ``escape`` writes for a character, and the character it stands for."""


_LITERAL = re.compile("|".join(re.escape(sequence) for sequence in LITERALS) + r"|\\[!-/:-@\[-`{-~]")


def unescape(markdown: str) -> str:
    """The characters escaped text stands for: what ``escape`` wrote for each, and any backslash escape a template
    wrote. Nothing else is decoded, so "Barnes&notables" and a user's own "&amp;" stay as written."""
    return _LITERAL.sub(lambda m: LITERALS.get(m.group(), m.group()[1:]), markdown)


def escape(value: object) -> Markdown:
    """Render any value as literal Markdown text on one line."""
    if isinstance(value, Markdown):
        return value
    return _escape_text(str(value))


def _line_start(match: re.Match) -> str:
    marker = match.group(2)
    return match.group(1) + marker[:-1] + _LINE_START_ESCAPE[marker[-1]]


# A policy prints the same labels and names many times over, and a batch render prints them again for every
# answers file: remembering the escaped form saves most of the work. The result depends on the text alone.
@lru_cache(maxsize=16384)
def _escape_text(text: str) -> Markdown:
    text = _SPACE.sub(" ", _STRIP.sub("", text)).strip()
    text = _INLINE.sub(r"\\\1", text)
    text = _ENTITY_LIKE.sub("&amp;", text)
    text = _REFERENCED.sub(lambda m: _REFERENCE[m.group()], text)
    return Markdown(_LINE_START.sub(_line_start, text))


def url(address: str) -> str:
    """A link target that cannot break out of Markdown link syntax; only web and mail addresses are allowed."""
    scheme = urlsplit(address).scheme.lower()
    if scheme not in ("http", "https", "mailto"):
        raise ValueError(f"refusing to link to {address!r}: only http, https and mailto addresses are allowed")
    return link_target(address)


def link_target(address: str) -> str:
    """An address as written inside ``(...)`` of a Markdown link."""
    # Quotes, brackets, spaces and angle brackets are percent-encoded: Python-Markdown reads ``'...'`` or ``"..."``
    # in a link target as its title, and the others end the target in one dialect or another. So is an ``&`` that
    # starts a character reference ("?a=1&amp;b"), which CommonMark decodes in a link target and Python-Markdown does
    # not: the target is then the same address in both.
    return _ENTITY_LIKE.sub("%26", quote(address, safe="/:@?&=#%+,;~!$*-._"))


def link(text: object, address: str | None) -> Markdown:
    """A Markdown link, or just the escaped text when there is no address."""
    if not address:
        return escape(text)
    return Markdown(f"[{escape(text)}]({url(address)})")


_ANCHOR = re.compile(r"^[a-z0-9-]+$")


def anchor(text: object, target: str) -> Markdown:
    """A link to another part of the policy by its stable id (a section or clause id, such as "retention")."""
    if not _ANCHOR.match(target):
        raise ValueError(f"not a section or clause id: {target!r}")
    return Markdown(f"[{escape(text)}](#{target})")


def email(address: str) -> Markdown:
    return link(address, f"mailto:{address}")


def join(items: Iterable[object], last: str = "and") -> Markdown:
    """Join items the way people write lists: "a, b and c" ("a, b or c" with last="or").

    When an item itself contains "and" or "or", a comma goes before the last word too, so
    "payments and billing, and security" cannot be misread.
    """
    parts = [escape(i) for i in items]
    if len(parts) <= 1:
        return Markdown("".join(parts))
    if not speaking.in_english():  # each language's own list pattern, from CLDR ("a, b et c", "a, b und c")
        from policygen.i18n import cldr

        return Markdown(cldr.join(parts, last))
    ambiguous = any(re.search(r"\b(and|or)\b", p) for p in parts)
    separator = f", {last} " if ambiguous else f" {last} "
    return Markdown(", ".join(parts[:-1]) + separator + parts[-1])


def lower_first(text: str) -> str:
    """Lower-case a label's first letter for use mid-sentence ("Usage data" -> "usage data"), but leave words
    that are not plain capitalised words alone ("CV", "iOS", "GitHub", "AI features")."""
    if speaking.current_language() == "de":  # German nouns keep their capital in the middle of a sentence
        return text
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first[0].isupper() and first[1:].islower():
        return text[0].lower() + text[1:]
    return text


def sentence(text: str) -> str:
    """A user's phrase as a full sentence: first letter capitalised, exactly one full stop at the end."""
    text = text.strip()
    if not text:
        return text
    if not (len(text) > 1 and text[1].isupper()):  # "iPhone" keeps its small i
        text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


def fragment(text: str) -> str:
    """A user's phrase for the middle of a sentence: its closing full stop dropped, unless the last word is an
    abbreviation ("Acme B.V.", "Example Inc.") whose dot belongs to it."""
    text = text.strip()
    last = text.rsplit(" ", 1)[-1]
    if text.endswith(".") and last[:-1].islower() and "." not in last[:-1]:
        return text[:-1]
    return text


def table(headers: Iterable[object], rows: Iterable[Iterable[object]]) -> Markdown:
    """A GFM table; every cell is escaped (pipes included) unless it is already Markdown."""
    head = [escape(h) for h in headers]
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    for row in rows:
        cells = [escape(c) or Markdown("-") for c in row]
        lines.append("| " + " | ".join(cells) + " |")
    return Markdown("\n".join(lines))


def bullets(items: Iterable[object]) -> Markdown:
    return Markdown("\n".join(f"- {escape(i)}" for i in items))


def slug(text: str) -> str:
    """The anchor GitHub and most Markdown hosts give a heading: lower case, punctuation dropped, spaces to dashes."""
    text = re.sub(r"[^\w\- ]", "", text.lower().strip())
    return text.replace(" ", "-")
