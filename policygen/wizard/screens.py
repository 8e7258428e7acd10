"""The wizard's main screen: sections, questions and preview (its dialogs are in policygen.wizard.dialogs)."""

from __future__ import annotations

import copy
import datetime
from functools import partial
from pathlib import Path
from typing import Callable

from rich.table import Table
from rich.text import Text
from textual import events, on
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.reactive import reactive
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Button, OptionList, Static
from textual.widgets.option_list import Option

from policygen.commands.render import render_document
from policygen.errors import PolicygenError
from policygen.files import write_atomic
from policygen.wizard import questions as q
from policygen.wizard.dialogs.finish_anyway import FinishAnywayScreen
from policygen.wizard.dialogs.record_change import RecordChangeScreen
from policygen.wizard.dialogs.restore_draft import RestoreDraftScreen
from policygen.wizard.dialogs.save_changes import SaveChangesScreen
from policygen.wizard.dialogs.write_policy import POLICY_FORMATS, WriteOutputsScreen
from policygen.wizard.form import QuestionBox
from policygen.wizard.messages import AnswerChanged, JumpTo
from policygen.wizard.pages import ReviewPage, SectionPage
from policygen.i18n import LANGUAGES
from policygen.wizard.preview import build_preview
from policygen.wizard.preview_pane import PreviewPane, split_parts
from policygen.wizard.session import Session

# ------------------------------------------------------------------------------------------------- main screen

_STATE_MARKS = {"todo": ("○", "dim"), "done": ("✓", "green"), "problems": ("✗", "red")}


class KeysBar(Widget):
    """The keys that work now, along the bottom: the screen's and the app's always in the same order, then those of
    the focused question (an entry's "Remove entry"). A click on one presses it.

    One line of text rather than Textual's Footer: that one is rebuilt, and the whole screen laid out again (some
    40 ms), whenever the focus moves somewhere its keys come in another order.
    """

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def _bindings_changed(self, screen: Screen) -> None:
        self.refresh()

    def keys(self) -> list[tuple[Binding, bool]]:
        """(binding, enabled) of each key shown, in the order shown."""
        screen, app = self.screen, self.app

        def place(item: tuple) -> tuple[int, int]:
            node, binding = item[0], item[1]
            rank = 0 if node is screen else 1 if node is app else 2
            declared = [b.key if isinstance(b, Binding) else b[0] for b in getattr(type(node), "BINDINGS", [])]
            return rank, declared.index(binding.key) if binding.key in declared else len(declared)

        shown = sorted((item for item in screen.active_bindings.values() if item[1].show), key=place)
        return [(binding, enabled) for _, binding, enabled, _ in shown]

    _spans: list[tuple[int, int, str]] = []
    """(from, to, key) of each enabled key as last rendered: where a click lands."""

    def render(self) -> Content:
        parts, spans, start = [], [], 0
        for binding, enabled in self.keys():
            key = Content.from_markup("[bold $footer-key-foreground] $key [/]", key=self.app.get_key_display(binding))
            part = Content.assemble(key, Content.from_markup("[$footer-description-foreground]$name [/]",
                                                             name=binding.description))
            if enabled:
                spans.append((start, start + part.cell_length, binding.key))
            parts.append(part if enabled else part.stylize("dim"))
            start += part.cell_length
        self._spans = spans
        return Content.assemble(*parts)

    def on_click(self, event: events.Click) -> None:
        key = next((key for start, end, key in self._spans if start <= event.x < end), None)
        if key is not None:
            self.app.simulate_key(key)


class Line(Widget):
    """A line of text whose size the stylesheet fixes: new text repaints just it, where a Static's update lays out
    the whole screen again (some 30 ms with the preview on)."""

    text: reactive[str | Text] = reactive("", layout=False)

    def update(self, text: str | Text) -> None:
        self.text = text

    def render(self) -> Text:
        return Text(self.text) if isinstance(self.text, str) else self.text  # plain text: never read as markup


class FormScroll(VerticalScroll, inherit_bindings=False, can_focus=False):
    """The page's scroller; Page Up/Down belong to the section navigation, arrows move between questions.

    It never takes the focus itself, so a click on a label or a gap leaves the focus (and the help) where it is.
    """

    BINDINGS = [Binding("down", "app.focus_next", show=False), Binding("up", "app.focus_previous", show=False)]


class MainScreen(Screen):
    """Sections on the left, the current section's questions in the middle, the live preview on the right."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save"),
        # Priority: inputs and lists scroll with Page Up/Down, but here they turn the wizard's pages.
        Binding("pagedown", "next", "Next", priority=True),
        Binding("pageup", "back", "Back", priority=True),
        Binding("f1", "help", "Help"),
        Binding("f2", "preview", "Preview"),
        Binding("f3", "preview_language", "Language"),
        Binding("escape", "sections", "Sections", show=False),
        # Priority: the focus moves the moment Tab arrives, so keys typed right after it (a fast typist, a paste
        # through the terminal) land in the next question, not in the one being left.
        Binding("tab", "app.focus_next", "Next question", show=False, priority=True),
        Binding("shift+tab", "app.focus_previous", "Previous question", show=False, priority=True),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.current: str | None = None
        self.narrow: bool | None = None
        self.preview_on = True
        self.preview_language = "en"
        """The language the preview shows the policy in (F3 turns through them); the questions stay in English."""
        self.preview_text = ""
        self.preview_note = ""
        self.preview_generation = 0
        """Goes up with each preview requested; a result that is not the newest is dropped."""
        self.preview_shown_generation = 0
        self._preview_stale = True
        self._preview_timer: Timer | None = None
        self._autosave_timer: Timer | None = None
        self._refresh_pending = False
        self._labels: dict[str, tuple[str, str, str]] = {}
        self._chrome: tuple = ()
        self._active_box: QuestionBox | None = None

    # ---- layout
    def compose(self):
        # The layout classes go on before the widgets are made: set later, they restyle every widget once more.
        self.update_layout(self.app.size.width)
        with Horizontal(id="body"):
            yield OptionList(*[Option(self._prompt(self._label(s)), id=s.id) for s in q.sections()], id="sections")
            with Vertical(id="main-col"):
                yield Line(id="status")
                yield FormScroll(id="form")
                yield Static(id="help-bar")
                with Horizontal(id="nav"):
                    yield Button("◀ Back", id="back", compact=True)
                    yield Line(id="position")
                    yield Button("Next ▶", id="next", compact=True)
            with Vertical(id="preview"):
                yield Static("Preview", id="preview-note", markup=False)
                yield PreviewPane(id="preview-scroll")
        yield KeysBar()

    async def on_mount(self) -> None:
        await self.show_section(q.sections()[0].id)
        draft = self.session.pending_draft()
        if draft is not None:
            self.app.push_screen(RestoreDraftScreen(self.session.path.name, self.session.draft.name,
                                                    exists=self.session.exists),
                                 partial(self._restore_answered, draft))

    def on_resize(self, event) -> None:
        self.update_layout(event.size.width)

    def update_layout(self, width: int) -> None:
        narrow = width < self.app.narrow_width
        if narrow != self.narrow:  # crossing the threshold: the preview follows the room there is
            first = self.narrow is None
            self.narrow = narrow
            self.preview_on = not narrow
            if first and self.app.show_preview is not None:
                self.preview_on = self.app.show_preview
        if self.has_class("-narrow") != narrow:  # a class on the screen restyles every widget: only on change
            self.set_class(narrow, "-narrow")
        if self.has_class("-preview-on") != self.preview_on:
            self.set_class(self.preview_on, "-preview-on")
        if self.preview_on and self._preview_stale:
            self.schedule_preview(now=True)

    # ---- sections
    @property
    def page(self) -> SectionPage | ReviewPage | None:
        pages = self.query("#form > .page")
        return pages.first() if pages else None

    async def show_section(self, section_id: str, focus_path: tuple | None = None) -> None:
        if self.current is not None and self.current != section_id:
            self.session.leave_section(self.current)
        self.current = section_id
        section = next(s for s in q.sections() if s.id == section_id)
        form = self.query_one("#form", FormScroll)
        with self.app.batch_update():  # one repaint for the whole switch, not one per step
            await form.remove_children()
            page = ReviewPage(self.session) if section_id == q.REVIEW else SectionPage(section, self.session)
            await form.mount(page)
            form.scroll_home(animate=False)
            if isinstance(page, SectionPage):
                page.refresh_questions()
            self.refresh_chrome()
        if focus_path is not None and isinstance(page, SectionPage):
            await page.focus_path(focus_path)
        else:
            page.focus_first()

    def _index(self) -> int:
        return next(i for i, s in enumerate(q.sections()) if s.id == self.current)

    async def action_next(self) -> None:
        index = self._index()
        if index + 1 < len(q.sections()):
            await self.show_section(q.sections()[index + 1].id)

    async def action_back(self) -> None:
        index = self._index()
        if index > 0:
            await self.show_section(q.sections()[index - 1].id)

    def action_sections(self) -> None:
        sections = self.query_one("#sections", OptionList)
        if sections.has_focus and self.page is not None:
            self.page.focus_first()
        else:
            sections.focus()

    @on(OptionList.OptionSelected, "#sections")
    async def _section_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        await self.show_section(event.option_id)

    @on(Button.Pressed, "#next")
    async def _next_pressed(self) -> None:
        await self.action_next()

    @on(Button.Pressed, "#back")
    async def _back_pressed(self) -> None:
        await self.action_back()

    @on(Button.Pressed, "#save-draft")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#finish")
    async def _finish_pressed(self) -> None:
        await self.finish()

    async def on_jump_to(self, message: JumpTo) -> None:
        await self.show_section(q.section_of(message.path).id, focus_path=message.path)

    # ---- reacting to answers
    def on_answer_changed(self, message: AnswerChanged) -> None:
        if message.changed:
            self.schedule_preview()
            self.schedule_autosave()
        if not self._refresh_pending:
            self._refresh_pending = True
            self.call_after_refresh(self._refresh)

    def check_laws(self) -> None:
        """Let the laws' errors join the section marks and the questions' messages (off until the first frame)."""
        self.session.laws_checked = True
        self._refresh()

    def _refresh(self) -> None:
        self._refresh_pending = False
        page = self.page
        if isinstance(page, SectionPage):
            page.refresh_questions()
        self.refresh_chrome()

    def _label(self, section: q.Section) -> tuple[str, str, str]:
        mark, style = _STATE_MARKS[self.session.state(section)]
        if section.id == q.REVIEW:
            mark = "»"
        return mark, style, section.title

    @staticmethod
    def _prompt(label: tuple[str, str, str]) -> Table:
        """A section's entry in the side list: its state mark, then its title, which wraps under itself."""
        mark, style, title = label
        grid = Table.grid()
        grid.add_column(width=2, no_wrap=True)
        grid.add_column()
        grid.add_row(Text(mark, style), Text(title))
        return grid

    def refresh_chrome(self) -> None:
        """The side list's states, the status line and the position."""
        sections = self.query_one("#sections", OptionList)
        for section in q.sections():
            label = self._label(section)
            if self._labels.get(section.id) != label:
                self._labels[section.id] = label
                sections.replace_option_prompt(section.id, self._prompt(label))
        index = self._index()
        if sections.highlighted != index:
            sections.highlighted = index
        state = "unsaved changes" if self.session.dirty else "saved" if self.session.exists else "not saved yet"
        chrome = (state, index)
        if chrome == self._chrome:  # updating widgets costs a layout pass: only when something changed
            return
        self._chrome = chrome
        self.query_one("#status", Line).update(Text.assemble((self.session.path.name, "bold"), f": {state}"))
        self.query_one("#position", Line).update(f"{index + 1} of {len(q.sections())}")
        self.query_one("#back", Button).disabled = index == 0
        self.query_one("#next", Button).disabled = index == len(q.sections()) - 1

    # ---- help and preview
    def watch_focused(self, focused) -> None:
        """The help bar under the questions explains the focused one.

        The help is not shown inline on focus: text appearing and disappearing above the mouse would move the
        widget being clicked between the press and the release of the button.
        """
        box = next((a for a in (focused.ancestors_with_self if focused else []) if isinstance(a, QuestionBox)), None)
        if box is self._active_box and box is not None:
            return
        self._active_box = box
        text = Text()
        if box is not None:
            text.append(box.question.title, "bold")
            if box.question.help:
                text.append(f"{'' if box.question.title.endswith('?') else ':'} {box.question.help}")
            if box.question.ask is not None:
                text.append(f" (Asked {box.question.ask.reason}.)", "italic")
        elif focused is not None and focused.id == "sections":
            text.append("○ not started  ✓ done  ✗ has problems. Choose a section with the arrows and Enter; "
                        "Escape goes back to the questions.")
        bar = self.query("#help-bar")
        if bar:
            bar.first().update(text)
            if box is not None:  # a longer help takes room from the form: keep the question in view
                self.call_after_refresh(focused.scroll_visible, animate=False)

    async def action_help(self) -> None:
        """F1: every question shows its help under its title (or none does again)."""
        self.session.show_all_help = not self.session.show_all_help
        with self.app.batch_update():
            for box in self.query(QuestionBox):
                await box.show_help(self.session.show_all_help)
        if self.focused is not None:  # the help above it moved it: keep the question being answered in view
            self.call_after_refresh(self.focused.scroll_visible, animate=False)

    def action_preview(self) -> None:
        self.preview_on = not self.preview_on
        self.update_layout(self.app.size.width)
        if self.narrow:  # the preview takes the questions' place: give it the keys (arrows scroll it)
            if self.preview_on:
                self.query_one("#preview-scroll").focus()
            elif self.page is not None:
                self.page.focus_first()

    def action_preview_language(self) -> None:
        """F3: the preview in the next language (English, French, German, Spanish, Brazilian Portuguese, English...)."""
        codes = list(LANGUAGES)
        self.preview_language = codes[(codes.index(self.preview_language) + 1) % len(codes)]
        if not self.preview_on:
            self.action_preview()
        self.schedule_preview(now=True)

    def schedule_preview(self, now: bool = False) -> None:
        """Render the preview once typing pauses (debounced); hidden, it is only marked out of date."""
        self._preview_stale = True
        if not self.preview_on:
            return
        if self._preview_timer is not None:
            self._preview_timer.stop()
            self._preview_timer = None
        delay = 0 if now else self.app.preview_delay
        if delay > 0:
            self._preview_timer = self.set_timer(delay, self.start_preview)
        else:  # once the screen is painted: the questions come first (at the start, the preview after them)
            self.call_after_refresh(self.start_preview)

    def start_preview(self) -> None:
        self._preview_timer = None
        self._preview_stale = False
        self.preview_generation += 1
        self.run_worker(partial(self._render_preview, self.preview_generation, copy.deepcopy(self.session.data),
                                self.preview_language), thread=True, group="preview", exit_on_error=False)

    def _render_preview(self, generation: int, data: dict, lang: str = "en") -> None:
        """In a thread: compose and render the policy, then hand it to the screen unless a newer one started."""
        text, note = build_preview(data, lang)
        if generation != self.preview_generation:
            return
        try:
            self.app.call_from_thread(self._show_preview, generation, text, note)
        except RuntimeError:  # the app is closing
            pass

    async def _show_preview(self, generation: int, text: str, note: str) -> None:
        if generation != self.preview_generation:
            return  # a newer preview is on its way
        if note != self.preview_note:
            self.preview_note = note
            self.query_one("#preview-note", Static).update(note)
        if text != self.preview_text:
            self.preview_text = text
            await self.query_one("#preview-scroll", PreviewPane).show(split_parts(text) if text else [f"*{note}*"])
        self.preview_shown_generation = generation

    # ---- saving
    def schedule_autosave(self) -> None:
        if self._autosave_timer is None:
            self._autosave_timer = self.set_timer(max(self.app.autosave_delay, 0.001), self.autosave)

    def autosave(self) -> None:
        """Write the draft beside the answers file (a few seconds after a change)."""
        self._autosave_timer = None
        if self.session.dirty:
            try:
                self.session.write_draft()
            except OSError as error:
                self.notify(f"Could not autosave the draft: {error.strerror or error}", severity="warning")

    def stop_autosave(self) -> None:
        if self._autosave_timer is not None:
            self._autosave_timer.stop()
            self._autosave_timer = None

    def action_save(self, finishing: bool = False, then: Callable[[], object] | None = None) -> None:
        """Save the answers (ctrl+s); after a material change, first offer to record it in the revision history (as
        `policygen diff --record` does). ``then`` runs once they are saved."""
        change = self.session.material_change(self.session.today())
        if change is None:
            if self._save(finishing) and then is not None:
                then()
            return

        def answered(choice: str | None) -> None:
            if choice not in ("record", "save"):  # cancelled: nothing saved yet
                return
            if choice == "record":
                self.session.record_change(change)
                if self.current == q.section_of(("changes",)).id:  # its questions show the dates: build them again
                    self.call_later(self.show_section, self.current)
                self.schedule_preview()
            if self._save(finishing) and then is not None:
                then()

        self.app.push_screen(RecordChangeScreen(change), answered)

    def _save(self, finishing: bool) -> bool:
        """Save the answers. A policy written beside them before is written again, so it never goes stale; when
        ``finishing``, the dialog that follows asks instead (and says it saved: no notice covers its buttons)."""
        try:
            found = self.session.save()
        except OSError as error:
            self.notify(f"Could not save {self.session.path}: {error.strerror or error}", severity="error",
                        title="Not saved")
            return False
        self.stop_autosave()
        path = self.session.path
        problems = f"{found} problem{'s' if found != 1 else ''}"
        if found and self.session.saved_to != path:
            self.notify(f"{path.name} keeps its complete answers; these, with {problems} left, are saved as a draft "
                        f"({self.session.draft.name}) that the wizard offers back next time.", title="Draft saved",
                        severity="warning")
        elif found:
            self.notify(f"Saved {path.name} as a draft with {problems} left; open it again with the wizard to "
                        "finish.", title="Draft saved", severity="warning")
        else:
            outputs = [fmt for fmt in POLICY_FORMATS if not finishing and self.session.policy_path(fmt).exists()]
            if not finishing:
                self.notify(f"Saved {path.name}." + (" Writing the policy beside it again." if outputs else ""),
                            title="Saved")
            self._write_chosen(outputs)
        self.refresh_chrome()
        return True

    async def finish(self) -> None:
        """Finish: problems send the person to them; errors the laws still find are named and need a second yes."""
        self.session.reveal_all = True
        found = self.session.problems()
        if found:
            self.notify(f"Fix {len(found)} problem{'s' if len(found) != 1 else ''} before finishing "
                        "(ctrl+s saves a draft meanwhile).", title="Not finished", severity="error")
            await self.show_section(q.REVIEW)
            return
        errors = [f"{q.where(path)}: {q.plain(message)}" for path, severity, message in self.session.findings()
                  if severity == "error"]
        if errors:
            self.app.push_screen(FinishAnywayScreen(errors), self._finish_answered)
            return
        self._finish_now()

    def _finish_answered(self, finish: bool | None) -> None:
        if finish:
            self._finish_now()
        elif self.page is not None:
            self.page.focus_first()

    def _finish_now(self) -> None:
        self.action_save(finishing=True, then=self._offer_outputs)

    def _offer_outputs(self) -> None:
        path = self.session.path
        self.app.push_screen(WriteOutputsScreen(path.name, str(path.resolve().parent),
                                                {fmt: self.session.policy_path(fmt).name for fmt in POLICY_FORMATS}),
                             self._write_chosen)

    def _write_chosen(self, formats: list[str] | None) -> None:
        answers = self.session.valid_answers()
        if formats and answers is not None:
            targets = {fmt: self.session.policy_path(fmt) for fmt in formats}
            self.run_worker(partial(self._write_outputs, answers, targets), thread=True, group="outputs",
                            exit_on_error=False)

    def _write_outputs(self, answers, targets: dict[str, Path]) -> None:
        """In a thread: write the policy beside the answers (privacy-policy.md / .html), as `policygen render` does."""
        from policygen.document.compose import compose

        written = []
        try:
            document = compose(answers)
            for fmt, out in targets.items():
                write_atomic(out, render_document(document, fmt))
                written.append(out.name)
        except PolicygenError as error:
            message = "; ".join(p.message for p in error.problems[:3])
            self.app.call_from_thread(self.notify, f"The policy could not be written: {message}",
                                      title="Policy not written", severity="error")
            return
        except OSError as error:
            self.app.call_from_thread(self.notify, f"The policy could not be written: {error}",
                                      title="Policy not written", severity="error")
            return
        self.app.call_from_thread(self.notify, f"Wrote {' and '.join(written)}. Press ctrl+q to quit.",
                                  title="Policy written")

    # ---- drafts and quitting
    def _restore_answered(self, draft: dict, restore: bool | None) -> None:
        if restore:
            self.session.restore(draft)
            self.call_later(self._reload)
        elif restore is False:
            self.session.remove_draft()
        else:  # later: keep the draft; it is offered again next time unless these answers are saved
            self.session.keep_draft = True

    async def _reload(self) -> None:
        await self.show_section(self.current or q.sections()[0].id)
        self.schedule_preview(now=True)
        self.notify("Restored your unsaved answers (not saved yet: ctrl+s saves them).", title="Draft restored")

    def request_quit(self) -> None:
        if not self.session.dirty:
            self._leave()
            return
        self.app.push_screen(SaveChangesScreen(self.session.path.name, len(self.session.problems()),
                                               saved_before=self.session.exists),
                             self._quit_answered)

    def _quit_answered(self, choice: str | None) -> None:
        if choice == "save":
            self.action_save(then=self._leave)
        elif choice == "discard":
            self._leave()

    def _leave(self) -> None:
        self.stop_autosave()
        if self._preview_timer is not None:
            self._preview_timer.stop()
        if not self.session.keep_draft:
            self.session.remove_draft()
        self.app.exit(0)
