"""The first layer is short enough to read on one screen: at most 300 words of prose (tables aside) for every
sample, measured as `policygen stats` measures it."""

from __future__ import annotations

import pytest

from conftest import SAMPLES_DIR
from policygen.answers.load import load_answers
from policygen.document.compose import compose
from policygen.readability import FIRST_LAYER, document_readability

SAMPLES = sorted(SAMPLES_DIR.glob("*.yaml"))


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_first_layer_is_at_most_300_words(path):
    parts = {r.name: r for r in document_readability(compose(load_answers(path)))}
    assert 50 < parts[FIRST_LAYER].words <= 300, parts[FIRST_LAYER].words
