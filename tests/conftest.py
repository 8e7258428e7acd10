from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES_DIR = ROOT / "sample_answers"
SAMPLES = sorted(SAMPLES_DIR.glob("*.yaml"))
GOLDEN_DIR = Path(__file__).resolve().parent / "golden"


def run_cli(*args: str, cwd: Path | None = None, env: dict | None = None, input: bytes | None = None, **process):
    """Run policygen as a person would: a separate process.

    An ``env`` value of None removes that variable; ``process`` passes on to subprocess.run (umask, user, ...).
    """
    full_env = {name: value for name, value in {**os.environ, **(env or {})}.items() if value is not None}
    return subprocess.run(
        [sys.executable, "-m", "policygen", *map(str, args)],
        capture_output=True, cwd=cwd, env=full_env, input=input, timeout=60, **process,
    )


@pytest.fixture(params=SAMPLES, ids=lambda p: p.stem)
def sample(request) -> Path:
    return request.param


@pytest.fixture(autouse=True)
def _samples_stay_as_they_are():
    """No test writes beside the samples (a wizard session opened on one writes its draft there)."""
    before = sorted(p.name for p in SAMPLES_DIR.iterdir())
    yield
    assert sorted(p.name for p in SAMPLES_DIR.iterdir()) == before, "a test wrote into sample_answers/"
