"""The live preview's pane: the policy in Textual's Markdown widget, rendered only where the person looks.

Textual's Markdown widget makes a widget of every paragraph and list item: the largest sample's policy becomes some
1,500 widgets, which take three seconds of the UI thread to mount and then slow every layout of the screen (page
switches, typing). So the policy is cut into its sections (``split_sections``), and each section starts as one plain
``Static`` placeholder holding its text (cheap to lay out, about the right height). Sections in view (and a screen
below) are swapped for a Markdown widget one at a time, each after a refresh and only once typing pauses, so keys
are never held up by it. An update of the answers re-renders only the sections whose text changed.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from rich.text import Text
from textual.containers import VerticalScroll
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Static

_SECTION_START = re.compile(r"^(?=#{1,2} )", re.M)


def split_sections(markdown: str) -> list[str]:
    """The policy's Markdown cut before each heading of level 1 or 2."""
    return [part for part in _SECTION_START.split(markdown) if part.strip()]


class PendingPart(Static):
    """A section of the policy not rendered yet: its Markdown source as plain, dimmed text."""

    DEFAULT_CSS = """
    PendingPart { padding: 0 1 1 1; color: $text-muted; }
    """

    def __init__(self, source: str) -> None:
        super().__init__(Text(source.rstrip()), markup=False)
        self.source = source

    def change(self, source: str) -> None:
        self.source = source
        self.update(Text(source.rstrip()))


class PreviewPane(VerticalScroll):
    """A scrolling column of the policy's sections: rendered Markdown where seen, placeholders elsewhere."""

    wait_for_quiet = 0.3
    """Seconds without keys before sections are rendered (their text shows meanwhile)."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._render_pending = False
        self._quiet_timer: Timer | None = None

    @property
    def parts(self) -> list[Widget]:
        """Each section's widget: a PendingPart, or a Markdown widget once rendered (both have ``source``)."""
        return list(self.children)

    @property
    def sources(self) -> list[str]:
        """Each section's Markdown, as shown (rendered or not yet)."""
        return [part.source for part in self.parts]

    async def show(self, chunks: list[str]) -> None:
        """Show these sections: unchanged ones stay as they are, changed ones are updated in place."""
        parts = self.parts
        kept: list[Widget] = []
        with self.app.batch_update():
            for tag, i1, i2, j1, j2 in SequenceMatcher(a=self.sources, b=chunks, autojunk=False).get_opcodes():
                if tag == "equal":
                    kept.extend(parts[i1:i2])
                    continue
                reuse = parts[i1:i2]
                for offset, chunk in enumerate(chunks[j1:j2]):
                    if offset < len(reuse):
                        part = reuse[offset]
                        if isinstance(part, PendingPart):
                            part.change(chunk)
                        else:
                            await part.update(chunk)
                    else:
                        part = PendingPart(chunk)
                        if kept:
                            await self.mount(part, after=kept[-1])
                        else:  # a new first section
                            await self.mount(part, before=0 if self.children else None)
                    kept.append(part)
                for part in reuse[j2 - j1:]:
                    await part.remove()
        self.render_visible()

    # ---- rendering the sections in view
    def render_visible(self) -> None:
        """Render the next placeholder in view (after the coming refresh, when the layout is known)."""
        if not self._render_pending:
            self._render_pending = True
            self.call_after_refresh(self._render_next)

    async def _render_next(self) -> None:
        self._render_pending = False
        if not self.display or not self.is_attached or self.size.height == 0:
            return
        idle = getattr(self.app, "idle_for", None)  # an app that knows when keys came (the wizard's does)
        if idle is not None and idle() < self.wait_for_quiet:
            # Mounting a section takes 20-150 ms of the UI thread: not while the person types.
            if self._quiet_timer is not None:
                self._quiet_timer.stop()
            self._quiet_timer = self.set_timer(self.wait_for_quiet, self.render_visible)
            return
        top, bottom = self.scroll_y, self.scroll_y + 2 * self.size.height  # in view and a screen below
        for part in self.parts:
            region = part.virtual_region
            if region.y >= bottom:
                break
            if isinstance(part, PendingPart) and region.bottom > top:
                # Imported here: a 30 ms import the first screen need not wait for.
                from textual.widgets import Markdown

                rendered = Markdown(part.source, open_links=False)
                await self.mount(rendered, after=part)
                await part.remove()
                self.render_visible()  # the next one after this one is on screen: typing goes on meanwhile
                return

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self.render_visible()

    def on_resize(self) -> None:
        self.render_visible()

    def on_show(self) -> None:
        self.render_visible()
