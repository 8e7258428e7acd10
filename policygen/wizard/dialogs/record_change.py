"""Saving a material change: offer to record it in the revision history and to update "last updated"."""

from __future__ import annotations

from textual import on
from textual.binding import Binding
from textual.widgets import Button, Static

from policygen.wizard.dialogs.base import Dialog
from policygen.wizard.session import MaterialChange


class RecordChangeScreen(Dialog[str]):
    """"record" (then save), "save" (save as it is) or "cancel" (Escape: don't save yet)."""

    BINDINGS = [Binding("escape", "choose('cancel')", "Cancel"), Binding("r", "choose('record')", "Record"),
                Binding("j", "choose('save')", "Just save")]
    title_text = "Record a material change?"

    def __init__(self, change: MaterialChange) -> None:
        super().__init__()
        self.change = change
        self.message = ("Since the last save you made a change people must be told about (as policygen diff "
                        "judges it):")

    def body(self):
        date = self.change.date.isoformat()
        lines = [f"• {reason}" for reason in self.change.reasons]
        lines.append("")
        lines.append(f"Record it in the policy's revision history as “{self.change.summary}” dated {date}, and set "
                     f"“Last updated” to {date}?")
        if self.change.notice:
            lines.append(f"Your policy promises to tell people {self.change.notice} before a material change takes "
                         "effect.")
        yield Static("\n".join(lines), classes="dialog-message", id="change", markup=False)

    def buttons(self):
        yield Button("Record and save (r)", variant="primary", id="record")
        yield Button("Just save (j)", id="save")
        yield Button("Cancel (esc)", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#record", Button).focus()

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id)
