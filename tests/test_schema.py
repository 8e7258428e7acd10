"""The committed JSON Schema matches the model."""

from policygen.model.schema import SCHEMA_FILE, schema_json


def test_committed_schema_is_current():
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_json(), (
        "policygen/model/answers.schema.json is stale: run `policygen schema > policygen/model/answers.schema.json`"
    )
