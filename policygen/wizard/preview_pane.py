"""The live preview's pane: the policy as Markdown, rendered only where the person looks.

The policy is cut into parts of a section or less (``split_parts``), each one widget. A part starts as its
Markdown source in plain, dimmed text (cheap to lay out, about the right height) and is rendered with Rich's
Markdown once it is in view (or a screen below), one part after each refresh and only once typing pauses, so a key
waits at most for one small part. An update of the answers changes only the parts whose text changed.

Rich's Markdown in one widget, not Textual's Markdown widget: that one makes a widget of every paragraph and list
item, some 1,500 for the largest policy, and every layout of the screen (each key typed, each page turned) then
had to go through them all.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from rich.text import Text
from textual.containers import VerticalScroll
from textual.timer import Timer
from textual.widgets import Static

# Where a part may end: before a heading, or before a block (a paragraph, a list) after a blank line.
_BLOCK_START = re.compile(r"^(?=#{1,3} )|(?<=\n\n)(?=\S)", re.M)
_HEADING = re.compile(r"#{1,3} ")

PART_SIZE = 1500
"""Characters of Markdown a part grows to before the next block starts a new one: rendering a part takes the UI
thread about 2 ms per 1,000 characters, and a key that arrives meanwhile waits for it."""


def split_parts(markdown: str) -> list[str]:
    """The policy's Markdown in parts: a new part at each heading (levels 1-3), and at the next block (paragraph,
    list) once a part has reached PART_SIZE. The parts joined are the text again."""
    parts: list[str] = []
    for block in _BLOCK_START.split(markdown):
        if not block:
            continue
        if parts and not _HEADING.match(block) and len(parts[-1]) < PART_SIZE:
            parts[-1] += block
        else:
            parts.append(block)
    return parts


class PreviewPart(Static):
    """A part of the policy: its Markdown source as plain, dimmed text until it is rendered (``rendered``).

    Unrendered, its lines are cut at the edge rather than wrapped, and its height is worked out from their lengths:
    wrapping the text of every waiting part made each layout some 70 ms slower. That height comes close to the
    rendered one, so the scroll bar and the parts below barely move when the part is rendered.
    """

    DEFAULT_CSS = """
    PreviewPart.-pending { color: $text-muted; text-wrap: nowrap; text-overflow: clip; }
    """

    def __init__(self, source: str) -> None:
        super().__init__(Text(source.rstrip()), markup=False, classes="-pending")
        self.source = source
        self.rendered = False

    def change(self, source: str) -> None:
        self.source = source
        if self.rendered:
            self.render_markdown()
        else:
            self.update(Text(source.rstrip()))

    def render_markdown(self) -> None:
        from policygen.wizard.policy_markdown import PolicyMarkdown  # a 20 ms import the first screen can do without

        self.rendered = True
        self.remove_class("-pending")
        self.update(PolicyMarkdown(self.source))

    def on_resize(self) -> None:
        # Rendered, a part is shorter or taller than its text was, which moves the parts after it: the pane looks
        # again at what is in view, or a part moved into view would stay plain text until the next scroll.
        if isinstance(self.parent, PreviewPane):
            self.parent.render_visible()

    def get_content_height(self, container, viewport, width: int) -> int:
        if self.rendered:
            return super().get_content_height(container, viewport, width)
        width = max(width, 1)
        return sum(-(-len(line) // width) or 1 for line in self.source.rstrip().split("\n"))


class PreviewPane(VerticalScroll):
    """A scrolling column of the policy's parts: rendered where seen, plain text elsewhere."""

    wait_for_quiet = 0.3
    """Seconds without keys before parts are rendered (their text shows meanwhile)."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._render_pending = False
        self._quiet_timer: Timer | None = None

    @property
    def parts(self) -> list[PreviewPart]:
        return list(self.query_children(PreviewPart))

    @property
    def sources(self) -> list[str]:
        """Each part's Markdown, as shown (rendered or not yet)."""
        return [part.source for part in self.parts]

    async def show(self, chunks: list[str]) -> None:
        """Show these parts: unchanged ones stay as they are, changed ones are updated in place."""
        parts = self.parts
        kept: list[PreviewPart] = []
        with self.app.batch_update():
            for tag, i1, i2, j1, j2 in SequenceMatcher(a=self.sources, b=chunks, autojunk=False).get_opcodes():
                if tag == "equal":
                    kept.extend(parts[i1:i2])
                    continue
                reuse = parts[i1:i2]
                new: list[PreviewPart] = []
                for offset, chunk in enumerate(chunks[j1:j2]):
                    if offset < len(reuse):
                        reuse[offset].change(chunk)
                        kept.append(reuse[offset])
                    else:
                        new.append(PreviewPart(chunk))
                if new:
                    if kept:
                        await self.mount_all(new, after=kept[-1])
                    else:  # new first parts
                        await self.mount_all(new, before=0 if self.children else None)
                    kept.extend(new)
                for part in reuse[j2 - j1:]:
                    await part.remove()
        self.render_visible()

    # ---- rendering the parts in view
    def render_visible(self) -> None:
        """Render the next part in view (after the coming refresh, when the layout is known)."""
        if not self._render_pending:
            self._render_pending = True
            self.call_after_refresh(self._render_next)

    def _render_next(self) -> None:
        self._render_pending = False
        if not self.display or not self.is_attached or self.size.height == 0:
            return
        idle = getattr(self.app, "idle_for", None)  # an app that knows when keys came (the wizard's does)
        if idle is not None and idle() < self.wait_for_quiet:
            # Rendering a part holds the screen for a few milliseconds: not while the person types.
            if self._quiet_timer is not None:
                self._quiet_timer.stop()
            self._quiet_timer = self.set_timer(self.wait_for_quiet, self.render_visible)
            return
        part = self._next_unrendered()
        if part is not None:
            part.render_markdown()
            self.render_visible()  # the next one after this one is on screen: typing goes on meanwhile

    def _next_unrendered(self) -> PreviewPart | None:
        """The first part in view (or a screen below) still shown as plain text."""
        top, bottom = self.scroll_y, self.scroll_y + 2 * self.size.height
        for part in self.parts:
            region = part.virtual_region
            if region.y >= bottom:
                return None
            if not part.rendered and region.bottom > top:
                return part
        return None

    @property
    def rendered_in_view(self) -> bool:
        """Every part in view (and a screen below) is rendered: the state the pane works towards once keys pause."""
        return not self.display or self._next_unrendered() is None

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self.render_visible()

    def on_resize(self) -> None:
        self.render_visible()

    def on_show(self) -> None:
        self.render_visible()
