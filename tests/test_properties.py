"""Properties of rendering any valid answers filled with hostile text: it never fails, and text stays text.

Answers are built from tests/factory.py's BASE, widened so that most clauses are triggered, with every free-text
field drawn from a pool of hostile fragments (HTML, event handlers, script links, Markdown syntax, Jinja syntax,
right-to-left text, emoji, very long words) mixed with random text. For each:

- rendering to Markdown and to HTML never raises;
- the HTML holds only the elements and attributes the templates make (tests/test_escaping.py's allow-lists);
- every link goes to a section anchor, to ``mailto:`` an address in the answers, or to an http(s) address that is
  in the answers or in policygen's own catalogue and templates: no answer text becomes a link it was not meant as;
- Jinja syntax in answers is never evaluated;
- the Markdown stays inert for site generators: Python-Markdown with attr_list, md_in_html and tables (as MkDocs
  runs it, raw HTML on) makes no element, attribute or comment from it, markdown-it-py (CommonMark) shows the same
  text, and a Jinja2 pass over the file (standing in for mkdocs-macros, Liquid and Hugo) leaves it unchanged.

Control characters and bidirectional overrides are refused by validation, which is a property of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import jinja2
import markdown as python_markdown
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from pydantic import ValidationError

from factory import BASE, answers
from policygen.document.compose import compose
from policygen.document.markdown_text import url as markdown_url
from policygen.document.templating import builtin_templates_dir
from policygen.model import Answers
from policygen.render.html import markdown_to_html, render_html
from policygen.render.markdown import render_markdown
from test_escaping import ALLOWED_ATTRS, ALLOWED_TAGS, _Collector

ROOT = Path(__file__).resolve().parent.parent
PROPERTY_SETTINGS = settings(max_examples=60, deadline=None, derandomize=True,
                             suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# ------------------------------------------------------------------------------------------ hostile text
SENTINELS = {"{{ 7777*7 }}": "54439", "{{ 'Qz' ~ 'Jx' }}": "QzJx", "{% for x in 'abc' %}Zq{% endfor %}": "ZqZq",
             "{{ '%c%c'|format(86, 86) }}": "VV", "{{ range(3)|list }}": "[0, 1, 2]"}
"""Jinja syntax in answers, and what it would turn into if it were ever evaluated."""
HOSTILE = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '<a href="javascript:alert(1)">x</a>',
    "<svg/onload=alert(1)>", "<iframe src=//evil.example>", '" onmouseover="alert(1)', "' autofocus onfocus='x",
    "javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<b>x</b>", "vbscript:msgbox(1)",
    "[x](javascript:alert(1))", "[x](https://evil.example)", "![i](x)", "![i](javascript:alert(1))",
    "[ref]: javascript:alert(1)", "[x][ref]", "<http://evil.example>", "<a@b.c>", "https://evil.example/bare",
    "www.evil.example", "# h", "> q", "| a | b |", "***", "---", "===", "- item", "+ item", "1. one", "1) one",
    "`code`", "```", "    indented code", "<!-- comment -->", "]]>", "&lt;b&gt;", "&#106;avascript:", "AT&T", "\\",
    "\\*", "_under_", "__strong__", "*em*", "~~strike~~", "x<y>z", "a\nb", "# heading\n> quote\n\n- list\n\n| t |",
    "line one\n\n\n\nline two", "\"quoted\" 'single'", "${7*7}", "#{7*7}", "%(x)s", "{0}", "{{", "}}", "{%", "%}",
    "{#", "#}", "{# hidden #}", "{{ config }}", "{% raw %}", "{% endraw %}", *SENTINELS,
    '{: onclick="alert(1)" }', "{#top .x onclick=alert(1)}", "{.danger}", "{::comment}", '<div markdown="1">',
    "{{% include \"x\" %}}", "{{< shortcode >}}", "{%- include secrets.txt -%}", "{{ site.github }}", "-->", "<!--",
    "= x", "&notin", "&amp", "https://x.example/'a'",
]
UNICODE = ["😀🚀👩‍💻", "株式会社テスト", "数据保护", "شركة الاختبار", "עברית", "\u200fمرحبا\u200e", "Ünïcødé Ça",
           "e\u0301", "\u2028", "ﬁ", "𝔘𝔫𝔦", "\u00ad", "\u200b"]
LONG_WORD = "Supercalifragilistic" * 50  # 1,000 characters with no space
CONTROL = ["\x00", "\x07", "\x1b[31m", "\x7f", "\x85", "\u202e", "\u202a", "\u2066", "\u2069", "\x08"]
"""Refused by validation: control characters (terminal escapes) and bidirectional overrides."""

_OVERRIDES = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_random_text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters=_OVERRIDES),
                       max_size=25)
_fragment = st.one_of(st.sampled_from(HOSTILE), st.sampled_from(HOSTILE), st.sampled_from(UNICODE),
                      st.just(LONG_WORD), _random_text)


def _clean(text: str, limit: int, single_line: bool) -> str:
    if single_line:
        text = re.sub(r"[\r\n\t]", " ", text)
    text = text.strip()[:limit].strip()
    return text or "x"


def texts(single_line: bool = False) -> st.SearchStrategy[str]:
    limit = 300 if single_line else 5000
    return st.lists(_fragment, min_size=1, max_size=4).map(" ".join).map(lambda t: _clean(t, limit, single_line))


URLS = ["https://testco.example", "https://testco.example/privacy?a=1&b=<2>",
        'https://x.example/"onmouseover="alert(1)',
        "https://x.example/)[y](javascript:alert(1))", "https://x.example/#<b>top</b>", "http://x.example/{{7*7}}",
        "https://x.example/%3Cscript%3E", "https://x.example/*a*_b_`c`", "https://user@x.example/path'quote"]
# ?, & and # are refused in emails (a mailto: link would read them as headers), so they are not in this pool.
EMAILS = ["privacy@testco.example", "{{7*7}}@testco.example", "x*y_z`@testco.example", "a%26b=c@testco.example",
          "!x$@testco.example", "%41'x@testco.example", "javascript@evil.example", "a|b~c@testco.example"]


@st.composite
def hostile_answers(draw) -> tuple[Answers, list[str]]:
    """Valid answers filled with hostile text, and every text placed in them."""
    placed: list[str] = []

    def line() -> str:
        placed.append(draw(texts(single_line=True)))
        return placed[-1]

    def text() -> str:
        placed.append(draw(texts()))
        return placed[-1]

    def web() -> str:
        return draw(st.sampled_from(URLS))

    def mail() -> str:
        return draw(st.sampled_from(EMAILS))

    own_purpose = line()
    contact = {"name": line(), "email": mail(), "address": text()}
    data = answers(
        organisation={**BASE["organisation"], "legal_name": line(), "trading_name": line(), "address": text(),
                      "email": mail(), "website": web(), "contact_form_url": web(),
                      "privacy_officer": {**contact, "is_dpo": True}, "eu_representative": dict(contact)},
        services={"covered": [{"kind": "website", "name": line(), "url": web()},
                              {"kind": "mobile_app", "name": line()}],
                  "processor_role": {"customer_data": text()}},
        audiences={"regions": ["uk", "eea", "california", "other_us_states", "canada"], "business_customers": True},
        data_categories=[
            {"category": "contact_details", "name": line(), "examples": text(), "sources": ["directly", "partners"],
             "source_names": [line()], "purposes": ["customer_support", own_purpose],
             "retention": {"criteria": text()}, "recipients": ["service_providers", "business_partners"],
             "sold": True},
            {"category": "other", "name": line(), "examples": text(), "sources": ["automatically"],
             "purposes": [own_purpose], "retention": {"period": "2 years", "criteria": text()}, "sensitive": True,
             "limited_to_necessary_uses": False, "shared_for_advertising": True},
        ],
        purposes=[
            {"purpose": "customer_support", "legal_basis": "legitimate_interests", "legitimate_interest": text(),
             "description": text()},
            {"purpose": "other", "name": own_purpose, "description": text(), "legal_basis": "consent"},
        ],
        processors=[
            {"name": line(), "kind": "analytics", "purpose": text(), "country": "US", "policy_url": web(),
             "opt_out_url": web(), "third_party": True},
            {"service": "google_ads"},
        ],
        cookies={"kinds": ["essential", "analytics", "advertising"], "technologies": ["web_beacons"],
                 "social_networks": [line()], "cookie_policy_url": web(), "consent_banner": True},
        marketing={"sends_marketing": True, "channels": ["email"], "opt_out_methods": ["unsubscribe_link"]},
        children={"minimum_age": 16},
        transfers={"storage_countries": ["US"], "safeguards_copy": text(),
                   "transfers": [{"destination": "US", "mechanisms": ["sccs"], "recipients": text()}]},
        keeping={"security_details": text(), "log_retention": "30 days", "security_measures": ["access_controls"]},
        rights={"request_methods": ["email", "web_form"], "verification": text(), "account_closure": text(),
                "consent_withdrawal": text(), "appeals": text(), "financial_incentives": text(),
                "do_not_sell_url": web(), "limit_sensitive_url": web(), "self_service": True},
        practices={"automated_decisions": {"description": text(), "logic": text(), "significant_effects": True},
                   "public_content": True, "job_applicants": True},
        certifications=[{"name": line(), "url": web(), "dispute_resolution": line(), "dispute_resolution_url": web()}],
        changes={**BASE["changes"], "history": [{"date": "2025-06-01", "summary": text()}]},
    )
    try:
        return Answers.model_validate(data), placed
    except ValidationError as error:  # the pool holds nothing the model refuses, so this is a bug in the strategy
        raise AssertionError(f"hostile answers did not validate: {error}") from None


# -------------------------------------------------------------------------------------------- the checks
@lru_cache(maxsize=1)
def own_urls() -> frozenset[str]:
    """Every web address in policygen's catalogue, laws (their authorities' pages), facts and templates."""
    found: set[str] = set()
    for folder, pattern in ((ROOT / "policygen" / "catalogue", "*.py"), (ROOT / "policygen" / "laws", "*.py"),
                            (ROOT / "policygen" / "facts", "*.py"), (ROOT / "templates", "*.j2")):
        for path in folder.rglob(pattern):
            found.update(re.findall(r"https?://[^\s\"'<>)\]]+", path.read_text(encoding="utf-8")))
    from policygen.catalogue.services import SERVICES

    for service in SERVICES.values():
        found.update(u for u in (service.policy_url, service.opt_out_url) if u)
    return frozenset(found)


def _answer_values(model: Answers) -> list[str]:
    values: list[str] = []

    def walk(value):
        if isinstance(value, dict):
            for child in value.values():
                walk(child)
        elif isinstance(value, list):
            for child in value:
                walk(child)
        elif isinstance(value, str):
            values.append(value)

    walk(model.model_dump(mode="json"))
    return values


_ANCHOR = re.compile(r"^#[a-z0-9-]+$")


def check_links(hrefs: list[str], model: Answers, placed: list[str]) -> None:
    values = _answer_values(model)
    emails = {v for v in values if "@" in v}
    webs = {v for v in values if v.startswith(("http://", "https://"))} | own_urls()
    allowed_webs = webs | {markdown_url(u) for u in webs}
    allowed_mail = {f"mailto:{e}" for e in emails} | {markdown_url(f"mailto:{e}") for e in emails}
    hostile = {t.strip() for t in placed} | {h.strip() for h in HOSTILE}
    for href in hrefs:
        assert "javascript" not in href.lower() or href in allowed_mail or href in allowed_webs, href
        assert not href.lower().startswith(("javascript:", "data:", "vbscript:")), href
        assert href not in hostile or href in allowed_webs, href
        assert _ANCHOR.match(href) or href in allowed_mail or href in allowed_webs, f"unexpected link target {href!r}"


def check_not_evaluated(outputs: list[str], placed: list[str]) -> None:
    """A sentinel result may only appear where the answers themselves contain it as text."""
    for source, result in SENTINELS.items():
        if any(result in text for text in placed):
            continue  # random text happened to contain it: nothing to conclude
        for output in outputs:
            assert result not in output, f"{source!r} was evaluated to {result!r}"


def _visible(html: str) -> str:
    parser = _Collector()
    parser.feed(html)
    parser.close()
    return " ".join("".join(parser.text).split())


def check_inert_downstream(markdown: str) -> None:
    """The .md read by site generators shows what our HTML shows, and makes no element, attribute or comment."""
    html = python_markdown.markdown(markdown, extensions=["attr_list", "md_in_html", "tables"])
    parser = _Collector()
    parser.feed(html)
    parser.close()
    assert parser.tags <= ALLOWED_TAGS, parser.tags - ALLOWED_TAGS
    assert parser.attrs <= {"href"}, parser.attrs
    assert "<!--" not in html
    commonmark = MarkdownIt("commonmark").enable("table").render(markdown)
    assert _visible(commonmark) == _visible(html) == _visible(markdown_to_html(markdown))
    # Our clause templates write no braces: none may come from the answers either.
    assert "{" not in markdown and "}" not in markdown
    assert jinja2.Environment(keep_trailing_newline=True).from_string(markdown).render() == markdown


# ------------------------------------------------------------------------------------------- properties
LAYERS_SCRIPT = (builtin_templates_dir() / "page" / "layers.js").read_text(encoding="utf-8")


@pytest.mark.slow
@PROPERTY_SETTINGS
@given(hostile_answers())
def test_hostile_answers_render_safely(drawn):
    model, placed = drawn
    document = compose(model)
    markdown = render_markdown(document)
    html = render_html(document, fragment=True)
    page = render_html(document)
    parser = _Collector()
    parser.feed(html)
    parser.close()
    assert parser.tags <= ALLOWED_TAGS, parser.tags - ALLOWED_TAGS
    assert parser.attrs <= ALLOWED_ATTRS, parser.attrs - ALLOWED_ATTRS
    check_links(parser.hrefs, model, placed)
    page_parser = _Collector()
    page_parser.feed(page)
    page_parser.close()
    check_links(page_parser.hrefs, model, placed)
    # The one script is the page's own (templates/page/layers.js), whatever the answers say.
    assert page.lower().count("<script") == 1 and LAYERS_SCRIPT in page
    check_not_evaluated([markdown, html, "".join(parser.text)], placed)
    check_inert_downstream(markdown)


@pytest.mark.slow
@PROPERTY_SETTINGS
@given(name=texts(single_line=True), jinja=st.sampled_from(sorted(SENTINELS)))
def test_text_in_the_organisation_name_stays_literal(name, jinja):
    """The trading name is printed in the title and throughout: exactly as written, Jinja and all."""
    trading_name = _clean(f"{jinja} {name}", 300, True)
    organisation = {**BASE["organisation"], "trading_name": trading_name}
    document = compose(Answers.model_validate(answers(organisation=organisation)))
    parser = _Collector()
    parser.feed(render_html(document, fragment=True))
    parser.close()
    visible = re.sub(r"\s+", " ", "".join(parser.text))
    expected = re.sub(r"\s+", " ", trading_name)
    assert expected in visible
    assert parser.tags <= ALLOWED_TAGS
    check_not_evaluated([render_markdown(document), visible.replace(expected, "")], [name])


_TEXT_FIELDS = [("organisation", "legal_name"), ("organisation", "address"), ("organisation", "trading_name")]


@PROPERTY_SETTINGS
@given(before=texts(single_line=True), control=st.sampled_from(CONTROL), after=texts(single_line=True),
       field=st.sampled_from(_TEXT_FIELDS))
def test_control_characters_and_overrides_are_refused(before, control, after, field):
    part, key = field
    value = f"{before[:140]}{control}{after[:140]}"
    assume(value.strip() == value)  # a leading or trailing control character may be stripped as whitespace
    data = answers(**{part: {**BASE[part], key: value}})
    with pytest.raises(ValidationError) as caught:
        Answers.model_validate(data)
    assert any(error["loc"] == (part, key) for error in caught.value.errors())
