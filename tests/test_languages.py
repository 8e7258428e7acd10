"""Policies in other languages: choosing the language, the founder's own text in it, and English left in it.

Each translated language's catalogue is tested elsewhere for completeness (tests/test_catalogues.py); here the
mechanisms: what `--lang`, `languages` and `translations` do, and how a stale translation is noticed.
"""

from __future__ import annotations

import shutil

import pytest

from conftest import ROOT
from factory import answers, write
from policygen import i18n
from policygen.answers import load_answers
from policygen.cli import main
from policygen.document.compose import compose
from policygen.errors import PolicygenError
from policygen.i18n import catalogues, speaking
from policygen.legal.languages import RULE_MESSAGE, RULE_TEXT, RULE_UNUSED, founder_texts, language_findings
from policygen.render.markdown import render_markdown

INTEREST = "answering questions"


def _file(tmp_path, **changes):
    return write(tmp_path / "answers.yaml", answers(**changes))


def test_unknown_language_is_bad_input_naming_the_languages(tmp_path, capsys):
    path = _file(tmp_path)
    assert main(["render", str(path), "--lang", "xx"]) == 2
    error = capsys.readouterr().err
    assert "unknown language 'xx'" in error and "en, fr, de, es, pt-BR" in error
    assert main(["check", str(path), "--lang", "klingon"]) == 2


def test_a_language_in_the_answers_must_be_one_with_a_catalogue(tmp_path, capsys):
    path = _file(tmp_path, languages=["en", "it"])
    assert main(["render", str(path)]) == 2
    error = capsys.readouterr().err
    assert "languages[1]: 'it' is not a known choice; choose one of: en, fr, de, es, pt-BR" in error


def test_each_language_is_listed_once(tmp_path, capsys):
    path = _file(tmp_path, languages=["fr", "en", "fr"])
    assert main(["validate", str(path)]) == 2
    assert "names fr more than once" in capsys.readouterr().err


def test_a_missing_compiled_catalogue_is_bad_input(monkeypatch, tmp_path):
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path)
    speaking._compiled.cache_clear()
    try:
        with pytest.raises(PolicygenError) as raised:
            compose(load_answers(_file(tmp_path)), lang="de")
        assert "no compiled catalogue" in str(raised.value.problems[0])
    finally:
        speaking._compiled.cache_clear()


def test_the_answers_main_language_is_the_default_and_out_dir_writes_each(tmp_path):
    path = _file(tmp_path, languages=["fr", "en"])
    out = tmp_path / "site"
    assert main(["render", str(path), "--out-dir", str(out), "--format", "markdown"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["privacy-policy.en.md", "privacy-policy.md"]
    french, english = (out / "privacy-policy.md").read_text("utf-8"), (out / "privacy-policy.en.md").read_text("utf-8")
    assert english.startswith("# Testco Ltd Privacy Policy")
    assert french != english


def test_the_founders_text_is_replaced_by_its_translation_in_that_language_only(tmp_path):
    data = answers(languages=["en", "fr"],
                   translations=[{"language": "fr", "text": INTEREST, "translation": "répondre aux questions"}])
    model = load_answers(write(tmp_path / "a.yaml", data))
    french, english = render_markdown(compose(model, lang="fr")), render_markdown(compose(model))
    assert "répondre aux questions" in french and INTEREST not in french
    assert INTEREST in english and "répondre" not in english
    assert render_markdown(compose(model, lang="de")).count(INTEREST) >= 1  # no German given: as written


def test_check_names_the_founders_text_printed_untranslated_and_translations_that_match_nothing(tmp_path):
    data = answers(languages=["en", "fr"],
                   translations=[{"language": "fr", "text": "answering question", "translation": "répondre"}])
    model = load_answers(write(tmp_path / "a.yaml", data))
    found = language_findings(model, compose(model, lang="fr"))
    untranslated = [f for f in found if f.rule == RULE_TEXT]
    assert [f.path for f in untranslated] == ["purposes[0].legitimate_interest"]
    assert [f.path for f in found if f.rule == RULE_UNUSED] == ["translations[0].text"]


def test_a_translated_category_name_is_printed_everywhere_even_after_the_english_policy_was_composed(tmp_path):
    """--out-dir and check compose English first; what the English answers computed and kept (the categories each
    purpose uses) must not bring English names into the French policy's purposes table."""
    category = {"category": "other", "name": "Orders", "sources": ["directly"], "purposes": ["customer_support"],
                "retention": {"period": "1 year"}}
    data = answers(languages=["en", "fr"], data_categories=[category],
                   translations=[{"language": "fr", "text": "Orders", "translation": "Commandes"}])
    model = load_answers(write(tmp_path / "a.yaml", data))
    assert "Orders" in render_markdown(compose(model))
    french = render_markdown(compose(model, lang="fr"))
    purposes_table = french[french.index("| Finalité |"):]
    assert "commandes" in purposes_table.lower() and "Orders" not in french


def test_a_translation_of_a_name_has_effect_so_check_does_not_call_it_unused(tmp_path):
    data = answers(languages=["en", "fr"],
                   organisation={**answers()["organisation"], "privacy_officer": {"name": "Sam Lee (owner)"}},
                   translations=[{"language": "fr", "text": "Sam Lee (owner)", "translation": "Sam Lee (propriétaire)"},
                                 {"language": "fr", "text": "Sam Lee (boss)", "translation": "Sam Lee (patron)"}])
    model = load_answers(write(tmp_path / "a.yaml", data))
    assert [f.path for f in language_findings(model, compose(model, lang="fr")) if f.rule == RULE_UNUSED] == \
        ["translations[1].text"]


def test_founder_texts_are_prose_not_addresses_or_names():
    paths = [path for path, _ in founder_texts(load_answers(ROOT / "sample_answers" / "001-crm-saas-gdpr.yaml"))]
    assert "purposes[11].legitimate_interest" in paths
    assert not any(p.endswith("address") or p.endswith("name") or p.endswith("email") for p in paths)


CHANGED = ("Deleted information may stay in our backups for up to %(period)s.",
           "Deleted information can stay in our backup copies for up to %(period)s.")


@pytest.mark.slow  # extracts every message of the library and merges a catalogue
def test_changing_an_english_message_makes_its_translation_fuzzy_and_check_reports_it(tmp_path, monkeypatch):
    """The whole path a translation goes stale by: the English changes in a template, extraction and msgmerge mark
    the translation fuzzy, compiling leaves it out, the policy says that sentence in English, and check names it."""
    old, new = CHANGED
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    clause = templates / "clauses" / "retention.md.j2"
    source = clause.read_text("utf-8")
    assert old.replace("%(period)s", "{{ period }}") in source
    clause.write_text(source.replace(old.replace("%(period)s", "{{ period }}"),
                                     new.replace("%(period)s", "{{ period }}")), "utf-8")
    locale = tmp_path / "locale"
    shutil.copytree(i18n.LOCALE_DIR, locale)
    monkeypatch.setattr(i18n, "LOCALE_DIR", locale)
    monkeypatch.setattr(catalogues, "_templates_dir", lambda: templates)
    assert catalogues.main(["update", "--lang", "fr"]) == 0
    updated = catalogues.read("fr")
    assert updated[new].fuzzy and updated[new].string  # the old French kept, marked stale
    assert old not in updated
    assert catalogues.main(["compile", "--lang", "fr"]) == 0

    from policygen.legal import languages

    speaking._compiled.cache_clear()
    languages._fuzzy.cache_clear()
    try:
        model = load_answers(ROOT / "sample_answers" / "001-crm-saas-gdpr.yaml")
        document = compose(model, str(templates / "clauses"), lang="fr")
        markdown = render_markdown(document)
        assert "Deleted information can stay in our backup copies for up to 35 jours." in markdown  # the period in French
        retention = next(c for c in document.clauses if c.id == "retention")
        assert new in retention.untranslated
        stale = [f for f in language_findings(model, document) if f.rule == RULE_MESSAGE and new[:40] in f.message]
        assert len(stale) == 1 and "out of date (fuzzy)" in stale[0].message
        assert stale[0].path == "clause retention"
        from policygen.explain import explain, format_text

        explained = next(e for e in explain(model, document=document) if e.id == "retention")
        assert new in explained.untranslated
        assert f"said in English (no current translation): {new}" in format_text([explained])
    finally:
        speaking._compiled.cache_clear()
        languages._fuzzy.cache_clear()


def test_each_html_page_names_its_language_links_to_the_others_and_offers_a_switcher(tmp_path):
    path = _file(tmp_path, languages=["en", "fr", "pt-BR"])
    out = tmp_path / "site"
    assert main(["render", str(path), "--out-dir", str(out), "--format", "html"]) == 0
    pages = {p.name: p.read_text("utf-8") for p in out.iterdir()}
    assert sorted(pages) == ["privacy-policy.fr.html", "privacy-policy.html", "privacy-policy.pt-BR.html"]
    french = pages["privacy-policy.fr.html"]
    assert '<html lang="fr">' in french and '<html lang="pt-BR">' in pages["privacy-policy.pt-BR.html"]
    for code, href in (("en", "privacy-policy.html"), ("fr", "privacy-policy.fr.html"),
                       ("pt-BR", "privacy-policy.pt-BR.html"), ("x-default", "privacy-policy.html")):
        assert f'<link rel="alternate" hreflang="{code}" href="{href}">' in french
    assert '<span lang="fr" aria-current="page">Français</span>' in french
    assert '<a href="privacy-policy.pt-BR.html" lang="pt-BR" hreflang="pt-BR">Português (Brasil)</a>' in french
    assert 'aria-label="Langues"' in french


def test_a_page_in_one_language_only_has_no_switcher(tmp_path):
    path = _file(tmp_path)
    out = tmp_path / "page.html"
    assert main(["render", str(path), "-o", str(out)]) == 0
    page = out.read_text("utf-8")
    assert "hreflang" not in page and 'class="language-switcher"' not in page


def test_a_message_in_a_context_is_looked_up_in_that_context_only():
    # "Safeguard" as a security measure is not "Safeguard" as a legal guarantee: without its own translation it is
    # said in English and recorded, not given the other meaning's word.
    with speaking.translating(speaking.Speaker("fr", {"Safeguard": "Garantie"})) as speaker:
        assert speaking.TEMPLATE_CALLABLES["pgettext"]("security measure", "Safeguard") == "Safeguard"
        assert list(speaker.missing) == ["Safeguard"]
    with speaking.translating(speaking.Speaker("fr", {"security measure\x04Safeguard": "Mesure"})):
        assert speaking.TEMPLATE_CALLABLES["pgettext"]("security measure", "Safeguard") == "Mesure"


@pytest.mark.parametrize(("lang", "first", "second"), [
    ("fr", "1er août 2026", "2 août 2026"), ("pt-BR", "1º de agosto de 2026", "2 de agosto de 2026"),
    ("de", "1. August 2026", "2. August 2026"), ("es", "1 de agosto de 2026", "2 de agosto de 2026")])
def test_dates_are_written_as_each_language_writes_them(lang, first, second):
    import datetime

    from policygen.document.templating import long_date

    with speaking.translating(lang):
        assert long_date(datetime.date(2026, 8, 1)) == first
        assert long_date(datetime.date(2026, 8, 2)) == second
