"""Where ``render`` writes (policygen.files): streams stay streams, links stay links, inputs are never overwritten,
--out-dir is all or nothing, SIGTERM/SIGHUP leave no temporary file, --check reads no more than it must, and
--jobs renders the same bytes as one process."""

from __future__ import annotations

import os
import pty
import resource
import signal
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from conftest import SAMPLES_DIR, run_cli
from policygen import files
from policygen.answers import load_answers

# Every test here runs policygen as a separate process: the slow tier (python -m pytest runs it; -m "not slow" does not).
pytestmark = pytest.mark.slow

MINIMAL = SAMPLES_DIR / "minimal.yaml"
LARGE = SAMPLES_DIR / "002-freelance-marketplace.yaml"
FORMATS = ("md", "html", "txt", "json")


def _policy(answers: Path = MINIMAL, fmt: str = "markdown") -> bytes:
    result = run_cli("render", answers, "--format", fmt)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _leftovers(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*.tmp"))


# ------------------------------------------------------------------------------------------------ streams
def test_dev_null_stays_a_character_device():
    # As root the old code replaced /dev/null with a regular file holding the policy; unprivileged it failed.
    result = run_cli("render", MINIMAL, "-o", "/dev/null")
    assert result.returncode == 0, result.stderr
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert os.stat("/dev/null").st_size == 0


def test_a_fifo_receives_the_policy_as_a_stream(tmp_path):
    fifo = tmp_path / "policy.md"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = run_cli("render", MINIMAL, "-o", fifo)
    reader.join(timeout=30)
    assert result.returncode == 0, result.stderr
    assert received == [_policy()]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert _leftovers(tmp_path) == []


def test_dash_is_standard_output(tmp_path):
    result = run_cli("render", MINIMAL, "-o", "-", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == _policy()
    assert list(tmp_path.iterdir()) == []


def test_empty_output_name_is_a_usage_error(tmp_path):
    result = run_cli("render", MINIMAL, "-o", "", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == b""
    assert "-o needs a file name" in result.stderr.decode()


# ------------------------------------------------------------------------------------------------ links
def test_a_symlinked_output_updates_its_target_and_stays_a_link(tmp_path):
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "policy.md"
    target.write_text("old policy\n", encoding="utf-8")
    link = tmp_path / "PRIVACY.md"
    link.symlink_to(Path("real") / "policy.md")
    result = run_cli("render", MINIMAL, "-o", link)
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and os.readlink(link) == str(Path("real") / "policy.md")
    assert target.read_bytes() == _policy()
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("alias", ["same name", "symbolic link", "hard link"])
def test_writing_onto_the_answers_file_is_refused(tmp_path, alias):
    answers = tmp_path / "self.yaml"
    answers.write_bytes(MINIMAL.read_bytes())
    out = {"same name": answers, "symbolic link": tmp_path / "link.md", "hard link": tmp_path / "hard.md"}[alias]
    if alias == "symbolic link":
        out.symlink_to(answers.name)
    elif alias == "hard link":
        os.link(answers, out)
    result = run_cli("render", answers, "-o", out)
    assert result.returncode == 2
    assert result.stderr.decode() == f"{out}: is the input {answers}: it would be overwritten; choose another output\n"
    assert answers.read_bytes() == MINIMAL.read_bytes()
    assert _leftovers(tmp_path) == []


def test_out_dir_onto_an_answers_file_is_refused(tmp_path):
    answers = tmp_path / "privacy-policy.json"
    answers.write_text(run_cli("render", MINIMAL, "-f", "json").stdout.decode(), encoding="utf-8")  # not answers
    before = answers.read_bytes()
    result = run_cli("render", answers, "--out-dir", tmp_path)
    assert result.returncode == 2
    assert "it would be overwritten" in result.stderr.decode()
    assert answers.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["privacy-policy.json"]


@pytest.mark.parametrize("name", ["...yaml", "..yaml"])
def test_batch_refuses_a_file_whose_stem_is_not_a_folder_name(tmp_path, name):
    (tmp_path / "work").mkdir()
    odd = tmp_path / "work" / name
    odd.write_bytes(MINIMAL.read_bytes())
    result = run_cli("render", odd, LARGE, "--out-dir", tmp_path / "work" / "out")
    assert result.returncode == 2
    assert result.stderr.decode().startswith(f"{odd}: its name cannot name a folder under --out-dir")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["work"]
    assert sorted(p.name for p in (tmp_path / "work").iterdir()) == [name]


# ------------------------------------------------------------------------------------------------ all or nothing
def _limit_file_size(limit: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def test_out_dir_keeps_the_old_files_when_a_later_write_fails(tmp_path):
    out = tmp_path / "out"
    assert run_cli("render", MINIMAL, "--out-dir", out).returncode == 0
    old = {fmt: (out / f"privacy-policy.{fmt}").read_bytes() for fmt in FORMATS}
    new_sizes = {fmt: len(_policy(LARGE, fmt={"md": "markdown", "txt": "text"}.get(fmt, fmt))) for fmt in FORMATS}
    # Large enough for the Markdown, HTML and text, which come first; too small for the JSON, written last.
    limit = 100_000
    assert max(new_sizes["md"], new_sizes["html"], new_sizes["txt"]) < limit < new_sizes["json"]
    result = subprocess.run([sys.executable, "-m", "policygen", "render", str(LARGE), "--out-dir", str(out)],
                            capture_output=True, preexec_fn=_limit_file_size(limit), timeout=60)
    assert result.returncode == 2
    assert result.stderr.decode() == f"{out / 'privacy-policy.json'}: cannot write: File too large\n"
    assert {fmt: (out / f"privacy-policy.{fmt}").read_bytes() for fmt in FORMATS} == old
    assert _leftovers(tmp_path) == []


def test_batch_failure_leaves_no_new_folder_behind(tmp_path):
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "policygen", "render", str(MINIMAL), str(LARGE), "--out-dir",
                             str(out)], capture_output=True, preexec_fn=_limit_file_size(100_000), timeout=60)
    assert result.returncode == 2
    assert not out.exists()


# ------------------------------------------------------------------------------------------------ signals
_PAUSED_WRITE = """
import os, signal, sys, time
signal.signal(signal.SIGHUP, signal.SIG_DFL)  # as in a terminal, whatever the test runner inherited (nohup)
calls = 0
real_fsync = os.fsync
def fsync(fd):  # the test holds the process here, inside the write, until it sends the signal
    global calls
    calls += 1
    if calls == int(sys.argv[1]):
        print("writing", flush=True)
        time.sleep(60)
    real_fsync(fd)
os.fsync = fsync
from policygen.cli import main
sys.exit(main(sys.argv[2:]))
"""


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
@pytest.mark.parametrize("pause_at", [1, 3], ids=["first file", "third file"])
def test_a_signal_during_the_write_leaves_the_old_files_and_no_temporary_file(tmp_path, signum, pause_at):
    out = tmp_path / "out"
    assert run_cli("render", MINIMAL, "--out-dir", out).returncode == 0
    old = {fmt: (out / f"privacy-policy.{fmt}").read_bytes() for fmt in FORMATS}
    child = subprocess.Popen([sys.executable, "-c", _PAUSED_WRITE, str(pause_at), "render", str(LARGE), "--out-dir",
                              str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert child.stdout.readline() == b"writing\n"
        assert _leftovers(tmp_path) != []  # the child is inside the write: its temporary files exist
        child.send_signal(signum)
        _, error = child.communicate(timeout=30)
    finally:
        child.kill()
    assert child.returncode == 128 + signum
    name = signal.Signals(signum).name
    assert error.decode() == f"policygen: stopped by {name}; the files being written were left as they were\n"
    assert _leftovers(tmp_path) == []
    assert {fmt: (out / f"privacy-policy.{fmt}").read_bytes() for fmt in FORMATS} == old


def test_handlers_are_put_back_after_the_write_and_ignored_signals_stay_ignored(tmp_path, monkeypatch):
    seen = []
    monkeypatch.setattr(files.os, "fsync", lambda fd: seen.append(signal.getsignal(signal.SIGHUP)))
    for handler in (signal.SIG_DFL, signal.SIG_IGN):
        previous = signal.signal(signal.SIGHUP, handler)
        try:
            files.write_atomic(tmp_path / "a.txt", "text\n")
            assert signal.getsignal(signal.SIGHUP) == handler
        finally:
            signal.signal(signal.SIGHUP, previous)
    assert seen == [files._raise_terminated, signal.SIG_IGN]


# ------------------------------------------------------------------------------------------------ --check
def test_check_does_not_read_a_file_of_another_size(tmp_path, monkeypatch):
    big = tmp_path / "policy.md"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB that take no disk
    monkeypatch.setattr(files, "open", lambda *a, **k: pytest.fail("opened a file of another size"), raising=False)
    assert files.same_content(big, "short policy\n") is False
    monkeypatch.undo()
    result = run_cli("render", MINIMAL, "-o", big, "--check")
    assert result.returncode == 1
    assert result.stderr.decode() == f"{big}: out of date; run the same command without --check to update it\n"


def test_check_stops_reading_at_the_first_difference(tmp_path, monkeypatch):
    text = "x" * (4 * 1024 * 1024)
    path = tmp_path / "policy.md"
    path.write_text("y" + text[1:], encoding="utf-8")
    read = []

    class Counting:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def read(self, size=-1):
            data = self.handle.read(size)
            read.append(len(data))
            return data

    monkeypatch.setattr(files, "open", lambda *a, **k: Counting(open(*a, **k)), raising=False)
    assert files.same_content(path, text) is False
    assert sum(read) <= 64 * 1024
    path.write_text(text, encoding="utf-8")
    assert files.same_content(path, text) is True


def test_check_reads_the_wizards_old_name_for_the_policy_with_a_note(tmp_path):
    """The wizard wrote privacy-answers.md beside privacy-answers.yaml; it now writes privacy-policy.md. For one
    release, --check on the new name reads the old file while only that exists, and says to rename it."""
    answers = tmp_path / "privacy-answers.yaml"
    answers.write_bytes(MINIMAL.read_bytes())
    old = tmp_path / "privacy-answers.md"
    old.write_bytes(_policy(answers))
    new = tmp_path / "privacy-policy.md"
    result = run_cli("render", answers, "-o", new, "--check")
    assert result.returncode == 0, result.stderr
    assert result.stderr.decode() == (f"{old}: checked in place of {new}, the wizard's old name for the policy; "
                                      "rename it to privacy-policy.md (the next release reads only that)\n")
    old.write_text("stale\n", encoding="utf-8")
    result = run_cli("render", answers, "-o", new, "--check")
    assert result.returncode == 1
    assert result.stderr.decode().endswith(f"{old}: out of date; run the same command without --check to update it\n")
    new.write_bytes(_policy(answers))  # renamed: the old file is no longer read
    result = run_cli("render", answers, "-o", new, "--check")
    assert (result.returncode, result.stderr) == (0, b"")


# ------------------------------------------------------------------------------------------------ --jobs
def test_jobs_2_writes_the_same_files_and_problems_as_jobs_1(tmp_path):
    bad_a, bad_b = tmp_path / "bad-a.yaml", tmp_path / "bad-b.yaml"
    bad_a.write_text("schema_version: 1\n", encoding="utf-8")
    bad_b.write_text("{", encoding="utf-8")
    inputs = [bad_b, *sorted(SAMPLES_DIR.glob("*.yaml")), bad_a]
    results = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"jobs-{jobs}"
        result = run_cli("render", *inputs, "--out-dir", out, "--jobs", jobs)
        tree = {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
        results[jobs] = (result.returncode, result.stderr, tree)
    assert results["1"][0] == 2
    # Four formats of each good file, in each language it lists (009 publishes three).
    languages = sum(len(load_answers(p).languages) for p in inputs[1:-1])
    assert results["1"][2] and len(results["1"][2]) == 4 * languages > 4 * (len(inputs) - 2)
    assert results["2"] == results["1"]
    lines = results["1"][1].decode().splitlines()
    assert lines[0].startswith(f"{bad_b}:") and lines[-1].startswith(f"{bad_a}:")  # in the order given


def test_jobs_keeps_the_progress_bar_on_a_terminal(tmp_path):
    leader, follower = pty.openpty()
    try:
        result = subprocess.run([sys.executable, "-m", "policygen", "render", str(MINIMAL), str(LARGE), "--out-dir",
                                 str(tmp_path), "--jobs", "2"], stdout=subprocess.DEVNULL, stderr=follower, timeout=60)
        os.close(follower)
        shown = b""
        while chunk := _read_pty(leader):
            shown += chunk
    finally:
        os.close(leader)
    assert result.returncode == 0
    assert b"1/2" in shown and b"2/2" in shown


def _read_pty(fd: int) -> bytes:
    try:
        return os.read(fd, 4096)
    except OSError:  # the terminal's other end is closed: everything was read
        return b""


def test_jobs_must_be_positive():
    result = run_cli("render", MINIMAL, "--jobs", "0")
    assert result.returncode == 2
    assert "--jobs must be 1 or more" in result.stderr.decode()
