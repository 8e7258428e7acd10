"""The standalone page in a real browser: loads cleanly and alone, navigates, fits phones and desktops, prints."""

from __future__ import annotations

import subprocess
import sys

import pytest
import yaml

from .conftest import DESKTOP, NAMES, PHONE, ROOT, SCREENSHOT_DIR

pytestmark = pytest.mark.browser
WIDTHS = [PHONE[0], DESKTOP[0]]


def _scroll_through(page) -> None:
    """Scroll to the bottom and back, so anything loaded lazily would have been asked for."""
    page.evaluate("() => window.scrollTo(0, document.scrollingElement.scrollHeight)")
    page.evaluate("() => window.scrollTo(0, 0)")


@pytest.mark.parametrize("kind", ["page", "fragment_page"])
@pytest.mark.parametrize("name", NAMES)
def test_loads_without_errors_or_outside_requests(rendered, open_page, name, kind):
    opened = open_page(getattr(rendered[name], kind))
    _scroll_through(opened.page)
    opened.page.emulate_media(media="print")
    opened.page.emulate_media(media="screen", color_scheme="dark")
    _scroll_through(opened.page)
    assert opened.errors == []
    assert opened.requests, "the page itself was not even requested"
    assert opened.foreign_requests() == [], "the page must be self-contained: no fonts, scripts or images from anywhere"


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", NAMES)
def test_contents_links_land_on_their_sections(rendered, open_page, name, width):
    opened = open_page(rendered[name].page, width=width)
    page = opened.page
    links = page.locator("nav.policy-contents a")
    hrefs = links.evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert len(hrefs) >= 5, hrefs
    for index, href in enumerate(hrefs):
        assert href.startswith("#"), href
        links.nth(index).click()
        landed = page.evaluate(
            """(id) => {
                const target = document.getElementById(id);
                if (!target) return {exists: false, hash: location.hash};
                const box = target.getBoundingClientRect();
                const el = document.scrollingElement;
                return {exists: true, hash: location.hash, top: box.top, height: window.innerHeight,
                        atBottom: el.scrollTop + el.clientHeight >= el.scrollHeight - 1,
                        heading: target.querySelector('h2, h3') && target.querySelector('h2, h3').textContent};
            }""",
            href[1:],
        )
        assert landed["exists"], f"{href} points at no element"
        assert landed["hash"] == href
        assert 0 <= landed["top"] < landed["height"], f"{href} target is not in the window: {landed}"
        # At the top of the window, give or take its scroll margin; unless the page cannot scroll that far.
        assert landed["top"] <= 40 or landed["atBottom"], f"{href} target is not at the top of the window: {landed}"
        assert landed["heading"] == links.nth(index).inner_text(), "the link's text is not its section's heading"
    assert opened.errors == []


@pytest.mark.parametrize("name", NAMES)
def test_privacy_label_is_above_the_fold_on_a_desktop(rendered, open_page, name):
    page = open_page(rendered[name].page, width=DESKTOP[0], height=DESKTOP[1]).page
    label = page.locator("#privacy-label")
    assert label.is_visible()
    box = label.bounding_box()
    assert box["y"] < DESKTOP[1], f"the privacy label starts {box['y']:.0f}px down, below the fold"
    heading = page.locator("#privacy-label h2").bounding_box()
    assert heading["y"] + heading["height"] <= DESKTOP[1]
    first_row = page.locator("#privacy-label tbody tr").first.bounding_box()
    assert first_row["y"] + first_row["height"] <= DESKTOP[1], "not even the label's first row shows without scrolling"


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", NAMES)
def test_no_horizontal_scrolling(rendered, open_page, name, width):
    page = open_page(rendered[name].page, width=width).page
    sizes = page.evaluate("() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]")
    assert sizes[0] <= sizes[1], f"the page is {sizes[0]}px wide in a {sizes[1]}px window"
    tables = page.evaluate(
        """() => [...document.querySelectorAll('table')].map(t => {
            const box = t.parentElement;
            const rect = box.getBoundingClientRect();
            return {inBox: box.classList.contains('table-scroll'), overflow: getComputedStyle(box).overflowX,
                    right: rect.right, left: rect.left, focusable: box.tabIndex === 0};
        })"""
    )
    for table in tables:
        assert table["inBox"], "a table is not inside its .table-scroll box"
        assert table["overflow"] in ("auto", "scroll"), table
        assert table["focusable"], "a scrolling box must be reachable by keyboard to scroll it"
        assert 0 <= table["left"] and table["right"] <= sizes[1], f"a table box sticks out of the window: {table}"


@pytest.mark.parametrize("name", NAMES)
def test_skip_link_and_focus_are_visible(rendered, open_page, name):
    page = open_page(rendered[name].page, width=PHONE[0], height=PHONE[1]).page
    page.keyboard.press("Tab")
    focused = page.evaluate(
        """() => {
            const el = document.activeElement, box = el.getBoundingClientRect(), style = getComputedStyle(el);
            return {tag: el.tagName, href: el.getAttribute('href'), text: el.textContent, top: box.top,
                    bottom: box.bottom, width: box.width, outline: style.outlineStyle};
        }"""
    )
    assert focused["tag"] == "A" and focused["href"] == "#contents", focused
    assert focused["width"] > 0 and 0 <= focused["top"] and focused["bottom"] <= PHONE[1], "skip link not on screen"
    assert focused["outline"] != "none", "the focused link has no visible focus outline"
    page.keyboard.press("Enter")
    assert page.evaluate("() => location.hash") == "#contents"
    assert page.locator("#contents").is_visible()
    page.keyboard.press("Tab")
    inside = page.evaluate("() => document.activeElement.closest('nav') && document.activeElement.closest('nav').id")
    assert inside == "contents", "after the skip link, Tab should move into the contents"


@pytest.mark.parametrize("name", NAMES)
def test_print_hides_the_contents_and_shows_link_addresses(rendered, open_page, name):
    page = open_page(rendered[name].page).page
    page.emulate_media(media="print")
    hidden = page.evaluate(
        """() => [...document.querySelectorAll('.policy-contents, .skip-link')]
                  .map(el => [el.className, getComputedStyle(el).display])"""
    )
    assert ["policy-contents", "none"] in hidden, hidden
    assert all(display == "none" for _, display in hidden), hidden
    links = page.evaluate(
        """() => [...document.querySelectorAll('article a[href^="http"]')].map(a => ({
                href: a.getAttribute('href'), after: getComputedStyle(a, '::after').content}))"""
    )
    assert links, "every sample links to some web page"
    missing = [link for link in links if link["href"] not in link["after"]]
    assert missing == [], "in print, a link's address must follow its text"
    emails = page.evaluate(
        """() => [...document.querySelectorAll('article a[href^="mailto:"]')].map(a => ({
                href: a.getAttribute('href'), text: a.textContent, after: getComputedStyle(a, '::after').content}))"""
    )
    hidden_addresses = [e for e in emails if e["href"].removeprefix("mailto:") not in e["text"] + e["after"]]
    assert hidden_addresses == [], "in print, an email link must show its address"
    colours = page.evaluate("() => [getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor]")
    assert colours == ["rgb(0, 0, 0)", "rgb(255, 255, 255)"], "print must be black on white, even in dark mode"


@pytest.mark.parametrize("name", NAMES)
def test_screenshots(rendered, open_page, name):
    """Full-page pictures for a person to look at: test-artifacts/screenshots/<sample>-<width>.png (and -375-dark)."""
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    for width, scheme in ((PHONE[0], "light"), (DESKTOP[0], "light"), (PHONE[0], "dark")):
        page = open_page(rendered[name].page, width=width, height=800, color_scheme=scheme).page
        path = SCREENSHOT_DIR / f"{name}-{width}{'-dark' if scheme == 'dark' else ''}.png"
        # The whole page, by making the window as tall as the page: Playwright's full_page capture re-lays a page
        # whose text may wrap mid-word (overflow-wrap) out so slowly that a long policy took 36 s at 375 px, against
        # 4 s this way, for the same picture.
        page.set_viewport_size({"width": width, "height": page.evaluate("document.documentElement.scrollHeight")})
        page.screenshot(path=str(path), animations="disabled")
        assert path.stat().st_size > 10_000, f"{path.name} looks empty"


LONG_WORD = "Pneumonoultramicroscopicsilicovolcanoconiosis-Incorporated"  # 58 characters, no space: 500 px wide


def test_long_words_wrap_on_a_phone(tmp_path, open_page):
    """A long word from the answers, in the title, paragraphs, list items and table cells, does not widen the page."""
    data = yaml.safe_load((ROOT / "sample_answers" / "minimal.yaml").read_text(encoding="utf-8"))
    data["organisation"].update(trading_name=LONG_WORD, legal_name=f"{LONG_WORD} Ltd", address=LONG_WORD)
    data["data_categories"][0]["examples"] = f"your {LONG_WORD} and {LONG_WORD}"
    data["purposes"][0]["legitimate_interest"] = LONG_WORD
    answers = tmp_path / "long.yaml"
    answers.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    page_file = tmp_path / "long.html"
    result = subprocess.run([sys.executable, "-m", "policygen", "render", str(answers), "--format", "html", "-o",
                             str(page_file)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    page = open_page(page_file, width=PHONE[0], height=PHONE[1]).page
    sizes = page.evaluate("() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]")
    assert sizes[0] <= sizes[1], f"the page is {sizes[0]}px wide in a {sizes[1]}px window"
    wider = page.evaluate(
        """() => [...document.querySelectorAll('article h1, article p, article li')]
                  .filter(el => el.scrollWidth > el.clientWidth + 1).map(el => el.tagName + ': ' + el.textContent)"""
    )
    assert wider == [], wider
