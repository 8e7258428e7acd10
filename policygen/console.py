"""Printing for commands: output bytes are UTF-8 whatever the locale, so they are the same everywhere; user text
in a message is made visible, so a file name or a value can never send an escape sequence to a terminal."""

from __future__ import annotations

import errno
import os
import re
import sys

# Characters that must not reach a terminal: C0 and C1 controls and DEL (escape sequences), line breaks (one
# problem per line), bidirectional overrides and isolates (which reorder what is shown), the BOM, and lone
# surrogates (the bytes of a file name that is not UTF-8, as Python hands them over).
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # one undecodable byte of a file name (surrogateescape): show the byte
        return f"\\x{code - 0xDC00:02x}"
    return match.group().encode("unicode_escape").decode("ascii")


def visible(text: str) -> str:
    """``text`` with every invisible or terminal-controlling character written as an escape: ``\\x1b``, ``\\u202e``."""
    return _INVISIBLE.sub(_escape, text)


class OutputError(OSError):
    """Standard output cannot be written (closed, or the disk is full); the CLI reports it in one line."""


def out(text: str) -> None:
    if sys.stdout is None:  # started with standard output closed (`>&-`)
        raise OutputError(errno.EBADF, "it is closed")
    try:
        sys.stdout.buffer.write(text.encode("utf-8", "backslashreplace"))
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as error:
        # What could not be written stays buffered, and Python would try again (and print a traceback) at exit.
        _discard_stdout()
        raise OutputError(error.errno, error.strerror) from None


def _discard_stdout() -> None:
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        sys.stdout = None


def err(line: str) -> None:
    print(line, file=sys.stderr)
