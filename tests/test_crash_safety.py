"""Killing or racing ``policygen render -o OUT`` never leaves a partial OUT; saved answers read back the same.

OUT is written to a temporary file in the same folder, flushed, fsynced and renamed over OUT (policygen.files). A
SIGKILL can land before, during or after that; whenever it lands, OUT must hold either the complete old content or
the complete new content. A kill during the write can leave the temporary file (``.OUT.*.tmp``) behind: its name is
unique, so it never disturbs later runs, and it is the only trace a kill may leave.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLES, run_cli
from policygen.answers import load_answers
from policygen.answers.save import dump_answers, save_answers

if sys.platform == "win32":  # pragma: no cover - SIGKILL is POSIX
    pytest.skip("SIGKILL is POSIX", allow_module_level=True)

OLD_ANSWERS = ROOT / "sample_answers" / "minimal.yaml"
NEW_ANSWERS = ROOT / "sample_answers" / "002-freelance-marketplace.yaml"
KILLS = 30


def _render(answers: Path, out: Path) -> bytes:
    result = run_cli("render", answers, "-o", out)
    assert result.returncode == 0, result.stderr
    return out.read_bytes()


def _start(*args: object, stderr=subprocess.DEVNULL) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, *map(str, args)], stdout=subprocess.DEVNULL, stderr=stderr)


def _temp_files(folder: Path, out: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(f".{out.name}.") and p.name.endswith(".tmp"))


@pytest.fixture(scope="module")
def renders(tmp_path_factory) -> tuple[bytes, bytes]:
    """The complete old and new policies, rendered normally."""
    folder = tmp_path_factory.mktemp("reference")
    return _render(OLD_ANSWERS, folder / "old.md"), _render(NEW_ANSWERS, folder / "new.md")


def test_sigkill_at_any_moment_leaves_old_or_new_output(tmp_path, renders):
    old, new = renders
    assert old != new
    out = tmp_path / "policy.md"
    start = time.monotonic()
    _render(NEW_ANSWERS, out)
    duration = time.monotonic() - start
    chance = random.Random(20260101)
    outcomes = {"old": 0, "new": 0}
    for _ in range(KILLS):
        out.write_bytes(old)
        child = _start("-m", "policygen", "render", NEW_ANSWERS, "-o", out)
        time.sleep(chance.uniform(0, duration * 1.1))  # from before startup to after the rename
        child.send_signal(signal.SIGKILL)
        child.wait()
        content = out.read_bytes()
        assert content in (old, new), f"partial output: {len(content)} bytes"
        outcomes["old" if content == old else "new"] += 1
    assert outcomes["old"] > 0  # some kills landed before the rename...
    # ...and whatever temporary files the kills left, a normal run still works and replaces OUT completely.
    leftovers = _temp_files(tmp_path, out)
    out.write_bytes(old)
    assert _render(NEW_ANSWERS, out) == new
    assert _temp_files(tmp_path, out) == leftovers  # a successful run leaves nothing of its own


def test_sigkill_during_a_large_write_leaves_the_old_file(tmp_path):
    """Kills that land inside write_atomic itself: a 32 MB write takes long enough to be interrupted."""
    out = tmp_path / "big.txt"
    old = b"old complete content\n"
    script = ("import sys; from policygen.files import write_atomic; "
              "write_atomic(sys.argv[1], 'new complete content\\n' * 1_500_000)")
    start = time.monotonic()
    _start("-c", script, out).wait()
    duration = time.monotonic() - start
    new = out.read_bytes()
    assert len(new) > 30_000_000
    chance = random.Random(7)
    for _ in range(10):
        out.write_bytes(old)
        child = _start("-c", script, out)
        time.sleep(chance.uniform(duration * 0.3, duration * 1.05))
        child.send_signal(signal.SIGKILL)
        child.wait()
        content = out.read_bytes()
        assert content == old or content == new, f"partial output: {len(content)} bytes"
    for name in _temp_files(tmp_path, out):  # interrupted writes: harmless, and the only trace
        assert (tmp_path / name).stat().st_size <= len(new)


@pytest.mark.parametrize("same_answers", [True, False], ids=["same-answers", "different-answers"])
def test_two_renders_racing_for_one_output(tmp_path, renders, same_answers):
    old, new = renders
    out = tmp_path / "policy.md"
    for _ in range(3):
        out.write_bytes(b"before the race\n")
        first = NEW_ANSWERS if same_answers else OLD_ANSWERS
        children = [_start("-m", "policygen", "render", answers, "-o", out, stderr=subprocess.PIPE)
                    for answers in (first, NEW_ANSWERS)]
        for child in children:
            _, stderr = child.communicate(timeout=60)
            assert child.returncode == 0, stderr
        content = out.read_bytes()
        assert content == new if same_answers else content in (old, new)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["policy.md"]


# ------------------------------------------------------------------------------------------- round trips
@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_saved_answers_read_back_equal_and_save_identically(tmp_path, path):
    answers = load_answers(path)
    saved = tmp_path / "saved.yaml"
    save_answers(answers, saved)  # the atomic path the wizard uses
    again = load_answers(saved)
    assert again == answers
    assert dump_answers(again) == saved.read_text(encoding="utf-8")  # saving is a fixed point
    as_json = tmp_path / "saved.json"
    as_json.write_text(json.dumps(answers.model_dump(mode="json", exclude_unset=True)), encoding="utf-8")
    assert load_answers(as_json) == answers
    assert sorted(os.listdir(tmp_path)) == ["saved.json", "saved.yaml"]
