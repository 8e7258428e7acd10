"""Killing the wizard (SIGKILL: no handler runs) never costs more than the answer being typed.

* Saving: the answers file is replaced atomically (policygen.files.write_atomic: a temporary file in the same folder,
  flushed, fsynced and renamed over it), so a kill at any moment of a save leaves the complete old or the complete
  new answers. A kill inside the write can leave the temporary file (``.NAME.*.tmp``) behind: its name is unique and
  the wizard never reads it, so the next start neither trips over it nor offers it.
* The autosaved draft: the session brings the draft up to date when another question starts changing, and the
  screen autosaves a few seconds into typing one. After a kill, the next start offers the draft, and restoring it
  brings back every answer but at most the one being typed (that one may be missing or cut short).

Both run the real code in a child process and kill it with SIGKILL: a saving child at chosen moments of its write
(tests/pausing.py), the wizard child, driven through Textual's Pilot (headless, as CI has no terminal) with the app's
real autosave delay, while it types.
"""

from __future__ import annotations

import asyncio
import copy
import json
import os
import queue
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, child_env
from pausing import MOMENTS, PausedChild
from policygen.answers.load import parse_answers_file
from policygen.wizard.session import Session, draft_path

if sys.platform == "win32":  # pragma: no cover - SIGKILL is POSIX
    pytest.skip("SIGKILL is POSIX", allow_module_level=True)

pytestmark = pytest.mark.slow

SAMPLE = ROOT / "sample_answers" / "002-freelance-marketplace.yaml"  # the largest sample


# ------------------------------------------------------------------------------------------------------ helpers
class Child:
    """A Python child process whose stdout lines can be awaited with a timeout (a thread reads them)."""

    def __init__(self, *args: object, cwd: Path) -> None:
        self.stderr_path = cwd / f"child-{time.monotonic_ns()}.stderr"
        with open(self.stderr_path, "wb") as stderr:
            self.process = subprocess.Popen([sys.executable, *map(str, args)], stdout=subprocess.PIPE,
                                            stderr=stderr, cwd=cwd, env=child_env())
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.put(line.decode("utf-8", "replace").rstrip("\n"))
        self.lines.put(None)

    def wait_for(self, wanted: str, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self.lines.get(timeout=max(deadline - time.monotonic(), 0.001))
            except queue.Empty:
                raise AssertionError(f"no {wanted!r} from the child in {timeout} s; it said {self.seen}; "
                                     f"stderr: {self.stderr()}") from None
            if line is None:
                raise AssertionError(f"the child ended before {wanted!r}; it said {self.seen}; "
                                     f"stderr: {self.stderr()}")
            self.seen.append(line)
            if line == wanted:
                return

    def kill(self) -> list[str]:
        """SIGKILL the child; every line it printed."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)
        while (line := self.lines.get(timeout=30)) is not None:
            self.seen.append(line)
        self.process.stdout.close()
        return self.seen

    def stderr(self) -> str:
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")[-3000:]


def _temp_files(folder: Path, name: str) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(f".{name}.") and p.name.endswith(".tmp"))


# --------------------------------------------------------------------------------------------- killing saves
# The wizard's autosave (Session.write_draft: the answers as they are, with a header) and save (ctrl+s: Session.save,
# through the model), in a child stopped at each moment of one of those writes (tests/pausing.py) and killed there.
SAVER = """
import json
from policygen.wizard.session import Session
session = Session.open(sys.argv[1])
for key, value in json.loads(sys.argv[2]).items():
    session.set(("organisation", key), value)
session.write_draft()
session.save()
"""
OLD = {"trading_name": "Before"}
NEW = {"trading_name": "After"}


def _set_all(session: Session, answers: dict) -> None:
    for key, value in answers.items():
        session.set(("organisation", key), value)


@pytest.fixture(scope="module")
def saves(tmp_path_factory) -> tuple[bytes, bytes, bytes]:
    """The complete old and new answers files and the new draft, written by the same code in this process."""
    path = tmp_path_factory.mktemp("reference") / "privacy-answers.yaml"
    shutil.copy(SAMPLE, path)
    session = Session.open(path)
    _set_all(session, OLD)
    assert session.save() == 0
    old = path.read_bytes()
    session = Session.open(path)  # as the child does
    _set_all(session, NEW)
    session.write_draft()
    draft = session.draft.read_bytes()
    assert session.save() == 0
    new = path.read_bytes()
    assert old != new and not session.draft.exists()
    return old, new, draft


@pytest.mark.parametrize("moment", MOMENTS)
@pytest.mark.parametrize("writing", ["draft", "answers"])
def test_sigkill_during_a_wizard_save_leaves_old_or_new_answers(tmp_path, saves, writing, moment):
    old, new, new_draft = saves
    path = tmp_path / "privacy-answers.yaml"
    path.write_bytes(old)
    saved_at = path.stat().st_mtime - 3600
    os.utime(path, (saved_at, saved_at))  # saved a while ago: any draft written now is newer
    target = draft_path(path) if writing == "draft" else path
    renamed = moment == "after-rename"
    with PausedChild(SAVER, moment, target, path, json.dumps(NEW), cwd=tmp_path) as child:
        child.wait_until_paused()
        child.kill()

    # The answers file is the complete old one until its own rename, then the complete new one; the draft is the
    # complete new one from its rename on (the save removes it only after its own rename).
    assert path.read_bytes() == (new if writing == "answers" and renamed else old)
    draft_written = writing == "answers" or renamed
    assert (draft_path(path).read_bytes() if draft_path(path).exists() else None) == (
        new_draft if draft_written else None)
    leftovers = _temp_files(tmp_path, path.name) + _temp_files(tmp_path, draft_path(path).name)
    assert len(leftovers) == (0 if renamed else 1)  # the kill landed inside the write
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("child-")) == sorted(
        [path.name, *leftovers] + ([draft_path(path).name] if draft_written else []))

    # The next start opens the answers as they are on disk and offers the draft when it holds newer answers.
    reopened = Session.open(path)
    assert reopened.data == yaml.safe_load(path.read_bytes())
    offered = reopened.pending_draft()
    assert offered == (yaml.safe_load(new_draft) if draft_written and path.read_bytes() == old else None)

    # The leftovers disturb nothing: autosaving and saving again work, and leave nothing of their own.
    reopened.remove_draft()
    path.write_bytes(old)
    os.utime(path, (saved_at, saved_at))
    session = Session.open(path)
    _set_all(session, NEW)
    session.write_draft()
    assert Session.open(path).pending_draft() == session.data
    assert session.save() == 0
    assert path.read_bytes() == new
    assert parse_answers_file(path)[0] == yaml.safe_load(new)
    assert _temp_files(tmp_path, path.name) + _temp_files(tmp_path, draft_path(path).name) == leftovers


# --------------------------------------------------------------------------------------- killing while typing
# The real wizard, driven as a person would with the keyboard, prints "done N" once step N's answer is in the
# session. Steps: (kind, path, what to type or search, the answer it gives).
STEPS = [
    ("type", ["organisation", "legal_name"], "Acme Ltd", "Acme Ltd"),
    ("type", ["organisation", "address"], "1 Main Street", "1 Main Street"),
    ("choose", ["organisation", "country"], "ger", "DE"),
    ("type", ["organisation", "email"], "privacy@acme.example", "privacy@acme.example"),
    ("tick", ["organisation", "privacy_officer"], None, {}),
    ("type", ["organisation", "privacy_officer", "name"], "Jane Doe", "Jane Doe"),
    ("add", ["services", "covered"], "w", [{"kind": "website"}]),
    ("type", ["services", "covered", 0, "name"], "acme.example", "acme.example"),
    ("type", ["services", "covered", 0, "url"], "https://acme.example", "https://acme.example"),
]

TYPIST = """
import asyncio, json, sys
from textual.widgets import Input, Select
from policygen.wizard.app import WizardApp
from policygen.wizard.form import Tick, widget_id
from policygen.wizard.questions import MISSING
from policygen.wizard.session import Session

STEPS = json.loads(sys.argv[2])

async def main():
    # The app's real autosave delay; the preview is off (it only costs CPU here).
    app = WizardApp(Session.open(sys.argv[1]), show_preview=False)
    app.animation_level = "none"
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.main

        async def until(condition):
            for _ in range(400):
                if condition():
                    return
                await pilot.pause(0.01)
            raise SystemExit(f"stuck: {condition}")

        def box(path):
            return screen.query_one("#" + widget_id(tuple(path)))

        await until(lambda: screen.query("#" + widget_id(("organisation", "legal_name"))))
        print("started", flush=True)
        for number, (kind, path, keys, answer) in enumerate(STEPS):
            if path[0] != screen.current:
                await pilot.press("pagedown")
                await until(lambda: screen.current == path[0])
            if kind == "type":
                await until(lambda: screen.query("#" + widget_id(tuple(path))))
                box(path).query_one(Input).focus()
                await pilot.press(*keys)
            elif kind == "choose":
                box(path).query_one(Select).focus()
                await pilot.press("enter", *keys, "enter")
            elif kind == "tick":
                box(path).query_one(Tick).focus()
                await pilot.press("space")
            elif kind == "add":
                box(path).query_one(".add-entry", Select).focus()
                await pilot.press("enter", *keys, "enter")
            await until(lambda: app.session.get(tuple(path)) == answer)
            print(f"done {number}", flush=True)
        print("all done", flush=True)
        await asyncio.sleep(120)  # until the test kills it

asyncio.run(main())
"""


def _expected(steps: int) -> dict:
    """The answers once the first ``steps`` steps are done."""
    data: dict = {"schema_version": 2}
    for _, path, _, answer in STEPS[:steps]:
        node = data
        for key, following in zip(path, path[1:]):
            node = node.setdefault(key, [] if isinstance(following, int) else {}) if isinstance(node, dict) \
                else node[key]
        node[path[-1]] = copy.deepcopy(answer)
    return data


def _at(data, path):
    for key in path:
        data = data[key]
    return data


def _lost_at_most_the_step_being_typed(restored: dict, done: int) -> bool:
    """Every step up to ``done`` (steps 0..done-1 finished) is restored but at most the last one reached: that one
    may be missing or, for typed text, cut short."""
    for reached in range(max(done - 1, 0), len(STEPS) + 1):
        if restored == _expected(reached):
            return True
        if reached < len(STEPS) and STEPS[reached][0] == "type":
            full = _expected(reached + 1)
            path, text = STEPS[reached][1], STEPS[reached][3]
            try:
                typed = _at(restored, path)
            except (KeyError, IndexError, TypeError):
                continue
            if isinstance(typed, str) and text.startswith(typed):
                *parent, last = path
                _at(full, parent)[last] = typed
                if restored == full:
                    return True
    return False


def _run_typist(tmp_path: Path, path: Path) -> Child:
    script = tmp_path / "typist.py"
    script.write_text(TYPIST, encoding="utf-8")
    return Child(script, path, json.dumps(STEPS), cwd=tmp_path)


def _restart_and_restore(path: Path) -> tuple[dict, bool, str]:
    """Start the wizard again on ``path``, restore the draft it offers (if any): (answers, offered, the legal name
    the first page shows)."""
    from textual.widgets import Input

    from policygen.wizard.app import WizardApp
    from policygen.wizard.form import widget_id
    from policygen.wizard.dialogs.restore_draft import RestoreDraftScreen

    async def scenario():
        app = WizardApp(Session.open(path), show_preview=False, autosave_delay=3600)
        app.animation_level = "none"
        async with app.run_test(size=(120, 40)) as pilot:
            for _ in range(50):
                await pilot.pause()
                if isinstance(app.screen, RestoreDraftScreen) or app.main.query("#organisation--legal_name") or \
                        app.main.query(f"#{widget_id(('organisation', 'legal_name'))}"):
                    break
            offered = isinstance(app.screen, RestoreDraftScreen)
            if offered:
                await pilot.press("r")
                for _ in range(50):
                    await pilot.pause()
                    if not isinstance(app.screen, RestoreDraftScreen):
                        break
                await app.workers.wait_for_complete()
                await pilot.pause()
            shown = app.main.query_one(f"#{widget_id(('organisation', 'legal_name'))}").query_one(Input).value
            return copy.deepcopy(app.session.data), offered, shown

    return asyncio.run(scenario())


TYPING_KILLS = 3


def test_sigkill_while_typing_loses_at_most_the_answer_being_typed(tmp_path):
    chance = random.Random(5)
    for round_ in range(TYPING_KILLS):
        folder = tmp_path / f"round{round_}"
        folder.mkdir()
        path = folder / "privacy-answers.yaml"
        after = chance.randrange(1, len(STEPS) - 1)  # kill after this step is done, during the next one or so
        child = _run_typist(folder, path)
        child.wait_for("started", timeout=60)
        child.wait_for(f"done {after}")
        time.sleep(chance.uniform(0.0, 0.2))
        said = child.kill()
        done = sum(line.startswith("done ") for line in said)
        assert done >= after + 1
        assert draft_path(path).exists(), f"no draft after {done} steps: everything typed was lost"
        assert not path.exists()  # nothing was saved: only the draft has the answers
        restored, offered, shown = _restart_and_restore(path)
        assert offered
        assert _lost_at_most_the_step_being_typed(restored, done), (done, restored)
        assert shown == restored["organisation"]["legal_name"]  # the page shows what was restored


def test_autosave_covers_the_answer_being_typed(tmp_path):
    """Left alone a few seconds, the draft holds the answer being typed too: a kill then loses nothing."""
    path = tmp_path / "privacy-answers.yaml"
    child = _run_typist(tmp_path, path)
    child.wait_for("started", timeout=60)
    child.wait_for("all done")
    everything = _expected(len(STEPS))
    deadline = time.monotonic() + 15  # the autosave comes 3 s after a change
    while yaml.safe_load(draft_path(path).read_text(encoding="utf-8")) != everything:
        assert time.monotonic() < deadline, "the autosave never wrote the last answer"
        time.sleep(0.05)
    child.kill()
    restored, offered, shown = _restart_and_restore(path)
    assert offered and restored == everything and shown == "Acme Ltd"
