"""Answers files on disk: reading YAML or JSON with precise error locations, and saving them back."""

from policygen.answers.load import load_answers

__all__ = ["load_answers"]
