"""Short enough to read: the first layer fits on one screen (at most 300 words of prose, tables aside) for every
sample, and each seeded sample's whole policy is at most 1.25 times as long as the seed policy of the same business
(minimal: at most 2,000 words), all measured as `policygen stats` measures them."""

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


# The seed policies (../shared/seeds/, outside this repository) in words, counted as `policygen stats` counts a
# policy: textstat's lexicon_count of policygen.readability.prose() of the seed text, i.e.
# measure("seed", prose(text)).words. (Splitting the same prose on whitespace gives 2318/2300/4864/2181/3169,
# because the seeds' bullets and dashes then count as words; the policies' counts hardly change either way.)
SEED_WORDS = {
    "000-crm-saas-2016": 2263,
    "001-crm-saas-gdpr": 2250,
    "002-freelance-marketplace": 4851,
    "003-business-process-service": 2175,
    "004-integration-saas": 3138,
}
MINIMAL_BUDGET = 2000


def _budget(stem: str) -> int:
    return int(SEED_WORDS[stem] * 1.25) if stem in SEED_WORDS else MINIMAL_BUDGET


@pytest.mark.parametrize("stem", [*SEED_WORDS, "minimal"])
def test_policy_is_at_most_a_quarter_longer_than_its_seed(stem):
    whole = document_readability(compose(load_answers(SAMPLES_DIR / f"{stem}.yaml")))[0]
    assert whole.words <= _budget(stem), (whole.words, _budget(stem))
