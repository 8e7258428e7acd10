"""Every way the command line can fail is one line on stderr and exit code 2, never a traceback: output that cannot
be written, git revisions that are not revisions, file names that are not UTF-8 or hold escape sequences."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, child_env, run_cli
from factory import BASE, answers, write
from policygen import cli

# Every test here runs policygen as a separate process: the slow tier (python -m pytest runs it; -m "not slow" does not).
pytestmark = pytest.mark.slow

MINIMAL = ROOT / "sample_answers" / "minimal.yaml"


def one_line(stderr: bytes) -> str:
    """The single line on stderr, as text; fails when there is none, several, or a traceback."""
    text = stderr.decode("utf-8")
    assert "Traceback" not in text, text
    assert text.endswith("\n") and text.count("\n") == 1, text
    return text.rstrip("\n")


def run_bytes(*args: str | bytes, cwd: Path, stdout=subprocess.PIPE) -> subprocess.CompletedProcess:
    """Like run_cli, with arguments given as bytes where a file name is not UTF-8."""
    return subprocess.run([sys.executable, "-m", "policygen", *args], cwd=cwd, stdout=stdout,
                          stderr=subprocess.PIPE, timeout=60, env=child_env())


# ---- standard output that cannot be written
HEADLESS = [
    ("render", MINIMAL), ("schema",), ("validate", MINIMAL), ("check", MINIMAL), ("explain", MINIMAL),
    ("stats", MINIMAL), ("diff", MINIMAL, MINIMAL),
]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="/dev/full is a Linux device")
@pytest.mark.parametrize("args", HEADLESS, ids=lambda a: a[0])
def test_a_full_disk_on_standard_output_is_one_line(args):
    with open("/dev/full", "wb") as full:
        result = run_bytes(*map(str, args), cwd=ROOT, stdout=full)
    assert result.returncode == 2
    assert one_line(result.stderr) == f"standard output: cannot write: {os.strerror(errno.ENOSPC)}"


def test_closed_standard_output_is_one_line():
    closed = subprocess.run(["bash", "-c", '"$0" -m policygen render "$1" >&-', sys.executable, MINIMAL],
                            stderr=subprocess.PIPE, timeout=60, env=child_env())
    assert closed.returncode == 2
    assert one_line(closed.stderr) == "standard output: cannot write: it is closed"


def test_closed_standard_output_is_no_error_when_nothing_is_printed(tmp_path):
    out = tmp_path / "policy.md"
    result = subprocess.run(["bash", "-c", '"$0" -m policygen render "$1" -o "$2" >&-', sys.executable, MINIMAL,
                             out], stderr=subprocess.PIPE, timeout=60, env=child_env())
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith("# ")


def test_a_reader_that_went_away_is_not_an_error():
    read_end, write_end = os.pipe()
    os.close(read_end)  # every write gets EPIPE, as with `| head` once head has exited
    try:
        result = run_bytes("render", str(MINIMAL), cwd=ROOT, stdout=write_end)
    finally:
        os.close(write_end)
    assert result.returncode == 0 and result.stderr == b""


def test_any_other_system_error_is_one_line_naming_its_file(monkeypatch, capsys):
    def failing(args):
        raise OSError(errno.EIO, os.strerror(errno.EIO), "answers.yaml")

    monkeypatch.setattr(cli, "_schema", failing)
    assert cli.main(["schema"]) == 2
    assert capsys.readouterr().err == f"answers.yaml: {os.strerror(errno.EIO)}\n"


# ---- git revisions
@pytest.fixture()
def repo(tmp_path) -> Path:
    repo = tmp_path / "repo"
    repo.mkdir()
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    write(repo / "privacy-answers.yaml", BASE)
    subprocess.run(git + ["add", "."], check=True)
    subprocess.run(git + ["commit", "-qm", "first"], check=True)
    return repo


@pytest.mark.parametrize(("spec", "message"), [
    ("git:--output=pwned.txt:y", "a revision cannot start with '-'"),
    ("git:--output=pwned.txt:privacy-answers.yaml", "a revision cannot start with '-'"),
    ("git:HEAD:", "the path is empty"),
    ("git::privacy-answers.yaml", "the revision is empty"),
    ("git:HEAD", "write a git revision as git:REV:path"),
    ("git:HEAD\x1b[2J:privacy-answers.yaml", "a revision or path cannot contain control characters"),
    ("git:HEAD:.", "git cannot show it"),
    ("git:HEAD:nothing-here.yaml", "git cannot show it"),
])
def test_a_git_spec_is_never_read_as_an_option(repo, spec, message):
    before = sorted(p.name for p in repo.iterdir())
    result = run_cli("diff", spec, "privacy-answers.yaml", cwd=repo)
    assert result.returncode == 2 and result.stdout == b""
    line = one_line(result.stderr)
    assert line.startswith(spec.replace("\x1b", "\\x1b") + ": ") and message in line, line
    assert sorted(p.name for p in repo.iterdir()) == before  # git wrote no file


def test_a_git_revision_is_read(repo):
    result = run_cli("diff", "git:HEAD:privacy-answers.yaml", "privacy-answers.yaml", cwd=repo)
    assert result.returncode == 0, result.stderr
    assert result.stdout == b"No changes.\n"


def test_no_git_on_the_path_is_one_line(repo):
    result = run_cli("diff", "git:HEAD:privacy-answers.yaml", "privacy-answers.yaml", cwd=repo,
                     env={"PATH": "/nonexistent"})
    assert result.returncode == 2
    assert one_line(result.stderr) == "git:HEAD:privacy-answers.yaml: git is not installed (or not on PATH)"


# ---- diff --record --summary
@pytest.mark.parametrize(("summary", "message"), [
    ("Added\x1b[2J a processor", "--summary: contains a control character (U+001B) at position 6"),
    ("Added \u202ea processor", "--summary: contains a control character (U+202E) at position 7"),
    ("x" * 5001, "--summary: is 5,001 characters long; at most 5000 are allowed"),
], ids=["escape", "bidi-override", "too-long"])
def test_a_bad_summary_is_refused_before_anything_is_written(tmp_path, summary, message):
    old = write(tmp_path / "old.yaml", BASE)
    new = write(tmp_path / "new.yaml", answers(organisation={**BASE["organisation"], "phone": "+44 20 7946 0000"}))
    before = new.read_bytes()
    result = run_cli("diff", old, new, "--record", "--summary", summary)
    assert result.returncode == 2 and result.stdout == b""
    assert one_line(result.stderr) == message
    assert new.read_bytes() == before


# ---- file names
def test_a_file_name_that_is_not_utf8_is_reported_and_read(tmp_path):
    missing = run_bytes("validate", b"\xff.yaml", cwd=tmp_path)
    assert missing.returncode == 2
    assert one_line(missing.stderr) == "\\xff.yaml: no such file"

    (tmp_path / os.fsdecode(b"\xff.yaml")).write_bytes(MINIMAL.read_bytes())
    valid = run_bytes("validate", b"\xff.yaml", cwd=tmp_path)
    assert valid.returncode == 0 and valid.stderr == b""
    assert valid.stdout.startswith(b"\\xff.yaml: valid\n")
    rendered = run_bytes("render", b"\xff.yaml", cwd=tmp_path)
    assert rendered.returncode == 0 and rendered.stdout == run_cli("render", MINIMAL).stdout


@pytest.mark.parametrize(("name", "shown"), [
    ("\x1b[31mred.yaml", "\\x1b[31mred.yaml"),
    ("\x9b31mred.yaml", "\\x9b31mred.yaml"),
    ("\u202elmay.exe.yaml", "\\u202elmay.exe.yaml"),
    ("\u2066isolate.yaml", "\\u2066isolate.yaml"),
    ("del\x7f.yaml", "del\\x7f.yaml"),
])
def test_control_characters_in_a_file_name_are_shown_escaped(tmp_path, name, shown):
    missing = run_cli("validate", name, cwd=tmp_path)
    assert missing.returncode == 2
    assert one_line(missing.stderr) == f"{shown}: no such file"

    data = answers(organisation={**BASE["organisation"], "email": "not an address"})
    invalid = run_cli("render", write(tmp_path / name, data).name, cwd=tmp_path)
    assert invalid.returncode == 2
    assert one_line(invalid.stderr).startswith(f"{shown}:6:3: organisation.email: is not an email address")

    write(tmp_path / name, BASE)
    valid = run_cli("validate", name, cwd=tmp_path)
    assert valid.returncode == 0
    assert valid.stdout.decode("utf-8").startswith(f"{shown}: valid\n")


def test_usage_errors_show_control_characters_escaped():
    result = run_cli("schema", "\x1b[2J")
    assert result.returncode == 2
    assert b"\x1b" not in result.stderr
    assert result.stderr.decode().rstrip().endswith("unrecognized arguments: \\x1b[2J")
