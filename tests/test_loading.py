"""Reading answers files: the restricted YAML loader and how problems are located."""

from __future__ import annotations

import datetime

import pytest
import yaml

from factory import BASE, answers, write
from policygen.answers import load_answers
from policygen.answers.load import MAX_PROBLEMS, parse_answers_file
from policygen.answers.save import dump_answers
from policygen.errors import AnswersError


def write_text(path, text: str):
    path.write_text(text, encoding="utf-8")
    return path


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


def test_plain_scalars_follow_the_yaml_1_2_core_schema(tmp_path):
    values = {
        # YAML 1.1 reads these as numbers, booleans or null; YAML 1.2 as text.
        "1_000": "1_000", "0b1010": "0b1010", "1:30": "1:30", "190:20:30": "190:20:30", "1_0.5": "1_0.5",
        "yes": "yes", "No": "No", "on": "on", "y": "y", "=": "=", "<<": "<<", "tRUE": "tRUE", "NULL_": "NULL_",
        "+.5e": "+.5e", "0x": "0x", "0o8": "0o8", ".Inf5": ".Inf5",
        # A leading zero is kept as written (a phone number's); number fields read "010" as ten.
        "010": "010", "0207946000": "0207946000", "-07": "-07",
        # The core schema's numbers, booleans and null.
        "10": 10, "-3": -3, "+4": 4, "0": 0, "0o17": 15, "0x1F": 31, "0xff": 255, "1.5": 1.5, "-.5": -0.5,
        "1e3": 1000.0, "2.": 2.0, "+.inf": float("inf"), "-.INF": float("-inf"), "true": True, "FALSE": False,
        "~": None, "null": None, "Null": None, "": None,
        # Dates stay dates: answers files hold them.
        "2026-01-31": datetime.date(2026, 1, 31),
    }
    text = "".join(f"k{i}: {value}\n" for i, value in enumerate(values))
    text += "nan: .nan\nquoted: '10'\nint_tag: !!int 0b11\nfloat_tag: !!float 3\n"
    data, _ = parse_answers_file(write_text(tmp_path / "scalars.yaml", text))
    assert {value: data[f"k{i}"] for i, value in enumerate(values)} == values
    assert data["nan"] != data["nan"] and data["quoted"] == "10"
    assert data["int_tag"] == "0b11" and data["float_tag"] == 3.0 and type(data["float_tag"]) is float


def test_yaml_1_1_numbers_stay_text(tmp_path):
    text = write(tmp_path / "a.yaml", BASE).read_text(encoding="utf-8")
    text = text.replace("legal_name: Testco Ltd", "legal_name: 1_000")
    text = text.replace("request_methods:", "response_days: 0o36\n  request_methods:")
    loaded = load_answers(write_text(tmp_path / "a.yaml", text))
    assert loaded.organisation.legal_name == "1_000" and loaded.rights.response_days == 30
    [problem] = problems_of(write_text(tmp_path / "b.yaml", text.replace("0o36", "0b11110")))
    assert problem.endswith(": rights.response_days: should be a whole number (found '0b11110')")


def test_only_the_problems_shown_get_a_suggestion(tmp_path, monkeypatch):
    """49,900 unknown keys: a "did you mean" is worked out for the 100 problems shown, not for every one."""
    import difflib

    calls = []
    real = difflib.get_close_matches
    monkeypatch.setattr(difflib, "get_close_matches", lambda *a, **k: calls.append(a[0]) or real(*a, **k))
    data = answers()
    del data["audiences"]  # a missing key beside the unknown ones: none of them is a misspelling of it
    text = write(tmp_path / "many.yaml", data).read_text(encoding="utf-8")
    text += "audience: {}\n" + "".join(f"unknown_{i}: 1\n" for i in range(49_900))
    problems = problems_of(write_text(tmp_path / "many.yaml", text))
    assert len(problems) == MAX_PROBLEMS + 1
    assert problems[-1] == f"{tmp_path / 'many.yaml'}: ... and {49_901 - MAX_PROBLEMS} more problems"
    assert "audience: unknown key 'audience'; did you mean 'audiences'?" in problems[0]
    assert not any("audiences: is required" in p for p in problems)  # one mistake, reported once
    assert problems[1].endswith("unknown_0: unknown key 'unknown_0'")
    assert len(calls) <= MAX_PROBLEMS + 1, len(calls)


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
        ("email", "privacy?bcc=someone@elsewhere.example", "is not an email address: it contains '?'"),
        ("email", "privacy@testco.example?bcc=someone@elsewhere.example", "it contains '?'"),
        ("email", "privacy&cc=x@testco.example", "is not an email address: it contains '&'"),
        ("email", "privacy#x@testco.example", "is not an email address: it contains '#'"),
        ("email", "privacy @testco.example", "is not an email address: it contains a space"),
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
    future = answers(schema_version=3)
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
