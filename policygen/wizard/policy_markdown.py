"""The preview's Markdown: Rich's, with headings as the published policy has them (flush left, bold)."""

from __future__ import annotations

from typing import ClassVar

from rich.markdown import Heading, Markdown
from rich.console import JustifyMethod


class _Heading(Heading):
    """Rich centres the first level and colours the others; the policy's headings are plain, bold and left."""

    LEVEL_ALIGN: ClassVar[dict[str, JustifyMethod]] = {}  # every level at Rich's default: left
    STYLES: ClassVar[dict[str, str]] = {"h1": "bold underline"}

    def __init__(self, tag: str) -> None:
        super().__init__(tag)
        self.style_name = self.STYLES.get(tag, "bold")


class PolicyMarkdown(Markdown):
    """A part of the policy; links show their text (the address goes to the terminal, which may offer to open it)."""

    elements: ClassVar[dict] = {**Markdown.elements, "heading_open": _Heading}

    def __init__(self, source: str) -> None:
        super().__init__(source, hyperlinks=True)
