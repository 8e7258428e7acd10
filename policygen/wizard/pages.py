"""The wizard's pages: one per section of the answers, and the review that lists every problem."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, OptionList, Static
from textual.widgets.option_list import Option

from policygen.wizard import questions as q
from policygen.wizard.form import EntryList, QuestionBox, build
from policygen.wizard.messages import JumpTo
from policygen.wizard.session import Session


class SectionPage(Vertical):
    """The questions of one section, built from the session's answers each time the section is opened."""

    def __init__(self, section: q.Section, session: Session) -> None:
        super().__init__(classes="page")
        self.section = section
        self.session = session

    def compose(self):
        yield Static(self.section.title, classes="page-title", markup=False)
        for question in self.section.questions:
            yield build(question, (question.name,), self.session, top=True)

    def boxes(self) -> list[QuestionBox]:
        return list(self.query(QuestionBox))

    def refresh_questions(self) -> None:
        """Show only relevant questions, and the problems of those the person has answered or left."""
        session = self.session
        boxes = self.boxes()
        paths = {box.path for box in boxes}
        messages: dict[tuple, list[str]] = {}
        for path, message in session.open_errors():
            at = q.shown_at(path, paths)
            if at != path:
                rest = q.describe(path).split(" › ")[len(at):]
                message = f"{' › '.join(rest)}: {message}" if rest else message
            messages.setdefault(at, []).append(message)
        for box in boxes:
            if box.question.ask is not None:
                box.display = session.relevant(box.question, box.path)
            found = messages.get(box.path)
            box.show_problem("; ".join(found) if found and session.error_shown(box.path) else None)
        for entry_list in self.query(EntryList):
            depth = len(entry_list.path)
            flagged = {p[depth] for p, _ in session.open_errors()
                       if p[:depth] == entry_list.path and len(p) > depth and session.error_shown(p[:depth + 1])}
            for index in range(len(entry_list.entries.children)):
                entry_list.retitle(index, index in flagged)

    def focus_first(self) -> None:
        for box in self.boxes():
            if box.display and box.focus_control():
                return

    async def focus_path(self, path: tuple) -> None:
        """Focus the question for ``path`` (or the nearest one shown), opening the entries it sits in."""
        for entry_list in self.query(EntryList):
            depth = len(entry_list.path)
            if path[:depth] == entry_list.path and len(path) > depth and isinstance(path[depth], int):
                await entry_list.open_entry(path[depth])
        boxes = {box.path: box for box in self.boxes()}
        box = boxes.get(q.shown_at(path, set(boxes)))
        if box is None:
            self.focus_first()
            return
        self.call_after_refresh(self._focus_box, box)

    def _focus_box(self, box: QuestionBox) -> None:
        box.focus_control()
        box.scroll_visible(animate=False, top=True)


class ReviewPage(Vertical):
    """Every problem left, each a way back to its question; finish saves and offers to write the policy."""

    def __init__(self, session: Session) -> None:
        super().__init__(classes="page review")
        self.session = session
        self._targets: dict[str, tuple] = {}
        """Each listed problem's or finding's option id: the answer it leads to."""

    def compose(self):
        found = self.session.problems()
        yield Static("Review and finish", classes="page-title")
        name = self.session.path.name
        if found:
            yield Static(f"{len(found)} problem{'s' if len(found) != 1 else ''} to fix before finishing. "
                         "Choose one to go to its question. Save a draft any time with ctrl+s.",
                         classes="review-note", markup=False)
            yield self._places("problems", [(path, q.plain(message), "red") for path, message in found])
        elif findings := self.session.findings():
            errors = sum(1 for _, severity, _ in findings if severity == "error")
            yield Static(f"Every question is answered, but the laws your audiences bring still ask for "
                         f"{len(findings)} thing{'s' if len(findings) != 1 else ''} ({errors} error"
                         f"{'s' if errors != 1 else ''}; policygen validate lists the same). Choose one to go to "
                         f"its answer. You can finish anyway{' (the wizard asks first)' if errors else ''}: the "
                         f"policy then leaves them out.",
                         classes="review-note", markup=False)
            yield self._places("findings", [(path, f"{severity}: {q.plain(message)}",
                                             "red" if severity == "error" else "yellow")
                                            for path, severity, message in findings])
        else:
            yield Static(f"Every question is answered and the policy says what the laws your audiences bring ask. "
                         f"Finishing saves {name} and offers to write the policy beside it as privacy-policy.md "
                         f"and privacy-policy.html.",
                         classes="review-note", markup=False)
        unseen = [s.title for s in q.sections() if s.id != q.REVIEW and self.session.state(s) == "todo"]
        if unseen:
            yield Static(f"Not looked at yet (their defaults apply): {', '.join(unseen)}.", classes="review-note",
                         markup=False)
        with Horizontal(classes="review-buttons"):
            # No variant colour: only the focused button stands out, so where Enter goes is never in doubt.
            yield Button("Finish and write the policy", id="finish", compact=True)
            yield Button("Save draft", id="save-draft", compact=True)

    def _places(self, list_id: str, items: list[tuple[tuple, str, str]]) -> OptionList:
        """A list of (answer path, message, colour), each option a way to its answer (none for the whole policy)."""
        options = []
        for index, (path, message, style) in enumerate(items):
            section, _, rest = q.where(path).partition(" › ")
            text = Text.assemble((section, "bold"), f" › {rest}" if rest else "", "\n  ", (message, style))
            option_id = f"{list_id}-{index}"
            self._targets[option_id] = path
            options.append(Option(text, id=option_id, disabled=not path))
        return OptionList(*options, id=list_id, compact=True)

    @on(OptionList.OptionSelected, "#problems, #findings")
    def _jump(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(JumpTo(self._targets[event.option_id]))

    def focus_first(self) -> None:
        target = self.query("#problems") or self.query("#findings") or self.query("#finish")
        target.first().focus()

