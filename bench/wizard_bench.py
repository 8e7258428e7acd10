"""The wizard's figures for bench/run.py: launch time over Textual's import floor, preview latency, keystroke delay.

The wizard runs headless through Textual's own test driver (``App.run_test`` and Pilot), the same app and screens a
terminal shows, sized 160x50 so the preview is on screen.
"""

from __future__ import annotations

import asyncio
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from run import PY, ROOT, Figure

SIZE = (160, 50)

# A child process that starts the wizard as `policygen wizard ANSWERS` does and says "ready" when Textual reports its
# first frame on screen (the Ready event) with the first question focused: the moment a person can type. The parent
# times its start to that line. The preview fills in after that, a part at a time, between keys (the keystroke
# figure below).
LAUNCH = """
import asyncio, sys
from textual import events
from policygen.wizard import open_wizard

def on_message(message):
    if isinstance(message, events.Ready):
        if app.focused is None or app.main.page is None:
            sys.exit("no question focused on the first frame")
        print("ready", flush=True)
        sys.stdout.close()

async def main():
    async with app.run_test(size={size}, message_hook=on_message):
        await asyncio.sleep(60)

app = open_wizard(sys.argv[1])
asyncio.run(main())
"""

# The floor: the same interpreter importing Textual's App and saying so.
TEXTUAL_FLOOR = "import textual.app; print('ready', flush=True)"


def time_to_ready(argv: list[str], runs: int) -> float:
    """Median seconds from starting a process to its "ready" line (it is killed then)."""

    def once() -> float:
        start = time.perf_counter()
        child = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        line = child.stdout.readline()
        elapsed = time.perf_counter() - start
        child.kill()
        child.wait()
        child.stdout.close()
        if line.strip() != b"ready":
            raise SystemExit(f"{argv[:3]} did not get ready")
        return elapsed

    once()  # warm the file cache
    return statistics.median(once() for _ in range(runs))


def largest_sample() -> Path:
    return max((ROOT / "sample_answers").glob("*.yaml"), key=lambda p: p.stat().st_size)


async def _preview_figures(path: Path, keystrokes: int) -> tuple[list[float], list[float]]:
    """(preview latency after each last keystroke, time each keystroke took to be handled), in seconds."""
    from textual import events
    from textual.widgets import Input

    from policygen.wizard.app import WizardApp
    from policygen.wizard.form import widget_id
    from policygen.wizard.session import Session

    app = WizardApp(Session.open(str(path)), show_preview=True)
    latencies: list[float] = []
    key_times: list[float] = []
    async with app.run_test(size=SIZE) as pilot:
        screen = app.main

        async def until(condition, timeout: float = 30.0) -> None:
            deadline = time.perf_counter() + timeout
            while not condition():
                if time.perf_counter() > deadline:
                    raise TimeoutError("the wizard did not get there in time")
                await asyncio.sleep(0.0005)

        async def settled() -> None:
            await until(lambda: screen.preview_shown_generation > 0 and screen._preview_timer is None
                        and screen.preview_shown_generation == screen.preview_generation)

        await settled()
        field = screen.query_one(f"#{widget_id(('organisation', 'legal_name'))}").query_one(Input)
        field.focus()
        field.value = "Benchmark"
        field.cursor_position = len(field.value)
        await settled()

        async def type_key(char: str) -> None:
            """Send one key as the terminal driver does and wait until the field shows it."""
            expected = field.value + char
            start = time.perf_counter()
            event = events.Key(char, char)
            event.set_sender(app)
            app._driver.send_message(event)
            try:
                await until(lambda: field.value == expected, 5)
            except TimeoutError:
                raise SystemExit(f"typed {char!r}: field shows {field.value!r}, focus {app.focused!r}")
            key_times.append(time.perf_counter() - start)

        for i in range(keystrokes):
            for number, char in enumerate("typed"):  # a word at a quick typist's pace, 12 keys a second
                if number:
                    await asyncio.sleep(1 / 12)
                await type_key(char)
            last_key = time.perf_counter()  # the last key is handled: from here on it is the preview's time
            await until(lambda: field.value in screen.preview_text  # and on screen:
                        and screen.preview_shown_generation == screen.preview_generation)
            latencies.append(time.perf_counter() - last_key)
            await settled()
    return latencies, key_times


def wizard_figures(runs: int, quick: bool = False) -> list[Figure]:
    with tempfile.TemporaryDirectory() as folder:  # the wizard autosaves a draft beside its answers file
        sample = Path(folder) / largest_sample().name
        shutil.copyfile(largest_sample(), sample)
        return _figures(sample, runs, quick)


def _figures(sample: Path, runs: int, quick: bool) -> list[Figure]:
    floor = time_to_ready([PY, "-c", TEXTUAL_FLOOR], runs)
    launch = time_to_ready([PY, "-c", LAUNCH.format(size=SIZE), str(sample)], runs)
    figures = [Figure(f"wizard launch on {sample.name} to first screen (headless)", launch, "s", floor,
                      "<= floor + 0.5 s", launch <= floor + 0.5)]
    latencies, key_times = asyncio.run(_preview_figures(sample, 3 if quick else 10))
    latency = statistics.median(latencies)
    figures.append(Figure(f"wizard preview latency after the last keystroke ({sample.name})", latency, "s", None,
                          "<= 150 ms", latency <= 0.150))
    worst_key = max(key_times)
    figures.append(Figure("wizard keystroke handling, slowest while the preview renders", worst_key, "s", None,
                          "not delayed (<= 50 ms)", worst_key <= 0.050))
    return figures


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    for figure in wizard_figures(5, quick="--quick" in sys.argv):
        print(figure)
