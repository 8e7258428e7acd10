"""Answers that change nothing: a question the wizard would not ask (its AskWhen does not hold), answered anyway.

A founder who fills in a loyalty programme for a policy no US law governs should hear that the policy does not
mention it, rather than find it silently dropped.
"""

from __future__ import annotations

from pydantic import BaseModel

from policygen.model.conditions import ask_when


def answers_without_effect(answers) -> list[tuple[str, str]]:
    """(path, why) for each answer given where its question does not apply."""
    found: list[tuple[str, str]] = []
    _walk(answers, answers, "", found)
    return found


def _given(value, default) -> bool:
    if value is None or value == [] or value is False:
        return False
    return value != default


def _walk(model: BaseModel, answers, prefix: str, found: list) -> None:
    for name, info in type(model).model_fields.items():
        value = getattr(model, name)
        path = f"{prefix}.{name}" if prefix else name
        condition = ask_when(info)
        if condition is not None:
            holds = condition.holds(answers, model)
            if not holds:
                default = info.get_default(call_default_factory=True)
                if _given(value, default):
                    found.append((path, f"it is asked {condition.reason}"))
                continue
        if isinstance(value, BaseModel):
            _walk(value, answers, path, found)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, BaseModel):
                    _walk(item, answers, f"{path}[{i}]", found)
