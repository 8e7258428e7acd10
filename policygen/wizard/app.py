"""The wizard application: one main screen of sections, questions and preview, and its dialogs."""

from __future__ import annotations

import gc
import time

from textual import events
from textual.app import App
from textual.binding import Binding
from textual.screen import ModalScreen

from policygen.wizard.screens import MainScreen
from policygen.wizard.session import Session


class WizardApp(App[int]):
    """``policygen wizard``: answer the questionnaire, see the policy, save the answers."""

    CSS_PATH = "wizard.tcss"
    TITLE = "policygen wizard"
    ENABLE_COMMAND_PALETTE = False
    BINDINGS = [Binding("ctrl+q", "quit", "Quit", priority=True)]

    preview_delay = 0.1
    """Seconds of quiet typing before the preview is rendered again."""
    autosave_delay = 3.0
    """Seconds after a change before the draft is autosaved."""
    quiet_for = 1.0
    """Seconds without a key before garbage is collected."""
    narrow_width = 26 + 60 + 34
    """Below this many columns the preview is hidden (F2 shows it instead of the questions): the side list (26, as
    wizard.tcss sets it), the questions (60: the longest hint, a country's name, 49 columns, in an entry of a list,
    6 more, with the form's padding and scroll bar) and a preview still worth reading beside them (34)."""

    _last_key = float("-inf")
    _frozen = False

    def __init__(self, session: Session, *, preview_delay: float | None = None,
                 autosave_delay: float | None = None, show_preview: bool | None = None) -> None:
        super().__init__()
        self.session = session
        self.show_preview = show_preview
        """Show the preview at the start (None: when the terminal is wide enough)."""
        if preview_delay is not None:
            self.preview_delay = preview_delay
        if autosave_delay is not None:
            self.autosave_delay = autosave_delay
        self.sub_title = str(session.path)

    def on_mount(self) -> None:
        # Python's full garbage collections walk every object of the app (some 150,000) and would stall the screen
        # about 70 ms each, at random moments while typing. Collect in quiet moments instead, as Textual itself does
        # around smooth scrolling.
        gc.disable()
        self._last_key = time.monotonic()  # quiet means no key for a while since the start, too
        self.set_interval(0.5, self._collect_when_quiet)

    def on_unmount(self) -> None:
        gc.unfreeze()
        gc.enable()

    def idle_for(self) -> float:
        """Seconds since the last key or click."""
        return time.monotonic() - self._last_key

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.Key, events.MouseDown)):  # every key reaches the app first
            self._last_key = time.monotonic()
        await super().on_event(event)

    def _collect_when_quiet(self) -> None:
        allocated = gc.get_count()[0]
        quiet = self.idle_for() > self.quiet_for
        if (quiet and allocated > 10_000) or allocated > 2_000_000:  # or however busy: memory stays bounded
            self._collect()

    def on_ready(self) -> None:
        # The first screen is up, and a person reads it before the first key: the moment for the one long collection,
        # and for loading and running the laws' checks that the section marks also show.
        self.call_after_refresh(self._collect)
        self.call_after_refresh(self.main.check_laws)

    def _collect(self) -> None:
        gc.collect()
        if not self._frozen:
            # What the first collection leaves mostly lives as long as the app (modules, classes, the screen): set
            # aside, it is never walked again. Only once: the pages shown later hold cycles that die when the page
            # is turned, and set aside they would never be collected (some 8 MiB every four page turns).
            gc.freeze()
            self._frozen = True

    def get_default_screen(self) -> MainScreen:
        return MainScreen(self.session)

    @property
    def main(self) -> MainScreen:
        return next(s for s in self.screen_stack if isinstance(s, MainScreen))

    async def action_quit(self) -> None:
        """Quit, asking first whether to save when answers changed since the last save."""
        if isinstance(self.screen, ModalScreen):
            return
        self.main.request_quit()
