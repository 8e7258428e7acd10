"""A one-person business speaks as "I": no "we", "us" or "our" in anything the library wrote, in the policy (its
summary, sections and HTML) and in the exports that carry prose; the founder's own text is never changed."""

from __future__ import annotations

import datetime
import re

import jinja2
import pytest
from jinja2 import nodes

from conftest import SAMPLES
from policygen.answers import load_answers
from policygen.document.compose import compose
from policygen.document.templating import VoicedLoader, builtin_templates_dir, clause_environment
from policygen.exports import EXPORTERS
from policygen.facts import facts_of
from policygen.model import Answers
from policygen.render.html import render_html
from policygen.render.markdown import render_markdown
from policygen.render.text import inline_text
from policygen.voice import first_person_singular, template_in_voice

PLURAL = re.compile(r"(?<![\w#/.@-])(we|We|us|Us|our|Our|ours|Ours|ourselves|Ourselves)(?![\w-])")
# Notices a statute prescribes word for word stay as the statute writes them (Tex. Bus. & Com. Code 541.102).
VERBATIM = ("NOTICE: We may sell your sensitive personal data.", "NOTICE: We may sell your biometric personal data.")
PROSE_EXPORTS = ("cookie-policy", "cookie-policy-html", "cookieconsent", "klaro")


def one_person(answers: Answers, alone: bool = True) -> Answers:
    data = answers.model_dump(mode="json", exclude_unset=True)
    data["organisation"]["one_person"] = alone
    return Answers.model_validate(data)


def founder_texts(value) -> list[str]:
    """Every text in the answers (names, examples, descriptions), in the forms the policy prints them."""
    if isinstance(value, dict):
        return [t for v in value.values() for t in founder_texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in founder_texts(v)]
    if isinstance(value, str) and PLURAL.search(value):
        text = " ".join(value.split())
        return [text, text.rstrip("."), text[:1].upper() + text[1:], text[:1].lower() + text[1:]]
    return []


def plain(document) -> str:
    """The policy's words on one line: headings, then each clause without Markdown syntax."""
    parts = [s.title for s in document.sections] + [c.title for c in document.clauses]
    parts += [inline_text(c.markdown) for c in document.clauses]
    return " ".join(" ".join(parts).split())


def library_plurals(text: str, answers: Answers) -> list[str]:
    """The plural pronouns left in ``text`` once the founder's texts and the verbatim notices are taken out."""
    text = " ".join(text.split())
    for kept in sorted(founder_texts(answers.model_dump(mode="json")), key=len, reverse=True) + list(VERBATIM):
        text = text.replace(kept, " ")
    return [text[max(0, m.start() - 40):m.end() + 40].replace("\n", " ") for m in PLURAL.finditer(text)]


@pytest.fixture(scope="module", params=SAMPLES, ids=lambda p: p.stem)
def singular(request) -> Answers:
    return one_person(load_answers(request.param))


def test_the_policy_says_i_not_we(singular):
    document = compose(singular)
    assert library_plurals(plain(document), singular) == []
    # The summary speaks too, and headings and anchors follow: "What I collect", #2-what-i-collect.
    summary = next(c.markdown for c in document.preamble if c.id == "summary")
    assert "**Who I am:**" in summary and "Email me at" in summary
    assert "What I collect" in render_markdown(document)


def visible(html: str) -> str:
    """The words a reader sees: no style sheet, script or tag."""
    text = re.sub(r"<(style|script)\b.*?</\1>|<[^>]*>", " ", html, flags=re.DOTALL)
    return text.replace("&quot;", '"').replace("&#x27;", "'").replace("&amp;", "&")


def test_the_html_says_i_not_we(singular):
    html = render_html(compose(singular))
    assert library_plurals(visible(html), singular) == []
    assert "What I collect" in visible(html)


@pytest.mark.parametrize("name", PROSE_EXPORTS)
def test_exports_with_prose_say_i(name):
    written = 0
    for path in SAMPLES:
        singular = one_person(load_answers(path))
        exporter, f = EXPORTERS[name], facts_of(singular)
        if exporter.not_applicable(f) or exporter.missing(f):
            continue  # this sample has no cookies, or lacks what the format needs
        text = exporter.write(f)
        if name in ("cookieconsent", "klaro"):  # JSON: its keys are ids ("us": the organisation's own cookies)
            text = re.sub(r'"[^"]*":', " ", text)
        assert library_plurals(visible(text), singular) == [], path.stem
        written += 1
    assert written  # a sample with a cookie list and banner (001) makes each of these exports


def test_the_cookie_policy_speaks_in_the_first_person_singular():
    answers = one_person(load_answers(SAMPLES[0].parent / "006-newsletter.yaml"))
    text = EXPORTERS["cookie-policy"].write(facts_of(answers))
    assert "the cookies my site sets" in text
    plural = EXPORTERS["cookie-policy"].write(facts_of(one_person(answers, alone=False)))
    assert "the cookies our site sets" in plural


def test_the_founders_text_is_never_rewritten():
    answers = load_answers(SAMPLES[0].parent / "005-childrens-game.yaml")
    singular = one_person(answers)
    text = plain(compose(singular))
    # Their own words keep their "our"; the library's words around them change.
    assert "identifier our game makes for each install" in text
    assert "I use personal information" in text or "I collect" in text
    assert library_plurals(text, singular) == []


def test_the_voice_is_the_answers_not_the_callers():
    # Facts computed first outside any render (as check does) are still said in the answers' voice.
    answers = one_person(load_answers(SAMPLES[0].parent / "006-newsletter.yaml"))
    rights = facts_of(answers).summary_rights
    assert "object to how I use it" in rights
    plural = one_person(answers, alone=False)
    assert "object to how we use it" in facts_of(plural).summary_rights


@pytest.mark.parametrize("plural, singular", [
    ("We are responsible", "I am responsible"),
    ("we were asked", "I was asked"),
    ("we're glad; we've seen it; we'll tell you", "I'm glad; I've seen it; I'll tell you"),
    ("Are we sure? Why were we asked?", "Am I sure? Why was I asked?"),
    ("Contact us. Our team and ours, by ourselves.", "Contact me. My team and mine, by myself."),
    ("US residents; see #us-state-rights or example.com/our-page", "US residents; see #us-state-rights or "
                                                                     "example.com/our-page"),
    ("trust, house, Europe, owe", "trust, house, Europe, owe"),
])
def test_first_person_singular(plural, singular):
    assert first_person_singular(plural) == singular


def test_the_voice_changes_only_the_prose_of_a_template():
    """Names, tests and ids stay byte for byte; only text and quoted phrases (with a space) may change."""
    env = clause_environment()

    def code(source: str) -> list[tuple[str, str]]:
        return [(kind, value if kind != "string" or " " not in value else "<phrase>")
                for _, kind, value in env.lex(source) if kind != "data"]

    for path in sorted((builtin_templates_dir() / "clauses").glob("*.md.j2")):
        source = path.read_text(encoding="utf-8")
        voiced = template_in_voice(source, "I")
        assert code(voiced) == code(source), path.name
        assert [type(n) for n in env.parse(voiced).find_all(nodes.Node)] == [
            type(n) for n in env.parse(source).find_all(nodes.Node)], path.name


def test_a_verbatim_notice_keeps_its_words():
    source = 'We sell. **{# verbatim #}NOTICE: We may sell your data.{# end verbatim #}** {{ link("our form", u) }}'
    assert template_in_voice(source, "I") == (
        'I sell. **{# verbatim #}NOTICE: We may sell your data.{# end verbatim #}** {{ link("my form", u) }}')
    assert template_in_voice(source, "we") == source


def test_the_wizard_always_asks_whether_the_business_is_one_person():
    from policygen.wizard import questions as q

    question = q.question_at(("organisation", "one_person"))
    assert question.kind == "bool" and question.title == "Is the business one person?"
    assert question.ask is None and "speaks as \"I\"" in question.help
    for data in ({}, {"audiences": {"regions": ["eea"]}}, {"services": {"covered": [{"kind": "mobile_app"}]}}):
        assert q.is_relevant(question, q.lenient_answers(data))


def test_each_voice_keeps_its_own_compiled_templates(tmp_path):
    from policygen.document.templating import VoicedBytecodeCache

    stored = {}

    class Memory(jinja2.BytecodeCache):
        def load_bytecode(self, bucket):
            if bucket.key in stored:
                bucket.bytecode_from_string(stored[bucket.key])

        def dump_bytecode(self, bucket):
            stored[bucket.key] = bucket.bytecode_to_string()

    (tmp_path / "t.md.j2").write_text("We are here.\n", encoding="utf-8")
    memory = Memory()
    for voice, cache in (("we", memory), ("I", VoicedBytecodeCache(memory, "I"))):
        loader = jinja2.FileSystemLoader(str(tmp_path))
        env = jinja2.Environment(loader=loader if voice == "we" else VoicedLoader(loader, voice),
                                 bytecode_cache=cache)
        env.get_template("t.md.j2")
    assert len(stored) == 2  # one file per voice: neither overwrote the other
    again = jinja2.Environment(loader=VoicedLoader(jinja2.FileSystemLoader(str(tmp_path)), "I"),
                               bytecode_cache=VoicedBytecodeCache(memory, "I"))
    assert again.get_template("t.md.j2").render() == "I am here."


def test_what_only_a_team_does_is_said_of_one_person():
    from factory import answers as base

    data = base(keeping={"security_measures": ["access_controls", "staff_training"]})
    data["organisation"]["one_person"] = True
    text = plain(compose(Answers.model_validate(data)))
    assert "| Access controls | Only I can reach it. |" in text
    assert "| Training | I am trained in privacy and security. |" in text
    assert "staff" not in text.lower()
    data["organisation"]["one_person"] = False
    text = plain(compose(Answers.model_validate(data)))
    assert "Only staff who need data for their job can reach it." in text and "Staff training" in text


def test_group_companies_of_one_person_are_a_warning():
    from factory import answers as base
    from policygen.legal.check import check

    TODAY = datetime.date(2026, 12, 1)

    data = base()
    data["data_categories"] = [{**data["data_categories"][0], "recipients": ["affiliates"]}]
    alone = {**data, "organisation": {**data["organisation"], "one_person": True}}
    rules = {f.rule: f for f in check(Answers.model_validate(alone), TODAY).all_findings}
    assert rules["one-person-group"].path == "data_categories[0].recipients"
    assert rules["one-person-group"].severity == "warning"
    assert "one-person-group" not in {f.rule for f in check(Answers.model_validate(data), TODAY).all_findings}


def test_texas_notices_keep_the_statutes_words_when_one_person_speaks():
    from factory import answers as base

    data = base(audiences={"regions": ["other_us_states"], "us_states": ["TX"]}, purposes=[{"purpose": "other",
                "name": "Selling data"}])
    data["data_categories"] = [{"category": "biometric_data", "sources": ["directly"], "purposes": ["selling_data"],
                                "retention": {"period": "1 year"}, "sold": True, "recipients": ["data_buyers"]}]
    data["organisation"]["one_person"] = True
    text = plain(compose(Answers.model_validate(data)))
    for notice in VERBATIM:
        assert notice in text
    assert "I have sold some personal information" in text
