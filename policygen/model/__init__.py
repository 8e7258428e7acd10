"""The answers model: the single source of truth for the questionnaire, the answers file and its JSON Schema."""

from policygen.model.answers import Answers

__all__ = ["Answers"]
