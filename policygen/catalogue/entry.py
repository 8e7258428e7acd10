"""The shape shared by every vocabulary entry."""

from __future__ import annotations

from dataclasses import dataclass

from policygen.voice import current_voice, in_voice


@dataclass(frozen=True)
class Term:
    """One entry of a controlled vocabulary: a stable id, a short label and a plain-language explanation.

    Both are read in the voice of the policy being written ("our records", or "my records" for one person)."""

    written_label: str
    """Short name, used in lists, tables and the wizard's choices ("Contact details"), as the library writes it."""
    written_description: str = ""
    """One plain sentence or phrase that explains the term to a reader of the policy, as the library writes it."""
    one_person_label: str = ""
    """The label for a business that is one person, where the plural one names a team ("Staff training")."""
    one_person_description: str = ""
    """The description for a business that is one person, where the plural one says what only a team does ("our
    staff are trained"); empty when the plural one, said as "I", is true of one person too."""

    @property
    def label(self) -> str:
        if self.one_person_label and current_voice() == "I":
            return self.one_person_label
        return in_voice(self.written_label)

    @property
    def description(self) -> str:
        if self.one_person_description and current_voice() == "I":
            return self.one_person_description
        return in_voice(self.written_description)
