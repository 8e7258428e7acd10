"""The certifications clause: each sentence ends in one full stop, whether or not a name ends in a dot of its own."""

from __future__ import annotations

from factory import answers
from policygen.document.compose import compose
from policygen.model import Answers
from policygen.render.markdown import render_markdown


def policy(certifications: list[dict]) -> str:
    return render_markdown(compose(Answers.model_validate(answers(certifications=certifications))))


def test_a_dispute_body_whose_name_ends_in_a_dot_still_ends_the_sentence():
    said = policy([{"name": "Acme Seal", "dispute_resolution": "Resolve Co.",
                    "dispute_resolution_url": "https://resolve.example"}])
    assert ("We are certified under this privacy programme: Acme Seal. If we cannot settle a complaint with you, you "
            "can take it to [Resolve Co.](https://resolve.example), an independent body that resolves disputes.\n"
            in said)


def test_a_programme_whose_name_ends_in_a_dot_gets_no_second_one():
    said = policy([{"name": "Acme Seal Inc."}])
    assert "We are certified under this privacy programme: Acme Seal Inc.\n" in said
    assert "Inc.." not in said
