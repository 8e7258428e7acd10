"""Killing or racing ``policygen render -o OUT`` never leaves a partial OUT; saved answers read back the same.

OUT is written to a temporary file in the same folder, flushed, fsynced and renamed over OUT (policygen.files). The
child is stopped at each moment of that write (tests/pausing.py) and killed there with SIGKILL: before the rename OUT
must hold the complete old content, after it the complete new content. A kill during the write leaves the temporary
file (``.OUT.*.tmp``) behind: its name is unique, so it never disturbs later runs, and it is the only trace a kill may
leave.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLES, child_env, run_cli
from pausing import MOMENTS, RUN_POLICYGEN, PausedChild
from policygen.answers import load_answers
from policygen.answers.save import dump_answers, save_answers

if sys.platform == "win32":  # pragma: no cover - SIGKILL is POSIX
    pytest.skip("SIGKILL is POSIX", allow_module_level=True)

OLD_ANSWERS = ROOT / "sample_answers" / "minimal.yaml"
NEW_ANSWERS = ROOT / "sample_answers" / "002-freelance-marketplace.yaml"


def _render(answers: Path, out: Path) -> bytes:
    result = run_cli("render", answers, "-o", out)
    assert result.returncode == 0, result.stderr
    return out.read_bytes()


def _temp_files(folder: Path, out: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(f".{out.name}.") and p.name.endswith(".tmp"))


@pytest.fixture(scope="module")
def renders(tmp_path_factory) -> tuple[bytes, bytes]:
    """The complete old and new policies, rendered normally."""
    folder = tmp_path_factory.mktemp("reference")
    return _render(OLD_ANSWERS, folder / "old.md"), _render(NEW_ANSWERS, folder / "new.md")


@pytest.mark.slow
@pytest.mark.parametrize("moment", MOMENTS)
def test_sigkill_inside_the_write_leaves_the_old_or_the_new_output(tmp_path, renders, moment):
    old, new = renders
    assert old != new
    out = tmp_path / "policy.md"
    out.write_bytes(old)
    expected = new if moment == "after-rename" else old
    with PausedChild(RUN_POLICYGEN, moment, out, "render", NEW_ANSWERS, "-o", out) as child:
        child.wait_until_paused()
        assert out.read_bytes() == expected  # what anyone reading OUT sees while the write stands still
        child.kill()
    assert out.read_bytes() == expected
    leftovers = _temp_files(tmp_path, out)
    assert len(leftovers) == (0 if moment == "after-rename" else 1)  # the kill landed inside the write
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["policy.md", *leftovers])
    # The leftover disturbs nothing: a normal run replaces OUT completely and leaves nothing of its own.
    out.write_bytes(old)
    assert _render(NEW_ANSWERS, out) == new
    assert _temp_files(tmp_path, out) == leftovers


@pytest.mark.slow
@pytest.mark.parametrize("same_answers", [True, False], ids=["same-answers", "different-answers"])
def test_two_renders_racing_for_one_output(tmp_path, renders, same_answers):
    old, new = renders
    out = tmp_path / "policy.md"
    for _ in range(3):
        out.write_bytes(b"before the race\n")
        first = NEW_ANSWERS if same_answers else OLD_ANSWERS
        children = [subprocess.Popen([sys.executable, "-m", "policygen", "render", answers, "-o", out],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=child_env())
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
