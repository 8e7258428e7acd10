"""The layered page: the first layer shows alone, each section opens from its heading by mouse or keyboard, a link
opens the section it lands in, and printing opens everything. Without the page's script every section is open."""

from __future__ import annotations

import pytest

from .conftest import DESKTOP, NAMES, PHONE
from .test_page import NAMES

pytestmark = pytest.mark.browser

OPEN_STATES = "() => [...document.querySelectorAll('details.policy-section')].map(d => d.open)"


@pytest.mark.parametrize("name", NAMES)
def test_sections_start_closed_and_open_from_the_keyboard(rendered, open_page, name):
    page = open_page(rendered[name].page, width=PHONE[0], height=PHONE[1]).page
    states = page.evaluate(OPEN_STATES)
    assert len(states) >= 5 and not any(states), states
    summaries = page.locator("details.policy-section > summary")
    for index in range(summaries.count()):
        summaries.nth(index).focus()
        assert page.evaluate("() => document.activeElement.tagName") == "SUMMARY"
        page.keyboard.press("Enter")
        assert page.evaluate(OPEN_STATES)[index], f"section {index + 1} did not open with Enter"
    assert all(page.evaluate(OPEN_STATES))


@pytest.mark.parametrize("name", NAMES)
def test_every_link_in_the_first_layer_opens_what_it_points_to(rendered, open_page, name):
    opened = open_page(rendered[name].page, width=DESKTOP[0], height=DESKTOP[1])
    page = opened.page
    hrefs = page.locator(".policy-summary a[href^='#'], .policy-privacy-label a[href^='#']").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))")
    assert len(hrefs) >= 5, hrefs
    for href in hrefs:
        page.evaluate("() => document.querySelectorAll('details.policy-section').forEach(d => { d.open = false; })")
        page.evaluate("() => window.scrollTo(0, 0)")
        page.locator(f".policy-summary a[href='{href}'], .policy-privacy-label a[href='{href}']").first.click()
        shown = page.evaluate(
            """(id) => {
                const target = document.getElementById(id);
                const box = target.getBoundingClientRect();
                return {visible: target.checkVisibility(), top: box.top, height: window.innerHeight};
            }""", href[1:])
        assert shown["visible"], f"{href}: the link landed on text that is still closed"
        assert 0 <= shown["top"] < shown["height"], f"{href}: the target is not in view: {shown}"
    assert opened.errors == []


@pytest.mark.parametrize("name", ["002-freelance-marketplace", "minimal"])
def test_a_link_from_another_page_opens_its_section(rendered, open_page, name):
    page = open_page(rendered[name].page).page
    inner = page.evaluate("() => document.querySelector('details.policy-section section[id]').id")
    page.goto(f"{rendered[name].page.resolve().as_uri()}#{inner}")
    page.reload()
    assert page.evaluate(f"() => document.getElementById('{inner}').checkVisibility()")
    assert sum(page.evaluate(OPEN_STATES)) == 1, "only the section linked to opens"


@pytest.mark.parametrize("name", NAMES)
def test_printing_opens_every_section_and_then_restores_them(rendered, open_page, name):
    page = open_page(rendered[name].page).page
    page.locator("details.policy-section > summary").first.click()
    before = page.evaluate(OPEN_STATES)
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
    assert all(page.evaluate(OPEN_STATES))
    page.evaluate("() => window.dispatchEvent(new Event('afterprint'))")
    assert page.evaluate(OPEN_STATES) == before


@pytest.mark.parametrize("name", ["002-freelance-marketplace", "minimal"])
def test_without_the_script_everything_is_open(rendered, open_page, name):
    page = open_page(rendered[name].fragment_page).page
    states = page.evaluate(OPEN_STATES)
    assert states and all(states)
