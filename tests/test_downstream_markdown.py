"""The .md output read by others: site generators' Markdown dialects and the template engines they run first.

Python-Markdown with attr_list, md_in_html and tables and raw HTML on (as MkDocs runs it), markdown-it-py (CommonMark)
and a Jinja2 pass over the whole file (standing in for mkdocs-macros, Jekyll's Liquid and Hugo's shortcodes, which
all look for the same braces in the raw file) must each show the user's text as written and make nothing of it.
"""

from __future__ import annotations


import jinja2
import markdown
import pytest
import yaml
from markdown_it import MarkdownIt

from factory import BASE, answers
from policygen.document.compose import compose
from policygen.document.markdown_text import escape, link, unescape
from policygen.model import Answers
from policygen.render.html import markdown_to_html
from policygen.render.markdown import render_markdown
from policygen.render.text import render_text
from test_escaping import ALLOWED_TAGS, _Collector

DOWNSTREAM_HOSTILE = [
    'Acme {: onclick="alert(1)" }',
    "Acme {#top .x onclick=alert(1)}",
    "Acme {.danger}",
    "{{% include \"x\" %}} {{< shortcode >}} {{% shortcode %}}",
    "{% include secrets.txt %} {{ config }} {# note #}",
    "{%- raw -%} {{ site.github }} {%endraw%}",
    "<!-- hidden --> --> <!--",
    '<div markdown="1">*x*</div>',
    "= heading underline",
    "}}{{ {% %} {",
]

EXTENSIONS = ["attr_list", "md_in_html", "tables"]


def downstream_answers(text: str) -> Answers:
    """The text in every free-text field the policy prints: so in the title, in headings, list items, table cells
    (some of which it ends) and paragraphs."""
    contact = {"name": text, "email": "dpo@testco.example", "address": text}
    data = answers(
        organisation={**BASE["organisation"], "legal_name": text, "trading_name": text, "address": text,
                      "privacy_officer": {**contact, "is_dpo": True}, "eu_representative": dict(contact)},
        services={"covered": [{"kind": "website", "name": text, "url": "https://testco.example"},
                              {"kind": "mobile_app", "name": text}], "processor_role": {"customer_data": text}},
        audiences={"regions": ["uk", "eea", "california"], "business_customers": True},
        data_categories=[
            {"category": "contact_details", "name": text, "examples": text, "sources": ["directly", "partners"],
             "source_names": [text], "purposes": ["customer_support"], "retention": {"criteria": text},
             "recipients": ["service_providers", "business_partners"], "sold": True},
            {"category": "other", "name": text, "examples": text, "sources": ["automatically"],
             "purposes": ["customer_support"], "retention": {"period": "2 years", "criteria": text},
             "sensitive": True},
        ],
        purposes=[{"purpose": "customer_support", "legal_basis": "legitimate_interests", "legitimate_interest": text,
                   "description": text}],
        processors=[{"name": text, "kind": "analytics", "purpose": text, "country": "US", "third_party": True}],
        cookies={"kinds": ["essential", "analytics"], "social_networks": [text], "consent_banner": True},
        keeping={"security_details": text, "log_retention": "30 days", "security_measures": ["access_controls"]},
        rights={"request_methods": ["email"], "verification": text, "account_closure": text,
                "consent_withdrawal": text, "appeals": text},
        changes={**BASE["changes"], "history": [{"date": "2025-06-01", "summary": text}]},
    )
    return Answers.model_validate(data)


class _Everything(_Collector):
    """Also the attributes' names with their elements, and any comment."""

    def __init__(self):
        super().__init__()
        self.attributes: list[tuple[str, str]] = []
        self.comments: list[str] = []

    def handle_starttag(self, tag, attrs):
        super().handle_starttag(tag, attrs)
        self.attributes += [(tag, name) for name, _ in attrs]

    handle_startendtag = handle_starttag

    def handle_comment(self, data):
        self.comments.append(data)


def _parsed(html: str) -> _Everything:
    parser = _Everything()
    parser.feed(html)
    parser.close()
    return parser


def _visible(parser: _Collector) -> str:
    return " ".join("".join(parser.text).split())


def _check_inert(html: str, text: str) -> None:
    parser = _parsed(html)
    assert parser.tags <= ALLOWED_TAGS, parser.tags - ALLOWED_TAGS
    assert {name for _, name in parser.attributes} <= {"href"}, parser.attributes
    assert parser.comments == []
    assert text in _visible(parser)


@pytest.mark.parametrize("text", DOWNSTREAM_HOSTILE)
def test_python_markdown_with_attr_list_and_md_in_html_makes_no_attribute_element_or_comment(text):
    md = render_markdown(compose(downstream_answers(text)))
    _check_inert(markdown.markdown(md, extensions=EXTENSIONS), text)


@pytest.mark.parametrize("text", DOWNSTREAM_HOSTILE)
def test_commonmark_shows_the_same_text(text):
    md = render_markdown(compose(downstream_answers(text)))
    html = MarkdownIt("commonmark").enable("table").render(md)
    _check_inert(html, text)
    assert _visible(_parsed(html)) == _visible(_parsed(markdown.markdown(md, extensions=EXTENSIONS)))


@pytest.mark.parametrize("text", DOWNSTREAM_HOSTILE)
def test_a_template_engine_over_the_markdown_finds_nothing_to_run(text):
    document = compose(downstream_answers(text))
    md = render_markdown(document, with_front_matter=True)
    # Our clause templates write no braces, so any brace here would be the user's.
    assert "{" not in md and "}" not in md
    assert jinja2.Environment(keep_trailing_newline=True).from_string(md).render() == md
    front_matter = yaml.safe_load(md.split("---\n")[1])
    assert front_matter["title"] == document.title


def test_escaped_braces_are_no_attribute_list_in_any_block():
    """A heading, a list item, a table cell and a paragraph whose last line would be an attribute list."""
    value = escape('x {: onclick="alert(1)" }')
    source = f"# {value}\n\n- {value}\n\n| a |\n|---|\n| {value} |\n\n{value}\n{escape('{: onclick=y }')}\n"
    parser = _parsed(markdown.markdown(source, extensions=EXTENSIONS))
    assert parser.attributes == []
    assert _visible(parser).count('x {: onclick="alert(1)" }') == 4


@pytest.mark.parametrize("address", ["https://x.example/'a'", "https://x.example/?q='x'&y=\"z\"",
                                     "https://x.example/a b<c>", "https://x.example/?a=1&amp;b=2",
                                     "mailto:o'brien@x.example"])
def test_a_link_target_is_the_same_whole_address_in_every_dialect(address):
    source = link("x", address)
    targets = set()
    for html in (markdown_to_html(source), markdown.markdown(source), MarkdownIt("commonmark").render(source)):
        parser = _parsed(html)
        assert [name for _, name in parser.attributes] == ["href"], html  # no title made of a quoted part
        targets.add(parser.hrefs[0])
    assert len(targets) == 1, targets
    assert "'" not in targets.pop()


@pytest.mark.parametrize("text", ["Barnes&notables", "&amp;", "&lt;b&gt;", "AT&T", "&copy", "\\*", "{{ x }}",
                                  "1. a", "= b", "O'Brien & Sons <3 ~x~"])
def test_the_text_format_prints_what_the_user_wrote(text):
    organisation = {**BASE["organisation"], "trading_name": text, "legal_name": f"{text} Ltd"}
    data = answers(organisation=organisation)
    data["purposes"][0]["legitimate_interest"] = text
    plain = render_text(compose(Answers.model_validate(data)))
    assert plain.splitlines()[0] == compose(Answers.model_validate(data)).title
    assert f"{text} Ltd" in plain
    assert unescape(escape(text)) == text


def test_unescape_inverts_escape_and_nothing_else():
    text = "a\\b `c` *d* _e_ [f] |g| >h #i +j -k .l )m &amp; &n; <o> ~p~ {q} %r ="
    assert unescape(escape(text)) == text
    assert unescape("Barnes&notables &copy; &#126x") == "Barnes&notables &copy; &#126x"
