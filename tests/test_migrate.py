"""Older answers files keep working: render and validate read them and say what to run; ``policygen migrate``
rewrites them to the current format, keeping comments, and says what changed in meaning without inventing answers."""

from __future__ import annotations

import json

import pytest
import yaml

from conftest import ROOT, run_cli

# Every test here runs policygen as a separate process: the slow tier (python -m pytest runs it; -m "not slow" does not).
pytestmark = pytest.mark.slow

MINIMAL = ROOT / "sample_answers" / "minimal.yaml"


def version_1(tmp_path, suffix: str = ".yaml"):
    text = MINIMAL.read_text(encoding="utf-8").replace("schema_version: 2", "schema_version: 1  # as first saved")
    text = text.replace("    third_party: false\n", "")  # version 1 had no way to leave a provider's role open
    path = tmp_path / f"answers{suffix}"
    if suffix == ".json":
        path.write_text(json.dumps(yaml.safe_load(text), indent=2, default=str) + "\n", encoding="utf-8")
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_an_older_file_still_renders_and_says_what_to_run(tmp_path):
    path = version_1(tmp_path)
    result = run_cli("render", path)
    assert result.returncode == 0
    assert result.stdout.decode().startswith("# Juniper Lane Privacy Policy")
    assert result.stderr.decode() == (f"{path}: format version 1 is older than this policygen's (2); it is read as it "
                                      f"is, and `policygen migrate {path}` updates it and says what changed\n")


def test_migrate_rewrites_only_the_version_and_keeps_comments(tmp_path):
    path = version_1(tmp_path)
    before = path.read_text(encoding="utf-8")
    result = run_cli("migrate", path)
    assert result.returncode == 0, result.stderr
    after = path.read_text(encoding="utf-8")
    assert after == before.replace("schema_version: 1  # as first saved", "schema_version: 2  # as first saved")
    lines = result.stdout.decode().splitlines()
    assert lines[0] == f"{path}: format version 1 -> 2"
    assert any("processors[0].third_party" in line and "says nothing about its role" in line for line in lines)
    assert any(line.endswith("data_categories[0].sold: version 1 assumed this data was not sold; version 2 says "
                             "nothing until you answer") for line in lines)
    assert any("cookies.honours_global_privacy_control: version 1 assumed" in line for line in lines)
    assert run_cli("validate", path).stderr == b""  # no notice any more
    again = run_cli("migrate", path)
    assert again.returncode == 0 and again.stdout.decode() == f"{path}: already format version 2\n"


def test_migrate_check_writes_nothing(tmp_path):
    path = version_1(tmp_path)
    before = path.read_bytes()
    result = run_cli("migrate", path, "--check")
    assert result.returncode == 1
    assert path.read_bytes() == before


def test_migrate_keeps_json_as_json(tmp_path):
    path = version_1(tmp_path, ".json")
    assert run_cli("migrate", path).returncode == 0
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema_version"] == 2 and list(data)[0] == "schema_version"


def test_migrate_refuses_a_newer_or_unversioned_file(tmp_path):
    newer = tmp_path / "newer.yaml"
    newer.write_text("schema_version: 3\n", encoding="utf-8")
    result = run_cli("migrate", newer)
    assert result.returncode == 2 and b"newer than this policygen knows (2)" in result.stderr
    missing = tmp_path / "missing.yaml"
    missing.write_text("organisation: {}\n", encoding="utf-8")
    assert run_cli("migrate", missing).returncode == 2
