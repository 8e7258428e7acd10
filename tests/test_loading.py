"""Reading answers files: the restricted YAML loader and how problems are located."""

from __future__ import annotations

import pytest
import yaml

from factory import BASE, answers, write
from policygen.answers import load_answers
from policygen.answers.save import dump_answers
from policygen.errors import AnswersError


def problems_of(path) -> list[str]:
    with pytest.raises(AnswersError) as caught:
        load_answers(path)
    return [str(p) for p in caught.value.problems]


def test_utf8_bom_and_windows_line_endings_are_accepted(tmp_path):
    text = yaml.safe_dump(BASE, sort_keys=False).replace("\n", "\r\n")
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert load_answers(path).organisation.legal_name == "Testco Ltd"


def test_aliases_are_refused(tmp_path):
    path = tmp_path / "alias.yaml"
    path.write_text("a: &x [1, 2]\nb: *x\n", encoding="utf-8")
    assert problems_of(path) == [f"{path}:2:4: aliases (*name) are not allowed in answers files"]


def test_python_tags_are_never_constructed(tmp_path):
    path = tmp_path / "tag.yaml"
    path.write_text("schema_version: !!python/object/apply:os.system ['echo pwned > pwned']\n", encoding="utf-8")
    [problem] = problems_of(path)
    assert problem.startswith(f"{path}:1:17: the tag tag:yaml.org,2002:python/object/apply:os.system is not allowed")
    assert not (tmp_path / "pwned").exists()


def test_duplicate_keys_are_errors_not_last_one_wins(tmp_path):
    path = tmp_path / "dup.yaml"
    path.write_text("schema_version: 1\nschema_version: 1\n", encoding="utf-8")
    assert problems_of(path) == [f"{path}:2:1: duplicate key 'schema_version' (each key may appear once)"]
    json_path = tmp_path / "dup.json"
    json_path.write_text('{"a": 1, "a": 2}', encoding="utf-8")
    assert problems_of(json_path) == [f"{json_path}: duplicate key 'a' (each key may appear once)"]


def test_no_means_norway_not_false(tmp_path):
    data = answers(transfers={"storage_countries": ["NO", "DE"]})
    path = tmp_path / "norway.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False).replace("'NO'", "NO"), encoding="utf-8")
    assert "- NO\n" in path.read_text()
    assert load_answers(path).transfers.storage_countries == ["NO", "DE"]


def test_deep_nesting_is_refused_quickly(tmp_path):
    path = tmp_path / "deep.yaml"
    path.write_text("a: " + "[" * 10000 + "]" * 10000 + "\n", encoding="utf-8")
    [problem] = problems_of(path)
    assert "nesting is deeper than 32 levels" in problem


def test_empty_and_wrong_top_level(tmp_path):
    empty = tmp_path / "empty.yaml"
    empty.write_text("# nothing but a comment\n", encoding="utf-8")
    assert problems_of(empty) == [f"{empty}: the file is empty: expected the answers as a mapping of keys"]
    listed = tmp_path / "list.yaml"
    listed.write_text("- a\n- b\n", encoding="utf-8")
    assert problems_of(listed) == [f"{listed}:1:1: expected a mapping of keys at the top level, found a list"]


def test_invalid_utf8_names_the_position(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes(b"schema_version: 1\nname: caf\xe9\n")
    assert problems_of(path) == [f"{path}:2:10: is not valid UTF-8 text (byte 0xe9)"]


def test_cross_reference_errors_are_located(tmp_path):
    data = answers()
    data["data_categories"][0]["purposes"] = ["customer_suport"]
    path = write(tmp_path / "ref.yaml", data)
    [problem] = problems_of(path)
    assert problem.endswith(
        "data_categories[0].purposes[0]: 'customer_suport' is not one of your purposes; "
        "did you mean 'customer_support'?"
    )
    line = problem.split(":")[1]
    assert path.read_text().splitlines()[int(line) - 1].strip() == "- customer_suport"


@pytest.mark.parametrize(
    ("part", "value", "message"),
    [
        ("website", "javascript:alert(1)", "must be a web address starting with https:// or http://"),
        ("website", "data:text/html,<b>x</b>", "must be a web address starting with https:// or http://"),
        ("country", "XX", "is not an ISO 3166-1 alpha-2 country code"),
        ("email", "a@b", "is not an email address"),
        ("legal_name", "Bad\u202eName", "contains a control character (U+202E) at position 4"),
        ("legal_name", "Two\nlines", "must be a single line"),
    ],
)
def test_value_checks(tmp_path, part, value, message):
    data = answers(organisation={**BASE["organisation"], part: value})
    problems = problems_of(write(tmp_path / "v.yaml", data))
    assert len(problems) == 1 and message in problems[0], problems
    assert f"organisation.{part}:" in problems[0]


def test_future_and_missing_schema_version(tmp_path):
    future = answers(schema_version=2)
    [problem] = problems_of(write(tmp_path / "future.yaml", future))
    assert "newer than this policygen knows" in problem
    missing = answers()
    del missing["schema_version"]
    [problem] = problems_of(write(tmp_path / "missing.yaml", missing))
    assert "schema_version: is required but missing" in problem


def test_save_round_trip_keeps_answers_and_order(sample, tmp_path):
    answers_model = load_answers(sample)
    saved = tmp_path / "saved.yaml"
    saved.write_text(dump_answers(answers_model), encoding="utf-8")
    assert load_answers(saved) == answers_model
    original = yaml.safe_load(sample.read_text(encoding="utf-8"))
    assert list(yaml.safe_load(saved.read_text(encoding="utf-8"))) == list(original)  # same keys, same order
