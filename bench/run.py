"""policygen's benchmark: each figure beside its floor and its target.

    python bench/run.py [--quick] [--json bench/results/latest.json]

Whole-process figures run policygen as a user would (a fresh interpreter per run) and take the median of several
runs; peak memory is the child's maximum resident set size from os.wait4. Throughput figures run in one process and
count CPU time (time.process_time) after a first warm-up render, as a batch render does.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

PY = sys.executable
FLOOR_IMPORTS = "import jinja2, markdown, pydantic, yaml"


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    floor: float | None
    target: str
    ok: bool

    @property
    def ratio(self) -> str:
        return f"{self.value / self.floor:.2f}x" if self.floor else ""


def run_once(argv: list[str], cwd: Path | None = None) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one child process."""
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=cwd)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    error = child.stderr.read()
    child.stderr.close()
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({child.returncode}): {error.decode()[-500:]}")
    return elapsed, usage.ru_maxrss / 1024


def cpu_and_memory(argv: list[str]) -> tuple[float, float]:
    """CPU seconds (user + system) and peak RSS (MiB) of one child process: steadier than wall time on a busy machine."""
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    error = child.stderr.read()
    child.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(argv)} failed: {error.decode()[-500:]}")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


ADVERSARIAL_SECONDS_PER_MB = 1.0
ADVERSARIAL_MIB_PER_MB = 60


def adversarial_figures(policygen: list[str], folder: Path, runs: int) -> list[Figure]:
    """Validate and render (Markdown, HTML, text) about 1 MB of answers made of each pathological pattern: the
    slowest command's CPU seconds and its peak memory, both above the same command on minimal.yaml, per MB."""
    from generate import ADVERSARIAL, adversarial_answers
    import yaml

    def commands(path: Path) -> list[list[str]]:
        return [policygen + ["validate", str(path)]] + [
            policygen + ["render", str(path), "--format", fmt, "-o", str(folder / "out")]
            for fmt in ("markdown", "html", "text")]

    def slowest(path: Path) -> tuple[float, float]:
        seconds, memory = 0.0, 0.0
        for argv in commands(path):
            results = [cpu_and_memory(argv) for _ in range(runs)]
            seconds = max(seconds, statistics.median(r[0] for r in results))
            memory = max(memory, max(r[1] for r in results))
        return seconds, memory

    base_seconds, base_memory = slowest(ROOT / "sample_answers" / "minimal.yaml")
    figures = []
    for name, pattern in ADVERSARIAL.items():
        path = folder / f"adversarial-{len(figures)}.yaml"
        path.write_text(yaml.safe_dump(adversarial_answers(pattern, 1_000_000), sort_keys=False), encoding="utf-8")
        megabytes = path.stat().st_size / 1e6
        seconds, memory = slowest(path)
        per_mb, mib_per_mb = (seconds - base_seconds) / megabytes, (memory - base_memory) / megabytes
        figures.append(Figure(f"adversarial {name} ({megabytes:.1f} MB of {pattern!r}): CPU per MB", per_mb, "s",
                              None, f"<= {ADVERSARIAL_SECONDS_PER_MB:g} s/MB", per_mb <= ADVERSARIAL_SECONDS_PER_MB))
        figures.append(Figure(f"adversarial {name}: peak memory per MB", mib_per_mb, "MiB", None,
                              f"<= {ADVERSARIAL_MIB_PER_MB} MiB/MB", mib_per_mb <= ADVERSARIAL_MIB_PER_MB))
    return figures


def measure(argv: list[str], runs: int) -> tuple[float, float]:
    run_once(argv)  # warm the file cache
    results = [run_once(argv) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def throughput(path: Path, fmt: str, renders: int) -> float:
    """Renders per CPU-second of one answers file after the first (templates compiled once and cached)."""
    from policygen.answers import load_answers
    from policygen.commands.render import render_document
    from policygen.document.compose import compose

    render_document(compose(load_answers(path)), fmt)  # first render: compiles templates
    start = time.process_time()
    for _ in range(renders):
        render_document(compose(load_answers(path)), fmt)
    return renders / (time.process_time() - start)


def in_process_seconds(path: Path, fmt: str) -> float:
    from policygen.answers import load_answers
    from policygen.commands.render import render_document
    from policygen.document.compose import compose

    start = time.perf_counter()
    render_document(compose(load_answers(path)), fmt)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer runs, for a smoke test")
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "results" / "latest.json")
    args = parser.parse_args()
    runs = 3 if args.quick else 15
    renders = 20 if args.quick else 200

    from generate import large_answers
    import yaml

    # policygen runs as pip installs it: compiled to bytecode, like the libraries of the floor. (A checkout is
    # otherwise compiled anew on every run where PYTHONDONTWRITEBYTECODE is set, as on the project machine.)
    subprocess.run([PY, "-m", "compileall", "-q", str(ROOT / "policygen")], check=True)

    samples = sorted((ROOT / "sample_answers").glob("*.yaml"))
    largest = max(samples, key=lambda p: p.stat().st_size)
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        floor, floor_mem = measure([PY, "-c", FLOOR_IMPORTS], runs)
        # Not a target: what the model layer alone costs before policygen runs a line (pydantic's package import is
        # lazy, so the floor above does not load BaseModel and its schema machinery).
        model_floor, _ = measure([PY, "-c", FLOOR_IMPORTS + "; from pydantic import BaseModel"], runs)
        figures.append(Figure("floor + `from pydantic import BaseModel` (for reference)", model_floor, "s", floor,
                              "(none)", True))
        policygen = [PY, "-m", "policygen"]
        commands = {
            f"render {largest.name} --format html": policygen + ["render", str(largest), "--format", "html", "-o",
                                                                 str(tmp_path / "out.html")],
            f"validate {largest.name}": policygen + ["validate", str(largest)],
            "schema": policygen + ["schema"],
        }
        measured = {}
        for name, argv in commands.items():
            seconds, memory = measured[name] = measure(argv, runs)
            figures.append(Figure(f"{name}: time", seconds, "s", floor, "<= 1.3x floor", seconds <= 1.3 * floor))
            figures.append(Figure(f"{name}: peak memory", memory, "MiB", floor_mem, "<= 35 MiB", memory <= 35))
        # The same policy in French: the catalogue and Babel's CLDR data load only for a language other than English,
        # so the French render is measured against the English one.
        english_seconds, english_memory = measured[f"render {largest.name} --format html"]
        french = f"render {largest.name} --format html --lang fr"
        seconds, memory = measure(policygen + ["render", str(largest), "--format", "html", "--lang", "fr", "-o",
                                               str(tmp_path / "out.fr.html")], runs)
        figures.append(Figure(f"{french}: time", seconds, "s", english_seconds, "<= 1.25x the English render",
                              seconds <= 1.25 * english_seconds))
        figures.append(Figure(f"{french}: peak memory", memory, "MiB", english_memory,
                              "<= the English render + 8 MiB", memory <= english_memory + 8))

        for fmt, target in (("markdown", 400), ("html", 60)):
            rate = throughput(largest, fmt, renders if fmt == "markdown" else renders // 4)
            figures.append(Figure(f"batch {fmt}: renders of {largest.name} per CPU-second", rate, "/s", None,
                                  f">= {target}", rate >= target))

        sizes = (100, 250, 500)
        per_item = []
        for n in sizes:
            path = tmp_path / f"large-{n}.yaml"
            path.write_text(yaml.safe_dump(large_answers(n, n), sort_keys=False), encoding="utf-8")
            in_process_seconds(path, "html")  # warm
            per_item.append(min(in_process_seconds(path, "html") for _ in range(3)) / n)
        large = tmp_path / "large-500.yaml"
        for fmt in ("markdown", "html"):
            seconds, memory = measure(policygen + ["render", str(large), "--format", fmt, "-o",
                                                   str(tmp_path / f"large.{fmt}")], max(3, runs // 3))
            figures.append(Figure(f"render 500 categories + 500 processors ({fmt}): time", seconds, "s", None,
                                  "< 1 s", seconds < 1))
        growth = per_item[-1] / per_item[0]
        figures.append(Figure("cost per item at 500 vs 100 entries (linear = 1.0)", growth, "x", None, "<= 1.5",
                              growth <= 1.5))

        # A batch as CI renders one: 40 copies of 002, every format, whole processes; --jobs 2 against --jobs 1.
        batch = tmp_path / "batch"
        batch.mkdir()
        copies = [batch / f"{largest.stem}-{i:02}.yaml" for i in range(40)]
        for copy in copies:
            copy.write_bytes(largest.read_bytes())
        rates = {}
        for jobs in (1, 2):
            seconds, _ = measure(policygen + ["render", *map(str, copies), "--out-dir", str(tmp_path / "batch-out"),
                                              "--jobs", str(jobs)], max(3, runs // 5))
            rates[jobs] = len(copies) / seconds
        figures.append(Figure(f"batch of 40 x {largest.name}, every format, --jobs 1: renders per wall-second",
                              rates[1], "/s", None, "(none)", True))
        figures.append(Figure(f"batch of 40 x {largest.name}, every format, --jobs 2: renders per wall-second",
                              rates[2], "/s", None, ">= 1.5x --jobs 1", rates[2] >= 1.5 * rates[1]))

        figures += adversarial_figures(policygen, tmp_path, 1 if args.quick else 3)

        from wizard_bench import wizard_figures

        figures += wizard_figures(runs, quick=args.quick)

    print(f"floor: `python -c \"{FLOOR_IMPORTS}\"` = {floor * 1000:.0f} ms, {floor_mem:.1f} MiB; "
          f"python {sys.version.split()[0]}, {os.cpu_count()} cores")
    print()
    print("| figure | value | floor | ratio | target | met |")
    print("|---|---|---|---|---|---|")
    for f in figures:
        value = f"{f.value * 1000:.0f} ms" if f.unit == "s" else f"{f.value:.1f} {f.unit}"
        floor_text = "" if f.floor is None else f"{f.floor * 1000:.0f} ms" if f.unit == "s" else f"{f.floor:.1f} {f.unit}"
        print(f"| {f.name} | {value} | {floor_text} | {f.ratio} | {f.target} | {'yes' if f.ok else 'NO'} |")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"floor_seconds": floor, "floor_mib": floor_mem,
                                     "figures": [asdict(f) | {"ratio": f.ratio} for f in figures]}, indent=2) + "\n")
    if not all(f.ok for f in figures):
        sys.exit(1)


if __name__ == "__main__":
    main()
