"""The shape shared by every vocabulary entry."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    """One entry of a controlled vocabulary: a stable id, a short label and a plain-language explanation."""

    label: str
    """Short name, used in lists, tables and the wizard's choices ("Contact details")."""
    description: str = ""
    """One plain sentence or phrase that explains the term to a reader of the policy."""
