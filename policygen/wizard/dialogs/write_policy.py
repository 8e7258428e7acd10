"""After saving complete answers: write the policy beside them, as Markdown and/or HTML."""

from __future__ import annotations

from textual import on
from textual.binding import Binding
from textual.widgets import Button

from policygen.wizard.dialogs.base import Dialog
from policygen.wizard.form import Tick

POLICY_FORMATS = ("markdown", "html")
"""What the wizard writes beside the answers, in this order (the order of the dialog's ticks)."""


class WriteOutputsScreen(Dialog[list[str]]):
    """After saving: write the policy as Markdown and/or HTML beside the answers; the formats chosen."""

    BINDINGS = [Binding("escape", "skip", "Skip")]
    title_text = "Write the policy?"

    def __init__(self, saved: str, folder: str, names: dict[str, str]) -> None:
        super().__init__()
        self.message = f"Saved {saved}. Also write the privacy policy beside it, in {folder}?"
        self.names = names
        """Each format's file name."""

    def body(self):
        yield Tick(f"Markdown: {self.names['markdown']}", value=True, id="markdown")
        yield Tick(f"HTML: {self.names['html']}", value=True, id="html")

    def buttons(self):
        yield Button("Write", variant="primary", id="write")
        yield Button("Skip (esc)", id="skip")

    def on_mount(self) -> None:
        self.query_one("#write", Button).focus()

    def action_skip(self) -> None:
        self.dismiss([])

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        if event.button.id != "write":
            self.dismiss([])
            return
        self.dismiss([name for name in POLICY_FORMATS if self.query_one(f"#{name}", Tick).value])
