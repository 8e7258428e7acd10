"""The JSON Schema of answers files, for editors and other tools (``policygen schema``)."""

from __future__ import annotations

import json
from pathlib import Path

from policygen.model.answers import Answers

SCHEMA_FILE = Path(__file__).with_name("answers.schema.json")
"""The committed copy; a test fails when it differs from the model (regenerate with `policygen schema`)."""


def schema_json() -> str:
    schema = Answers.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://policygen.dev/schema/answers-v1.json"
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
