"""Where policygen writes, in one place: files replaced atomically, streams written as streams, inputs never
overwritten, and nothing half-written left behind by a failure, a crash or SIGTERM/SIGHUP.

* A regular file (or a path that does not exist yet) is written to a temporary file beside it, fsynced and renamed
  over it: readers see the old complete file or the new one. A symbolic link is followed and its final target is
  replaced; the link stays a link.
* "-" (standard output), a character device (``/dev/null``, a terminal) or a FIFO is written as a stream: opened and
  written, never replaced by a regular file.
* Several files written together (``render --out-dir``) are all written to their temporary files first and renamed
  into place only when every one succeeded; on any failure the temporary files are removed and the old files stay.
* SIGTERM and SIGHUP (unless ignored or handled) while files are written raise ``Terminated``, so the temporary files are removed on the way out;
  the command then exits with 128 + the signal number.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import stat
import sys
import threading
from pathlib import Path

from policygen.errors import Problem, UsageError

STDOUT = "-"
"""The output name for standard output."""
_SIGNALS = (signal.SIGTERM, signal.SIGHUP) if hasattr(signal, "SIGHUP") else (signal.SIGTERM,)


class Terminated(BaseException):
    """SIGTERM or SIGHUP arrived while files were being written; the writes were undone."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


class WriteError(OSError):
    """A file could not be written; ``filename`` is the file as named on the command line, not a temporary file."""


def _raise_terminated(signum: int, frame) -> None:
    raise Terminated(signum)


@contextlib.contextmanager
def signals_undo_writes():
    """While writing: SIGTERM and SIGHUP, where they would kill the process, raise Terminated, so the cleanup of the
    writes runs. Only the main thread can set handlers; a thread's writes (the wizard writes the policy in one) are
    left to the handlers in place."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {}
    try:
        for signum in _SIGNALS:
            # Only a signal that would kill the process: an ignored one (nohup) or one with its own handler stays so.
            if signal.getsignal(signum) is signal.SIG_DFL:
                previous[signum] = signal.signal(signum, _raise_terminated)
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def is_stream(path: str | Path) -> bool:
    """Standard output, a character device or a FIFO: written in place, as a stream."""
    if str(path) == STDOUT:
        return True
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)


def same_file(a: str | Path, b: str | Path) -> bool:
    """Both names reach one file (through symbolic or hard links too); False when either does not exist."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def refuse_inputs(targets: list[str | Path], inputs: list[str | Path]) -> None:
    """UsageError naming each output that is one of the inputs (writing it would destroy the input)."""
    problems = [Problem(str(target), f"is the input {source}: it would be overwritten; choose another output")
                for target in targets if str(target) != STDOUT
                for source in inputs if same_file(target, source)]
    if problems:
        raise UsageError(problems)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _write_stream(path: str, data: bytes) -> None:
    if path == STDOUT:
        sys.stdout.flush()
        _write_all(sys.stdout.fileno(), data)
        return
    fd = os.open(path, os.O_WRONLY | os.O_NOCTTY)
    try:
        if stat.S_ISREG(os.fstat(fd).st_mode):  # replaced by a regular file since it was looked at
            raise OSError(0, "changed into a regular file while it was being written")
        _write_all(fd, data)
    finally:
        os.close(fd)


class OutputSet:
    """Files written together: ``stage`` writes each to a temporary file beside its final target (streams are kept
    in memory), and leaving the ``with`` block renames them all into place, or removes them all if anything failed.

    ``mode``: the permissions to give the files; by default an existing file keeps its own and a new one gets 0666
    less the umask. ``make_folders``: create the folders the files go in (removed again if the set is abandoned).
    """

    def __init__(self, mode: int | None = None, make_folders: bool = False):
        self.mode, self.make_folders = mode, make_folders
        self._temps: list[tuple[str, str, str]] = []
        """(temporary file, final target, name as given), in the order staged."""
        self._streams: list[tuple[str, bytes]] = []
        self._folders: list[str] = []
        """Folders created for the outputs, removed again (when empty) if the set is abandoned."""
        self._signals = signals_undo_writes()

    def __enter__(self) -> "OutputSet":
        self._signals.__enter__()
        return self

    def __exit__(self, kind, error, traceback) -> None:
        try:
            if kind is None:
                self._commit()
            else:
                self._abandon()
        finally:
            self._signals.__exit__(None, None, None)

    def stage(self, path: str | Path, text: str) -> None:
        name = str(path)
        data = text.encode("utf-8")
        if is_stream(name):
            self._streams.append((name, data))
            return
        target = os.path.realpath(name)
        try:
            if self.make_folders:
                self._make_folder(os.path.dirname(target))
            self._write_temp(target, name, data)
        except OSError as error:
            raise WriteError(error.errno, error.strerror, name) from None

    def _make_folder(self, folder: str) -> None:
        missing = []
        while folder and not os.path.isdir(folder):
            missing.append(folder)
            folder = os.path.dirname(folder)
        for path in reversed(missing):
            os.mkdir(path)
            self._folders.append(path)

    def _write_temp(self, target: str, name: str, data: bytes) -> None:
        folder, base = os.path.split(target)
        temp = os.path.join(folder, f".{base}.{os.urandom(4).hex()}.tmp")
        self._temps.append((temp, target, name))  # before it exists: a signal right after creation still removes it
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # the umask applies, as for any new file
        try:
            mode = self.mode
            if mode is None:
                with contextlib.suppress(FileNotFoundError):
                    mode = os.stat(target).st_mode & 0o7777
            if mode is not None:
                os.fchmod(fd, mode)
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)

    def _commit(self) -> None:
        try:
            for name, data in self._streams:
                try:
                    _write_stream(name, data)
                except BrokenPipeError:
                    if name != STDOUT:
                        raise WriteError(errno.EPIPE, os.strerror(errno.EPIPE), name) from None
                    raise  # the reader of standard output went away (`| head`), as without -o
                except OSError as error:
                    raise WriteError(error.errno, error.strerror, name) from None
            while self._temps:
                temp, target, name = self._temps[0]
                try:
                    os.replace(temp, target)
                except OSError as error:
                    raise WriteError(error.errno, error.strerror, name) from None
                self._temps.pop(0)
        except BaseException:
            self._abandon()
            raise

    def _abandon(self) -> None:
        for temp, _, _ in self._temps:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp)
        self._temps.clear()
        for folder in reversed(self._folders):
            with contextlib.suppress(OSError):
                os.rmdir(folder)
        self._folders.clear()


def write_atomic(path: str | Path, text: str, mode: int | None = None) -> None:
    """Write one file as OutputSet does (atomically, or as a stream); WriteError when it cannot be written."""
    with OutputSet(mode) as outputs:
        outputs.stage(path, text)


def same_content(path: str | Path, text: str, chunk: int = 1 << 16) -> bool:
    """The regular file at ``path`` holds exactly ``text``, compared piece by piece: a file of another size is not
    read at all, and reading stops at the first difference."""
    data = text.encode("utf-8")
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode) or info.st_size != len(data):  # opening a FIFO would wait for a writer
            return False
        with open(path, "rb") as handle:
            view = memoryview(data)
            for start in range(0, len(data), chunk):
                if handle.read(chunk) != view[start:start + chunk]:
                    return False
            return handle.read(1) == b""
    except (FileNotFoundError, NotADirectoryError):  # no output yet: stale; other errors are the caller's to report
        return False
