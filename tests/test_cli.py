"""The command line as people and CI use it: real processes, exit codes, stdout/stderr, files on disk."""

from __future__ import annotations

import json

import pytest

from conftest import ROOT, run_cli
from factory import BASE, answers, write

MINIMAL = ROOT / "sample_answers" / "minimal.yaml"


@pytest.mark.slow  # runs the command in a child process
def test_version_and_help():
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.decode().startswith("policygen ")
    help_text = run_cli("--help").stdout.decode()
    for command in ("render", "validate", "schema", "wizard"):
        assert command in help_text


@pytest.mark.slow
def test_render_markdown_to_stdout():
    result = run_cli("render", MINIMAL)
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode()
    assert text.startswith("# Juniper Lane Privacy Policy\n")
    assert result.stderr == b""


@pytest.mark.slow
def test_render_html_to_file(tmp_path):
    out = tmp_path / "policy.html"
    result = run_cli("render", MINIMAL, "-o", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout == b""
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")  # the .html suffix picks the format
    assert '<html lang="en">' in html and '<meta charset="utf-8">' in html and 'name="viewport"' in html


@pytest.mark.slow
def test_fragment_is_only_the_policy():
    result = run_cli("render", MINIMAL, "--format", "html", "--fragment")
    assert result.returncode == 0, result.stderr
    html = result.stdout.decode()
    assert html.startswith('<article class="privacy-policy">')
    assert "<html" not in html and "<style" not in html


@pytest.mark.slow  # runs the command in a child process
def test_fragment_needs_html():
    result = run_cli("render", MINIMAL, "--fragment")
    assert result.returncode == 2
    assert b"--fragment only applies to --format html" in result.stderr


@pytest.mark.slow
def test_validate_valid_file():
    result = run_cli("validate", MINIMAL)
    assert result.returncode == 0
    assert result.stdout.decode() == f"{MINIMAL}: valid\n"


@pytest.mark.slow
def test_validate_reports_each_problem_with_its_line(tmp_path):
    bad = tmp_path / "bad.yaml"
    data = answers(organisation={**BASE["organisation"], "email": "not-an-email", "adress": "x"})
    write(bad, data)
    result = run_cli("validate", bad)
    assert result.returncode == 2
    lines = result.stderr.decode().splitlines()
    assert f"{bad}:6:3: organisation.email: is not an email address (expected name@example.com)" in lines
    assert f"{bad}:7:3: organisation.adress: unknown key 'adress'; did you mean 'address'?" in lines
    assert len(lines) == 2
    assert b"Traceback" not in result.stderr


@pytest.mark.slow
def test_yaml_syntax_error_names_line_and_column(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 1\norganisation: [unclosed\n", encoding="utf-8")
    result = run_cli("validate", bad)
    assert result.returncode == 2
    line = result.stderr.decode().strip()
    assert line.startswith(f"{bad}:3:1: YAML syntax error:")


@pytest.mark.slow
def test_json_syntax_error_names_line_and_column(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{\n  "schema_version": 2\n  "organisation": {}\n}\n', encoding="utf-8")
    result = run_cli("validate", bad)
    assert result.returncode == 2
    assert result.stderr.decode().startswith(f"{bad}:3:3: JSON syntax error:")
    # A trailing comma is pointed at, in words that do not depend on the Python version.
    bad.write_text('{\n  "schema_version": 2,\n}\n', encoding="utf-8")
    result = run_cli("validate", bad)
    assert result.stderr.decode() == (
        f"{bad}:2:22: JSON syntax error: a comma before the closing bracket (JSON allows no trailing commas)\n"
    )


@pytest.mark.slow
def test_json_answers_render_like_yaml(tmp_path):
    as_json = tmp_path / "answers.json"
    as_json.write_text(json.dumps(BASE), encoding="utf-8")
    as_yaml = write(tmp_path / "answers.yaml", BASE)
    from_json = run_cli("render", as_json)
    assert from_json.returncode == 0, from_json.stderr
    assert from_json.stdout == run_cli("render", as_yaml).stdout


@pytest.mark.slow
def test_missing_file_and_unknown_suffix(tmp_path):
    result = run_cli("render", tmp_path / "nope.yaml")
    assert result.returncode == 2
    assert result.stderr.decode() == f"{tmp_path / 'nope.yaml'}: no such file\n"
    other = tmp_path / "answers.txt"
    other.write_text("x", encoding="utf-8")
    result = run_cli("validate", other)
    assert result.returncode == 2
    assert "answers files are .yaml, .yml or .json" in result.stderr.decode()


@pytest.mark.slow  # runs the command in a child process
def test_bad_usage_exits_2():
    assert run_cli().returncode == 2
    assert run_cli("render").returncode == 2
    assert run_cli("render", MINIMAL, "--format", "pdf").returncode == 2


@pytest.mark.slow  # runs the command in a child process
def test_error_leaves_existing_output_untouched(tmp_path):
    out = tmp_path / "policy.md"
    out.write_bytes(b"the old policy\n")
    bad = write(tmp_path / "bad.yaml", answers(rights={"request_methods": []}))
    result = run_cli("render", bad, "-o", out)
    assert result.returncode == 2
    assert out.read_bytes() == b"the old policy\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.yaml", "policy.md"]  # no temporary files left


@pytest.mark.slow  # runs the command in a child process
def test_error_creates_no_output(tmp_path):
    out = tmp_path / "policy.html"
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: [\n", encoding="utf-8")
    result = run_cli("render", bad, "-o", out)
    assert result.returncode == 2
    assert not out.exists()


@pytest.mark.slow
def test_unwritable_output_is_a_clear_error(tmp_path):
    result = run_cli("render", MINIMAL, "-o", tmp_path / "missing-folder" / "policy.md")
    assert result.returncode == 2
    assert "cannot write" in result.stderr.decode()
    assert b"Traceback" not in result.stderr


@pytest.mark.slow  # runs the command in a child process
def test_schema_is_json_schema_of_the_answers():
    result = run_cli("schema")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert schema["$schema"].endswith("2020-12/schema")
    assert "schema_version" in schema["required"]
    assert schema["additionalProperties"] is False
    assert "organisation" in schema["properties"]


@pytest.mark.slow
def test_templates_override_by_name(tmp_path):
    custom = tmp_path / "mine"
    custom.mkdir()
    (custom / "contact.md.j2").write_text("Write to {{ email(org.email) }} and nobody else.\n", encoding="utf-8")
    result = run_cli("render", MINIMAL, "--templates", custom)
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode()
    assert "Write to [hello@juniperlane.example](mailto:hello@juniperlane.example) and nobody else." in text


@pytest.mark.slow  # runs the command in a child process
def test_broken_user_template_is_a_located_error(tmp_path):
    custom = tmp_path / "mine"
    custom.mkdir()
    (custom / "contact.md.j2").write_text("line one\n{% if %}\n", encoding="utf-8")
    result = run_cli("render", MINIMAL, "--templates", custom)
    assert result.returncode == 2
    message = result.stderr.decode()
    assert "contact.md.j2:2:" in message
    assert "Traceback" not in message


# A template runs code, and any error can come out of it; each is one line at the template's file and line.
RENDER_ERRORS = {
    "division by zero": ("{{ 1 / 0 }}", "ZeroDivisionError: division by zero"),
    "unknown country": ('{{ country("ZZ") }}', "KeyError: 'ZZ'"),
    "refused link": ("{{ link('x', 'javascript:alert(1)') }}", "ValueError: refusing to link to 'javascript:"),
    "endless recursion": ("{% macro again() %}{{ again() }}{% endmacro %}{{ again() }}", "RecursionError: "),
    "undefined name": ("{{ nowhere }}", "UndefinedError: 'nowhere' is undefined"),
    "missing include": ('{% include "nowhere.md.j2" %}', "TemplateNotFound: 'nowhere.md.j2' not found"),
}


@pytest.mark.slow  # runs the command in a child process
@pytest.mark.parametrize("body, error", RENDER_ERRORS.values(), ids=RENDER_ERRORS)
def test_a_user_template_failing_to_render_is_a_located_error(tmp_path, body, error):
    custom = tmp_path / "mine"
    custom.mkdir()
    (custom / "contact.md.j2").write_text(f"line one\n\n{body}\n", encoding="utf-8")
    result = run_cli("render", MINIMAL, "--templates", custom)
    assert result.returncode == 2
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"{custom / 'contact.md.j2'}:3: {error}")


@pytest.mark.slow  # runs the command in a child process
def test_an_error_in_an_included_template_names_the_included_file(tmp_path):
    custom = tmp_path / "mine"
    custom.mkdir()
    (custom / "contact.md.j2").write_text('Contact:\n{% include "part.md.j2" %}\n', encoding="utf-8")
    (custom / "part.md.j2").write_text("fine\n{{ 1 / 0 }}\n", encoding="utf-8")
    result = run_cli("render", MINIMAL, "--templates", custom)
    assert result.returncode == 2
    assert result.stderr.decode().splitlines() == [f"{custom / 'part.md.j2'}:2: ZeroDivisionError: division by zero"]


@pytest.mark.slow  # runs the command in a child process
def test_a_page_template_failing_to_render_is_a_located_error(tmp_path):
    custom = tmp_path / "mine"
    custom.mkdir()
    (custom / "policy.html.j2").write_text("<main>\n{{ doc.nothing_here.deeper }}\n</main>\n", encoding="utf-8")
    result = run_cli("render", MINIMAL, "--format", "html", "--templates", custom)
    assert result.returncode == 2
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"{custom / 'policy.html.j2'}:2: UndefinedError: ")


@pytest.mark.slow  # runs the command in a child process
def test_templates_must_be_a_folder(tmp_path):
    result = run_cli("render", MINIMAL, "--templates", tmp_path / "nowhere")
    assert result.returncode == 2
    assert "--templates must be a folder" in result.stderr.decode()
