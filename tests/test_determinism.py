"""Same answers, same bytes: across processes, hash seeds and locales."""

from __future__ import annotations

import pytest

from conftest import run_cli

pytestmark = pytest.mark.slow  # two processes per sample and format


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_output_is_byte_identical_across_runs(sample, fmt):
    first = run_cli("render", sample, "--format", fmt, env={"PYTHONHASHSEED": "1", "LC_ALL": "C", "TZ": "UTC"})
    second = run_cli("render", sample, "--format", fmt,
                     env={"PYTHONHASHSEED": "987", "LC_ALL": "C.UTF-8", "TZ": "Pacific/Auckland"})
    assert first.returncode == 0, first.stderr
    assert first.stdout == second.stdout
