"""Snapshots of the wizard's main screens (pytest-textual-snapshot): what a person sees, at fixed terminal sizes.

Each test drives the wizard to one screen and compares an SVG screenshot with the one stored in
``tests/__snapshots__/test_wizard_snapshots/``. After a deliberate change to the wizard's look (or to the help texts
it shows, which come from the answers model's docstrings), regenerate them and look at the SVGs before committing::

    python -m pytest tests/test_wizard_snapshots.py --snapshot-update

A failing run writes ``snapshot_report.html`` (in the current directory) showing the stored and the new screen side
by side.

The screens are made deterministic: the answers file sits in ``tmp_path`` but only its name is shown; "today" (the
placeholder date of an unanswered date in the preview) is fixed; the preview is awaited (with no pause for typing) before the screenshot; the
text cursor does not blink; the theme is fixed.
"""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path

import pytest
from textual.widgets import Input

from conftest import ROOT
from policygen.wizard import questions as q
from policygen.wizard.app import WizardApp
from policygen.wizard.form import QuestionBox, widget_id
from policygen.wizard.preview_pane import PreviewPane
from policygen.wizard.screens import MainScreen
from policygen.wizard.session import Session

# Every test drives the wizard through Textual's Pilot and draws an SVG: seconds each.
pytestmark = pytest.mark.slow

MARKETPLACE = ROOT / "sample_answers" / "002-freelance-marketplace.yaml"
BAKERY = Path(__file__).parent / "fixtures" / "wizard_bakery.yaml"  # written with the wizard in tmux (issue 19)
WIDE = (120, 40)
SMALL = (80, 24)
MEDIUM = (100, 30)
TODAY = datetime.date(2025, 1, 15)
CHECKED_ON = datetime.date(2026, 12, 1)
"""The day the laws are checked on in the pictures: a law that takes effect later must not change them."""


@pytest.fixture(autouse=True)
def _deterministic(monkeypatch, tmp_path):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.chdir(tmp_path)
    placeholder = q.placeholder

    def fixed_placeholder(question, data):  # an unanswered date is previewed as "today": make it a fixed day
        return TODAY if question.kind == "date" else placeholder(question, data)

    monkeypatch.setattr(q, "placeholder", fixed_placeholder)
    # The preview renders the parts in view once keys pause; a loaded machine can make that pause land after the
    # screen looked settled. Without the wait, the parts are rendered in the refreshes that settle() waits out.
    monkeypatch.setattr(PreviewPane, "wait_for_quiet", 0)


def make_app(path: Path, **kwargs) -> WizardApp:
    kwargs.setdefault("preview_delay", 0)
    kwargs.setdefault("autosave_delay", 3600)  # no draft is written while a screenshot is taken
    session = Session.open(path)
    session.today = lambda: CHECKED_ON
    app = WizardApp(session, **kwargs)
    app.animation_level = "none"
    app.theme = "textual-dark"  # not whatever TEXTUAL_THEME says
    return app


def new_app() -> WizardApp:
    return make_app(Path("privacy-answers.yaml"))  # no such file: a new wizard, relative to tmp_path


def bakery_app() -> WizardApp:
    shutil.copy(BAKERY, "privacy-answers.yaml")
    return make_app(Path("privacy-answers.yaml"))


def marketplace_app(**kwargs) -> WizardApp:
    shutil.copy(MARKETPLACE, "privacy-answers.yaml")  # the wizard writes its drafts beside the file
    return make_app(Path("privacy-answers.yaml"), **kwargs)


async def ready(pilot) -> None:
    """Wait for the main screen's first section: the snapshot's pilot starts before the screen is mounted."""
    for _ in range(50):
        screen = pilot.app.screen_stack[0] if pilot.app.screen_stack else None
        if isinstance(screen, MainScreen) and screen.is_mounted and screen.page is not None:
            return
        await pilot.pause()
    raise AssertionError("the wizard did not start")


async def settle(pilot) -> None:
    """Let the preview (a worker thread) finish, stop the text cursor blinking, then wait until the screen stops
    changing: the preview pane renders the sections in view one refresh after another."""
    screen: MainScreen = pilot.app.main
    for _ in range(20):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        if not screen.preview_on or (screen.preview_generation
                                     and screen.preview_shown_generation == screen.preview_generation):
            break
    else:
        raise AssertionError("the preview did not finish")
    # The pane renders the parts in view one after each refresh: wait for that state itself rather than for the
    # screen to look still, which a loaded machine can reach first. Nothing else on a screen without a blinking
    # cursor asks for a refresh, so ask for one each time.
    for pane in screen.query(PreviewPane):
        for _ in range(200):
            if pane.rendered_in_view:
                break
            pane.refresh()
            await pilot.pause(0.05)
        else:
            raise AssertionError("the preview's parts in view were not rendered")
    for screen_ in pilot.app.screen_stack:
        for field in screen_.query(Input):
            field.cursor_blink = False
    shown, same = None, 0
    for _ in range(100):
        await pilot.pause()
        now = pilot.app.export_screenshot()
        same = same + 1 if now == shown else 0
        if same == 3:
            return
        shown = now
    raise AssertionError("the screen did not settle")


def going_to(section: str | None, **check):
    """A ``run_before``: open ``section`` (None: stay on the first one, as the wizard starts) and check the screen."""
    async def run_before(pilot) -> None:
        await ready(pilot)
        if section is not None:
            await pilot.app.main.show_section(section)
        await settle(pilot)
        for key, value in check.items():
            assert getattr(pilot.app.main, key) == value
    return run_before


# ------------------------------------------------------------------------------------------------------- tests
def test_new_wizard_first_section_wide(snap_compare):
    """A new wizard at 120x40: sections, the Organisation questions, and the draft preview beside them."""
    assert snap_compare(new_app(), terminal_size=WIDE,
                        run_before=going_to(None, current="organisation", preview_on=True))


def test_new_wizard_first_section_80x24(snap_compare):
    """A new wizard at 80x24: the preview is hidden (F2 shows it); the questions, help bar and keys fit."""
    assert snap_compare(new_app(), terminal_size=SMALL,
                        run_before=going_to(None, current="organisation", preview_on=False))


def test_marketplace_data_collected_with_preview(snap_compare):
    """The freelance marketplace's answers on "Data collected" at 120x40, with the policy's preview."""
    assert snap_compare(marketplace_app(show_preview=True), terminal_size=WIDE,
                        run_before=going_to("data_categories", preview_on=True))


def test_marketplace_processors_80x24(snap_compare):
    """The freelance marketplace's answers on "Processors and third parties" at 80x24 (a section of entries)."""
    assert snap_compare(marketplace_app(), terminal_size=SMALL,
                        run_before=going_to("processors", preview_on=False))


def test_new_wizard_review_lists_problems(snap_compare):
    """The review of a new wizard at 120x40: every problem left, each a way back to its question."""
    assert snap_compare(new_app(), terminal_size=WIDE, run_before=going_to(q.REVIEW))


def test_quit_with_changes_asks_to_save_80x24(snap_compare):
    """Ctrl+Q after clearing the marketplace's e-mail address: the "Save changes?" dialog, with its problem."""
    async def clear_email(pilot) -> None:
        await ready(pilot)
        await settle(pilot)
        field = pilot.app.main.query_one(f"#{widget_id(('organisation', 'email'))}", QuestionBox).query_one(Input)
        field.focus()
        await pilot.press("end", "ctrl+u")
        await settle(pilot)
        assert pilot.app.session.dirty

    assert snap_compare(marketplace_app(), terminal_size=SMALL, press=["ctrl+q"], run_before=clear_email)


@pytest.mark.parametrize("size", [SMALL, MEDIUM], ids=["80x24", "100x30"])
def test_service_picker(snap_compare, size):
    """Adding a provider: "pay" typed, the matches grouped by kind, the best one highlighted, "not in the list"
    first; nothing cut off at either size."""
    async def search(pilot) -> None:
        await going_to("processors")(pilot)
        pilot.app.main.query_one(f"#{widget_id(('processors',))}").query_one(".add-entry").focus()
        await pilot.press("enter", *"pay")
        await settle(pilot)

    assert snap_compare(new_app(), terminal_size=size, run_before=search)


@pytest.mark.parametrize("size", [SMALL, MEDIUM], ids=["80x24", "100x30"])
def test_bakery_data_category(snap_compare, size):
    """The bakery's contact details, opened: its purposes in the catalogue's order, "From the catalogue: no" for
    sensitive."""
    async def open_category(pilot) -> None:
        await going_to("data_categories")(pilot)
        await pilot.app.main.query_one(f"#{widget_id(('data_categories',))}").open_entry(0)
        await settle(pilot)

    assert snap_compare(bakery_app(), terminal_size=size, run_before=open_category)


@pytest.mark.parametrize("size", [SMALL, MEDIUM], ids=["80x24", "100x30"])
def test_bakery_review(snap_compare, size):
    """The bakery's Review: what the laws still ask (a warning), no backticks, and the Finish button."""
    assert snap_compare(bakery_app(), terminal_size=size, run_before=going_to(q.REVIEW))
