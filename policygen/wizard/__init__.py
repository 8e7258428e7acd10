"""The Textual wizard (the only part of policygen that imports Textual)."""

from __future__ import annotations

import sys


def run_wizard(answers_path: str) -> int:
    print("policygen wizard: not yet available; write the answers file by hand (see `policygen schema`) "
          "and run `policygen render`.", file=sys.stderr)
    return 2
