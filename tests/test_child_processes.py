"""The tests' child processes run this checkout's policygen, whatever copy is installed (conftest.child_env)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, child_env, run_cli

# Every test here runs policygen as a separate process: the slow tier (python -m pytest runs it; -m "not slow" does not).
pytestmark = pytest.mark.slow

WHERE = "import policygen; print(policygen.__file__)"


def _decoy(folder: Path) -> Path:
    """Another policygen, as an installed copy or an earlier PYTHONPATH entry would be: the folder that holds it."""
    package = folder / "decoy" / "policygen"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "__main__.py").write_text("raise SystemExit('the decoy ran')\n", encoding="utf-8")
    return package.parent


def test_children_run_the_checkout_not_another_copy(tmp_path):
    decoy = _decoy(tmp_path)
    elsewhere = tmp_path / "elsewhere"  # not the checkout: the working folder does not put it on the path
    elsewhere.mkdir()

    def where(env: dict) -> Path:
        result = subprocess.run([sys.executable, "-c", WHERE], cwd=elsewhere, env=env, capture_output=True, text=True,
                                timeout=60)
        assert result.returncode == 0, result.stderr
        return Path(result.stdout.strip()).resolve()

    # The decoy does take over a child started with the environment as it is...
    assert where({**os.environ, "PYTHONPATH": str(decoy)}).is_relative_to(decoy)
    # ...but not one started with child_env, which puts the checkout first.
    assert where(child_env({"PYTHONPATH": str(decoy)})).is_relative_to(ROOT / "policygen")
    result = run_cli("schema", cwd=elsewhere, env={"PYTHONPATH": str(decoy)})
    assert result.returncode == 0, result.stderr
    assert result.stdout == (ROOT / "policygen" / "model" / "answers.schema.json").read_bytes()


def test_child_env_keeps_the_rest_of_the_environment():
    env = child_env({"PYTHONPATH": "/somewhere", "LC_ALL": "C"})
    assert env["PYTHONPATH"] == os.pathsep.join([str(ROOT), "/somewhere"])
    assert env["LC_ALL"] == "C"
    assert {key: value for key, value in env.items() if key not in ("PYTHONPATH", "LC_ALL")} == {
        key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "LC_ALL")}
