"""The translations as shipped: complete, current, compiled, and faithful to each message's placeholders.

A message whose English changed is fuzzy after `python -m policygen.i18n.catalogues update`; the shipped languages
have none, and none untranslated, so that no policy in them falls back to English.
"""

from __future__ import annotations

import re

import pytest

from conftest import ROOT
from policygen.answers import load_answers
from policygen.document.compose import compose
from policygen.i18n import TRANSLATED, mo_file, po_file
from policygen.i18n.catalogues import compiled, pot_file, pot_text, read, status

SAMPLES = sorted((ROOT / "sample_answers").glob("*.yaml"))


def test_the_committed_template_holds_every_message_the_library_says():
    assert pot_file().read_bytes() == pot_text(), (
        "policygen/locale/policygen.pot is stale: run python -m policygen.i18n.catalogues update, then translate "
        "the new and fuzzy messages")


@pytest.mark.parametrize("lang", TRANSLATED)
def test_no_message_is_untranslated_or_fuzzy(lang):
    found = status(read(lang))
    assert found.untranslated == (), f"{len(found.untranslated)} untranslated, e.g. {found.untranslated[:3]}"
    assert found.fuzzy == (), f"{len(found.fuzzy)} fuzzy (stale), e.g. {found.fuzzy[:3]}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_each_language_holds_every_message_of_the_template(lang):
    template = {(m.id if isinstance(m.id, str) else m.id[0], m.context) for m in read_pot() if m.id}
    catalogue = {(m.id if isinstance(m.id, str) else m.id[0], m.context) for m in read(lang) if m.id}
    assert template - catalogue == set(), "run python -m policygen.i18n.catalogues update"


def read_pot():
    from babel.messages.pofile import read_po

    with pot_file().open("rb") as file:
        return read_po(file)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_compiled_catalogue_is_the_po_file_compiled(lang):
    assert mo_file(lang).read_bytes() == compiled(read(lang)), (
        f"{mo_file(lang).name} is stale: run python -m policygen.i18n.catalogues compile")


_PERCENT = re.compile(r"%\((\w+)\)[sd]")
_BRACES = re.compile(r"\{(\w+)\}")
_LINK = re.compile(r"\]\(")


def _shape(text: str) -> tuple:
    """What a translation must keep of its message: each placeholder, each link, bold markers in pairs."""
    return (sorted(_PERCENT.findall(text)), sorted(_BRACES.findall(text)), len(_LINK.findall(text)),
            text.count("**") % 2, text.count("%%"))


@pytest.mark.parametrize("lang", TRANSLATED)
def test_translations_keep_every_placeholder_and_link_of_their_message(lang):
    wrong = []
    for message in read(lang):
        if not message.id or not message.string:
            continue
        ids = message.id if isinstance(message.id, (list, tuple)) else (message.id,)
        strings = message.string if isinstance(message.string, (list, tuple)) else (message.string,)
        for string in strings:
            if _shape(string)[:2] != _shape(ids[-1])[:2] or _shape(string)[2:] != _shape(ids[0])[2:]:
                wrong.append(ids[0][:70])
    assert wrong == []


@pytest.mark.parametrize("lang", TRANSLATED)
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_every_sample_is_said_wholly_in_each_language(sample, lang):
    document = compose(load_answers(sample), lang=lang)
    assert document.untranslated == []
    assert document.lang == lang


def test_po_files_exist_for_each_translated_language():
    assert all(po_file(lang).exists() for lang in TRANSLATED)
