"""axe-core on every sample's page, in light and in dark mode, on a desktop and on a phone."""

from __future__ import annotations

import json

import pytest

from .conftest import DESKTOP, NAMES, PHONE

pytestmark = pytest.mark.browser
# Impacts that fail the test whatever the rule; and rules that fail it whatever their impact (some are "moderate"
# in axe but are exactly what this page promises: landmarks, heading order, contrast, table headers, link names, lang).
FAILING_IMPACTS = {"serious", "critical"}
ALWAYS_FAILING_RULES = {
    "bypass", "color-contrast", "document-title", "heading-order", "html-has-lang", "html-lang-valid",
    "landmark-banner-is-top-level", "landmark-complementary-is-top-level", "landmark-main-is-top-level",
    "landmark-no-duplicate-main", "landmark-one-main", "landmark-unique", "link-name", "page-has-heading-one",
    "region", "scrollable-region-focusable", "td-headers-attr", "th-has-data-cells", "empty-heading", "empty-table-header",
    "list", "listitem", "duplicate-id", "duplicate-id-aria", "aria-valid-attr-value",
}


def _axe(page, axe_js) -> dict:
    page.add_script_tag(path=str(axe_js))
    return page.evaluate(
        """async () => {
            const results = await axe.run(document, {resultTypes: ['violations', 'incomplete']});
            const contrast = results.incomplete.find(r => r.id === 'color-contrast');
            return {version: axe.version, ran: results.passes.length + results.violations.length
                      + results.incomplete.length + results.inapplicable.length,
                    unsure: contrast ? contrast.nodes.slice(0, 5).map(n => ({target: n.target.join(' '),
                      why: n.any.map(c => c.message).join('; ')})) : [],
                    violations: results.violations.map(v => ({
                      id: v.id, impact: v.impact, help: v.help,
                      nodes: v.nodes.slice(0, 5).map(n => ({target: n.target.join(' '), summary: n.failureSummary}))}))};
        }"""
    )


def _failures(results: dict) -> list[dict]:
    return [v for v in results["violations"] if v["impact"] in FAILING_IMPACTS or v["id"] in ALWAYS_FAILING_RULES]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["desktop", "phone"])
@pytest.mark.parametrize("name", NAMES)
def test_axe_finds_no_serious_problems(rendered, open_page, axe_js, name, size, scheme):
    opened = open_page(rendered[name].page, width=size[0], height=size[1], color_scheme=scheme)
    # axe checks only what is shown: open every section, so the second layer is checked too.
    opened.page.evaluate("() => document.querySelectorAll('details').forEach(d => { d.open = true; })")
    results = _axe(opened.page, axe_js)
    assert results["ran"] > 20, "axe-core ran almost no rules"
    failures = _failures(results)
    assert failures == [], f"axe-core {results['version']}:\n{json.dumps(failures, indent=1)}"
    if size == DESKTOP:
        # axe leaves contrast "incomplete" where it cannot tell the background (a gradient, an image, overlapping
        # boxes): all text must be checkable. On a phone the sticky first column of a scrolled table overlaps the
        # other cells, which axe cannot see through; the colours are the same at every width, so desktop suffices.
        assert results["unsure"] == [], f"axe-core could not check the contrast of:\n{json.dumps(results['unsure'], indent=1)}"
    assert opened.errors == []
