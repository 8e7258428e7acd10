"""Messages the wizard's widgets send up to the main screen."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class AnswerChanged(Message):
    """An answer changed (or, with ``changed=False``, a question was left): refresh problems, states, preview."""

    path: tuple
    changed: bool = True
    rebuilt: bool = False
    """Widgets were added or removed (an entry, an optional group): look for questions again."""


@dataclass
class JumpTo(Message):
    """Open the section holding ``path`` and focus its question (from the review's list of problems)."""

    path: tuple
