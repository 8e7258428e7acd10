"""Quitting with unsaved changes: save them, drop them, or stay."""

from __future__ import annotations

from textual import on
from textual.binding import Binding
from textual.widgets import Button

from policygen.wizard.dialogs.base import Dialog


class SaveChangesScreen(Dialog[str]):
    """Quitting with unsaved changes: "save", "discard" or "cancel"."""

    BINDINGS = [Binding("escape", "choose('cancel')", "Cancel"), Binding("s", "choose('save')", "Save"),
                Binding("d", "choose('discard')", "Don't save")]
    title_text = "Save changes?"

    def __init__(self, name: str, problems: int, saved_before: bool = True) -> None:
        super().__init__()
        self.message = (f"Your answers have changed since {name} was last saved." if saved_before
                        else f"Your answers are not saved yet (in {name}).")
        if problems:
            self.message += (f" They still have {problems} problem{'s' if problems != 1 else ''}: saving keeps them "
                             "as a draft you can finish later.")

    def buttons(self):
        yield Button("Save (s)", variant="primary", id="save")
        yield Button("Don't save (d)", variant="error", id="discard")
        yield Button("Cancel (esc)", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#save", Button).focus()

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id)
