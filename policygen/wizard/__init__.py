"""The Textual wizard (the only part of policygen that imports Textual).

Textual is imported only inside ``run_wizard``: headless commands (render, validate, schema) never load it, so they
start fast and work without a terminal. The wizard's logic that needs no terminal lives in ``questions``,
``session`` and ``preview``, which import no Textual either.
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from policygen.wizard.app import WizardApp


def run_wizard(answers_path: str) -> int:
    """Run the questionnaire on ``answers_path`` (created when it does not exist); the exit code."""
    result = open_wizard(answers_path).run()
    return result if isinstance(result, int) else 0


def open_wizard(answers_path: str) -> WizardApp:
    """The wizard on ``answers_path``, ready to run: its answers read, Textual and the app loaded."""
    # Starting up makes some 150,000 objects that live as long as the app, and Python's collector would walk them
    # all several times over while they are made (up to 20 ms a pass). The app keeps it off and collects in quiet
    # moments (WizardApp.on_mount), so it goes off from the start.
    gc.disable()
    try:
        from policygen.errors import Problem, UsageError
        from policygen.wizard.session import Session

        if Path(answers_path).suffix.lower() not in (".yaml", ".yml"):
            raise UsageError([Problem(answers_path, "the wizard reads and writes YAML answers files: name it .yaml "
                                                    "or .yml (convert a JSON file with any YAML tool first)")])
        session = Session.open(answers_path)  # AnswersError (printed by the CLI) if the file cannot be read or parsed

        from policygen.wizard.app import WizardApp

        return WizardApp(session)
    except BaseException:
        gc.enable()
        raise
