"""The live preview's text: the policy as Markdown for answers in any state (no Textual here; runs in a thread)."""

from __future__ import annotations

from policygen.errors import PolicygenError
from policygen.wizard.questions import preview_answers


def build_preview(data: dict) -> tuple[str, str]:
    """(Markdown of the policy, a one-line note on how complete it is); the Markdown is empty when none can be made."""
    answers, count = preview_answers(data)
    if answers is None:
        return "", f"No preview yet: {count} problem{'s' if count != 1 else ''} to fix first."
    try:
        from policygen.document.compose import compose
        from policygen.render.markdown import render_markdown

        text = render_markdown(compose(answers))
    except PolicygenError as error:
        return "", "The policy cannot be written yet: " + "; ".join(p.message for p in error.problems[:3])
    except Exception as error:  # the preview must never take the wizard down
        return "", f"The preview failed: {type(error).__name__}: {error}"
    if count:
        return text, (f"Draft preview: {count} answer{'s are' if count != 1 else ' is'} missing or invalid "
                      "and shown as placeholders.")
    return text, "Preview of the policy."
