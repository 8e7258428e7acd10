"""Finishing while the laws' checks still find errors: say which, and go back unless the person insists."""

from __future__ import annotations

from textual import on
from textual.binding import Binding
from textual.widgets import Button, Static

from policygen.wizard.dialogs.base import Dialog

SHOWN = 5
"""Errors named in the dialog; the rest are counted."""


class FinishAnywayScreen(Dialog[bool]):
    """Errors are open: True finishes anyway, False (the focused button, and Escape) goes back to them."""

    BINDINGS = [Binding("escape", "choose(False)", "Go back")]
    title_text = "Finish with errors open?"

    def __init__(self, errors: list[str]) -> None:
        super().__init__()
        count = len(errors)
        self.message = (f"The laws your audiences bring still find {count} error{'s' if count != 1 else ''}. "
                        "Finishing writes a policy that leaves them out:")
        self.errors = errors

    def body(self):
        lines = [f"• {error}" for error in self.errors[:SHOWN]]
        if len(self.errors) > SHOWN:
            lines.append(f"… and {len(self.errors) - SHOWN} more on the Review page.")
        yield Static("\n".join(lines), classes="dialog-message", id="errors", markup=False)

    def buttons(self):
        yield Button("Go back and fix them (esc)", variant="primary", id="back")
        yield Button("Finish anyway", variant="warning", id="finish-anyway")

    def on_mount(self) -> None:
        self.query_one("#back", Button).focus()

    def action_choose(self, finish: bool) -> None:
        self.dismiss(finish)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "finish-anyway")
