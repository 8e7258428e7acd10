"""The clause library is complete and consistent: one template per declared clause, each sample covers its seed."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT, SAMPLES
from policygen.answers import load_answers
from policygen.clauses.registry import CLAUSES, CLAUSES_BY_ID, SECTIONS
from policygen.laws import ELEMENTS
from policygen.document.compose import compose
from policygen.render.markdown import render_markdown

CLAUSE_DIR = ROOT / "templates" / "clauses"
SEEDS = ("000", "001", "002", "003", "004")
SEEDED_SAMPLES = [p for p in SAMPLES if p.name[:3] in SEEDS]
"""The samples of the seed policies' businesses; the others (005 on) are kinds of business no seed covers."""


def test_every_clause_has_a_template_and_every_template_a_clause():
    templates = {p.name for p in CLAUSE_DIR.glob("*.md.j2")}
    assert templates == {c.template for c in CLAUSES}


# The 45 topics of ../shared/SEED-TOPICS.md, so the test does not depend on files outside the repository.
SEED_TOPICS = {
    "identity", "scope", "summary", "roles", "collect-provided", "collect-table", "collect-automatic",
    "collect-other-sources", "on-behalf-of-others", "contacts-import", "sensitive-data", "job-applicants",
    "public-content", "communications", "de-identified", "cookies", "analytics", "advertising", "dnt-gpc",
    "social-features", "push-notifications", "purposes", "marketing", "automated-decisions", "research", "sharing",
    "processors", "legal-disclosure", "business-transfer", "sale", "sharing-table", "promotions", "retention",
    "security", "access-correct-delete", "account-closure", "eu-uk-rights", "us-state-rights", "request-handling",
    "children", "transfers", "certifications", "third-party-sites", "changes", "contact",
}


def test_every_seed_topic_is_a_clause_and_every_clause_has_a_reason():
    assert len(SEED_TOPICS) == 45
    assert {c.id for c in CLAUSES if c.seeds} == SEED_TOPICS
    assert len(CLAUSES) == len(CLAUSES_BY_ID)
    sections = {s.id for s in SECTIONS} | {"preamble"}
    assert all(c.section in sections and c.trigger for c in CLAUSES)
    # A clause with no seed topic exists for the law, or says why it exists (the privacy label, for the reader).
    satisfying = {clause for e in ELEMENTS for clause in e.clauses}
    assert all(c.seeds or c.id in satisfying or c.purpose for c in CLAUSES)


def test_there_is_a_sample_for_each_seed():
    assert sorted(p.name[:3] for p in SEEDED_SAMPLES) == ["000", "001", "002", "003", "004"]
    assert (ROOT / "sample_answers" / "minimal.yaml").exists()


@pytest.mark.parametrize("path", SEEDED_SAMPLES, ids=lambda p: p.stem)
def test_sample_covers_every_topic_of_its_seed(path):
    seed = path.name[:3]
    expected = {c.id for c in CLAUSES if seed in c.seeds}
    present = set(compose(load_answers(path)).clause_ids)
    assert expected <= present, f"missing topics: {sorted(expected - present)}"


def test_untriggered_topics_are_absent():
    document = compose(load_answers(ROOT / "sample_answers" / "minimal.yaml"))
    present = set(document.clause_ids)
    for absent in ("roles", "collect-table", "sale", "us-state-rights", "brazil-rights", "marketing", "cookies",
                   "job-applicants", "automated-decisions", "certifications"):
        assert absent not in present
    markdown = render_markdown(document)
    assert "Marketing" not in markdown and "California" not in markdown


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_no_placeholders_or_empty_headings(path):
    markdown = render_markdown(compose(load_answers(path)))
    lines = markdown.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("#"):
            following = next((l for l in lines[i + 1:] if l.strip()), "")
            assert not following.startswith("#") or line.startswith("## ") and following.startswith("### "), (
                f"empty heading: {line!r}"
            )
    assert not re.search(r"\[(?:TODO|TBD|company|name|insert)[^\]]*\]", markdown, re.I)
    assert "None" not in re.sub(r"\bNone of\b|\bnone\b", "", markdown), "a missing value was printed as None"
    assert "  ." not in markdown and " ," not in markdown


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_contents_link_to_every_section(path):
    document = compose(load_answers(path))
    markdown = render_markdown(document)
    for section in document.sections:
        assert f"## {section.number}. {section.title}\n" in markdown
        slug = f"{section.number}-{section.title.lower().replace(' ', '-')}"
        assert f"(#{slug})" in markdown
