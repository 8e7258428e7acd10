"""Messages the wizard's widgets send up to the main screen."""

from __future__ import annotations

from textual.message import Message


class AnswerChanged(Message):
    """An answer changed (or, with ``changed=False``, a question was left): refresh problems, states, preview."""

    def __init__(self, path: tuple, changed: bool = True, rebuilt: bool = False) -> None:
        super().__init__()
        self.path = path
        self.changed = changed
        self.rebuilt = rebuilt
        """Widgets were added or removed (an entry, an optional group): look for questions again."""


class JumpTo(Message):
    """Open the section holding ``path`` and focus its question (from the review's list of problems)."""

    def __init__(self, path: tuple) -> None:
        super().__init__()
        self.path = path
