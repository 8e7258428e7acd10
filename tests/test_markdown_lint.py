"""The Markdown check the property tests use finds each kind of defect it names, and none in the golden policies."""

from __future__ import annotations

import pytest

from conftest import ROOT
from markdown_lint import markdown_problems

GOOD = "# Policy\n\n## 1. Data\n\n| A | B |\n|---|---|\n| x | y |\n\n- **Contact details**: email.\n"


@pytest.mark.parametrize("broken, problem", [
    (GOOD.replace("| x | y |", "| x | y | z |"), "a table row with 3 cells"),
    (GOOD.replace("## 1. Data", "#### 1. Data"), "a level-4 heading under a level-1"),
    (GOOD.replace("**Contact details**", "**Contact details"), "unpaired emphasis"),
    (GOOD + "We keep it for None.\n", "None left"),
    (GOOD + "{{ org.name }}\n", "template syntax"),
    (GOOD + "- \n", "an empty heading or list item"),
])
def test_each_defect_is_found(broken, problem):
    assert markdown_problems(GOOD) == []
    assert any(problem in p for p in markdown_problems(broken)), markdown_problems(broken)


@pytest.mark.parametrize("path", sorted((ROOT / "tests" / "golden").glob("*.md")), ids=lambda p: p.stem)
def test_golden_policies_are_well_formed(path):
    assert markdown_problems(path.read_text(encoding="utf-8")) == []
