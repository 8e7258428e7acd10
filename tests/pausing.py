"""Stop a child process at a chosen moment of an atomic write to one file, so that a test kills it exactly there.

The child runs a script behind PROLOGUE, which wraps ``os.fsync`` and ``os.replace`` in the ``os`` module (so every
module that calls them through ``os`` is seen, policygen.files included, however it is arranged). When the write to
TARGET reaches the chosen moment, the child writes a byte to a pipe and then waits on a second pipe that never gets
data; the parent, told, looks at the files while the child stands still and sends SIGKILL. Nothing in policygen
knows about this. The moments:

* ``fsync``: the temporary file beside TARGET (``.TARGET.*.tmp``) is written and about to be fsynced;
* ``before-rename``: it is complete and about to be renamed over TARGET;
* ``after-rename``: it has just been renamed over TARGET, and the write has not returned.

A child that ends without reaching the moment (the write no longer goes that way) fails the test, saying so.
"""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from conftest import child_env

MOMENTS = ("fsync", "before-rename", "after-rename")

PROLOGUE = """
import os, sys
_moment, _target, _told, _held = sys.argv[1], os.path.realpath(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
del sys.argv[1:5]
_folder, _prefix = os.path.dirname(_target), "." + os.path.basename(_target) + "."
_fsync, _replace = os.fsync, os.replace

def _pause():
    os.write(_told, b"paused")
    os.read(_held, 1)  # no data ever comes: the parent kills this process here (had it died, this returns)
    os._exit(3)

def _is_temporary_file(fd):
    inode = os.fstat(fd).st_ino
    return any(entry.name.startswith(_prefix) and entry.inode() == inode for entry in os.scandir(_folder))

def _paused_fsync(fd):
    if _moment == "fsync" and _is_temporary_file(fd):
        _pause()
    _fsync(fd)

def _paused_replace(source, destination, **kwargs):
    arrives = os.path.realpath(destination) == _target
    if _moment == "before-rename" and arrives:
        _pause()
    _replace(source, destination, **kwargs)
    if _moment == "after-rename" and arrives:
        _pause()

os.fsync, os.replace = _paused_fsync, _paused_replace
"""

RUN_POLICYGEN = "import runpy\nrunpy.run_module('policygen', run_name='__main__', alter_sys=True)\n"
"""A script that runs ``python -m policygen ARGS``."""


class PausedChild:
    """``python -c PROLOGUE+SCRIPT ARGS``, to be stopped when its write to ``target`` reaches ``moment``."""

    def __init__(self, script: str, moment: str, target: Path, *args: object, cwd: Path | None = None) -> None:
        assert moment in MOMENTS, moment
        self.moment = moment
        self._told, told = os.pipe()
        held, self._held = os.pipe()
        self._stderr = tempfile.TemporaryFile()
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-c", PROLOGUE + script, moment, str(target), str(told), str(held), *map(str, args)],
                pass_fds=(told, held), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self._stderr,
                cwd=cwd, env=child_env())
        finally:
            os.close(told)
            os.close(held)

    def wait_until_paused(self, timeout: float = 60.0) -> None:
        """Return once the child stands still at the moment; fail if it ends (or hangs) without reaching it."""
        ready, _, _ = select.select([self._told], [], [], timeout)
        said = os.read(self._told, 16) if ready else None
        if said == b"paused":
            return
        ended = f"ended with exit code {self.process.wait(timeout=30)}" if said == b"" else f"waited {timeout} s"
        raise AssertionError(f"the child never reached {self.moment!r} ({ended}); stderr: {self.stderr()}")

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)

    def stderr(self) -> str:
        self._stderr.seek(0)
        return self._stderr.read().decode("utf-8", "replace")[-3000:]

    def __enter__(self) -> PausedChild:
        return self

    def __exit__(self, *exc_info) -> None:
        self.kill()
        os.close(self._told)
        os.close(self._held)
        self._stderr.close()
