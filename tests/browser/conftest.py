"""Real-browser tests of the HTML page: headless Chromium (through Playwright), axe-core and the Nu HTML Checker.

Run them with ``pytest -m browser tests/browser`` after ``.ci/install-browser-tools`` and ``pip install '.[browser]'``.
A missing tool makes the tests fail with a message saying how to install it: they never skip, so CI cannot pass
without having run them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from conftest import child_env

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "sample_answers").glob("*.yaml"))
# Every sample's page in English and in French ("001-crm-saas-gdpr.fr"): the same checks hold in each language.
PAGE_LANGUAGES = ("en", "fr")
NAMES = [s.stem + ("" if lang == "en" else f".{lang}") for lang in PAGE_LANGUAGES for s in SAMPLES]
SCREENSHOT_DIR = ROOT / "test-artifacts" / "screenshots"
CHROMIUM = Path(os.environ.get("POLICYGEN_CHROMIUM", "/usr/bin/chromium"))
# Playwright gives every launch a fresh, temporary --user-data-dir of its own (it refuses one passed in args).
# The rest keeps a sandbox-less container quiet: no GPU, and no background calls to a network that is closed.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
AXE_JS = Path(os.environ.get("POLICYGEN_AXE_JS")
              or Path.home() / ".cache" / "policygen-ci" / "node_modules" / "axe-core" / "axe.min.js")
INSTALL_HINT = "run .ci/install-browser-tools and pip install '.[browser]'"
# The fragment is made to be embedded; this is the smallest valid page around it, for the validator.
FRAGMENT_PAGE = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>x</title></head><body>\n'
                 "{fragment}</body></html>\n")
DESKTOP = (1280, 800)
PHONE = (375, 667)


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: needs Chromium, axe-core and Java (see .ci/install-browser-tools)")


@dataclass(frozen=True)
class Rendered:
    """One sample rendered both ways: the standalone page, and the fragment inside a minimal page."""
    name: str
    page: Path
    fragment_page: Path


def _render(sample: Path, out: Path, lang: str = "en") -> Rendered:
    name = sample.stem + ("" if lang == "en" else f".{lang}")
    page = out / f"{name}.html"
    fragment_page = out / f"{name}-fragment.html"
    command = [sys.executable, "-m", "policygen", "render", str(sample), "--format", "html", "--lang", lang]
    for extra, target in (([], page), (["--fragment"], out / f"{name}.fragment")):
        result = subprocess.run([*command, *extra, "-o", str(target)], capture_output=True, text=True, timeout=120,
                                env=child_env())
        assert result.returncode == 0, f"policygen render {sample.name} {' '.join(extra)} failed:\n{result.stderr}"
    fragment = (out / f"{name}.fragment").read_text(encoding="utf-8")
    fragment_page.write_text(FRAGMENT_PAGE.format(fragment=fragment).replace('lang="en"', f'lang="{lang}"'),
                             encoding="utf-8")
    return Rendered(name, page, fragment_page)


@pytest.fixture(scope="session")
def rendered(tmp_path_factory) -> dict[str, Rendered]:
    """Every sample rendered with the `policygen render` command in each of PAGE_LANGUAGES, into one folder."""
    out = tmp_path_factory.mktemp("rendered")
    jobs = [(sample, lang) for lang in PAGE_LANGUAGES for sample in SAMPLES]
    with ThreadPoolExecutor(max_workers=min(8, os.cpu_count() or 2)) as pool:
        results = list(pool.map(lambda job: _render(job[0], out, job[1]), jobs))
    return {r.name: r for r in results}


@pytest.fixture(scope="session")
def axe_js() -> Path:
    if not AXE_JS.is_file():
        pytest.fail(f"axe-core not found at {AXE_JS} (set POLICYGEN_AXE_JS, or {INSTALL_HINT})", pytrace=False)
    return AXE_JS


@pytest.fixture(scope="session")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail(f"Playwright for Python is not installed ({INSTALL_HINT})", pytrace=False)
    if not CHROMIUM.is_file():
        pytest.fail(f"Chromium not found at {CHROMIUM} (set POLICYGEN_CHROMIUM, or {INSTALL_HINT})", pytrace=False)
    with sync_playwright() as playwright:
        try:
            chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        except Exception as error:  # noqa: BLE001 - any launch failure is the same message to the reader
            pytest.fail(f"Chromium at {CHROMIUM} did not start: {error}", pytrace=False)
        yield chromium
        chromium.close()


@dataclass
class OpenPage:
    """A page opened from file://, with everything it printed to the console and every request it made."""
    page: object
    url: str
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def foreign_requests(self) -> list[str]:
        return [u for u in self.requests if u.split("#")[0] != self.url and not u.startswith("data:")]


@pytest.fixture
def open_page(browser):
    """open_page(path, width, height, color_scheme) -> OpenPage, loaded; its context closes after the test."""
    contexts = []

    def _open(path: Path, width: int = DESKTOP[0], height: int = DESKTOP[1], color_scheme: str = "light") -> OpenPage:
        context = browser.new_context(viewport={"width": width, "height": height}, color_scheme=color_scheme,
                                      device_scale_factor=1, reduced_motion="reduce")
        contexts.append(context)
        page = context.new_page()
        opened = OpenPage(page, path.resolve().as_uri())
        page.on("console", lambda m: opened.errors.append(f"console.{m.type}: {m.text}")
                if m.type in ("error", "assert") else None)
        page.on("pageerror", lambda e: opened.errors.append(f"uncaught: {e}"))
        page.on("requestfailed", lambda r: opened.errors.append(f"request failed: {r.url}"))
        page.on("request", lambda r: opened.requests.append(r.url))
        page.goto(opened.url, wait_until="load")
        return opened

    yield _open
    for context in contexts:
        context.close()
