"""The JSON Schema of answers files, for editors and other tools (``policygen schema``)."""

from __future__ import annotations

import json
from pathlib import Path

from policygen.model.answers import Answers, Part
from policygen.model.docs import add_descriptions

SCHEMA_FILE = Path(__file__).with_name("answers.schema.json")
"""The committed copy, which `policygen schema` prints; a test fails when it differs from the model (regenerate it
with `python -m policygen.model.schema`)."""


def schema_json() -> str:
    schema = add_descriptions(Answers.model_json_schema(), _models(Part))
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://policygen.dev/schema/answers-v1.json"
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def _models(base: type[Part]) -> dict[str, type[Part]]:
    """Every model class of the answers, by the name the schema gives its definition."""
    found = {base.__name__: base}
    for sub in base.__subclasses__():
        found |= _models(sub)
    return found


if __name__ == "__main__":  # python -m policygen.model.schema: regenerate the committed copy
    SCHEMA_FILE.write_text(schema_json(), encoding="utf-8")
    print(f"wrote {SCHEMA_FILE}")
