"""Broken answers files: every one ends in exit code 2, one located line per problem, quickly, in little memory.

Each case runs ``policygen validate`` and ``policygen render -o OUT`` as real processes under resource limits: 2 s of
CPU time (RLIMIT_CPU, which does not depend on how busy the machine is), 300 MB of address space (RLIMIT_AS), and a
wall-clock kill at 10 s for anything that waits instead of computing (such as reading a pipe). The corpus is
``tests/bad_inputs/`` (expected first lines in ``expected.yaml``, with the file's path written ``{file}``); cases too
large to commit are generated here. ``tests/edge_inputs/`` holds unusual files that must be accepted. See
``tests/bad_inputs/README.md`` for the classes covered.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from conftest import child_env
from factory import BASE, answers, write
from policygen.answers import load_answers
from policygen.answers.load import MAX_BYTES, MAX_VALUES
from policygen.model.answers import MAX_ITEMS

if sys.platform == "win32":  # pragma: no cover - resource limits and wait4 are POSIX
    pytest.skip("resource-limited subprocesses need POSIX", allow_module_level=True)

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "bad_inputs"
EDGE = HERE / "edge_inputs"
EXPECTED: dict[str, str] = yaml.safe_load((CORPUS / "expected.yaml").read_text(encoding="utf-8"))

CPU_LIMIT = 2
"""Seconds of CPU time a child may use on a bad file, startup included (it takes about 0.3 s)."""
WALL_LIMIT = 10.0
"""Seconds of wall time before a child is killed: only something blocked, not slow, gets near it."""
MEMORY_LIMIT = 300 * 1024 * 1024
"""Address space a child may use (RLIMIT_AS); it also must not reach this peak resident size."""
OLD_OUTPUT = b"the previous policy, which a failed render must leave alone\n"


# ----------------------------------------------------------------------------------------- running a child
@dataclass
class Run:
    returncode: int
    stdout: bytes
    stderr: bytes
    seconds: float
    cpu: float
    max_rss: int
    """Peak resident memory of this child alone, in bytes (from wait4)."""
    killed: bool


# The limits are set by a tiny wrapper that then execs policygen (preexec_fn is unsafe with the threads that run
# the cases in parallel). Python without site (-S) starts in a few milliseconds.
_LIMITED = """
import os, resource, sys
cpu, memory = int(sys.argv[1]), int(sys.argv[2])
resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))  # SIGXCPU at the soft limit
try:
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
except (ValueError, OSError):  # platforms that do not enforce RLIMIT_AS (macOS)
    pass
os.execv(sys.executable, [sys.executable, "-m", "policygen", *sys.argv[3:]])
"""


def run_limited(*args: str, cwd: Path) -> Run:
    """Run ``python -m policygen ARGS`` in ``cwd`` under the CPU and memory limits; kill it at the wall limit."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        command = [sys.executable, "-S", "-c", _LIMITED, str(CPU_LIMIT), str(MEMORY_LIMIT), *args]
        child = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=out, stderr=err, cwd=cwd, env=child_env())
        lock, state = threading.Lock(), {"exited": False, "killed": False}

        def kill() -> None:
            with lock:
                if not state["exited"]:
                    state["killed"] = True
                    os.kill(child.pid, signal.SIGKILL)

        timer = threading.Timer(WALL_LIMIT, kill)
        timer.start()
        # Wait without reaping, so the timer can never signal a pid that has been reused; then reap with wait4,
        # which gives this child's own peak memory (RUSAGE_CHILDREN would be the peak of every child so far).
        os.waitid(os.P_PID, child.pid, os.WEXITED | os.WNOWAIT)
        with lock:
            state["exited"] = True
        timer.cancel()
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.monotonic() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        rss_unit = 1 if sys.platform == "darwin" else 1024
        cpu = usage.ru_utime + usage.ru_stime
        return Run(child.returncode, out.read(), err.read(), seconds, cpu, usage.ru_maxrss * rss_unit, state["killed"])


# ------------------------------------------------------------------------------------------------ the cases
@dataclass(frozen=True)
class Case:
    name: str
    expected: str
    """The first stderr line, with the answers file's path written {file}."""
    make: Callable[[Path], Path] | None = None
    """For generated cases: writes the file into a folder and returns its path."""

    def __str__(self) -> str:
        return self.name


def _yaml_text(data: dict) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000)


def _category() -> dict:
    return {"category": "contact_details", "sources": ["directly"], "purposes": ["customer_support"],
            "retention": {"period": "1 year"}}


def _twenty_megabytes(folder: Path) -> Path:
    path = folder / "20-megabytes.yaml"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(_yaml_text(BASE))
        line = "# " + "padding " * 16 + "\n"
        handle.write(line * (20 * 1024 * 1024 // len(line) + 1))
    return path


def _categories(count: int, name: str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        return write(folder / name, answers(data_categories=[_category() for _ in range(count)]))
    return make


def _processors_json(folder: Path) -> Path:
    path = folder / "10000-processors.json"
    path.write_text(json.dumps(answers(processors=[{"service": "netlify"}] * 10000)), encoding="utf-8")
    return path


def _deep_yaml(folder: Path) -> Path:
    path = folder / "nested-10000-lists.yaml"
    path.write_text("a: " + "[" * 10000 + "]" * 10000 + "\n", encoding="utf-8")
    return path


def _deep_yaml_mappings(folder: Path) -> Path:
    path = folder / "nested-10000-mappings.yaml"
    path.write_text("a: " + "{a: " * 10000 + "1" + "}" * 10000 + "\n", encoding="utf-8")
    return path


def _deep_json(folder: Path) -> Path:
    path = folder / "nested-10000.json"
    path.write_text('{"a": ' + "[" * 10000 + "]" * 10000 + "}\n", encoding="utf-8")
    return path


def _tiny_values(folder: Path) -> Path:
    path = folder / "two-megabytes-of-ones.yaml"
    path.write_text(_yaml_text(BASE) + "x: [" + ",".join(["1"] * ((MAX_BYTES - 2000) // 2)) + "]\n",
                    encoding="utf-8")
    return path


def _json_many_keys(folder: Path) -> Path:
    path = folder / "many-keys.json"
    keys = ", ".join(f'"k{i}": 0' for i in range(MAX_VALUES // 2 + 1))
    path.write_text("{" + keys + "}\n", encoding="utf-8")
    return path


def _long_value(folder: Path) -> Path:
    organisation = {**BASE["organisation"], "legal_name": "Testco " * 250_000}
    return write(folder / "long-value.yaml", answers(organisation=organisation))


def _many_problems(folder: Path) -> Path:
    bad = [{"category": "contact_detail", "sources": ["mail"], "purposes": ["customer_support"]}
           for _ in range(MAX_ITEMS)]  # distinct dicts: shared ones would be written as YAML aliases
    return write(folder / "many-problems.yaml", answers(data_categories=bad))


def _fifo(folder: Path) -> Path:
    path = folder / "pipe.yaml"
    os.mkfifo(path)  # nothing ever writes: reading it would wait forever
    return path


def _dev_zero(folder: Path) -> Path:
    path = folder / "endless.yaml"
    path.symlink_to("/dev/zero")
    return path


GENERATED = [
    Case("20-megabytes.yaml", "{file}: the file is 20.0 MB; answers files are limited to 2 MB", _twenty_megabytes),
    Case("10000-data-categories.yaml",
         "{file}:53845:13: the file holds more than 100,000 values; answers files hold a few hundred",
         _categories(10_000, "10000-data-categories.yaml")),
    Case("501-data-categories.yaml", "{file}:15:1: data_categories: has 501 entries; at most 500 are allowed",
         _categories(MAX_ITEMS + 1, "501-data-categories.yaml")),
    Case("10000-processors.json", "{file}: processors: has 10,000 entries; at most 500 are allowed", _processors_json),
    Case("nested-10000-lists.yaml", "{file}:1:35: nesting is deeper than 32 levels", _deep_yaml),
    Case("nested-10000-mappings.yaml", "{file}:1:125: nesting is deeper than 32 levels", _deep_yaml_mappings),
    Case("nested-10000.json", "{file}: nesting is deeper than 32 levels", _deep_json),
    Case("two-megabytes-of-ones.yaml",
         "{file}:35:199867: the file holds more than 100,000 values; answers files hold a few hundred", _tiny_values),
    Case("many-keys.json", "{file}: the file holds more than 100,000 values; answers files hold a few hundred",
         _json_many_keys),
    Case("long-value.yaml",
         "{file}:3:3: organisation.legal_name: is 1,750,000 characters long; at most 300 are allowed", _long_value),
    Case("many-problems.yaml",
         "{file}:16:3: data_categories[0].category: 'contact_detail' is not a known choice; "
         "did you mean 'contact_details'?", _many_problems),
    Case("pipe.yaml", "{file}: is not a regular file (a device, pipe or socket)", _fifo),
    Case("endless.yaml", "{file}: is not a regular file (a device, pipe or socket)", _dev_zero),
]
CORPUS_CASES = [Case(name, line) for name, line in EXPECTED.items()]
CASES = CORPUS_CASES + GENERATED


def test_corpus_and_expected_lines_match():
    files = {p.name for p in CORPUS.iterdir() if p.name not in ("expected.yaml", "README.md")}
    assert files == set(EXPECTED), (files ^ set(EXPECTED))
    assert len(CASES) >= 45


# --------------------------------------------------------------------------------------- running all cases
@dataclass
class Outcome:
    answers: Path
    out_folder: Path
    out: Path
    validate: Run
    render: Run


def _run_case(case: Case, folder: Path) -> Outcome:
    answers_path = case.make(folder) if case.make else CORPUS / case.name
    # The children run in a folder of their own holding only the old output, so any file a payload (or a
    # half-finished write) creates there is noticed.
    out_folder = folder / "out"
    out_folder.mkdir()
    out = out_folder / "policy.md"
    out.write_bytes(OLD_OUTPUT)
    validate = run_limited("validate", str(answers_path), cwd=out_folder)
    render = run_limited("render", str(answers_path), "-o", str(out), cwd=out_folder)
    return Outcome(answers_path, out_folder, out, validate, render)


@pytest.fixture(scope="module")
def outcomes(request, tmp_path_factory) -> dict[str, Future]:
    """Every selected case, run in parallel (one child per CPU) the first time any of them is asked for."""
    selected = {item.callspec.params["case"].name: item.callspec.params["case"] for item in request.session.items
                if item.module is request.module and hasattr(item, "callspec") and "case" in item.callspec.params}
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        yield {name: pool.submit(_run_case, case, tmp_path_factory.mktemp("bad")) for name, case in selected.items()}


# The tests that run the cases are slow (two processes per case); the checks in this process are not.
@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=str)
def test_bad_input_is_refused_cleanly(case: Case, outcomes):
    outcome: Outcome = outcomes[case.name].result()
    name = str(outcome.answers)
    expected = case.expected.replace("{file}", name)
    for command, run in (("validate", outcome.validate), ("render", outcome.render)):
        where = f"policygen {command} {case.name}"
        assert not run.killed, f"{where}: still running after {WALL_LIMIT} s"
        assert run.returncode != -signal.SIGXCPU and run.cpu < CPU_LIMIT, f"{where}: used {run.cpu:.1f} s of CPU"
        assert run.max_rss < MEMORY_LIMIT, f"{where}: peak memory {run.max_rss / 2**20:.0f} MB"
        stderr = run.stderr.decode("utf-8")
        assert b"Traceback" not in run.stderr + run.stdout, f"{where}:\n{stderr}"
        assert run.returncode == 2, f"{where}: exit {run.returncode}\n{stderr}"
        assert run.stdout == b""
        lines = stderr.splitlines()
        assert lines and lines[0] == expected, f"{where}"
        assert all(line.startswith(name) for line in lines), f"{where}: a line does not name the file:\n{stderr}"
    assert outcome.out.read_bytes() == OLD_OUTPUT
    assert [p.name for p in outcome.out_folder.iterdir()] == [outcome.out.name]  # no temp files, no PWNED


@pytest.mark.slow
def test_many_problems_are_capped(outcomes):
    outcome: Outcome = outcomes["many-problems.yaml"].result()
    lines = outcome.validate.stderr.decode("utf-8").splitlines()
    assert len(lines) == 101
    assert lines[-1] == f"{outcome.answers}: ... and 900 more problems"


@pytest.mark.slow
def test_python_payloads_are_never_run(outcomes):
    """The os.system payload would create PWNED in the child's working folder."""
    for name in ("63-python-apply-os-system.yaml", "62-python-object-tag.yaml"):
        outcome: Outcome = outcomes[name].result()
        assert not (outcome.out_folder / "PWNED").exists()


# ----------------------------------------------------------------------------------- files that are fine
EDGE_FILES = sorted(EDGE.iterdir())


@pytest.mark.parametrize("path", EDGE_FILES, ids=lambda p: p.name)
def test_edge_inputs_are_accepted(path: Path):
    loaded = load_answers(path)
    assert loaded.organisation.country == "GB"
    assert loaded.rights.request_methods == ["email"]


def test_edge_input_details():
    assert load_answers(EDGE / "norway-is-not-false.yaml").transfers.storage_countries == ["NO", "DE"]
    assert load_answers(EDGE / "decimal-not-octal.yaml").rights.response_days == 10  # YAML 1.1 would say 8
    assert load_answers(EDGE / "unicode-names.yaml").organisation.legal_name.startswith("株式会社")
    assert load_answers(EDGE / "utf8-bom.yaml") == load_answers(EDGE / "windows-line-endings.yaml")


def test_largest_allowed_lists_are_accepted(tmp_path):
    path = _categories(MAX_ITEMS, "500-data-categories.yaml")(tmp_path)
    assert len(load_answers(path).data_categories) == MAX_ITEMS
