"""Form widgets generated from the answers model's questions.

``build(question, path, session)`` picks the control from the question's kind: a string is an Input, a choice a
Select labelled from the catalogue, several choices a SelectionList, yes/no a tick box, a number or a date an Input
that checks its characters, a group of fields a bordered sub-form, an optional group a checkbox that reveals its
sub-form, and a list of entries a list of collapsible sub-forms with "add" (picking from the catalogue) and "remove".

Every control writes its answer into the session the moment it changes (through a reactive watcher, so the answer is
stored before the next key is handled) and posts ``AnswerChanged`` so the screen refreshes problems and relevance.
"""

from __future__ import annotations

import datetime
import re
from typing import Any, Iterable

from rich.segment import Segment
from rich.style import Style as RichStyle
from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import Button, Checkbox, Collapsible, Input, Label, Select, SelectionList, Static
from textual.widgets.option_list import OptionDoesNotExist
from textual.widgets.selection_list import Selection

from policygen.facts import facts_of
from policygen.wizard import questions as q
from policygen.wizard.messages import AnswerChanged
from policygen.wizard.questions import MISSING, Question
from policygen.wizard.session import Session


PLACEHOLDER_WIDTH = 50
"""The longest hint a text box shows whole at 80 columns, in an entry of a list (WizardApp.narrow_width)."""


def widget_id(path: tuple) -> str:
    return "q-" + "-".join(str(part) for part in path) if path else "q-root"


def build(question: Question, path: tuple, session: Session, top: bool = False) -> "QuestionBox":
    kind = question.kind
    if kind == "model":
        return OptionalGroup(question, path, session) if question.nullable else Group(question, path, session, top=top)
    if kind == "list":
        return EntryList(question, path, session)
    if kind == "multi":
        return ManyChoices(question, path, session)
    if path[::2] == ("processors", "service") and len(path) == 3:
        return ServiceChoice(question, path, session)
    if kind == "choice" or kind == "text" and question.text_kind == "country":
        return OneChoice(question, path, session)
    if kind == "bool":
        return YesNo(question, path, session)
    if kind == "maybe":
        return MaybeYesNo(question, path, session)
    if kind == "int":
        return NumberQuestion(question, path, session)
    if kind == "text" and question.text_kind == "number":
        return DecimalQuestion(question, path, session)
    if kind == "date":
        return DateQuestion(question, path, session)
    if kind == "texts":
        return TextsQuestion(question, path, session)
    return TextQuestion(question, path, session)


def build_all(questions: Iterable[Question], path: tuple, session: Session) -> list["QuestionBox"]:
    return [build(child, (*path, child.name), session) for child in questions if child.kind != "fixed"]


class Tick(Widget, can_focus=True):
    """A yes/no box whose label wraps (a Checkbox shows one line only, and questions are long)."""

    DEFAULT_CSS = """
    Tick { height: auto; width: 1fr; }
    Tick:focus { background: $boost; text-style: bold; }
    """
    # Space ticks; Enter moves on to the next question, as it does everywhere in the form.
    BINDINGS = [Binding("space", "toggle", "Toggle", show=False),
                Binding("enter", "app.focus_next", "Next question", show=False)]

    value: reactive[bool] = reactive(False, init=False)

    class Changed(Message):
        def __init__(self, tick: "Tick", value: bool) -> None:
            super().__init__()
            self.tick = tick
            self.value = value

        @property
        def control(self) -> "Tick":
            return self.tick

    def __init__(self, label: str, value: bool = False, classes: str | None = None, id: str | None = None) -> None:
        super().__init__(classes=classes, id=id)
        self.label = label
        self.set_reactive(Tick.value, value)

    def render(self) -> Text:
        return Text.assemble(("[x] " if self.value else "[ ] ", "bold" if self.value else ""), self.label)

    def action_toggle(self) -> None:
        self.value = not self.value

    def on_click(self) -> None:
        self.focus()
        self.action_toggle()

    def watch_value(self, value: bool) -> None:
        self.post_message(self.Changed(self, value))


class Choices(SelectionList):
    """A SelectionList drawn with the same "[x]" / "[ ]" boxes as Tick, readable without colours.

    Space ticks the highlighted choice; Enter moves on to the next question, as it does everywhere in the form.
    """

    BINDINGS = [Binding("enter", "app.focus_next", "Next question", show=False)]

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        segments = list(strip)
        if len(segments) < 4 or segments[1].text != Checkbox.BUTTON_INNER:
            return strip
        index = self.scroll_offset.y + y
        try:
            selected = self.get_option_at_index(index).value in self._selected
        except OptionDoesNotExist:
            return strip
        base = (segments[3].style or RichStyle()) + RichStyle(meta={"option": index})
        boxes = [Segment("[", base), Segment("x" if selected else " ", base + RichStyle(bold=True)),
                 Segment("]", base)]
        return Strip(boxes + segments[3:], strip.cell_length)


class QuestionBox(Vertical):
    """One question: its title, its control, its help (on focus, or all with F1) and its problem, if any."""

    DEFAULT_CSS = """
    QuestionBox { height: auto; margin: 0 0 1 0; }
    QuestionBox > .q-title { text-style: bold; width: 1fr; }
    QuestionBox > .q-help { color: $text-muted; width: 1fr; }
    QuestionBox > .q-catalogue { color: $text-muted; width: 1fr; }
    QuestionBox > .q-error { color: $text-error; width: 1fr; }
    QuestionBox.-invalid > .q-title { color: $text-error; }
    """

    show_title = True

    def __init__(self, question: Question, path: tuple, session: Session) -> None:
        super().__init__(id=widget_id(path), classes="question")
        self.question = question
        self.path = path
        self.session = session
        if question.ask is not None and not session.relevant(question, path):
            self.display = False  # the screen keeps this up to date as answers change
        self.problem: str | None = None
        self._help: Static | None = None
        self._error: Static | None = None
        """Mounted when there is first a problem to show: pages are built often and widgets cost time."""

    @property
    def value(self) -> Any:
        return self.session.get(self.path)

    def title_text(self) -> str:
        marker = " *" if self.question.required else ""
        return f"{self.question.title}{marker}"

    def catalogue_value(self) -> str | None:
        """For a provider picked from the catalogue, the catalogue's value of this field, as the policy will use it
        until the answer overrides it (so the founder sees what is assumed, not "not set")."""
        from policygen.wizard.catalogue_facts import catalogue_value

        return catalogue_value(self.session.data, self.path)

    def refresh_catalogue(self) -> None:
        """The entry's catalogue service changed: show what the catalogue now assumes."""

    def compose(self):
        if self.show_title:
            yield Label(self.title_text(), classes="q-title", markup=False)
        if self.session.show_all_help and self.question.help:
            self._help = Static(self.question.help, classes="q-help", markup=False)
            yield self._help
        yield from self.compose_control()

    def compose_control(self):
        yield from ()

    def answer(self, value: Any) -> None:
        """Store the answer (MISSING clears it) and tell the screen."""
        if self.session.set(self.path, value):
            self.post_message(AnswerChanged(self.path))

    def left(self) -> None:
        self.session.touch(self.path)
        self.post_message(AnswerChanged(self.path, changed=False))

    def show_problem(self, message: str | None) -> None:
        if message == self.problem:
            return
        self.problem = message
        if self._error is None and message:
            self._error = Static("", classes="q-error", markup=False)
            self.mount(self._error)
        if self._error is not None:
            self._error.update(f"✗ {message}" if message else "")
            self._error.display = bool(message)
        self.set_class(bool(message), "-invalid")

    async def show_help(self, on: bool) -> None:
        """Show the help under the question's title (F1 shows every question's; the help bar the focused one's)."""
        if on and self._help is None and self.question.help:
            self._help = Static(self.question.help, classes="q-help", markup=False)
            titles = self.query_children(".q-title")
            if titles:
                await self.mount(self._help, after=titles.first())
            else:
                await self.mount(self._help, before=0)
        if self._help is not None:
            self._help.display = on

    def focus_control(self) -> bool:
        """Focus the first control of this question (or of its sub-questions) that is shown."""
        for widget in self.query("*"):
            if widget.focusable and all(node.display for node in widget.ancestors_with_self if node is not self.app):
                widget.focus()
                return True
        return False

    def on_descendant_blur(self, event) -> None:
        """Leaving a question marks it touched: from now on its problems show."""
        if not self.has_focus_within and self.question.kind not in ("model", "list"):
            self.left()


# ------------------------------------------------------------------------------------------------------ texts
class TextQuestion(QuestionBox):
    """A string: one line of text (help and examples say what it must look like).

    Focus puts the cursor at the end rather than selecting the text: people editing saved answers tab through
    them, and a selected answer would vanish at the first key.
    """

    def placeholder(self) -> str:
        known = self.catalogue_value()
        if known:  # a long web address would be cut off in a narrow box: the line under the service shows it whole
            text = f"from the catalogue: {known}"
            return text if len(text) <= PLACEHOLDER_WIDTH else "from the catalogue, as shown under the service"
        return f"e.g. {self.question.example}" if self.question.example else ""

    def shown(self, value: Any) -> str:
        if value is MISSING or value is None:
            return ""
        if isinstance(value, datetime.date):
            return value.isoformat()
        if isinstance(value, list):
            return ", ".join(str(v) for v in value)
        return str(value)

    def parse(self, text: str) -> Any:
        return text if text.strip() else MISSING

    def make_input(self) -> Input:
        return Input(value=self.shown(self.value), placeholder=self.placeholder(), compact=True, classes="control",
                     select_on_focus=False)

    def refresh_catalogue(self) -> None:
        self.input.placeholder = self.placeholder()

    def compose_control(self):
        self.input = self.make_input()
        yield self.input

    def on_mount(self) -> None:
        self.watch(self.input, "value", self._typed, init=False)

    def _typed(self, text: str) -> None:
        self.answer(self.parse(text))

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        event.stop()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.screen.focus_next()


class NumberQuestion(TextQuestion):
    def make_input(self) -> Input:
        low, high = self.question.minimum, self.question.maximum
        hint = f"a whole number from {low} to {high}" if low is not None and high is not None else "a whole number"
        default = self.question.default
        if isinstance(default, int) and not isinstance(default, bool):
            hint += f"; {default} if left empty"
        return Input(value=self.shown(self.value), placeholder=hint, compact=True, classes="control",
                     restrict=r"-?[0-9]*", select_on_focus=False)

    def parse(self, text: str) -> Any:
        text = text.strip()
        if not text:
            return MISSING
        return int(text) if re.fullmatch(r"-?[0-9]+", text) else text


class DecimalQuestion(TextQuestion):
    """A number that may have decimals, such as a mean number of days; saved as a number, not as text."""

    def make_input(self) -> Input:
        low, high = self.question.minimum, self.question.maximum
        hint = f"a number from {low} to {high}, decimals allowed" if low is not None and high is not None \
            else "a number, decimals allowed"
        return Input(value=self.shown(self.value), placeholder=hint, compact=True, classes="control",
                     restrict=r"-?[0-9]*\.?[0-9]*", select_on_focus=False)

    def parse(self, text: str) -> Any:
        text = text.strip()
        if not text:
            return MISSING
        if re.fullmatch(r"-?[0-9]+", text):
            return int(text)
        return float(text) if re.fullmatch(r"-?[0-9]*\.[0-9]+", text) else text


class DateQuestion(TextQuestion):
    def make_input(self) -> Input:
        return Input(value=self.shown(self.value), placeholder="YYYY-MM-DD", compact=True, classes="control",
                     restrict=r"[0-9-]*", max_length=10, select_on_focus=False)

    def parse(self, text: str) -> Any:
        text = text.strip()
        if not text:
            return MISSING
        if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
            try:
                return datetime.date.fromisoformat(text)
            except ValueError:
                pass
        return text


class TextsQuestion(TextQuestion):
    """A list of short texts, typed on one line and separated by commas."""

    def placeholder(self) -> str:
        return "e.g. US, IE (codes, separated by commas)" if self.question.text_kind == "country" \
            else "separate several with commas"

    def parse(self, text: str) -> Any:
        items = [part.strip() for part in text.split(",") if part.strip()]
        return items or MISSING


# ---------------------------------------------------------------------------------------------------- choices
class OneChoice(QuestionBox):
    """One of the catalogue's choices (or a country), with type-to-search."""

    def options(self) -> list[tuple[str, Any]]:
        options = [(label, key) for key, label in self.question.options(self.session.data)]
        current = self.value
        if current is not MISSING and current is not None and current not in [k for _, k in options]:
            options.append((f"{current} (not a known choice)", current))
        return options

    def unset_prompt(self) -> str:
        """What the choice says while it is not answered: what the catalogue assumes, where it does."""
        known = self.catalogue_value()
        return "Choose…" if self.question.required else f"From the catalogue: {known}" if known else "Not set"

    def refresh_catalogue(self) -> None:
        self.select.prompt = self.unset_prompt()

    def compose_control(self):
        current = self.value
        self.select = Select(self.options(), value=Select.NULL if current in (MISSING, None) else current,
                             allow_blank=True, prompt=self.unset_prompt(), compact=True, type_to_search=True,
                             classes="control")
        yield self.select

    def on_mount(self) -> None:
        self.watch(self.select, "value", self._picked, init=False)

    def _picked(self, value: Any) -> None:
        self.answer(MISSING if value == Select.NULL else value)

    @on(Select.Changed)
    def _changed(self, event: Select.Changed) -> None:
        event.stop()
        if self.select.has_focus_within and event.value != Select.NULL:
            self.call_after_refresh(self._advance)

    def _advance(self) -> None:
        """Picked from the menu: on to the next question, as Enter does in a text box."""
        if self.select.has_focus and not self.select.expanded:
            self.screen.focus_next()


class MaybeYesNo(OneChoice):
    """Yes, no, or not set: then the catalogue decides where it knows (a category's sensitivity), and otherwise the
    policy says nothing of it."""

    def options(self) -> list[tuple[str, Any]]:
        return [("Yes", True), ("No", False)]

    def compose_control(self):
        current = self.value
        self.select = Select(self.options(), value=current if isinstance(current, bool) else Select.NULL,
                             allow_blank=True, prompt=self.unset_prompt(), compact=True,
                             classes="control")
        yield self.select


    def unset_prompt(self) -> str:
        known = self.catalogue_value()
        if known:
            return f"From the catalogue: {known}"
        if self.path[-1] == "third_party" and self.session.get((*self.path[:-1], "service")) not in (MISSING, None):
            return "Not set (the catalogue does not say: answer it)"
        return "Not set (the policy says nothing of it)"


class ServiceChoice(OneChoice):
    """A provider's catalogue service, with every fact the catalogue gives for it just under it (each used until
    the question for it below is answered)."""

    def compose_control(self):
        yield from super().compose_control()
        self.facts = Static(self._facts(), classes="q-catalogue", markup=False)
        yield self.facts

    def _facts(self) -> str:
        from policygen.wizard.catalogue_facts import catalogue_summary

        return catalogue_summary(self.session.data, self.path[:-1]) or ""

    def refresh_catalogue(self) -> None:
        self.facts.update(self._facts())


class ManyChoices(QuestionBox):
    """Any number of the catalogue's choices."""

    def compose_control(self):
        current = self.value if isinstance(self.value, list) else []
        self.keys = [key for key, _ in self.question.options(self.session.data)]
        labels = dict(self.question.options(self.session.data))
        for extra in current:
            if extra not in self.keys:
                self.keys.append(extra)
                labels[extra] = f"{extra} (not a known choice)"
        self.selections = Choices(
            *[Selection(labels[key], key, key in current) for key in self.keys], compact=True, classes="control")
        yield self.selections

    @on(SelectionList.SelectedChanged)
    def _changed(self, event: SelectionList.SelectedChanged) -> None:
        event.stop()
        chosen = set(self.selections.selected)
        values = [key for key in self.keys if key in chosen]
        before, had = self.session.version, self.value if isinstance(self.value, list) else []
        self.answer(values or MISSING)
        if self.question.dynamic and self.session.version != before:
            self._follow_purposes(values, [key for key in had if key not in chosen])

    def _follow_purposes(self, ticked: list[str], unticked: list[str]) -> None:
        """A data category's purposes: ticking one the purposes list lacks adds it there; unticking it again, before
        anything was said about it, takes it away. The choices themselves stay as they are."""
        added = self.session.declare_purposes(ticked)
        removed = self.session.undeclare_purposes(unticked)
        if added:
            hint = " Set their legal basis there." if facts_of(self.session.lenient()).european_law else ""
            self.notify(f"Added to your purposes: {', '.join(added)}.{hint}", title="Purposes", timeout=3)
        if removed:
            self.notify(f"Removed from your purposes again: {', '.join(removed)}.", title="Purposes", timeout=3)
        if added or removed:
            self.post_message(AnswerChanged(("purposes",)))

    @on(SelectionList.SelectionHighlighted)
    @on(SelectionList.SelectionToggled)
    def _quiet(self, event) -> None:
        event.stop()


class YesNo(QuestionBox):
    """A yes/no question: a tick box labelled with the question."""

    show_title = False

    def compose_control(self):
        value = self.value
        if not isinstance(value, bool):
            value = bool(self.question.default) if self.question.default is not MISSING else False
        self.tick = Tick(self.question.title, value=value, classes="control")
        yield self.tick

    def on_mount(self) -> None:
        self.watch(self.tick, "value", self._toggled, init=False)

    def _toggled(self, value: bool) -> None:
        self.answer(value)

    @on(Tick.Changed)
    def _changed(self, event: Tick.Changed) -> None:
        event.stop()


# ----------------------------------------------------------------------------------------------------- groups
class Group(QuestionBox):
    """A group of questions (a nested part of the answers), framed with its title."""

    DEFAULT_CSS = """
    Group.framed { border: round $foreground 30%; border-title-color: $text; padding: 0 1; }
    """

    show_title = False

    def __init__(self, question: Question, path: tuple, session: Session, top: bool = False) -> None:
        super().__init__(question, path, session)
        self.top = top
        if not top:
            self.add_class("framed")
            self.border_title = question.title

    def compose_control(self):
        yield from build_all(self.question.children, self.path, self.session)


class OptionalGroup(QuestionBox):
    """An optional group: a tick box that adds it (and reveals its questions) or removes it."""

    DEFAULT_CSS = """
    OptionalGroup > .group-body { height: auto; border-left: outer $accent 50%; padding-left: 1; }
    OptionalGroup > .group-body.-empty { display: none; }
    """

    show_title = False

    def compose_control(self):
        present = isinstance(self.value, dict)
        self.toggle = Tick(self.question.title, value=present, classes="control group-toggle")
        yield self.toggle
        self.body = Vertical(classes="group-body" + ("" if present else " -empty"))
        with self.body:
            if present:
                yield from build_all(self.question.children, self.path, self.session)

    @on(Tick.Changed)
    async def _toggled(self, event: Tick.Changed) -> None:
        if event.tick is not self.toggle:
            return
        event.stop()
        if not self.session.switch_group(self.path, event.value):
            return
        await self.body.remove_children()
        if event.value:
            await self.body.mount_all(build_all(self.question.children, self.path, self.session))
        self.body.set_class(not event.value, "-empty")
        self.post_message(AnswerChanged(self.path, rebuilt=True))


class Entry(Group):
    """One entry of a list: its questions, and a way to remove it (a button, or ctrl+r from inside the entry).

    The button is not in the Tab order: Enter on the last answer moves on to the next question, and a second Enter
    must not remove the entry that was just filled in.
    """

    BINDINGS = [Binding("ctrl+r", "remove_entry", "Remove entry")]

    show_title = False

    def __init__(self, question: Question, path: tuple, session: Session, owner: "EntryList") -> None:
        super().__init__(question, path, session, top=True)
        self.owner = owner

    def compose_control(self):
        yield from build_all(self.question.children, self.path, self.session)
        button = Button("Remove this entry (ctrl+r)", variant="error", compact=True, classes="remove-entry")
        button.can_focus = False
        yield button

    @on(Button.Pressed, ".remove-entry")
    def _remove_pressed(self, event: Button.Pressed) -> None:
        if event.button.parent is self:
            event.stop()
            self.action_remove_entry()

    def on_answer_changed(self, message: AnswerChanged) -> None:
        if message.path == (*self.path, "service") or message.path == (*self.path, "category"):
            for box in self.query(QuestionBox):
                box.refresh_catalogue()

    def action_remove_entry(self) -> None:
        # The list removes this entry: it must not wait for that here, inside the entry's own handler.
        self.owner.call_later(self.owner.remove, self.path[-1])


class EntryList(QuestionBox):
    """A list of entries: each a collapsible sub-form; add by picking from the catalogue, remove with a button."""

    DEFAULT_CSS = """
    EntryList > .entries { height: auto; }
    EntryList Collapsible { padding: 0; margin: 0; border-top: none; background: transparent; }
    EntryList Collapsible > Contents { padding: 0 0 0 2; }
    EntryList CollapsibleTitle { max-width: 100%; text-wrap: nowrap; text-overflow: ellipsis; }
    EntryList .add-row { height: auto; margin-top: 0; }
    EntryList .add-row > Select { width: 1fr; }
    """

    def compose_control(self):
        self.entries = Vertical(classes="entries")
        with self.entries:
            yield from self._entries()
        self.add_select: Select | None = None
        with Horizontal(classes="add-row"):
            choices = q.add_choices(self.question)
            if self.picks_services:
                yield Button("+ Add a provider: search the catalogue…", compact=True, classes="add-entry")
            elif choices:
                first = self.question.children[0].title.lower()
                self.add_select = Select([(label, key) for key, label in choices], prompt=f"+ Add: pick its {first}…",
                                         allow_blank=True, compact=True, type_to_search=True, classes="add-entry")
                yield self.add_select
            else:
                yield Button("+ Add an entry", compact=True, classes="add-entry")

    @property
    def picks_services(self) -> bool:
        """Entries named by a catalogue service (processors): added through the searchable picker."""
        return bool(self.question.children) and self.question.children[0].name == "service"

    def _entries(self, expand: int | None = None) -> list[Collapsible]:
        """One collapsible per entry; only the expanded one gets its questions (the others get them when opened)."""
        items = self.value if isinstance(self.value, list) else []
        result = []
        for index, item in enumerate(items):
            content = [self._entry(index)] if index == expand else []
            result.append(Collapsible(*content, title=q.entry_summary(self.question, item, index),
                                      collapsed=index != expand, classes="entry"))
        return result

    def _entry(self, index: int) -> "Entry":
        item_question = q.question_at((*self.path, index)) or self.question
        return Entry(item_question, (*self.path, index), self.session, self)

    async def open_entry(self, index: int) -> "Entry | None":
        """Expand an entry, building its questions if they are not there yet."""
        collapsibles = list(self.entries.query_children(Collapsible))
        if not 0 <= index < len(collapsibles):
            return None
        collapsible = collapsibles[index]
        collapsible.collapsed = False
        return await self._fill(collapsible, index)

    async def _fill(self, collapsible: Collapsible, index: int) -> "Entry":
        found = collapsible.query(Entry)
        if found:
            return found.first()
        entry = self._entry(index)
        await collapsible.query_one(Collapsible.Contents).mount(entry)
        self.post_message(AnswerChanged(self.path, changed=False, rebuilt=True))
        return entry

    @on(Collapsible.Expanded)
    async def _expanded(self, event: Collapsible.Expanded) -> None:
        collapsible = event.collapsible
        if collapsible.parent is not self.entries:
            return
        event.stop()
        await self._fill(collapsible, list(self.entries.children).index(collapsible))

    def on_mount(self) -> None:
        if self.add_select is not None:
            self.watch(self.add_select, "value", self._picked, init=False)

    def _picked(self, value: Any) -> None:
        if value == Select.NULL:
            return
        self.call_later(self._add, value or None)

    async def _add(self, choice: str | None, name: str = "") -> None:
        """Add an entry started from the catalogue choice (None: one of the person's own, ``name`` if typed)."""
        if self.add_select is not None:
            self.add_select.clear()
        same = q.same_entry(self.path, self.value, choice)
        if same is not None:  # one entry per catalogue choice: open the one there is instead
            items = self.value
            self.notify(f"“{q.entry_summary(self.question, items[same], same)}” is already in the list (entry "
                        f"{same + 1}), which is opened instead.",
                        title="Already listed", severity="warning")
            entry = await self.open_entry(same)
            if entry is not None:
                self.call_after_refresh(self._focus_entry, entry)
            return
        index = self.session.add_entry(self.path, q.new_entry(self.question, choice) | ({"name": name} if name else {}))
        if len(self.entries.children) != index:  # out of step with the answers: build them all again
            await self.rebuild(expand=index)
        else:  # the usual case: fold the others away and open the new entry below them, in one repaint
            with self.app.batch_update():
                for collapsible in self.entries.query_children(Collapsible):
                    collapsible.collapsed = True
                entry = self._entry(index)
                await self.entries.mount(Collapsible(entry, collapsed=False, classes="entry",
                                                     title=q.entry_summary(self.question, self.value[index], index)))
            self.call_after_refresh(self._focus_entry, entry)
        self.post_message(AnswerChanged(self.path, rebuilt=True))

    async def rebuild(self, expand: int | None = None) -> None:
        await self.entries.remove_children()
        entries = self._entries(expand)
        await self.entries.mount_all(entries)
        if expand is not None and expand < len(entries):
            entry = entries[expand].query_one(Entry)
            self.call_after_refresh(self._focus_entry, entry)

    def _focus_entry(self, entry: "Entry") -> None:
        """A new entry: focus its first question still unanswered, after the one picked to add it (answered, or
        left empty for one not in the list: its name comes next)."""
        entry.scroll_visible(animate=False)
        picked = (*entry.path, self.question.children[0].name) if self.question.children else None
        for box in entry.query(QuestionBox):
            if box.path == picked:
                continue
            if box.display and box.question.kind not in ("model", "list") and box.value is MISSING:
                if box.focus_control():
                    return
        entry.focus_control()

    @on(Select.Changed)
    def _select_changed(self, event: Select.Changed) -> None:
        if event.select is self.add_select:
            event.stop()

    @on(Button.Pressed, ".add-entry")
    async def _add_pressed(self, event: Button.Pressed) -> None:
        if event.button.parent is not None and event.button.parent.parent is self:
            event.stop()
            if self.picks_services:
                from policygen.wizard.dialogs.service_picker import ServicePickerScreen

                self.app.push_screen(ServicePickerScreen(), self._service_picked)
            else:
                await self._add(None)

    def _service_picked(self, picked: tuple[str | None, str] | None) -> None:
        if picked is not None:  # None: cancelled
            service, name = picked
            self.call_later(self._add, service, name)

    async def remove(self, index: int) -> None:
        items = self.value if isinstance(self.value, list) else []
        if not 0 <= index < len(items):
            return
        name = q.entry_summary(self.question, items[index], index)
        self.session.remove_entry(self.path, index)
        await self.rebuild()
        self.notify(f"Removed “{name}”.", title=self.question.title)
        self.post_message(AnswerChanged(self.path, rebuilt=True))
        self.focus_control()

    def on_answer_changed(self, message: AnswerChanged) -> None:
        depth = len(self.path)
        if message.path[:depth] == self.path and len(message.path) > depth + 1:
            self.retitle(message.path[depth])

    def retitle(self, index: int, flagged: bool = False) -> None:
        entries = list(self.entries.query_children(Collapsible))
        items = self.value if isinstance(self.value, list) else []
        if 0 <= index < len(entries) and index < len(items):
            title = q.entry_summary(self.question, items[index], index)
            entries[index].title = f"{title}  ✗" if flagged else title


def focusable_in(widget: Widget) -> Widget | None:
    for child in widget.query("*"):
        if child.focusable:
            return child
    return None
