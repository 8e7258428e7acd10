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


def child_env(env: dict | None = None) -> dict[str, str]:
    """The environment for a child Python process that runs this checkout's policygen, whatever copy is installed.

    The checkout goes first on PYTHONPATH (before any PYTHONPATH already set, and before site-packages); every test
    that starts Python in a child process passes this environment. An ``env`` value of None removes that variable.
    """
    full_env = {name: value for name, value in {**os.environ, **(env or {})}.items() if value is not None}
    full_env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [full_env.get("PYTHONPATH")])])
    return full_env


def run_cli(*args: str, cwd: Path | None = None, env: dict | None = None, input: bytes | None = None, **process):
    """Run policygen as a person would: a separate process; ``process`` passes on to subprocess.run (umask, ...)."""
    return subprocess.run(
        [sys.executable, "-m", "policygen", *map(str, args)],
        capture_output=True, cwd=cwd, env=child_env(env), input=input, timeout=60, **process,
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


def pytest_collection_modifyitems(config, items):
    """The browser suite runs only when -m names it (``-m browser``): any other run, ``-m "not slow"`` included,
    leaves it out (it needs Chromium, Java and axe-core, and fails without them)."""
    if "browser" in config.getoption("markexpr"):
        return
    browser = [item for item in items if item.get_closest_marker("browser")]
    if browser:
        config.hook.pytest_deselected(items=browser)
        items[:] = [item for item in items if not item.get_closest_marker("browser")]
