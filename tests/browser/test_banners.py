"""The consent banner configurations of `policygen export` load in a real browser with the libraries' own JavaScript
(npm vanilla-cookieconsent and klaro, installed by .ci/install-browser-tools) and show one category per consent
category of the cookie policy, with the services in each."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from browser.conftest import INSTALL_HINT, ROOT
from conftest import child_env

pytestmark = pytest.mark.browser

NODE_MODULES = Path(os.environ.get("POLICYGEN_NODE_MODULES")
                    or Path.home() / ".cache" / "policygen-ci" / "node_modules")
SAMPLE = ROOT / "sample_answers" / "001-crm-saas-gdpr.yaml"


def _library(*parts: str) -> Path:
    path = NODE_MODULES.joinpath(*parts)
    if not path.is_file():
        pytest.fail(f"{path} not found (set POLICYGEN_NODE_MODULES, or {INSTALL_HINT})", pytrace=False)
    return path


def _export(fmt: str) -> dict:
    result = subprocess.run([sys.executable, "-m", "policygen", "export", str(SAMPLE), "--to", fmt],
                            capture_output=True, text=True, timeout=120, env=child_env())
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _script_json(value: dict) -> str:
    """JSON that cannot end the <script> element it sits in."""
    return json.dumps(value).replace("<", "\\u003c")


def test_cookieconsent_shows_the_categories_and_accepts_them(tmp_path, open_page):
    config = _export("cookieconsent")
    config["hideFromBots"] = False  # the library hides itself from automated browsers, as this one is
    page = tmp_path / "cookieconsent.html"
    page.write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>banner</title>'
        f'<link rel="stylesheet" href="{_library("vanilla-cookieconsent", "dist", "cookieconsent.css").as_uri()}">'
        f'</head><body><script src="{_library("vanilla-cookieconsent", "dist", "cookieconsent.umd.js").as_uri()}">'
        f'</script><script>window.ready = CookieConsent.run({_script_json(config)});</script></body></html>',
        encoding="utf-8")
    opened = open_page(page)
    p = opened.page
    p.evaluate("window.ready")
    p.wait_for_selector("#cc-main .cm", state="visible")
    assert "Northwind uses essential cookies" in p.inner_text("#cc-main .cm")
    p.evaluate("CookieConsent.showPreferences()")
    p.wait_for_selector("#cc-main .pm", state="visible")
    titles = p.locator("#cc-main .pm .pm__section-title").all_inner_texts()
    assert [t.strip() for t in titles] == ["How we use cookies", "Essential", "Preferences", "Analytics"]
    toggles = p.locator("#cc-main .pm .pm__section-title-wrapper input.section__toggle")
    assert toggles.count() == 3  # one per category; each service has its own toggle inside its category
    services = p.locator("#cc-main .pm .pm__service .pm__service-title").all_text_contents()
    assert [s.strip() for s in services] == ["Northwind", "Northwind", "Google Analytics"]
    assert toggles.nth(0).is_disabled()  # essential: read only
    assert not toggles.nth(2).is_checked()  # analytics: off until chosen
    p.click("#cc-main .pm .pm__btn[data-role=all]")
    accepted = p.evaluate("CookieConsent.getUserPreferences().acceptedCategories")
    assert sorted(accepted) == ["analytics", "essential", "preferences"]
    assert opened.errors == []


def test_klaro_shows_the_purposes_and_services(tmp_path, open_page):
    config = _export("klaro")
    page = tmp_path / "klaro.html"
    page.write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>banner</title></head><body>'
        f'<script>window.klaroConfig = {_script_json(config)};</script>'
        f'<script src="{_library("klaro", "dist", "klaro.js").as_uri()}"></script></body></html>',
        encoding="utf-8")
    opened = open_page(page)
    p = opened.page
    p.wait_for_selector("#klaro .cookie-notice", state="visible")
    p.evaluate("klaro.show(undefined, true)")
    p.wait_for_selector("#klaro .cm-modal", state="visible")
    text = p.text_content("#klaro .cm-modal")  # each purpose's services are folded away, hence not inner_text
    for title in ("Essential", "Preferences", "Analytics", "Google Analytics", "Northwind (essential)"):
        assert title in text, title
    manager = p.evaluate("(() => { const m = klaro.getManager(); return m.config.services.map(s => s.name); })()")
    assert manager == ["us-essential", "us-preferences", "google_analytics"]
    assert p.evaluate("klaro.getManager().getConsent('us-essential')") is True
    assert p.evaluate("klaro.getManager().getConsent('google_analytics')") is False
    assert opened.errors == []


def test_cookieconsent_shows_answers_as_text_not_html(tmp_path, open_page):
    import factory

    data = factory.answers(cookies={"kinds": ["essential", "analytics"], "consent_banner": True, "own": [
        {"name": "<img src=x onerror=alert(1)>", "purpose": "to <b>test</b>", "duration": "session",
         "kind": "essential"}]}, processors=[{"service": "google_analytics"}])
    answers = factory.write(tmp_path / "answers.yaml", data)
    result = subprocess.run([sys.executable, "-m", "policygen", "export", str(answers), "--to", "cookieconsent"],
                            capture_output=True, text=True, timeout=120, env=child_env())
    assert result.returncode == 0, result.stderr
    config = json.loads(result.stdout)
    config["hideFromBots"] = False
    page = tmp_path / "cookieconsent.html"
    page.write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>banner</title></head><body>'
        f'<script src="{_library("vanilla-cookieconsent", "dist", "cookieconsent.umd.js").as_uri()}"></script>'
        f'<script>window.ready = CookieConsent.run({_script_json(config)});</script></body></html>',
        encoding="utf-8")
    opened = open_page(page)
    p = opened.page
    p.evaluate("window.ready")
    p.evaluate("CookieConsent.showPreferences()")
    p.wait_for_selector("#cc-main .pm", state="visible")
    assert p.locator("#cc-main img, #cc-main b").count() == 0
    assert "<img src=x onerror=alert(1)>" in p.text_content("#cc-main .pm")
    assert opened.errors == []
