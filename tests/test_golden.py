"""Every sample's policy, in both formats, matches the golden file a person has read; and in each other language,
as Markdown (tests/golden/<lang>/), read sentence by sentence against the English.

After a deliberate change: POLICYGEN_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py, then read the diff.
"""

from __future__ import annotations

import os

import pytest

from conftest import GOLDEN_DIR, SAMPLES
from policygen.answers import load_answers
from policygen.document.compose import compose
from policygen.i18n import TRANSLATED
from policygen.commands.render import render_document
from policygen.render.markdown import render_markdown

UPDATE = os.environ.get("POLICYGEN_UPDATE_GOLDEN") == "1"
RENDERERS = {"md": "markdown", "html": "html"}


@pytest.mark.parametrize("suffix", sorted(RENDERERS))
@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_golden(path, suffix):
    # As `policygen render` writes it: a page of a policy published in several languages links to the others.
    answers = load_answers(path)
    rendered = render_document(compose(answers), RENDERERS[suffix], languages=tuple(answers.languages))
    golden = GOLDEN_DIR / f"{path.stem}.{suffix}"
    if UPDATE:
        GOLDEN_DIR.mkdir(exist_ok=True)
        golden.write_text(rendered, encoding="utf-8", newline="\n")
    assert golden.exists(), f"no golden file {golden.name}; create it with POLICYGEN_UPDATE_GOLDEN=1"
    assert rendered == golden.read_text(encoding="utf-8"), f"{golden.name} differs from the rendered policy"


@pytest.mark.parametrize("lang", TRANSLATED)
@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_golden_in_each_language(path, lang):
    rendered = render_markdown(compose(load_answers(path), lang=lang))
    golden = GOLDEN_DIR / lang / f"{path.stem}.md"
    if UPDATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(rendered, encoding="utf-8", newline="\n")
    assert golden.exists(), f"no golden file {lang}/{golden.name}; create it with POLICYGEN_UPDATE_GOLDEN=1"
    assert rendered == golden.read_text(encoding="utf-8"), f"{lang}/{golden.name} differs from the rendered policy"


def test_no_stray_golden_files():
    expected = {f"{p.stem}.{s}" for p in SAMPLES for s in RENDERERS} | set(TRANSLATED)
    assert {p.name for p in GOLDEN_DIR.iterdir()} == expected
    for lang in TRANSLATED:
        assert {p.name for p in (GOLDEN_DIR / lang).iterdir()} == {f"{p.stem}.md" for p in SAMPLES}
