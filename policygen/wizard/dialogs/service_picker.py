"""Picking a provider from the catalogue: type to filter by name or kind, the matches grouped by kind."""

from __future__ import annotations

from textual import on
from textual.binding import Binding
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from policygen.wizard.dialogs.base import Dialog
from policygen.wizard.service_search import matches

NOT_LISTED = "not-listed"
"""The option for a provider the catalogue does not have; always the first, whatever is typed."""


class ServicePickerScreen(Dialog[tuple[str | None, str] | None]):
    """(catalogue id, "") for a service chosen, (None, what was typed) for one not in the list (what was typed is its
    name), None when Escape cancels.

    The typing stays in the search box; Up and Down move through the matches and Enter takes the highlighted one.
    """

    DEFAULT_CSS = """
    ServicePickerScreen > Vertical { width: 72; height: 90%; }
    ServicePickerScreen OptionList { height: 1fr; margin-top: 1; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel"),
                Binding("down", "move(1)", "Next match", show=False, priority=True),
                Binding("up", "move(-1)", "Previous match", show=False, priority=True)]
    title_text = "Add a provider"
    message = "Type part of its name or what it does (payments, email...). Enter adds the highlighted one."

    def body(self):
        yield Input(placeholder="e.g. Stripe, or payments", id="search", compact=True)
        yield OptionList(id="services", compact=True)

    def on_mount(self) -> None:
        self._show("")
        self.query_one("#search", Input).focus()

    @on(Input.Changed, "#search")
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        self._show(event.value)

    def _show(self, query: str) -> None:
        found = matches(query)
        typed = query.strip()
        options: list[Option | None] = [Option(f"+ “{typed}”, not in the list" if typed
                                               else "+ Another, not in the list (give its name)", id=NOT_LISTED)]
        for kind, services in found:
            options.append(None)  # a separator line between groups
            options.append(Option(f"{kind}", disabled=True))
            options += [Option(f"  {name}", id=key) for key, name in services]
        listing = self.query_one("#services", OptionList)
        listing.set_options(options)
        # The best match is highlighted, "not in the list" when nothing matches (or nothing was typed).
        first = next((i for i, o in enumerate(listing.options) if not o.disabled and o.id != NOT_LISTED), None)
        listing.highlighted = first if query.strip() and first is not None else 0

    def action_move(self, step: int) -> None:
        listing = self.query_one("#services", OptionList)
        listing.action_cursor_down() if step > 0 else listing.action_cursor_up()

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Input.Submitted, "#search")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        listing = self.query_one("#services", OptionList)
        if listing.highlighted is not None:
            self._take(listing.get_option_at_index(listing.highlighted).id)

    @on(OptionList.OptionSelected, "#services")
    def _clicked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._take(event.option_id)

    def _take(self, option_id: str | None) -> None:
        typed = self.query_one("#search", Input).value.strip()
        self.dismiss((None, typed) if option_id == NOT_LISTED else (option_id, ""))
