"""User text stays text: escaped for Markdown and HTML, never evaluated as a template."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from factory import BASE, answers
from policygen.document.compose import compose
from policygen.document.markdown_text import escape
from policygen.model import Answers
from policygen.render.html import _converter, markdown_to_html, render_html
from policygen.render.markdown import render_markdown

HOSTILE = [
    "<script>alert(1)</script>",
    "*Acme* [x](javascript:alert(1))",
    "{{ 7*7 }} {% raw %}",
    "<img src=x onerror=alert(1)>",
    "# Not a heading",
    "1. not a list",
    "a | b | c",
    "&lt;already&gt; &amp; AT&T",
    "`code` _under_ ~~strike~~ \\backslash",
]


def hostile_answers(text: str) -> Answers:
    org = {**BASE["organisation"], "legal_name": text, "trading_name": text + " Co"}
    data = answers(organisation=org)
    data["data_categories"][0]["examples"] = text
    data["purposes"][0]["legitimate_interest"] = text
    data["services"]["covered"][0]["name"] = text
    return Answers.model_validate(data)


class _Collector(HTMLParser):
    """The elements, attributes, link targets and text of an HTML document."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attrs: set[str] = set()
        self.hrefs: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        for name, value in attrs:
            self.attrs.add(name)
            if name == "href":
                self.hrefs.append(value or "")

    handle_startendtag = handle_starttag

    def handle_data(self, data):
        self.text.append(data)


ALLOWED_TAGS = {"article", "header", "h1", "h2", "h3", "p", "br", "time", "section", "nav", "ol", "ul", "li", "a",
                "div", "details", "summary", "strong", "em", "table", "thead", "tbody", "tr", "th", "td", "code"}
ALLOWED_ATTRS = {"class", "id", "href", "aria-labelledby", "tabindex", "datetime", "open"}


@pytest.mark.parametrize("text", HOSTILE)
def test_markdown_escape_renders_literally_through_python_markdown(text):
    html = markdown_to_html(f"- {escape(text)}")
    parser = _Collector()
    parser.feed(html)
    assert parser.tags == {"ul", "li"}
    assert "".join(parser.text).strip() == text


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_answers_stay_literal_in_both_formats(text):
    document = compose(hostile_answers(text))
    markdown = render_markdown(document)
    assert "49" not in markdown  # {{ 7*7 }} was not evaluated
    html = render_html(document, fragment=True)
    parser = _Collector()
    parser.feed(html)
    assert parser.tags <= ALLOWED_TAGS, parser.tags - ALLOWED_TAGS
    assert parser.attrs <= ALLOWED_ATTRS
    assert all(h.startswith(("#", "https://", "http://", "mailto:")) for h in parser.hrefs), parser.hrefs
    visible = re.sub(r"\s+", " ", "".join(parser.text))
    assert text in visible


def test_hostile_markdown_has_no_raw_tags_or_links():
    markdown = render_markdown(compose(hostile_answers("<script>alert(1)</script> [x](javascript:alert(1))")))
    assert "<script>" not in markdown
    assert not re.search(r"(?<!\\)\]\(javascript:", markdown)
    assert "&lt;script\\>alert(1)&lt;/script\\>" in markdown


def test_template_syntax_in_answers_is_never_evaluated():
    markdown = render_markdown(compose(hostile_answers("{{ 7*7 }}{{ config }}{% for x in range(3) %}x{% endfor %}")))
    assert ("&#123;&#123; 7\\*7 &#125;&#125;&#123;&#123; config &#125;&#125;&#123;% for x in range(3) %&#125;x"
            "&#123;% endfor %&#125;") in markdown
    assert "xxx" not in markdown


@pytest.mark.parametrize("builtin_templates", [True, False])
@pytest.mark.parametrize("pattern", ["<", "*_", "[](", "~`|", "{%", "&amp;", "\\", "# 1. -"])
def test_user_text_gives_python_markdown_no_work_that_grows_with_its_length(pattern, builtin_templates):
    """Python-Markdown copies the rest of a paragraph for each inline match in it (an escape, a reference, an
    emphasis), so a paragraph's cost grows with the square of its matches: text, however long and whatever its
    characters, must make none. Here only the template's own **Name** is one."""
    matches = []
    for repeat in (10, 2000):
        markdown_to_html(f"- **Name**: {escape(pattern * repeat)} end", builtin_templates)
        converter = _converter(builtin_templates)
        matches.append(len(converter.treeprocessors["inline"].stashed_nodes) + converter.htmlStash.html_counter)
    assert matches == [1, 1]
