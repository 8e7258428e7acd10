"""Outputs for the places policies live: text, JSON, front matter, a folder of every format, batches."""

from __future__ import annotations

import json

import pytest
import yaml

from conftest import ROOT, SAMPLES, run_cli
from policygen.answers import load_answers
from policygen.document.compose import compose
from policygen.render.markdown import render_markdown

SAMPLE = ROOT / "sample_answers" / "002-freelance-marketplace.yaml"


@pytest.mark.slow
def test_text_is_wrapped_at_80_columns_without_markup():
    result = run_cli("render", SAMPLE, "--format", "text")
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode()
    long_lines = [line for line in text.splitlines() if len(line) > 80 and " " in line.strip()]
    assert not long_lines, long_lines[:3]
    assert text.startswith("Gigwell Privacy Policy\n")
    for markup in ("**", "](", "|---", "\\_", "&amp;", "&lt;"):
        assert markup not in text
    assert "mailto:" not in text


@pytest.mark.slow
def test_json_is_the_composed_policy_as_data():
    data = json.loads(run_cli("render", SAMPLE, "--format", "json").stdout)
    document = compose(load_answers(SAMPLE))
    assert data["format_version"] == 1
    assert data["effective_date"] == document.effective_date.isoformat()
    assert [c["id"] for c in data["preamble"]] == [c.id for c in document.preamble]
    assert [s["id"] for s in data["sections"]] == [s.id for s in document.sections]
    clause = data["sections"][0]["clauses"][0]
    assert set(clause) == {"id", "number", "heading", "markdown", "html", "text"}
    assert clause["html"].startswith("<p>")


@pytest.mark.slow
def test_front_matter_for_static_sites():
    text = run_cli("render", SAMPLE, "--front-matter").stdout.decode()
    head, body = text.split("\n---\n", 1)
    meta = yaml.safe_load(head.removeprefix("---\n"))
    assert meta["title"] == "Gigwell Privacy Policy"
    assert str(meta["lastmod"]) == str(load_answers(SAMPLE).changes.last_updated)
    assert body.lstrip("\n") == render_markdown(compose(load_answers(SAMPLE)))
    assert run_cli("render", SAMPLE, "--front-matter", "--format", "html").returncode == 2


@pytest.mark.slow
def test_out_dir_writes_every_format_with_stable_names(tmp_path):
    result = run_cli("render", SAMPLE, "--out-dir", tmp_path / "site")
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in (tmp_path / "site").iterdir())
    assert names == ["privacy-policy.html", "privacy-policy.json", "privacy-policy.md", "privacy-policy.txt"]
    assert (tmp_path / "site" / "privacy-policy.md").read_bytes() == run_cli("render", SAMPLE).stdout


@pytest.mark.slow
def test_batch_renders_one_folder_per_file_and_no_progress_when_piped(tmp_path):
    result = run_cli("render", *SAMPLES, "--out-dir", tmp_path, "--format", "html")
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""  # stderr is a pipe here: no progress bar
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.stem for p in SAMPLES)
    for path in SAMPLES:
        rendered = (tmp_path / path.stem / "privacy-policy.html").read_bytes()
        assert rendered == run_cli("render", path, "--format", "html").stdout


@pytest.mark.slow
def test_batch_keeps_going_past_a_bad_file_and_exits_2(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 1\n", encoding="utf-8")
    result = run_cli("render", SAMPLES[0], bad, "--out-dir", tmp_path / "out")
    assert result.returncode == 2
    assert (tmp_path / "out" / SAMPLES[0].stem / "privacy-policy.md").exists()
    assert not (tmp_path / "out" / "bad").exists()
    assert result.stderr.decode().startswith(f"{bad}:")


@pytest.mark.slow  # runs the command in a child process
def test_several_files_need_out_dir():
    result = run_cli("render", *SAMPLES[:2])
    assert result.returncode == 2
    assert "several answers files need --out-dir" in result.stderr.decode()
