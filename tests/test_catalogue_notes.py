"""A saved answers file says, in comments under each catalogue provider, what the catalogue fills in."""

from __future__ import annotations

from factory import answers
from policygen.answers.load import parse_yaml_text
from policygen.answers.save import NOTE_WIDTH, dump_answers
from policygen.model import Answers


def _saved(*providers: dict) -> tuple[Answers, str]:
    model = Answers.model_validate(answers(processors=list(providers)))
    return model, dump_answers(model)


def test_each_catalogue_provider_gets_its_facts_as_a_comment():
    _, text = _saved({"service": "intercom"}, {"name": "Acme Mail", "kind": "email_delivery"})
    lines = text.splitlines()
    start = lines.index("  - service: intercom")
    note = " ".join(line.strip().removeprefix("# ") for line in lines[start + 1:] if line.strip().startswith("#"))
    assert note.startswith("From the catalogue: Intercom; customer support; based in United States (US); privacy "
                           "page https://www.intercom.com/legal/privacy.")
    assert "Whether it uses the data for its own purposes is yours to answer (third_party)." in note
    assert "Acme" not in note  # a provider the founder described alone has no catalogue note
    assert all(len(line) <= NOTE_WIDTH for line in lines if line.strip().startswith("#"))


def test_overridden_facts_are_marked_and_an_answered_role_is_not_asked_for():
    _, text = _saved({"service": "stripe", "country": "IE", "third_party": False})
    comment = " ".join(line.strip().removeprefix("# ") for line in text.splitlines() if line.strip().startswith("#"))
    assert "based in United States (US) (overridden below)" in comment
    assert "third_party" not in comment


def test_facts_the_catalogue_could_not_confirm_are_marked():
    _, text = _saved({"service": "stripe"})
    comment = " ".join(line.strip().removeprefix("# ") for line in text.splitlines() if line.strip().startswith("#"))
    assert "(US) (unconfirmed: the policy leaves it out until you answer country)" in comment


def test_the_comments_change_nothing_when_read_back():
    model, text = _saved({"service": "google_analytics"}, {"service": "aws", "purpose": "hosting"})
    assert Answers.model_validate(parse_yaml_text(text)) == model


def test_json_files_have_no_comments():
    model, _ = _saved({"service": "stripe"})
    assert "From the catalogue" not in dump_answers(model, as_json=True)
