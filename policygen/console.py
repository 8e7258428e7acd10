"""Printing for commands: output bytes are UTF-8 whatever the locale, so they are the same everywhere."""

from __future__ import annotations

import sys


def out(text: str) -> None:
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.flush()


def err(line: str) -> None:
    print(line, file=sys.stderr)
