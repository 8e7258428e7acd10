"""The answers model: the single source of truth for the questionnaire, the answers file and its JSON Schema."""

from policygen.model.no_plugins import skip_plugin_search

skip_plugin_search()  # before any validator is built

from policygen.model.answers import Answers  # noqa: E402

__all__ = ["Answers"]
