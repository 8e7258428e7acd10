"""The reply time is said with the number's own plural form ("1 day", "20 days"), one message per form, so that each
language can count in its own way."""

from __future__ import annotations

import pytest
import yaml

from conftest import SAMPLES
from policygen.answers import load_answers
from policygen.document.compose import compose

UK_SAAS = next(p for p in SAMPLES if p.stem == "010-uk-saas")


@pytest.mark.parametrize(("days", "said"), [(1, "We will reply within 1 day."), (20, "We will reply within 20 days.")])
def test_reply_time_counts_days(tmp_path, days, said):
    data = yaml.safe_load(UK_SAAS.read_text(encoding="utf-8"))
    data.setdefault("rights", {})["response_days"] = days
    answers_file = tmp_path / "answers.yaml"
    answers_file.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    clauses = {c.id: c.markdown for c in compose(load_answers(answers_file)).clauses}
    assert said in clauses["request-handling"]
