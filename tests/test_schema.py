"""The committed JSON Schema matches the model."""

import pytest

from policygen.model.schema import SCHEMA_FILE, schema_json


def test_committed_schema_is_current():
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_json(), (
        "policygen/model/answers.schema.json is stale: run `python -m policygen.model.schema`"
    )


def _all_models():
    from policygen.model.answers import Part
    from policygen.model.schema import _models

    return sorted(_models(Part).items())


def test_every_field_has_a_title_and_a_description():
    from policygen.model.docs import field_description

    missing = [f"{name}.{field}" for name, model in _all_models() for field, info in model.model_fields.items()
               if not info.title or not field_description(model, field)]
    assert missing == []
    # A docstring's line wrapping in the source is not part of its text: help bars and editors wrap it themselves.
    wrapped = [f"{name}.{field}" for name, model in _all_models() for field in model.model_fields
               if "\n" in field_description(model, field).replace("\n\n", "")]
    assert wrapped == []


def test_descriptions_come_from_attribute_docstrings():
    from policygen.model.answers import Audiences, PrivacyOfficer
    from policygen.model.docs import field_description

    assert field_description(Audiences, "consumers") == "Yes when members of the public use your services for themselves."
    # A subclass inherits the docstring of a field it does not restate.
    assert field_description(PrivacyOfficer, "email") == field_description(PrivacyOfficer.__mro__[1], "email") != ""


def test_every_field_description_reaches_the_schema():
    import json

    schema = json.loads(schema_json())
    for name, model in _all_models():
        node = schema if schema["title"] == name else schema["$defs"].get(name)
        if node is None:  # a base class that no answer uses directly
            continue
        for field in model.model_fields:
            assert node["properties"][field].get("description"), f"{name}.{field} has no description in the schema"


@pytest.mark.slow  # runs the command in a child process
def test_schema_command_prints_the_schema_of_the_model():
    from conftest import run_cli

    assert run_cli("schema").stdout.decode("utf-8") == schema_json()
