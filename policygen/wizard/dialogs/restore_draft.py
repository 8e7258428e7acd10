"""An autosaved draft newer than the answers file, found at the start."""

from __future__ import annotations

from textual import on
from textual.binding import Binding
from textual.widgets import Button

from policygen.wizard.dialogs.base import Dialog


class RestoreDraftScreen(Dialog[bool | None]):
    """An autosaved draft newer than the answers file: restore it (True), discard it (False), or decide later (None:
    Escape keeps the draft and opens the file as it is)."""

    BINDINGS = [Binding("r", "choose(True)", "Restore"), Binding("d", "choose(False)", "Discard"),
                Binding("escape", "choose(None)", "Later")]
    title_text = "Restore unsaved answers?"

    def __init__(self, name: str, draft_name: str, exists: bool = True) -> None:
        super().__init__()
        if exists:
            self.message = (f"The wizard stopped last time before your answers were saved. An autosaved draft "
                            f"({draft_name}) is newer than {name}. Restore it, or discard it and start from {name}?")
        else:
            self.message = (f"The wizard stopped last time before your answers were saved in {name}. Restore them "
                            f"from the autosaved draft ({draft_name}), or discard it and start afresh?")

    def buttons(self):
        yield Button("Restore (r)", variant="primary", id="restore")
        yield Button("Discard (d)", variant="error", id="discard")
        yield Button("Later (esc)", id="later")

    def on_mount(self) -> None:
        self.query_one("#restore", Button).focus()

    def action_choose(self, restore: bool | None) -> None:
        self.dismiss(restore)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss({"restore": True, "discard": False}.get(event.button.id))
