"""Headless commands never import Textual, so they start fast in CI and pre-commit hooks.

Nor, for an English policy, Babel or a gettext catalogue: they load only for a policy in another language.

Nor importlib.metadata, which pydantic imports to look for plugins (policygen.model.no_plugins): with the packages it
brings it is the largest single cost of a render after the libraries' own imports.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT, child_env

MINIMAL = ROOT / "sample_answers" / "minimal.yaml"
APP = ROOT / "sample_answers" / "007-health-app.yaml"

PROBE = """
import sys
from policygen.cli import main
code = main(sys.argv[1:])
heavy = sorted(m for m in sys.modules if m == "textual" or m.startswith("textual."))
print("TEXTUAL:" + ",".join(heavy), file=sys.stderr)
print("METADATA:" + str("importlib.metadata" in sys.modules), file=sys.stderr)
print("BABEL:" + str(any(m == "babel" or m.startswith("babel.") for m in sys.modules)), file=sys.stderr)
from policygen.i18n import speaking
print("CATALOGUES:" + str(speaking._compiled.cache_info().currsize), file=sys.stderr)
"""


@pytest.mark.slow
@pytest.mark.parametrize(
    "args",
    [["render", str(MINIMAL)], ["render", str(MINIMAL), "--format", "html"], ["validate", str(MINIMAL)], ["schema"],
     ["export", str(APP), "--to", "play-data-safety"]],
    ids=["render-md", "render-html", "validate", "schema", "export"],
)
def test_headless_commands_do_not_import_textual(args):
    result = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, timeout=60, env=child_env())
    assert b"TEXTUAL:\n" in result.stderr, result.stderr.decode()[-500:]
    assert b"METADATA:False" in result.stderr
    assert b"BABEL:False" in result.stderr and b"CATALOGUES:0" in result.stderr
    assert b"Traceback" not in result.stderr


@pytest.mark.slow  # runs the command in a child process
def test_a_policy_in_another_language_loads_babel_and_its_catalogue():
    # The probe can tell: a French render loads both.
    result = subprocess.run([sys.executable, "-c", PROBE, "render", str(MINIMAL), "--lang", "fr"],
                            capture_output=True, timeout=60, env=child_env())
    assert b"BABEL:True" in result.stderr and b"CATALOGUES:1" in result.stderr, result.stderr.decode()[-500:]
    assert b"TEXTUAL:\n" in result.stderr


@pytest.mark.slow  # runs the command in a child process
def test_probe_would_notice_textual():
    # The probe itself must be able to fail: importing Textual shows up.
    result = subprocess.run([sys.executable, "-c", "import textual\n" + PROBE, "schema"], capture_output=True,
                            timeout=60, env=child_env())
    assert b"TEXTUAL:textual" in result.stderr


@pytest.mark.slow
def test_named_pydantic_plugins_are_still_looked_for(tmp_path):
    # PYDANTIC_DISABLE_PLUGINS naming particular plugins means the others are wanted: pydantic's own loader runs.
    env = child_env({"PYDANTIC_DISABLE_PLUGINS": "someplugin"})
    result = subprocess.run([sys.executable, "-c", PROBE, "validate", str(MINIMAL)], capture_output=True, timeout=60,
                            env=env)
    assert b"METADATA:True" in result.stderr, result.stderr.decode()[-500:]
    assert result.returncode == 0
