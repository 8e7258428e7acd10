"""Compiled templates kept between runs, in a folder only the current user can write to.

A cache file holds Python bytecode that Jinja runs, so whoever can write to the folder can run code as the user who
renders. The folder is therefore used only when it is owned by the current user and not writable by group or
others, and each file read must be the same; otherwise the cache is off for the run, with one warning. The folder
is opened once (not following a symbolic link) and every file is reached through that open folder, so the folder
checked is the folder used. Files are read without unpickling anything. A cache that cannot be read or written
(full disk, read-only folder, a damaged file) is passed over: the template compiles from source.
"""

from __future__ import annotations

import marshal
import os
import pickle
import stat
import sys
from functools import lru_cache
from pathlib import Path
from types import CodeType

import jinja2
from jinja2.bccache import Bucket, bc_magic

_WRITABLE_BY_OTHERS = stat.S_IWGRP | stat.S_IWOTH


@lru_cache(maxsize=1)
def bytecode_cache() -> jinja2.BytecodeCache | None:
    """The cache every environment in this process shares (one folder check, at most one warning).

    It lives in $POLICYGEN_CACHE_DIR or the user's cache folder; an empty POLICYGEN_CACHE_DIR switches it off, and
    so does a platform without user ids.
    """
    configured = os.environ.get("POLICYGEN_CACHE_DIR")
    if configured == "" or not hasattr(os, "geteuid"):
        return None
    try:
        if configured:
            folder = Path(configured)
        else:
            base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
            folder = base / "policygen" / f"jinja-{jinja2.__version__}"
        _make_private_folders(folder)
    except (OSError, RuntimeError):  # RuntimeError: no home folder
        return None  # no folder can be made there (a read-only home, say): nothing to trust, nothing to warn about
    try:
        folder_fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError as error:
        _warn(folder, "it is a symbolic link" if os.path.islink(folder) else f"cannot open it ({error.strerror})")
        return None
    distrust = _distrust(os.fstat(folder_fd), stat.S_ISDIR, "a folder")
    if distrust:
        os.close(folder_fd)
        _warn(folder, distrust)
        return None
    return PrivateBytecodeCache(folder, folder_fd)


class PrivateBytecodeCache(jinja2.BytecodeCache):
    """Jinja's bytecode files in a checked folder; any failure means "not cached", never a failed render."""

    def __init__(self, folder: Path, folder_fd: int):
        self.folder = folder
        self.folder_fd = folder_fd
        self.trusted = True

    def _file_name(self, bucket: Bucket) -> str:
        return f"__jinja2_{bucket.key}.cache"

    def load_bytecode(self, bucket: Bucket) -> None:
        if not self.trusted:
            return
        name = self._file_name(bucket)
        try:
            fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC, dir_fd=self.folder_fd)
        except OSError:
            return  # not cached yet, or unreadable: compile from source
        with open(fd, "rb") as file:
            try:
                distrust = _distrust(os.fstat(fd), stat.S_ISREG, "a regular file")
                if distrust:
                    self.trusted = False
                    _warn(self.folder / name, distrust)
                    return
                data = file.read()
            except OSError:
                return
        # Jinja's own reader unpickles the checksum; comparing the bytes Jinja would have written needs no unpickling.
        header = bc_magic + pickle.dumps(bucket.checksum, 2)
        if not data.startswith(header):
            return  # another template version, another Python, or a damaged file
        try:
            code = marshal.loads(data[len(header):])
        except (EOFError, ValueError, TypeError):
            return
        if isinstance(code, CodeType):
            bucket.code = code

    def dump_bytecode(self, bucket: Bucket) -> None:
        if not self.trusted:
            return
        name = self._file_name(bucket)
        temporary = f"{name}.{os.getpid()}.tmp"
        try:
            _remove(temporary, self.folder_fd)  # left by an earlier process with the same id that was killed
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600,
                         dir_fd=self.folder_fd)
        except OSError:
            return  # read-only folder, full disk: the next run compiles again
        try:
            with open(fd, "wb") as file:
                os.fchmod(fd, 0o600)  # whatever the umask
                file.write(bucket.bytecode_to_string())
            # Renamed into place whole, so a reader sees the old file or the new one, never half of one.
            os.replace(temporary, name, src_dir_fd=self.folder_fd, dst_dir_fd=self.folder_fd)
        except OSError:
            _remove(temporary, self.folder_fd)


def _make_private_folders(folder: Path) -> None:
    """Create the folder and any missing parents, each 0700 whatever the umask; existing folders stay as they are."""
    missing = []
    for path in (folder, *folder.parents):
        if os.path.lexists(path):
            break
        missing.append(path)
    for path in reversed(missing):
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            continue  # another process made it first; the checks on the open folder decide whether to trust it
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
        try:
            os.fchmod(fd, 0o700)  # a umask can take the owner's bits away too
        finally:
            os.close(fd)


def _distrust(status: os.stat_result, is_kind, kind: str) -> str:
    """Why a cache folder or file must not be trusted, or "" when it can be."""
    if not is_kind(status.st_mode):
        return f"it is not {kind}"
    if status.st_uid != os.geteuid():
        return f"it is owned by another user (uid {status.st_uid})"
    if status.st_mode & _WRITABLE_BY_OTHERS:
        return f"other users can write to it (mode {stat.S_IMODE(status.st_mode):04o})"
    return ""


def _warn(path: Path, why: str) -> None:
    print(f"{path}: template cache not used for this run: {why}", file=sys.stderr)


def _remove(name: str, folder_fd: int) -> None:
    try:
        os.unlink(name, dir_fd=folder_fd)
    except OSError:
        pass
