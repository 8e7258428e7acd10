"""The page and the renderers speak the policy's language: the HTML page's own words are messages whose values are
HTML-escaped, <html lang> is the document's language, and the Markdown and text renderers translate their labels."""

from __future__ import annotations

import dataclasses

import markupsafe
import pytest

from conftest import SAMPLES_DIR
from policygen.answers import load_answers
from policygen.document.compose import compose
from policygen.i18n import speaking
from policygen.render.html import render_html
from policygen.render.markdown import render_markdown
from policygen.render.text import render_text

FRENCH = {
    "Contents": "Sommaire",
    "Skip to contents": "Aller au sommaire",
    "Effective date: %(date)s": "Date d'entrée en vigueur : %(date)s",
    "Last updated: %(date)s": "Dernière mise à jour : %(date)s",
    "Effective date: {date}": "Date d'entrée en vigueur : {date}",
    "Last updated: {date}": "Dernière mise à jour : {date}",
}


@pytest.fixture
def french_catalogue(monkeypatch):
    """A small French catalogue in place of the compiled one, so the test does not depend on translators' work."""
    monkeypatch.setattr(speaking, "_compiled", lambda code: dict(FRENCH))


@pytest.fixture(scope="module")
def english_document():
    return compose(load_answers(SAMPLES_DIR / "001-crm-saas-gdpr.yaml"))


def test_page_messages_escape_their_values_and_are_markup(french_catalogue):
    with speaking.translating("fr"):
        said = speaking.PAGE_CALLABLES["gettext"]("Last updated: %(date)s", date="<b>1 mars</b> & co")
        kept = speaking.PAGE_CALLABLES["gettext"]("Last updated: %(date)s", date=markupsafe.Markup("<time>1 mars</time>"))
    assert isinstance(said, markupsafe.Markup)
    assert said == "Dernière mise à jour : &lt;b&gt;1 mars&lt;/b&gt; &amp; co"
    assert kept == "Dernière mise à jour : <time>1 mars</time>"  # already HTML: not escaped twice


def test_page_messages_in_english_are_the_message_itself():
    assert speaking.PAGE_CALLABLES["gettext"]("Effective date: %(date)s", date="<x>") == "Effective date: &lt;x&gt;"
    assert speaking.PAGE_CALLABLES["gettext"]("100%% of it") == "100% of it"


def test_html_page_is_in_the_documents_language(french_catalogue, english_document):
    page = render_html(dataclasses.replace(english_document, lang="fr"))
    assert '<html lang="fr">' in page
    assert '<a class="skip-link" href="#contents">Aller au sommaire</a>' in page
    assert '<h2 id="contents-heading">Sommaire</h2>' in page
    assert ("Date d'entrée en vigueur : <time datetime=\"2018-05-25\">25 mai 2018</time><br>"
            "Dernière mise à jour : <time datetime=\"2018-05-25\">25 mai 2018</time>") in page


def test_html_lang_is_the_code_as_written():
    document = compose(load_answers(SAMPLES_DIR / "001-crm-saas-gdpr.yaml"), lang="pt-BR")
    assert '<html lang="pt-BR">' in render_html(document)
    assert '<html lang="en">' in render_html(compose(load_answers(SAMPLES_DIR / "001-crm-saas-gdpr.yaml")))


def test_markdown_and_text_labels_in_the_documents_language(french_catalogue, english_document):
    document = dataclasses.replace(english_document, lang="fr")
    markdown = render_markdown(document)
    assert "Date d'entrée en vigueur : 25 mai 2018  \nDernière mise à jour : 25 mai 2018\n" in markdown
    assert "\n## Sommaire\n" in markdown
    text = render_text(document)
    assert "Date d'entrée en vigueur : 25 mai 2018\nDernière mise à jour : 25 mai 2018\n" in text


def test_rendering_leaves_the_language_as_it_found_it(french_catalogue, english_document):
    render_html(dataclasses.replace(english_document, lang="fr"))
    assert speaking.current_language() == "en"
