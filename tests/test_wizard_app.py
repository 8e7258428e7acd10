"""The wizard driven as a person would, through Textual's Pilot: keys, focus, dialogs, files on disk.

No pytest asyncio plugin is installed, so each test runs its scenario with ``asyncio.run``. Timers that the wizard
waits on (preview debounce, autosave) are made immediate or called directly, and background work is awaited with
``wait_for_complete``: nothing here sleeps and hopes.
"""

from __future__ import annotations

import asyncio
import datetime
import difflib
import io
import shutil
from pathlib import Path

import pytest
import yaml
from textual import events
from textual.geometry import Region
from textual.widgets import Button, Input, Select, SelectionList

from conftest import ROOT
from policygen.answers.load import load_answers, parse_answers_file
from policygen.answers.save import dump_answers
from policygen.document.compose import compose
from policygen.render.html import render_html
from policygen.wizard import questions as q
from policygen.wizard.app import WizardApp
from policygen.wizard.form import QuestionBox, Tick, widget_id
from policygen.wizard.preview_pane import PreviewPane
from policygen.wizard.dialogs.finish_anyway import FinishAnywayScreen
from policygen.wizard.dialogs.record_change import RecordChangeScreen
from policygen.wizard.dialogs.restore_draft import RestoreDraftScreen
from policygen.wizard.dialogs.save_changes import SaveChangesScreen
from policygen.wizard.dialogs.write_policy import WriteOutputsScreen
from policygen.wizard.screens import KeysBar, MainScreen
from policygen.wizard.session import Session, draft_path

# Every test drives the wizard through Textual's Pilot: seconds each.
pytestmark = pytest.mark.slow

FIXTURE = Path(__file__).parent / "fixtures" / "wizard_expected.yaml"
MINIMAL = ROOT / "sample_answers" / "minimal.yaml"
MARKETPLACE = ROOT / "sample_answers" / "002-freelance-marketplace.yaml"  # the largest policy


def shown_text(renderable) -> str:
    """The text a Rich renderable shows (a side-list entry is a grid of mark and title)."""
    from rich.console import Console

    console = Console(width=40, record=True, file=io.StringIO())
    console.print(renderable)
    return console.export_text()


def run(scenario):
    asyncio.run(scenario())


def copy_of(sample: Path, tmp_path: Path) -> Path:
    """A copy of a sample to work on: the wizard saves and autosaves beside its answers file."""
    path = tmp_path / sample.name
    shutil.copy(sample, path)
    return path


def make_app(path: Path, **kwargs) -> WizardApp:
    """The wizard on ``path``; the preview is off unless a test wants it (it costs a second per test)."""
    kwargs.setdefault("show_preview", False)
    kwargs.setdefault("preview_delay", 0)
    kwargs.setdefault("autosave_delay", 3600)  # tests call autosave() themselves
    app = WizardApp(Session.open(path), **kwargs)
    app.animation_level = "none"  # scrolling to the focused question happens at once
    return app


# ------------------------------------------------------------------------------------------------------ helpers
class Driver:
    """What a person does with the keyboard, in a few words per step."""

    def __init__(self, app: WizardApp, pilot) -> None:
        self.app, self.pilot = app, pilot

    @property
    def screen(self) -> MainScreen:
        return self.app.main

    async def settle(self) -> None:
        await self.pilot.pause()
        await self.app.workers.wait_for_complete()
        await self.pilot.pause()

    async def until(self, condition, rounds: int = 20) -> None:
        """Let the app process its messages until ``condition()`` holds (no sleeping: a bounded number of rounds)."""
        for _ in range(rounds):
            if condition():
                return
            await self.pilot.pause()
        assert condition()

    def box(self, *path) -> QuestionBox:
        return self.screen.query_one(f"#{widget_id(path)}", QuestionBox)

    def shown(self, *path) -> bool:
        found = self.screen.query(f"#{widget_id(path)}")
        return bool(found) and all(node.display for node in found.first().ancestors_with_self
                                   if node is not self.app)

    async def focus(self, widget) -> None:
        widget.focus()
        await self.pilot.pause()

    async def type(self, *path_and_text) -> None:
        """Focus a text question, clear it and type the text key by key."""
        *path, text = path_and_text
        field = self.box(*path).query_one(Input)
        field.focus()
        await self.pilot.press(*(["end", "ctrl+u"] if field.value else []), *text)

    async def paste(self, *path_and_text) -> None:
        """Focus a text question, clear it and paste the text (a terminal's bracketed paste)."""
        *path, text = path_and_text
        field = self.box(*path).query_one(Input)
        field.focus()
        if field.value:
            await self.pilot.press("end", "ctrl+u")
        field.post_message(events.Paste(text))
        await self.pilot.pause()

    async def choose(self, *path_search_expected) -> None:
        """Open a choice with Enter, type to search, take the match with Enter (and check what was taken)."""
        *path, search, expected = path_search_expected
        select = self.box(*path).query_one(Select)
        await self.choose_in(select, search)
        assert select.value == expected  # Textual forgets a search after 0.7 s without a key: keep searches short

    async def choose_in(self, select: Select, search: str) -> None:
        select.focus()
        await self.pilot.press("enter", *search, "enter")

    async def tick_choices(self, *path_and_values) -> None:
        """Move through a list of choices with the arrow keys and tick the given ones with Space."""
        *path, values = path_and_values
        choices = self.box(*path).query_one(SelectionList)
        choices.focus()
        keys = [choices.get_option_at_index(i).value for i in range(choices.option_count)]
        for value in values:
            await self.pilot.press("home", *["down"] * keys.index(value), "space")

    async def tick(self, *path) -> None:
        self.box(*path).query_one(Tick).focus()
        await self.pilot.press("space")

    async def add_entry(self, *path_and_search) -> None:
        """Pick from a list's "add" choice (providers: search the catalogue's picker): the new entry opens with its
        first question focused."""
        *path, search = path_and_search
        add = self.box(*path).query_one(".add-entry")
        if isinstance(add, Select):
            await self.choose_in(add, search)
        else:
            add.focus()
            await self.pilot.press("enter")
            await self.pilot.pause()
            await self.pilot.press(*search, "enter")
        await self.pilot.pause()  # the new entry is built, then focused

    async def next(self) -> None:
        await self.pilot.press("pagedown")

    async def back(self) -> None:
        await self.pilot.press("pageup")

    async def go(self, section: str) -> None:
        await self.screen.show_section(section)
        await self.pilot.pause()

    def data(self):
        return self.app.session.data


async def fill_everything(d: Driver) -> None:
    """From an empty start, answer every section with a small organisation's answers (few keys: Pilot is slow)."""
    assert d.screen.current == "organisation"
    await d.type("organisation", "legal_name", "Acme Ltd")
    await d.paste("organisation", "address", "1 Main Street, Springfield")
    await d.choose("organisation", "country", "ger", "DE")
    await d.paste("organisation", "email", "privacy@acme.example")
    await d.tick("organisation", "privacy_officer")
    await d.paste("organisation", "privacy_officer", "name", "Jane Doe")
    await d.next()

    assert d.screen.current == "services"
    await d.add_entry("services", "covered", "w")
    await d.paste("services", "covered", 0, "name", "acme.example")
    await d.paste("services", "covered", 0, "url", "https://acme.example")
    await d.next()

    assert d.screen.current == "audiences"
    await d.tick_choices("audiences", "regions", ["eea", "uk"])
    await d.next()

    assert d.screen.current == "data_categories"
    await d.add_entry("data_categories", "con")
    await d.tick_choices("data_categories", 0, "sources", ["directly"])
    await d.tick_choices("data_categories", 0, "purposes", ["provide_service"])  # adds the purpose too
    await d.tick("data_categories", 0, "retention")
    await d.paste("data_categories", 0, "retention", "period", "2 years")
    await d.next()

    assert d.screen.current == "purposes"
    await d.focus(d.box("purposes").query_one("CollapsibleTitle"))
    await d.pilot.press("enter")  # open the entry the data category added
    await d.pilot.pause()
    await d.choose("purposes", 0, "legal_basis", "cont", "contract")
    await d.next()

    assert d.screen.current == "processors"
    await d.add_entry("processors", "netl")
    for _ in range(6):  # cookies, marketing, children, transfers, keeping: the defaults are fine
        await d.next()

    assert d.screen.current == "rights"
    await d.tick_choices("rights", "request_methods", ["email"])
    await d.next()
    await d.next()

    assert d.screen.current == "changes"
    await d.tick_choices("changes", "notice_methods", ["updated_date"])
    await d.paste("changes", "effective_date", "2026-01-15")
    await d.paste("changes", "last_updated", "2026-01-15")
    await d.next()
    assert d.screen.current == "review"


async def finish_and_write(d: Driver) -> None:
    """Finish; when the laws still find errors, the wizard names them and this insists (the second button)."""
    await d.focus(d.screen.query_one("#finish", Button))
    await d.pilot.press("enter")
    await d.pilot.pause()
    if isinstance(d.app.screen, FinishAnywayScreen):
        await d.pilot.press("tab", "enter")  # "Go back" has the focus; "Finish anyway" is the next button
        await d.pilot.pause()
    assert isinstance(d.app.screen, WriteOutputsScreen)
    await d.pilot.press("enter")  # "Write" has the focus: both formats are ticked
    await d.settle()


# -------------------------------------------------------------------------------------------------------- tests
@pytest.mark.parametrize("size", [(120, 40), (80, 24)], ids=["120x40", "80x24"])
def test_empty_start_to_saved_file(tmp_path, size):
    path = tmp_path / "privacy-answers.yaml"

    async def scenario():
        # The preview has tests of its own; here it would only slow every step down.
        app = make_app(path)
        async with app.run_test(size=size) as pilot:
            d = Driver(app, pilot)
            await d.settle()
            assert d.screen.has_class("-narrow") == (size[0] < 100)
            await fill_everything(d)
            assert app.session.problems() == []
            await finish_and_write(d)
            assert not app.session.dirty

    run(scenario)
    assert path.read_text(encoding="utf-8") == FIXTURE.read_text(encoding="utf-8")
    load_answers(path)  # the saved answers validate
    assert "Acme" in (tmp_path / "privacy-policy.md").read_text(encoding="utf-8")  # named after the policy
    assert "<html" in (tmp_path / "privacy-policy.html").read_text(encoding="utf-8").lower()
    assert not (tmp_path / "privacy-answers.md").exists()
    assert not draft_path(path).exists()


def test_open_sample_change_one_answer_and_save(tmp_path):
    path = copy_of(MINIMAL, tmp_path)
    before, _ = parse_answers_file(path)
    canonical_before = dump_answers(load_answers(path))

    async def scenario():
        app = make_app(path)
        async with app.run_test(size=(120, 40)) as pilot:
            d = Driver(app, pilot)
            await d.settle()
            # Saved answers are the defaults.
            assert d.box("organisation", "legal_name").query_one(Input).value == "Juniper Lane Studio Ltd"
            assert not app.session.dirty
            await d.type("organisation", "trading_name", "Juniper")
            assert app.session.dirty
            await pilot.press("ctrl+s")
            await pilot.pause()
            assert not app.session.dirty

    run(scenario)
    after, _ = parse_answers_file(path)
    expected = yaml.safe_load(yaml.safe_dump(before))
    expected["organisation"]["trading_name"] = "Juniper"
    assert after == expected
    diff = [line for line in difflib.unified_diff(canonical_before.splitlines(), path.read_text().splitlines(),
                                                  lineterm="", n=0) if line[:1] in "+-" and line[:3] not in "+++---"]
    assert diff == ["-  trading_name: Juniper Lane", "+  trading_name: Juniper"]


def test_back_and_next_keep_values(tmp_path):
    async def scenario():
        app = make_app(tmp_path / "a.yaml")
        async with app.run_test(size=(120, 40)) as pilot:
            d = Driver(app, pilot)
            await d.settle()
            await d.type("organisation", "legal_name", "Acme")
            await d.choose("organisation", "country", "ger", "DE")
            await d.next()
            await d.add_entry("services", "covered", "m")
            await d.paste("services", "covered", 0, "name", "Acme App")
            await d.next()
            await d.tick_choices("audiences", "regions", ["canada"])
            await d.tick("audiences", "business_customers")
            await d.back()
            await d.back()
            assert d.screen.current == "organisation"
            assert d.box("organisation", "legal_name").query_one(Input).value == "Acme"
            assert d.box("organisation", "country").query_one(Select).value == "DE"
            await d.next()
            entries = d.box("services", "covered")
            await entries.open_entry(0)
            await pilot.pause()
            assert d.box("services", "covered", 0, "name").query_one(Input).value == "Acme App"
            await d.next()
            assert d.box("audiences", "regions").query_one(SelectionList).selected == ["canada"]
            assert d.box("audiences", "business_customers").query_one(Tick).value is True
            # The side list jumps too, and keeps everything as well.
            await pilot.press("escape")
            assert app.focused is d.screen.query_one("#sections")
            await pilot.press("home", "enter")
            assert d.screen.current == "organisation"
            assert d.data()["organisation"] == {"legal_name": "Acme", "country": "DE"}

    run(scenario)


def test_conditional_questions_follow_the_answers(tmp_path):
    path = tmp_path / "a.yaml"
    path.write_text("schema_version: 1\npurposes:\n  - purpose: security\naudiences:\n  regions: [canada, other]\n")

    async def scenario():
        app = make_app(path)
        async with app.run_test(size=(120, 40)) as pilot:
            d = Driver(app, pilot)
            await d.settle()
            await d.go("purposes")
            await d.box("purposes").open_entry(0)
            await pilot.pause()
            assert not d.shown("purposes", 0, "legal_basis")
            await d.go("audiences")
            assert not d.shown("audiences", "eea_countries")
            await d.tick_choices("audiences", "regions", ["eea"])
            await pilot.pause()
            assert d.shown("audiences", "eea_countries")  # shown live on the same page
            await d.go("purposes")
            await d.box("purposes").open_entry(0)
            await pilot.pause()
            assert d.shown("purposes", 0, "legal_basis")
            await d.go("audiences")
            await d.tick_choices("audiences", "regions", ["eea"])  # untick
            await pilot.pause()
            assert not d.shown("audiences", "eea_countries")
            # Children's questions appear when the minimum age goes below 13 (COPPA: "elsewhere" may include the US).
            await d.go("children")
            assert not d.shown("children", "parental_consent_method")
            await d.type("children", "minimum_age", "8")
            await pilot.pause()
            assert d.shown("children", "parental_consent_method")

    run(scenario)


def test_list_entries_add_edit_remove(tmp_path):
    async def scenario():
        app = make_app(tmp_path / "a.yaml")
        async with app.run_test(size=(120, 40)) as pilot:
            d = Driver(app, pilot)
            await d.settle()
            await d.go("data_categories")
            await d.add_entry("data_categories", "con")
            await d.add_entry("data_categories", "ot")
            assert d.data()["data_categories"] == [{"category": "contact_details"}, {"category": "other"}]
            # The new entry is open with its first unanswered question focused; "other" needs a name.
            assert app.focused is d.box("data_categories", 1, "name").query_one(Input)
            await d.paste("data_categories", 1, "name", "Loyalty points")
            titles = [c.title for c in d.screen.query("EntryList Collapsible")]
            assert titles[1].startswith("Loyalty points")
            # Edit the first entry after opening it.
            await d.box("data_categories").open_entry(0)
            await pilot.pause()
            await d.paste("data_categories", 0, "examples", "name and email")
            assert d.data()["data_categories"][0]["examples"] == "name and email"
            # Remove the first (ctrl+r from inside it): the second moves up, answers intact.
            await pilot.press("ctrl+r")
            await d.until(lambda: d.data()["data_categories"] == [{"category": "other", "name": "Loyalty points"}])
            assert len(d.screen.query("EntryList Collapsible")) == 1
            # Processors by catalogue service, or by name.
            await d.go("processors")
            await d.add_entry("processors", "str")
            await d.add_entry("processors", "Our own mail server")  # not in the catalogue: named as typed
            assert d.data()["processors"] == [{"service": "stripe"}, {"name": "Our own mail server"}]
            remove = d.box("processors", 1).query_one(".remove-entry")
            remove.scroll_visible(animate=False)
            await pilot.pause()
            assert await pilot.click(remove)  # the mouse works too
            await d.until(lambda: d.data()["processors"] == [{"service": "stripe"}])

    run(scenario)


def test_invalid_answers_block_finish_but_not_draft_save(tmp_path):
    path = tmp_path / "a.yaml"

    async def scenario():
        app = make_app(path)
        async with app.run_test(size=(120, 40)) as pilot:
            d = Driver(app, pilot)
            await d.settle()
            await d.type("organisation", "email", "not-an-email")
            await pilot.press("tab")
            await pilot.pause()
            email = d.box("organisation", "email")
            assert email.problem and "email address" in email.problem  # the model's own message, inline
            await d.go("review")
            assert d.screen.query("#problems")
            await d.focus(d.screen.query_one("#finish", Button))
            await pilot.press("enter")
            await pilot.pause()
            assert not isinstance(app.screen, WriteOutputsScreen)
            assert not path.exists()  # finishing refused
            sections = d.screen.query_one("#sections")
            assert "✗" in shown_text(sections.get_option("organisation").prompt)
            await pilot.press("ctrl+s")  # a draft can be saved anyway
            await pilot.pause()
            assert path.exists() and not app.session.dirty
            # Choosing a problem in the review goes to its question.
            await d.go("review")
            problems = d.screen.query_one("#problems")
            index = next(i for i, (p, _) in enumerate(app.session.problems()) if p == ("organisation", "email"))
            await d.focus(problems)
            problems.highlighted = index
            await pilot.press("enter")
            await pilot.pause()
            await pilot.pause()
            assert d.screen.current == "organisation"
            assert app.focused is d.box("organisation", "email").query_one(Input)

    run(scenario)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Incomplete answers saved by `policygen wizard`")
    assert yaml.safe_load(text) == {"schema_version": 2, "organisation": {"email": "not-an-email"}}
    reopened = Session.open(path)  # and the wizard opens it again, problems and all
    assert reopened.data["organisation"]["email"] == "not-an-email"


def test_quit_asks_to_save_unsaved_changes(tmp_path):
    path = tmp_path / "a.yaml"

    async def clean_quit():
        app = make_app(path)
        async with app.run_test(size=(120, 40)) as pilot:
            await Driver(app, pilot).settle()
            await pilot.press("ctrl+q")
        return app

    async def with_changes(choice: str):
        app = make_app(path)
        async with app.run_test(size=(120, 40)) as pilot:
            d = Driver(app, pilot)
            await d.settle()
            await d.type("organisation", "legal_name", "Acme")
            await pilot.press("ctrl+q")
            await pilot.pause()
            assert isinstance(app.screen, SaveChangesScreen)
            await pilot.press(choice)
            await pilot.pause()
            if choice == "escape":
                assert isinstance(app.screen, MainScreen) and app.is_running
                assert app.session.dirty
                await pilot.press("ctrl+q", "d")
        return app

    app = asyncio.run(clean_quit())
    assert app.return_value == 0 and not path.exists()  # quitting a clean session asks nothing

    asyncio.run(with_changes("escape"))  # cancel, then don't save
    assert not path.exists()
    app = asyncio.run(with_changes("s"))
    assert app.return_value == 0
    assert yaml.safe_load(path.read_text()) == {"schema_version": 2, "organisation": {"legal_name": "Acme"}}


def test_autosaved_draft_is_offered_and_restored(tmp_path):
    path = copy_of(MINIMAL, tmp_path)

    async def crash_after_changes():
        app = make_app(path, autosave_delay=3600)
        async with app.run_test(size=(120, 40)) as pilot:
            d = Driver(app, pilot)
            await d.settle()
            await d.type("organisation", "legal_name", "Juniper Lane Ltd")
            assert d.screen._autosave_timer is not None  # an autosave is on its way...
            d.screen.autosave()  # ...and happens (tests do not wait 3 seconds)
            assert draft_path(path).exists()
            # The app then dies without quitting: no save, the draft stays.

    async def restart(choice: str):
        app = make_app(path)
        async with app.run_test(size=(120, 40)) as pilot:
            d = Driver(app, pilot)
            await d.settle()
            assert isinstance(app.screen, RestoreDraftScreen)
            await pilot.press(choice)
            await d.settle()
            return app.session.data["organisation"]["legal_name"], app.session.dirty, \
                d.box("organisation", "legal_name").query_one(Input).value

    run(crash_after_changes)
    assert asyncio.run(restart("r")) == ("Juniper Lane Ltd", True, "Juniper Lane Ltd")
    assert draft_path(path).exists()  # kept until the answers are saved
    assert asyncio.run(restart("escape")) == ("Juniper Lane Studio Ltd", False, "Juniper Lane Studio Ltd")
    assert draft_path(path).exists()  # "later": still there
    assert asyncio.run(restart("d")) == ("Juniper Lane Studio Ltd", False, "Juniper Lane Studio Ltd")
    assert not draft_path(path).exists()  # discarded


def test_saving_removes_the_draft(tmp_path):
    path = tmp_path / "a.yaml"

    async def scenario():
        app = make_app(path)
        async with app.run_test(size=(120, 40)) as pilot:
            d = Driver(app, pilot)
            await d.settle()
            await d.type("organisation", "legal_name", "Acme")
            d.screen.autosave()
            assert draft_path(path).exists()
            await pilot.press("ctrl+s")
            await pilot.pause()
            assert not draft_path(path).exists()

    run(scenario)


def test_preview_follows_the_answers(tmp_path):
    path = copy_of(MINIMAL, tmp_path)

    async def scenario():
        app = make_app(path, show_preview=None)
        async with app.run_test(size=(120, 40)) as pilot:
            d = Driver(app, pilot)
            await d.settle()
            screen = d.screen
            assert "Juniper Lane" in screen.preview_text
            assert screen.preview_shown_generation == screen.preview_generation
            shown = screen.preview_generation
            await d.paste("organisation", "trading_name", "Quince Works")
            await d.settle()
            assert screen.preview_generation > shown
            assert "Quince Works" in screen.preview_text
            parts = "".join(screen.query_one("#preview-scroll", PreviewPane).sources)
            assert "Quince Works" in parts
            # F2 hides it (and it stops rendering); F2 shows it again, up to date.
            await pilot.press("f2")
            await pilot.pause()
            assert not screen.query_one("#preview").display
            await d.paste("organisation", "trading_name", "Rowan Works")
            await d.settle()
            assert "Rowan Works" not in screen.preview_text
            await pilot.press("f2")
            await d.settle()
            assert screen.query_one("#preview").display
            assert "Rowan Works" in screen.preview_text

    run(scenario)


@pytest.mark.slow
def test_f3_shows_the_preview_in_the_next_language_and_the_questions_stay_in_english(tmp_path):
    path = copy_of(MINIMAL, tmp_path)

    async def scenario():
        app = make_app(path, show_preview=None)
        async with app.run_test(size=(120, 40)) as pilot:
            d = Driver(app, pilot)
            await d.settle()
            screen = d.screen
            english = screen.preview_text
            assert screen.preview_note == "Preview of the policy."
            await pilot.press("f3")
            await d.settle()
            assert screen.preview_language == "fr"
            assert screen.preview_note == "Preview of the policy in Français."
            assert screen.preview_text != english and "Juniper Lane" in screen.preview_text
            for _ in range(4):  # de, es, pt-BR, then back to English
                await pilot.press("f3")
                await d.settle()
            assert screen.preview_language == "en" and screen.preview_text == english

    run(scenario)


def test_preview_debounce_keeps_only_the_newest(tmp_path):
    path = copy_of(MINIMAL, tmp_path)

    async def scenario():
        app = make_app(path, show_preview=True, preview_delay=3600)  # typing never pauses long enough...
        async with app.run_test(size=(120, 40)) as pilot:
            d = Driver(app, pilot)
            await d.settle()
            first = d.screen.preview_generation
            await d.type("organisation", "trading_name", "ABC")
            assert d.screen.preview_generation == first  # ...so no render was started per key
            d.screen.start_preview()  # the debounce timer fires once
            stale = d.screen.preview_generation
            d.screen.start_preview()  # and a newer one is asked for before the first is shown
            await d.settle()
            assert d.screen.preview_shown_generation == stale + 1
            assert "ABC" in d.screen.preview_text

    run(scenario)


def test_narrow_terminal_hides_the_preview(tmp_path):
    async def scenario():
        app = make_app(tmp_path / "a.yaml", show_preview=None)
        async with app.run_test(size=(80, 24)) as pilot:
            d = Driver(app, pilot)
            await d.settle()
            screen = d.screen
            assert not screen.query_one("#preview").display
            assert screen.query_one("#form").display
            await pilot.press("f2")  # the preview takes the questions' place
            await d.settle()
            assert screen.query_one("#preview").display and not screen.query_one("#main-col").display
            await pilot.press("f2")
            await pilot.pause()
            assert screen.query_one("#main-col").display
            # Every section's page fits: the focused question is on screen.
            for _ in range(5):
                await d.next()
                assert app.focused is not None and app.focused.region.height > 0

    run(scenario)


def test_help_shows_on_focus_and_with_f1(tmp_path):
    async def scenario():
        app = make_app(tmp_path / "a.yaml")
        async with app.run_test(size=(120, 40)) as pilot:
            d = Driver(app, pilot)
            await d.settle()
            bar = d.screen.query_one("#help-bar")
            assert "registered legal name" in str(bar.render())  # the focused question's help
            await pilot.press("tab", "tab")  # the trading name, then whether the business is one person
            assert "one person runs the business alone" in str(bar.render())
            await pilot.press("tab")
            assert "main postal address" in str(bar.render())
            legal, address = d.box("organisation", "legal_name"), d.box("organisation", "address")
            assert not legal.query(".q-help")  # inline help only with F1
            await pilot.press("f1")
            await pilot.pause()
            assert legal.query_one(".q-help").display and address.query_one(".q-help").display
            await d.next()  # a new page keeps showing every help
            assert d.screen.query(".q-help")
            await pilot.press("f1")
            await pilot.pause()
            assert not any(h.display for h in d.screen.query(".q-help"))
            await d.go("purposes")  # hidden questions say when they are asked
            await d.add_entry("purposes", "sec")
            d.box("purposes", 0, "description").query_one(Input).focus()
            await pilot.pause()
            assert "What you do" in str(bar.render())

    run(scenario)


def test_unreadable_answers_file_is_reported_not_opened(tmp_path):
    from policygen.errors import AnswersError, UsageError
    from policygen.wizard import run_wizard

    path = tmp_path / "bad.yaml"
    path.write_text("organisation: [unclosed\n")
    with pytest.raises(AnswersError) as caught:
        run_wizard(str(path))
    assert caught.value.problems[0].line == 2
    with pytest.raises(UsageError):  # the wizard writes YAML, so it refuses to write it into a .json file
        run_wizard(str(tmp_path / "answers.json"))



async def rendered_preview(d: Driver) -> PreviewPane:
    """The preview pane, once its first part is rendered."""
    pane = d.screen.query_one("#preview-scroll", PreviewPane)
    await d.until(lambda: pane.parts and pane.parts[0].rendered, rounds=100)
    return pane


def test_preview_renders_the_sections_in_view(tmp_path):
    """The largest policy: parts in view are rendered Markdown, the rest plain text until scrolled to."""
    path = copy_of(MARKETPLACE, tmp_path)

    async def scenario():
        app = make_app(path, show_preview=True)
        async with app.run_test(size=(120, 40)) as pilot:
            d = Driver(app, pilot)
            pane = await rendered_preview(d)
            await d.settle()
            rendered = [part.rendered for part in pane.parts]
            assert rendered[0] and not rendered[-1], rendered
            assert "".join(pane.sources) == d.screen.preview_text  # every part is there, rendered or not
            last = pane.parts[-1]
            pane.scroll_end(animate=False)
            await d.until(lambda: pane.parts[-1].rendered, rounds=100)
            assert pane.parts[-1] is last
            # A change reaches a rendered part in place and a waiting one as text.
            await d.paste("organisation", "trading_name", "Quince Works")
            await d.settle()
            assert "".join(pane.sources) == d.screen.preview_text and "Quince Works" in d.screen.preview_text
            shown = [p for p in pane.parts if p.rendered and "Quince Works" in p.source]
            assert shown, "no rendered part shows the new name"
            painted = shown[0].render_lines(Region(0, 0, shown[0].size.width, shown[0].size.height))
            assert "Quince" in "".join(strip.text for strip in painted)  # on screen, as rendered Markdown
            assert "**" not in "".join(strip.text for strip in painted)


    run(scenario)


def test_keys_typed_ahead_of_the_screen_land_after_tab(tmp_path):
    """Keys that reach the wizard all at once (a fast typist, a paste through the terminal) go where Tab sent them."""

    async def scenario():
        app = make_app(tmp_path / "new.yaml")
        async with app.run_test(size=(120, 40)) as pilot:
            d = Driver(app, pilot)
            await d.settle()
            await d.focus(d.box("organisation", "legal_name").query_one(Input))
            # Queued before the first is handled; the second Tab passes the one-person checkbox on to the address.
            for key in ["a", "b", "tab", "c", "d", "tab", "tab", "e"]:
                event = events.Key(key, key if len(key) == 1 else None)
                event.set_sender(app)
                app._driver.send_message(event)
            await d.until(lambda: isinstance(app.focused, Input) and app.focused.value == "e", rounds=50)
            assert app.session.get(("organisation", "legal_name")) == "ab"
            assert app.session.get(("organisation", "trading_name")) == "cd"
            assert app.session.get(("organisation", "address")) == "e"

    run(scenario)


def test_review_lists_what_the_laws_still_ask_and_goes_there(tmp_path):
    path = copy_of(MINIMAL, tmp_path)
    app = make_app(path)
    app.session.set(("data_categories", 0, "retention"), q.MISSING)

    async def scenario():
        async with app.run_test(size=(120, 40)) as pilot:
            d = Driver(app, pilot)
            await d.settle()
            await d.go("review")
            assert not d.screen.query("#problems")
            note = str(d.screen.query(".review-note").first().render())
            assert "still ask for 1 thing (1 error" in note
            findings = d.screen.query_one("#findings")
            assert app.focused is findings
            await pilot.press("enter")
            await d.until(lambda: d.screen.current == "data_categories")

    run(scenario)


def test_saving_writes_an_existing_policy_again(tmp_path):
    """A policy written beside the answers (by Finish or `policygen render`) is rewritten by ctrl+s: never stale."""
    path = copy_of(MINIMAL, tmp_path)
    html = tmp_path / "privacy-policy.html"
    html.write_text("old policy", encoding="utf-8")

    async def scenario():
        app = make_app(path)
        async with app.run_test(size=(120, 40)) as pilot:
            d = Driver(app, pilot)
            await d.settle()
            await d.paste("organisation", "trading_name", "Quince Works")
            await pilot.press("ctrl+s")
            await d.settle()

    run(scenario)
    assert "Quince Works" in html.read_text(encoding="utf-8")
    assert not (tmp_path / "privacy-policy.md").exists()  # only what was there before
    assert html.read_text(encoding="utf-8") == render_html(compose(load_answers(path)))


def test_garbage_is_collected_in_quiet_moments_only(tmp_path, monkeypatch):
    """Full collections stall the screen: the wizard pauses automatic ones, collects once right after the first
    screen and sets what is left aside, then collects when no key came for a while, and gives the interpreter back
    as it found it."""
    import gc

    collected = []
    monkeypatch.setattr(gc, "collect", lambda *args: collected.append(True) or 0)

    async def scenario():
        app = make_app(tmp_path / "new.yaml")
        app.quiet_for = 3600  # no key for an hour: never, in this test, until a key is dated long ago
        async with app.run_test(size=(120, 40)) as pilot:
            for _ in range(10):
                await pilot.pause()
            assert not gc.isenabled()
            assert collected == [True] and gc.get_freeze_count() > 0  # once after the first screen, the rest aside
            allocated = [[] for _ in range(20_000)]  # plenty to collect
            await pilot.press("a")
            app._collect_when_quiet()
            assert collected == [True] and allocated  # but a key came just now
            app._last_key = float("-inf")
            app._collect_when_quiet()
            assert collected == [True, True]
        assert gc.isenabled() and gc.get_freeze_count() == 0

    assert gc.isenabled()
    run(scenario)


def test_preview_waits_for_typing_to_pause_before_rendering(tmp_path):
    """Rendering a section holds up the screen for a moment: it waits until no key came for a while."""
    path = copy_of(MARKETPLACE, tmp_path)

    async def scenario():
        app = make_app(path, show_preview=True)
        async with app.run_test(size=(120, 40)) as pilot:
            d = Driver(app, pilot)
            pane = await rendered_preview(d)
            pane.wait_for_quiet = 3600  # from now on, a key holds rendering back for an hour
            await pilot.press("end")  # a key that changes nothing
            pane.scroll_end(animate=False)
            for _ in range(20):
                await pilot.pause()
            assert not pane.parts[-1].rendered  # in view, but typing goes first
            app._last_key = float("-inf")  # the person stopped long ago
            pane.render_visible()
            await d.until(lambda: pane.parts[-1].rendered, rounds=100)

    run(scenario)


def test_help_for_every_question_keeps_the_focused_one_in_view(tmp_path):
    path = copy_of(MARKETPLACE, tmp_path)

    async def scenario():
        app = make_app(path)
        async with app.run_test(size=(100, 30)) as pilot:
            d = Driver(app, pilot)
            await d.settle()
            form = d.screen.query_one("#form")
            await d.focus(d.box("organisation", "website").query_one(Input))
            await pilot.press("f1")  # every question's help appears above the focused one
            await d.settle()
            assert app.focused.region.intersection(form.region).area > 0

    run(scenario)


def test_keys_bar_keeps_its_order_and_a_click_presses_the_key(tmp_path):
    """The keys along the bottom stay put as the focus moves (an entry's own key comes last), and work by mouse."""
    path = copy_of(MARKETPLACE, tmp_path)

    async def scenario():
        app = make_app(path, show_preview=True)
        async with app.run_test(size=(120, 40)) as pilot:
            d = Driver(app, pilot)
            await d.settle()
            bar = d.screen.query_one(KeysBar)

            def shown() -> str:
                return bar.render_lines(Region(0, 0, bar.size.width, 1))[0].text.strip()

            screen_keys = shown()
            assert screen_keys.startswith("^s Save  pgdn Next  pgup Back  f1 Help  f2 Preview"), screen_keys
            await d.go("data_categories")
            await pilot.press("enter", "tab")  # into the first entry
            await d.settle()
            assert shown() == screen_keys + "  ^r Remove entry"
            await d.focus(d.screen.query_one("#sections"))
            assert shown() == screen_keys
            assert d.screen.preview_on
            await pilot.click(KeysBar, offset=(shown().index("f2 Preview") + 2, 0))
            await d.settle()
            assert not d.screen.preview_on

    run(scenario)


def test_finish_with_errors_open_asks_first_and_names_them(tmp_path):
    """The accidental finish: on Review, one Tab and Enter used to write the policy while a law's error was open. Now
    the wizard names the errors and "Go back" has the focus; only a second, deliberate choice finishes."""
    path = tmp_path / "privacy-answers.yaml"
    shutil.copy(FIXTURE, path)  # complete answers; data goes to the US with no safeguard: an error
    before = path.read_bytes()

    async def scenario():
        app = make_app(path)
        async with app.run_test(size=(100, 30)) as pilot:
            d = Driver(app, pilot)
            await d.settle()
            await d.go("review")
            assert app.focused is d.screen.query_one("#findings")
            await pilot.press("tab")
            assert app.focused is d.screen.query_one("#finish", Button)
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, FinishAnywayScreen)
            named = str(app.screen.query_one("#errors").render())
            assert "Transfers abroad" in named and "no safeguard" in named
            assert app.focused.id == "back"
            await pilot.press("enter")  # the same Enter again: back to Review, nothing written
            await pilot.pause()
            assert app.screen is d.screen and d.screen.current == "review"
            assert path.read_bytes() == before and not (tmp_path / "privacy-policy.md").exists()
            await d.focus(d.screen.query_one("#finish", Button))
            await pilot.press("enter")
            await pilot.pause()
            await pilot.click("#finish-anyway")
            await pilot.pause()
            assert isinstance(app.screen, WriteOutputsScreen)
            assert "privacy-policy.md" in str(app.screen.query_one("#markdown").render())

    run(scenario)


def test_purposes_checklist_holds_still_and_unticking_undoes(tmp_path):
    """A data category's purposes: ticking one the purposes list lacks adds it there, but the checklist neither
    reorders nor relabels under the cursor (Down x8 from the top is Marketing, before and after); unticking it again
    takes away the purpose it added, leaving no purpose without a basis behind."""
    path = tmp_path / "privacy-answers.yaml"
    path.write_text("schema_version: 1\npurposes:\n  - purpose: legal_claims\n    legal_basis: legal_obligation\n"
                    "data_categories:\n  - category: contact_details\n", encoding="utf-8")

    async def scenario():
        app = make_app(path)
        async with app.run_test(size=(100, 30)) as pilot:
            d = Driver(app, pilot)
            await d.settle()
            await d.go("data_categories")
            await d.box("data_categories").open_entry(0)
            await pilot.pause()
            choices = d.box("data_categories", 0, "purposes").query_one(SelectionList)

            def shown():
                return [str(choices.get_option_at_index(i).prompt) for i in range(choices.option_count)]

            before = shown()
            choices.focus()
            await pilot.press("home", "space")  # Providing the service: added to the purposes
            await pilot.pause()
            assert shown() == before and "(new purpose)" not in " ".join(before)
            await pilot.press(*["down"] * 8, "space")
            await pilot.pause()
            assert d.data()["data_categories"][0]["purposes"] == ["provide_service", "marketing"]
            assert [p["purpose"] for p in d.data()["purposes"]] == ["legal_claims", "provide_service", "marketing"]
            await pilot.press("up", "space")  # Personalisation, then off again: nothing of it is left
            await pilot.press("space")
            await pilot.press("home", "space")  # Providing the service unticked: the purpose it added goes
            await pilot.pause()
            assert d.data()["data_categories"][0]["purposes"] == ["marketing"]
            assert [p["purpose"] for p in d.data()["purposes"]] == ["legal_claims", "marketing"]
            assert shown() == before

    run(scenario)


def test_the_same_catalogue_entry_is_refused_with_a_message(tmp_path):
    """Adding a data category that is already listed opens the one there is and says so (one listed twice in a file
    is named on Review: test_wizard_questions)."""
    path = tmp_path / "privacy-answers.yaml"

    async def scenario():
        app = make_app(path)
        async with app.run_test(size=(100, 30)) as pilot:
            d = Driver(app, pilot)
            await d.settle()
            await d.go("data_categories")
            await d.add_entry("data_categories", "con")
            await d.add_entry("data_categories", "con")
            await pilot.pause()
            assert [c["category"] for c in d.data()["data_categories"]] == ["contact_details"]
            assert any("already in the list" in n.message for n in app._notifications)
            assert d.box("data_categories", 0).has_focus_within  # the entry there is, opened

    run(scenario)


def test_only_questions_for_the_chosen_audiences_are_asked(tmp_path):
    """A UK and EEA audience is not asked the US laws' questions (Do Not Track, Global Privacy Control, a toll-free
    number, authorised agents, COPPA's children under 13); adding California asks them, on the same pages."""
    path = tmp_path / "privacy-answers.yaml"
    path.write_text("schema_version: 1\norganisation:\n  country: GB\naudiences:\n  regions: [uk, eea]\n",
                    encoding="utf-8")
    us_only = [("cookies", "honours_do_not_track"), ("cookies", "honours_global_privacy_control"),
               ("rights", "toll_free_number"), ("rights", "authorised_agents"),
               ("children", "directed_to_children"), ("children", "knowingly_collects_from_children")]

    async def shown_on_their_pages(d: Driver) -> list[bool]:
        shown = []
        for path in us_only:
            await d.go(path[0])
            shown.append(d.shown(*path))
        return shown

    async def scenario():
        app = make_app(path)
        async with app.run_test(size=(100, 30)) as pilot:
            d = Driver(app, pilot)
            await d.settle()
            assert await shown_on_their_pages(d) == [False] * len(us_only)
            await d.go("audiences")
            await d.tick_choices("audiences", "regions", ["california"])
            await pilot.pause()
            assert await shown_on_their_pages(d) == [True] * len(us_only)

    run(scenario)


def test_status_marks_agree_with_review(tmp_path):
    """The side list's marks come from what Review lists: a section with a law's error is ✗ though every question is
    answered, the others ✓, and none of a saved file's sections is ○ ("not started") when it is opened again."""
    path = tmp_path / "privacy-answers.yaml"
    shutil.copy(FIXTURE, path)  # complete; its transfer to the US has no safeguard and a category lacks `required`

    async def scenario():
        app = make_app(path)
        async with app.run_test(size=(100, 30)) as pilot:
            d = Driver(app, pilot)
            await d.settle()
            sections = d.screen.query_one("#sections")
            marks = {s.id: shown_text(sections.get_option(s.id).prompt)[0] for s in q.sections() if s.id != q.REVIEW}
            flagged = {q.section_of(path).id for path, severity, _ in app.session.findings() if severity == "error"}
            assert flagged == {"transfers", "data_categories"}
            assert marks == {s: "✗" if s in flagged else "✓" for s in marks}
            await d.go("transfers")  # and the question itself says why
            assert "no safeguard" in str(d.box("transfers", "transfers").problem)

    run(scenario)


def test_the_service_picker_filters_as_you_type(tmp_path):
    """Adding a provider: typing filters the catalogue by name or kind, grouped by kind, the best match highlighted;
    one not in the catalogue (Ovenly) is taken through "not in the list", which is always there."""
    path = tmp_path / "privacy-answers.yaml"

    async def scenario():
        app = make_app(path)
        async with app.run_test(size=(100, 30)) as pilot:
            d = Driver(app, pilot)
            await d.settle()
            await d.go("processors")
            await d.add_entry("processors", "strip")
            assert d.data()["processors"] == [{"service": "stripe"}]
            d.box("processors").query_one(".add-entry").focus()
            await pilot.press("enter")
            await pilot.pause()
            listing = app.screen.query_one("#services")
            await pilot.press(*"pay")
            shown = [str(listing.get_option_at_index(i).prompt).strip() for i in range(listing.option_count)]
            assert shown[:4] == ["+ “pay”, not in the list", "Payments", "PayPal", "Apple Pay"]
            assert listing.highlighted == 2
            await pilot.press("backspace", "backspace", "backspace", *"Ovenly")
            assert listing.option_count == 1 and listing.highlighted == 0  # only "not in the list"
            await pilot.press("enter")
            await pilot.pause()
            assert d.data()["processors"] == [{"service": "stripe"}, {"name": "Ovenly"}]  # named as typed
            assert d.box("processors", 1, "kind").has_focus_within  # what it does comes next

    run(scenario)


def test_catalogue_facts_are_shown_where_the_service_is_chosen_and_can_be_overridden(tmp_path):
    """PayPal's facts are in the open under the service chosen, each question says what the catalogue assumes until
    it is answered (no "Country: Not set" while the policy says the United States), an answer overrides it, choosing
    another service shows that one's facts, and a fact the catalogue could not confirm (Stripe's country) is asked
    for, not assumed."""
    path = tmp_path / "privacy-answers.yaml"

    async def scenario():
        app = make_app(path)
        async with app.run_test(size=(100, 30)) as pilot:
            d = Driver(app, pilot)
            await d.settle()
            await d.go("processors")
            await d.add_entry("processors", "paypal")
            facts = str(d.box("processors", 0, "service").query_one(".q-catalogue").render())
            assert facts.startswith("From the catalogue: Payments; based in the United States; privacy page "
                                    "https://www.paypal.com/us/legalhub/privacy-full.")
            country = d.box("processors", 0, "country").query_one(Select)
            assert country.prompt == "From the catalogue: United States (US)"
            assert d.box("processors", 0, "policy_url").query_one(Input).placeholder.startswith("from the catalogue")
            assert "does not say" in d.box("processors", 0, "third_party").query_one(Select).prompt
            await d.choose("processors", 0, "country", "irel", "IE")  # overridden here
            assert d.data()["processors"][0] == {"service": "paypal", "country": "IE"}
            await d.choose("processors", 0, "service", "interc", "intercom")
            await pilot.pause()
            facts = str(d.box("processors", 0, "service").query_one(".q-catalogue").render())
            assert "Customer support" in facts and "privacy page https://www.intercom.com/legal/privacy" in facts
            await d.add_entry("processors", "strip")
            facts = str(d.box("processors", 1, "service").query_one(".q-catalogue").render())
            assert "its country not confirmed (answer it below)" in facts
            assert not d.box("processors", 1, "country").query_one(Select).prompt.startswith("From the catalogue")
            await d.go("data_categories")
            await d.add_entry("data_categories", "paym")
            assert d.box("data_categories", 0, "sensitive").query_one(Select).prompt == \
                "From the catalogue: yes, sensitive data"

    run(scenario)


def test_saving_a_material_change_offers_to_record_it(tmp_path):
    """Keeping data longer is material (as `policygen diff` judges it): saving offers to record it in the revision
    history and to move "last updated" to today, showing what it will record; the policy beside it follows."""
    path = copy_of(MINIMAL, tmp_path)
    html = tmp_path / "privacy-policy.html"
    html.write_text("old policy", encoding="utf-8")
    today = datetime.date.today()

    async def scenario():
        app = make_app(path)
        async with app.run_test(size=(100, 30)) as pilot:
            d = Driver(app, pilot)
            await d.settle()
            await d.go("data_categories")
            await d.box("data_categories").open_entry(0)
            await pilot.pause()
            await d.paste("data_categories", 0, "retention", "period", "10 years")
            await pilot.press("ctrl+s")
            await pilot.pause()
            assert isinstance(app.screen, RecordChangeScreen)
            shown = str(app.screen.query_one("#change").render())
            assert "Data collected › Contact details › How long you keep it › How long: longer retention" in shown
            assert f"“Updated: Data collected.” dated {today.isoformat()}" in shown
            await pilot.press("r")
            await d.settle()
            assert not app.session.dirty
            await d.go("organisation")
            await d.paste("organisation", "trading_name", "Quince Works")  # not material: saved without asking
            await pilot.press("ctrl+s")
            await d.settle()
            assert not app.session.dirty and not isinstance(app.screen, RecordChangeScreen)

    run(scenario)
    changes = load_answers(path).changes
    assert changes.last_updated == today
    assert (changes.history[0].date, changes.history[0].summary, changes.history[0].material) == (
        today, "Updated: Data collected.", True)
    assert html.read_text(encoding="utf-8") == render_html(compose(load_answers(path)))  # the dates and history too


async def pick_maybe(d: Driver, *path_and_answer) -> None:
    """Answer a yes / no / not set question: open it, move to the answer, take it."""
    *path, answer = path_and_answer
    d.box(*path).query_one(Select).focus()
    await d.pilot.press("enter", *["down"] * (1 if answer else 2), "enter")


async def fill_bakery(d: Driver) -> None:
    """The issue's first-time user: a UK bakery's online shop, customers in the UK, Ireland and France, paid through
    Stripe, mailing with Mailchimp, measured with Google Analytics, hosted on Shopify (whose country the catalogue
    could not confirm, so the founder gives it)."""
    await d.paste("organisation", "legal_name", "Crumb and Co Ltd")
    await d.paste("organisation", "address", "1 Flour Lane, York YO1 7AA")
    await d.choose("organisation", "country", "united k", "GB")
    await d.paste("organisation", "email", "hello@crumbandco.example")
    await d.next()
    await d.add_entry("services", "covered", "w")
    await d.paste("services", "covered", 0, "name", "Crumb and Co shop")
    await d.next()
    await d.tick_choices("audiences", "regions", ["eea", "uk"])
    await d.pilot.pause()
    await d.tick_choices("audiences", "eea_countries", ["FR", "IE"])
    await d.next()
    await d.add_entry("data_categories", "cont")
    await d.tick_choices("data_categories", 0, "sources", ["directly"])
    await d.tick_choices("data_categories", 0, "purposes", ["provide_service", "payments", "marketing"])
    await d.tick("data_categories", 0, "retention")
    await d.paste("data_categories", 0, "retention", "period", "6 years")
    await pick_maybe(d, "data_categories", 0, "required", True)
    await d.next()
    for index, basis in enumerate(["contract", "contract", "consent"]):
        await d.box("purposes").open_entry(index)
        await d.pilot.pause()
        await d.choose("purposes", index, "legal_basis", basis[:4], basis)
    await d.next()
    await d.add_entry("processors", "Shopify")
    await d.choose("processors", 0, "kind", "host", "hosting")
    await d.choose("processors", 0, "country", "united s", "US")
    for search in ("strip", "mailc", "google an"):
        await d.add_entry("processors", search)
    await d.next()
    await d.tick_choices("cookies", "kinds", ["essential", "analytics"])
    await d.next()
    await d.tick("marketing", "sends_marketing")
    await d.tick_choices("marketing", "channels", ["email"])
    await d.go("transfers")
    await d.paste("transfers", "storage_countries", "GB, US")
    await d.add_entry("transfers", "transfers", "united s")
    await d.tick_choices("transfers", "transfers", 0, "mechanisms", ["sccs", "uk_addendum", "dpf"])
    await d.add_entry("transfers", "transfers", "united k")
    await d.tick_choices("transfers", "transfers", 1, "mechanisms", ["adequacy"])
    await d.go("rights")
    await d.tick_choices("rights", "request_methods", ["email"])
    await d.paste("rights", "consent_withdrawal", "Use the unsubscribe link, or email us.")
    await d.go("changes")
    await d.tick_choices("changes", "notice_methods", ["updated_date"])
    await d.paste("changes", "effective_date", "2026-12-01")
    await d.paste("changes", "last_updated", "2026-12-01")
    await d.go("review")


def test_the_bakery_from_an_empty_folder_to_its_html_policy(tmp_path, monkeypatch):
    """The issue's run-through, from an empty folder with only the wizard: the answers saved, and the policy written
    as privacy-policy.html says what the bakery does: data goes to the US under its safeguards, no Do Not Track,
    toll-free number or COPPA text (none of the US laws' questions was asked)."""
    monkeypatch.chdir(tmp_path)
    path = Path("privacy-answers.yaml")

    async def scenario():
        app = make_app(path)
        async with app.run_test(size=(100, 30)) as pilot:
            d = Driver(app, pilot)
            await d.settle()
            await fill_bakery(d)
            assert app.session.problems() == []
            assert [f for f in app.session.findings() if f[1] == "error"] == []
            await finish_and_write(d)

    run(scenario)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["privacy-answers.yaml", "privacy-policy.html",
                                                          "privacy-policy.md"]
    answers = load_answers(path)
    assert [p.service or p.name for p in answers.processors] == ["shopify", "stripe", "mailchimp", "google_analytics"]
    assert {t.destination: t.mechanisms for t in answers.transfers.transfers} == {
        "US": ["sccs", "uk_addendum", "dpf"], "GB": ["adequacy"]}
    assert answers.cookies.honours_do_not_track is None and answers.rights.toll_free_number is None
    html = (tmp_path / "privacy-policy.html").read_text(encoding="utf-8")
    assert html == render_html(compose(answers))
    markdown = (tmp_path / "privacy-policy.md").read_text(encoding="utf-8")
    to_the_us = [row for row in markdown.splitlines() if row.startswith("| United States | Stored there.")]
    assert [row.rsplit("|", 2)[-2].strip() for row in to_the_us] == [  # for the EEA, then for the UK
        "Standard contractual clauses, EU-U.S. Data Privacy Framework",
        "UK transfer agreement, UK Extension to the Data Privacy Framework"]
    for absent in ("Do Not Track", "Global Privacy Control", "Toll-free", "COPPA", "under 13"):
        assert absent not in html


def _shown(widget) -> bool:
    """Not hidden with its question (a question that does not apply, such as an app label's for a website)."""
    return all(getattr(node, "display", True) for node in widget.ancestors_with_self)


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (120, 40)], ids=["80x24", "100x30", "120x40"])
def test_hints_are_not_cut_off(tmp_path, size):
    """Every text box's hint and every choice's prompt fits its box, on the organisation's page and in a provider
    taken from the catalogue (the longest hints: web addresses), at each size the issue names."""
    path = tmp_path / "privacy-answers.yaml"
    path.write_text("schema_version: 2\nprocessors:\n  - service: google_analytics\n", encoding="utf-8")

    async def scenario():
        app = make_app(path, show_preview=None)  # the preview as the width decides
        async with app.run_test(size=size) as pilot:
            d = Driver(app, pilot)
            await d.settle()
            cut = []
            for section in ("organisation", "processors"):
                await d.go(section)
                if section == "processors":
                    await d.box("processors").open_entry(0)
                    await d.settle()
                for field in d.screen.query("#form Input"):
                    if _shown(field) and len(field.placeholder) > field.content_region.width:
                        cut.append(field.placeholder)
                for select in d.screen.query("#form Select"):
                    if _shown(select) and len(select.prompt) + 2 > select.content_region.width:  # the arrow: 2
                        cut.append(select.prompt)
            assert cut == []

    run(scenario)


def test_an_open_drop_down_leaves_the_keys_in_view(tmp_path):
    """At 80x24 a choice low on the screen opens upward far enough to leave the Back/Next row and the keys bar
    uncovered, inside a frame."""
    path = tmp_path / "privacy-answers.yaml"
    shutil.copy(Path(__file__).parent / "fixtures" / "wizard_bakery.yaml", path)

    async def scenario():
        app = make_app(path)
        async with app.run_test(size=(80, 24)) as pilot:
            d = Driver(app, pilot)
            await d.settle()
            await d.go("purposes")
            await d.box("purposes").open_entry(2)
            await pilot.pause()
            select = d.box("purposes", 2, "legal_basis").query_one(Select)
            select.focus()
            select.scroll_visible(animate=False)
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
            overlay = select.query_one("SelectOverlay")
            assert select.expanded and overlay.region.bottom <= d.screen.query_one("#nav").region.y
            assert overlay.styles.border_top[0] == "round"

    run(scenario)
