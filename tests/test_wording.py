"""A regression test of wording: where an element is covered, its clause still uses the words people look for.

Coverage itself is decided from facts and claims (policygen/legal/check.py); these patterns only catch a rewrite
that drops the words a reader or a regulator searches for ("legal basis", "complain", "Do Not Track").
"""

from __future__ import annotations

import re

import pytest

from conftest import SAMPLES
from policygen.answers import load_answers
from policygen.document.compose import compose
from policygen.legal.check import check

EUROPEAN = {
    "controller": (r"responsible for",),
    "representative": (r"representative",),
    "dpo": (r"Data Protection Officer|DPO",),
    "purposes-bases": (r"legal basis",),
    "legitimate-interests": (r"interest",),
    "transfers": (r"cop(y|ies)",),
    "rights": (r"access", r"correct|rectif", r"delet|eras", r"restrict", r"object", r"portab|transfer|move"),
    "withdraw-consent": (r"withdraw",),
    "complaint": (r"complain",),
    "obligation": (r"need|required|must",),
    "object": (r"\*\*[^*]*object",),
}
WORDING = {f"{law}.{element}": patterns for law in ("gdpr", "uk_gdpr") for element, patterns in EUROPEAN.items()}
WORDING.update({
    "uk_gdpr.complaint": (r"complain", r"Information Commissioner"),
    "ccpa.categories": (r"12 months",),
    "ccpa.sources": (r"[Ss]ource",),
    "ccpa.rights": (r"know", r"delete", r"correct", r"discriminat"),
    "ccpa.opt-out": (r"opt out",),
    "ccpa.limit": (r"[Ll]imit",),
    "ccpa.verification": (r"verif|confirm",),
    "ccpa.gpc": (r"Global Privacy Control",),
    "ccpa.agents": (r"agent",),
    "ccpa.updated": (r"last updated",),
    "ccpa.incentives": (r"incentive",),
    "caloppa.dnt": (r"Do Not Track",),
    "caloppa.effective": (r"effect",),
    "coppa.parents": (r"review", r"delet", r"refuse|stop"),
    "coppa.parents-2013": (r"review", r"delet", r"refuse|stop"),
    "us_states.rights-appeal": (r"appeal",),
    "us_states.sale-ads": (r"opt out",),
    "us_states.texas-notice": (r"NOTICE: We may sell your sensitive personal data\.",),
    "lgpd.rights": (r"ANPD",),
    "pipeda.accountable": (r"accountable",),
})


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_covering_clauses_keep_their_words(path):
    answers = load_answers(path)
    document = compose(answers)
    texts = {c.id: c.markdown for c in document.clauses}
    report = check(answers, answers.changes.last_updated, document)
    checked = 0
    for law in report.laws:
        for result in law.elements:
            patterns = WORDING.get(result.element)
            if not patterns or not result.covered_by:
                continue
            joined = "\n".join(texts[c] for c in result.covered_by)
            missing = [p for p in patterns if not re.search(p, joined, re.I)]
            assert not missing, f"{result.element}: {missing}"
            checked += 1
    assert checked or not report.laws
