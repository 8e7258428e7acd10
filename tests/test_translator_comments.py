"""Every note the library's Python leaves for translators reaches them: Babel attaches a ``# TRANSLATORS:`` comment
only to a message that starts on the line right after it, so a note above a whole block of messages is lost."""

from __future__ import annotations

import re

import pytest
from babel.messages.extract import extract_from_file

from conftest import ROOT
from policygen.i18n.catalogues import KEYWORDS

NOTE = re.compile(r"#\s*TRANSLATORS:\s*(.*)")
SOURCES = sorted(path for path in (ROOT / "policygen").rglob("*.py")
                 if "wizard" not in path.parts and "TRANSLATORS:" in path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_each_note_for_translators_is_attached_to_a_message(path):
    attached = {comments[0] for _line, _message, comments, _context in extract_from_file(
        "python", str(path), keywords=KEYWORDS, comment_tags=("TRANSLATORS:",), strip_comment_tags=True)
        if comments}
    lost = [f"line {number}: {found.group(1)}"
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if (found := NOTE.search(line)) and found.group(1).strip() not in attached]
    assert lost == [], "a TRANSLATORS comment must sit right above the message it explains"


def test_the_library_has_notes_for_translators():
    assert len(SOURCES) > 10  # the search above finds the files it checks
