"""The shapes shared by the vocabularies: an entry with a label and a description, and a table of names.

Both keep the library's English and say it, when read, in the language of the policy being written (``_``), so a
template or fact that reads ``term.label`` or ``names[code]`` needs no change to speak another language.
The messages are listed for the translators by policygen.catalogue.messages.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from policygen.i18n.speaking import _
from policygen.voice import current_voice, in_voice


@dataclass(frozen=True)
class Term:
    """One entry of a controlled vocabulary: a stable id, a short label and a plain-language explanation.

    Both are read in the language and the voice of the policy being written ("our records", or "my records" for one
    person)."""

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
            return _(self.one_person_label)
        return in_voice(_(self.written_label))

    @property
    def description(self) -> str:
        if self.one_person_description and current_voice() == "I":
            return _(self.one_person_description)
        return in_voice(_(self.written_description)) if self.written_description else ""


class Names(Mapping[str, str]):
    """Ids and the names the library writes for them ("TX": "Texas"), each read in the language being written.

    Every read translates (``names[code]``, ``.get``, ``.items()``, ``.values()``), so no reader gets English by
    reading it another way; ``written`` holds the English."""

    def __init__(self, written: Mapping[str, str]):
        self.written = dict(written)

    def __getitem__(self, key: str) -> str:
        return _(self.written[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self.written)

    def __len__(self) -> int:
        return len(self.written)

    def __repr__(self) -> str:
        return f"Names({self.written!r})"
