"""The look every dialog shares: a centred box with a title, a message, its own body and buttons."""

from __future__ import annotations

from typing import TypeVar

from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

Result = TypeVar("Result")


class Dialog(ModalScreen[Result]):
    """A small centred box with a title, a message and buttons; Escape cancels."""

    DEFAULT_CSS = """
    Dialog { align: center middle; background: $background 60%; }
    Dialog > Vertical { width: 72; max-width: 100%; height: auto; max-height: 100%; border: thick $accent;
                         background: $surface; padding: 1 2; }
    Dialog .dialog-title { text-style: bold; margin-bottom: 1; }
    Dialog .dialog-message { margin-bottom: 1; }
    Dialog Horizontal { height: auto; align-horizontal: right; }
    Dialog Button { margin-left: 1; }
    """

    title_text = ""
    message = ""

    def body(self):
        yield from ()

    def buttons(self):
        yield from ()

    def compose(self):
        with Vertical():
            yield Static(self.title_text, classes="dialog-title", markup=False)
            yield Static(self.message, classes="dialog-message", markup=False)
            yield from self.body()
            with Horizontal():
                yield from self.buttons()
