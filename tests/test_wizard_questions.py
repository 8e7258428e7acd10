"""The wizard's logic without Textual: questions from the model, relevance, problems, section states, drafts."""

from __future__ import annotations

import datetime
import os
import shutil
import subprocess
import sys
import time

import pytest
import yaml

from conftest import ROOT, child_env
from policygen.answers.load import load_answers, parse_answers_file
from policygen.answers.save import dump_answers
from policygen.model import Answers
from policygen.wizard import questions as q
from policygen.wizard.preview import build_preview
from policygen.wizard.session import Session, draft_path, dump_partial, in_model_order

MINIMAL = ROOT / "sample_answers" / "minimal.yaml"


# ---------------------------------------------------------------------------------------------- model -> questions
def test_sections_come_from_the_model():
    sections = q.sections()
    shown = [name for s in sections for name in s.fields]
    asked = [name for name in Answers.model_fields if name != "schema_version"]
    assert sorted(shown) == sorted(asked)  # every top-level field on exactly one page
    assert len(shown) == len(set(shown))
    assert sections[-1].id == q.REVIEW
    assert [s.id for s in sections][:4] == ["organisation", "services", "audiences", "data_categories"]
    assert sections[0].title == Answers.model_fields["organisation"].title


@pytest.mark.parametrize("path, kind", [
    (("organisation", "legal_name"), "text"),
    (("organisation", "country"), "text"),
    (("organisation", "privacy_officer"), "model"),
    (("services", "covered"), "list"),
    (("services", "covered", 0, "kind"), "choice"),
    (("audiences", "regions"), "multi"),
    (("audiences", "consumers"), "bool"),
    (("data_categories", 0, "sensitive"), "maybe"),
    (("data_categories", 0, "source_names"), "texts"),
    (("data_categories", 0, "purposes"), "multi"),
    (("children", "minimum_age"), "int"),
    (("changes", "effective_date"), "date"),
    (("schema_version",), "fixed"),
])
def test_question_kinds_follow_field_types(path, kind):
    assert q.question_at(path).kind == kind


def test_questions_carry_titles_help_and_catalogue_labels():
    legal = q.question_at(("organisation", "legal_name"))
    assert legal.title == "Legal name" and legal.required and "registered legal name" in legal.help
    regions = dict(q.question_at(("audiences", "regions")).choices)
    assert regions["eea"] == "European Economic Area"
    eea = dict(q.question_at(("audiences", "eea_countries")).choices)
    assert eea["DE"] == "Germany"
    category = dict(q.question_at(("data_categories", 0, "category")).choices)
    assert category["contact_details"] == "Contact details" and "other" in category
    services = dict(q.question_at(("processors", 0, "service")).choices)
    assert services["stripe"] == "Stripe"
    country = q.question_at(("organisation", "country"))
    assert country.text_kind == "country" and ("GB", "United Kingdom (GB)") in country.choices
    officer = q.question_at(("organisation", "privacy_officer"))
    assert officer.optional_group and officer.child("is_dpo").kind == "bool"
    assert q.question_at(("children", "minimum_age")).maximum == 21
    assert q.question_at(("organisation", "email")).example == "privacy@example.com"


def test_a_data_categorys_purposes_keep_the_catalogues_order_then_your_own():
    """Declaring a purpose neither moves nor relabels a choice: a checklist in use holds still."""
    question = q.question_at(("data_categories", 0, "purposes"))
    before = question.options({})
    data = {"purposes": [{"purpose": "security"}, {"purpose": "other", "name": "Loyalty scheme"}]}
    after = question.options(data)
    assert after[:len(before)] == before and after[len(before):] == [("Loyalty scheme", "Loyalty scheme")]
    assert ("marketing", "Marketing") in after


# ---------------------------------------------------------------------------------------------------- relevance
def relevant(path, data) -> bool:
    return q.is_relevant(q.question_at(path), q.lenient_answers(data))


def test_legal_basis_is_asked_only_for_gdpr_audiences():
    path = ("purposes", 0, "legal_basis")
    assert not relevant(path, {})
    assert not relevant(path, {"audiences": {"regions": ["california"]}})
    assert relevant(path, {"audiences": {"regions": ["eea"]}})
    assert relevant(path, {"audiences": {"regions": ["switzerland"]}})


def test_other_conditions_on_partial_answers():
    assert relevant(("audiences", "us_states"), {"audiences": {"regions": ["other_us_states"]}})
    assert not relevant(("audiences", "us_states"), {"audiences": {"regions": ["california"]}})
    assert relevant(("rights", "do_not_sell_url"), {"audiences": {"regions": ["california"]}})
    us = {"regions": ["california"]}
    assert relevant(("children", "parental_consent_method"), {"children": {"minimum_age": 8}, "audiences": us})
    assert not relevant(("children", "parental_consent_method"), {"children": {"minimum_age": 16}, "audiences": us})
    # COPPA is a US law: a service for young children in the EEA alone is not asked about it.
    assert not relevant(("children", "parental_consent_method"),
                        {"children": {"minimum_age": 8}, "audiences": {"regions": ["eea"]}})
    assert relevant(("services", "processor_role"), {"audiences": {"business_customers": True}})
    assert relevant(("transfers", "transfers"), {"transfers": {"transfers": [{"destination": "US"}]}}) is True
    assert relevant(("organisation", "legal_name"), {})  # no condition: always asked


def test_a_question_conditioned_on_its_own_answer_is_always_asked():
    # transfers.transfers is asked "only when data leaves the region", decided from the transfers themselves.
    transfers = q.question_at(("transfers", "transfers"))
    assert not q.is_relevant(transfers, q.lenient_answers({}))
    assert q.is_relevant(transfers, q.lenient_answers({}), ("transfers", "transfers"))
    assert not q.conditions_itself(("purposes", 3, "legal_basis"))


def test_relevance_survives_half_typed_answers():
    messy = {"audiences": {"regions": "eea"}, "children": {"minimum_age": "twelve"}, "purposes": "x",
             "organisation": None, "transfers": {"transfers": ["US", {"destination": 3}]}}
    answers = q.lenient_answers(messy)
    assert answers.children.minimum_age is None  # unanswered, not the half-typed text
    for path in [("purposes", 0, "legal_basis"), ("children", "data_from_children"), ("transfers", "transfers")]:
        q.is_relevant(q.question_at(path), answers)  # never raises


# ------------------------------------------------------------------------------------------------------ problems
def test_problems_name_each_missing_question_with_the_models_words():
    found = dict(q.problems({"schema_version": 2, "organisation": {"email": "nope"}}))
    assert found[("organisation", "legal_name")] == "is required but missing"
    assert "email address" in found[("organisation", "email")]
    assert found[("rights", "request_methods")] == "is required but missing"  # group not started yet
    assert found[("data_categories",)] == "is required but missing"


def test_whole_answer_checks_point_at_their_field():
    data, _ = parse_answers_file(MINIMAL)
    data["data_categories"][0]["purposes"] = ["marketing"]
    found = dict(q.problems(data))
    assert "not one of your purposes" in found[("data_categories", 0, "purposes", 0)]
    assert q.shown_at(("data_categories", 0, "purposes", 0), {("data_categories", 0, "purposes")}) == \
        ("data_categories", 0, "purposes")
    assert q.describe(("data_categories", 0, "retention", "period")) == \
        "Data collected › entry 1 › How long you keep it › How long"


def test_sample_answers_have_no_problems():
    data, _ = parse_answers_file(MINIMAL)
    assert q.problems(data) == []


def test_section_states():
    section = {s.id: s for s in q.sections()}
    data = {"schema_version": 2, "organisation": {"legal_name": "Acme"}}
    found = q.problems(data)
    assert q.section_state(section["organisation"], found, {"organisation"}) == "problems"
    assert q.section_state(section["organisation"], found, set()) == "todo"  # never looked at, though filled in
    assert q.section_state(section["services"], found, set()) == "todo"
    assert q.section_state(section["cookies"], found, set()) == "todo"
    assert q.section_state(section["cookies"], found, {"cookies"}) == "done"  # defaults, looked at
    assert q.section_state(section["organisation"], [], {"organisation"}) == "done"


def test_a_section_another_page_filled_in_is_not_started_until_looked_at(tmp_path):
    session = Session.open(tmp_path / "new.yaml")
    session.set(("data_categories",), [{"category": "contact_details", "purposes": ["marketing"]}])
    session.touch(("data_categories", 0, "purposes"))
    session.declare_purposes(["marketing"])
    states = {s.id: session.state(s) for s in q.sections()}
    assert states["data_categories"] != "todo" and states["purposes"] == "todo"
    session.leave_section("purposes")
    assert session.state(next(s for s in q.sections() if s.id == "purposes")) == "done"


def test_a_saved_files_sections_count_as_looked_at():
    session = Session.open(MINIMAL)
    assert "todo" not in {session.state(s) for s in q.sections() if s.id != q.REVIEW}


# --------------------------------------------------------------------------------------------- reading, writing
def test_set_and_delete_by_path():
    data: dict = {}
    q.set_at(data, ("organisation", "privacy_officer", "name"), "Jane")
    q.set_at(data, ("cookies", "kinds"), ["essential"])
    assert q.get_at(data, ("organisation", "privacy_officer", "name")) == "Jane"
    assert q.get_at(data, ("purposes", 0), None) is None
    q.delete_at(data, ("cookies", "kinds"))
    assert "cookies" not in data  # a group with defaults disappears when emptied
    q.delete_at(data, ("organisation", "privacy_officer", "name"))
    assert data == {"organisation": {"privacy_officer": {}}}  # an optional group stays until switched off


def test_entry_summaries_and_new_entries():
    categories = q.ROOT.child("data_categories")
    assert q.entry_summary(categories, {"category": "contact_details"}, 0) == "Contact details"
    assert q.entry_summary(categories, {"category": "other", "name": "Loyalty"}, 0) == "Loyalty"
    assert q.entry_summary(categories, {}, 3) == "New entry"
    processors = q.ROOT.child("processors")
    assert q.entry_summary(processors, {"service": "netlify"}, 0) == "Netlify"
    assert q.entry_summary(processors, {"name": "Mailer"}, 0) == "Mailer"
    assert q.new_entry(categories, "contact_details") == {"category": "contact_details"}
    assert q.new_entry(processors, None) == {}
    assert q.add_choices(processors)[-1][0] == ""  # "another service, by name"
    assert q.add_choices(q.ROOT.child("certifications")) == []  # free text: a plain "add" button


# ------------------------------------------------------------------------------------------------------ preview
def test_preview_answers_fill_gaps_with_placeholders():
    answers, count = q.preview_answers({"schema_version": 2})
    assert answers is not None and count > 5
    assert answers.organisation.legal_name == "[Legal name]"
    assert answers.organisation.email == "privacy@example.com"
    full, _ = parse_answers_file(MINIMAL)
    answers, count = q.preview_answers(full)
    assert count == 0 and answers == load_answers(MINIMAL)


def test_preview_answers_repair_cross_references_and_dates():
    data, _ = parse_answers_file(MINIMAL)
    data["data_categories"][0]["purposes"] = ["nope"]
    data["changes"]["last_updated"] = datetime.date(2020, 1, 1)
    data["purposes"].append({"purpose": "other"})  # no name
    answers, count = q.preview_answers(data)
    assert answers is not None and count >= 1
    assert data["data_categories"][0]["purposes"] == ["nope"]  # the answers themselves are untouched


def test_build_preview_never_raises():
    text, note = build_preview({"schema_version": 2, "children": {"minimum_age": "x"}})
    assert note
    full, _ = parse_answers_file(MINIMAL)
    text, note = build_preview(full)
    assert note == "Preview of the policy." and "Juniper Lane" in text


# ------------------------------------------------------------------------------------------------------ session
def test_new_session_starts_clean(tmp_path):
    session = Session.open(tmp_path / "privacy-answers.yaml")
    assert session.data == {"schema_version": 2} and not session.dirty and not session.exists
    assert session.set(("organisation", "legal_name"), "Acme") and session.dirty
    assert not session.set(("organisation", "legal_name"), "Acme")  # no change, no new version
    session.set(("organisation", "legal_name"), q.MISSING)
    assert not session.dirty


def test_saving_valid_answers_goes_through_the_model(tmp_path):
    path = tmp_path / "a.yaml"
    shutil.copy(MINIMAL, path)
    session = Session.open(path)
    session.set(("organisation", "trading_name"), "  Juniper  ")
    assert session.save() == 0
    assert path.read_text() == dump_answers(load_answers(path))
    assert load_answers(path).organisation.trading_name == "Juniper"


def test_saving_a_partial_draft_keeps_the_raw_answers(tmp_path):
    path = tmp_path / "a.yaml"
    session = Session.open(path)
    session.set(("changes", "effective_date"), "2026-13-01")
    session.set(("organisation", "legal_name"), "Acme")
    assert session.save() > 0
    data, _ = parse_answers_file(path)
    assert data == {"schema_version": 2, "organisation": {"legal_name": "Acme"},
                    "changes": {"effective_date": "2026-13-01"}}
    assert list(data) == ["schema_version", "organisation", "changes"]  # model order


def test_model_order_for_partial_answers():
    messy = {"changes": {}, "zzz": 1, "organisation": {"email": "e", "legal_name": "n"}, "schema_version": 2}
    assert list(in_model_order(messy)) == ["schema_version", "organisation", "changes", "zzz"]
    assert list(in_model_order(messy)["organisation"]) == ["legal_name", "email"]
    assert "  - a" in dump_partial({"purposes": ["a"]})  # lists indented as saved answers are


def test_optional_groups_come_back_when_switched_on_again(tmp_path):
    session = Session.open(tmp_path / "a.yaml")
    path = ("organisation", "privacy_officer")
    session.switch_group(path, True)
    session.set((*path, "name"), "Jane")
    session.switch_group(path, False)
    assert "privacy_officer" not in session.data.get("organisation", {})
    session.switch_group(path, True)
    assert session.get((*path, "name")) == "Jane"


def test_declaring_purposes_from_a_data_category(tmp_path):
    session = Session.open(tmp_path / "a.yaml")
    session.add_entry(("purposes",), {"purpose": "security"})
    assert session.declare_purposes(["security", "marketing", "My own"]) == ["Marketing"]
    assert session.data["purposes"] == [{"purpose": "security"}, {"purpose": "marketing"}]


def test_drafts(tmp_path):
    path = tmp_path / "a.yaml"
    shutil.copy(MINIMAL, path)
    old = time.time() - 60
    os.utime(path, (old, old))
    session = Session.open(path)
    assert session.pending_draft() is None
    session.set(("organisation", "legal_name"), "Changed Ltd")
    session.write_draft()
    assert draft_path(path).name == ".a.yaml.draft"
    reopened = Session.open(path)
    draft = reopened.pending_draft()
    assert draft["organisation"]["legal_name"] == "Changed Ltd"
    reopened.restore(draft)
    assert reopened.dirty
    reopened.save()
    assert not draft_path(path).exists()  # saving removes the draft
    # A draft older than the file, or equal to it, is not offered.
    session.write_draft()
    os.utime(draft_path(path), (old - 60, old - 60))
    assert Session.open(path).pending_draft() is None


def test_a_draft_that_cannot_be_read_is_ignored(tmp_path):
    path = tmp_path / "a.yaml"
    draft_path(path).write_text("- just\n- a list\n")
    assert Session.open(path).pending_draft() is None
    draft_path(path).write_text("key: [unclosed\n")
    assert Session.open(path).pending_draft() is None


@pytest.mark.slow
def test_questions_module_imports_no_textual():
    probe = ("import sys, policygen.wizard, policygen.wizard.questions, policygen.wizard.session, "
             "policygen.wizard.preview; print(any(m == 'textual' or m.startswith('textual.') for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, env=child_env())
    assert result.stdout.strip() == "False", result.stderr


def test_the_saved_fixture_is_valid():
    answers = load_answers(ROOT / "tests" / "fixtures" / "wizard_expected.yaml")
    assert answers.organisation.legal_name == "Acme Ltd"
    assert yaml.safe_load(dump_answers(answers)) == yaml.safe_load(
        (ROOT / "tests" / "fixtures" / "wizard_expected.yaml").read_text())


def test_preview_shows_tables_as_lists():
    from policygen.wizard.preview import build_preview, tables_as_lists

    text = ("Before.\n\n| Data | Why | Kept |\n|---|:--:|---|\n| [Email](#a) | Sign-in \\| support | 2 years |\n"
            "| Name |  | forever |\n\nAfter | not a table.\n")
    assert tables_as_lists(text) == (
        "Before.\n\n- **[Email](#a)**\n  - Why: Sign-in \\| support\n  - Kept: 2 years\n- **Name**\n  - Kept: forever\n"
        "\nAfter | not a table.\n")
    # The marketplace's privacy label: every row of the table is an entry of the list, and no table is left.
    from policygen.answers.load import parse_answers_file

    data, _ = parse_answers_file(ROOT / "sample_answers" / "002-freelance-marketplace.yaml")
    markdown, note = build_preview(data)
    assert note == "Preview of the policy."
    assert not [line for line in markdown.splitlines() if line.startswith("|")]
    assert "- **[Contact details](#2-what-we-collect)**\n  - Why we use it: Managing your account" in markdown


def test_incomplete_answers_never_replace_a_complete_file(tmp_path):
    """ctrl+s with problems: a file of complete answers (perhaps committed, rendered in CI) stays as it was, and
    the answers go to the draft, which the next start offers back; once fixed, they are saved to the file."""
    path = tmp_path / "a.yaml"
    shutil.copy(MINIMAL, path)
    saved_at = path.stat().st_mtime - 3600  # saved a while ago: the draft written below is newer, however fast
    os.utime(path, (saved_at, saved_at))
    before = path.read_bytes()
    session = Session.open(path)
    session.set(("organisation", "email"), "not-an-email")
    assert session.save() == 1
    assert path.read_bytes() == before and session.saved_to == session.draft
    assert session.keep_draft  # quitting keeps it
    assert Session.open(path).pending_draft() == session.data
    session.set(("organisation", "email"), "privacy@juniperlane.example")
    assert session.save() == 0
    assert session.saved_to == path and not session.draft.exists()
    assert load_answers(path).organisation.email == "privacy@juniperlane.example"


def test_findings_are_what_validate_reports_once_per_answer(tmp_path):
    path = tmp_path / "a.yaml"
    shutil.copy(MINIMAL, path)
    session = Session.open(path)
    assert session.findings() == []
    session.set(("data_categories", 0, "retention"), q.MISSING)
    [(where, severity, message)] = session.findings()
    assert where == ("data_categories", 0, "retention") and severity == "error"
    assert message.startswith("no retention period or criteria for 'Contact details' [UK GDPR Art. 13(2)(a)")
    session.set(("organisation", "email"), "not-an-email")
    assert session.findings() == []  # while the answers have problems, those come first


def test_a_question_can_depend_on_its_own_entry(tmp_path):
    """The legitimate interest is asked only for a purpose whose basis is legitimate interests."""
    shutil.copy(MINIMAL, tmp_path / "a.yaml")  # a session writes drafts beside its file
    session = Session.open(tmp_path / "a.yaml")
    question = q.question_at(("purposes", 0, "legitimate_interest"))
    assert question.ask is not None and question.ask.about_entry
    first, second = ("purposes", 0, "legitimate_interest"), ("purposes", 1, "legitimate_interest")
    assert session.relevant(question, first) and session.relevant(question, second)
    session.set(("purposes", 0, "legal_basis"), "contract")
    assert not session.relevant(question, first) and session.relevant(question, second)
    assert session.relevant(question)  # without an entry to judge by, it is asked


def test_a_new_entry_shows_its_problems_once_touched_or_left(tmp_path):
    """In a section already left (all its problems shown), an entry added afterwards is like a new page: its
    questions' problems wait until they are answered, or until the section is left again."""
    shutil.copy(MINIMAL, tmp_path / "a.yaml")  # a session writes drafts beside its file
    session = Session.open(tmp_path / "a.yaml")
    session.leave_section("data_categories")
    index = session.add_entry(("data_categories",), {"category": "other"})
    name = ("data_categories", index, "name")
    assert any(path[:2] == ("data_categories", index) for path, _ in session.problems())
    assert session.error_shown(("data_categories", 0, "sources"))  # the older entries: as before
    assert not session.error_shown(name) and not session.error_shown(("data_categories", index))
    session.touched.add(("data_categories", index, "sources"))
    assert session.error_shown(("data_categories", index)) and not session.error_shown(name)
    session.leave_section("data_categories")
    assert session.error_shown(name)


def test_app_and_account_questions_only_when_they_apply(tmp_path):
    shutil.copy(MINIMAL, tmp_path / "a.yaml")  # a session writes drafts beside its file
    session = Session.open(tmp_path / "a.yaml")  # a website, no accounts
    push, closure = q.question_at(("cookies", "push_notifications")), q.question_at(("rights", "account_closure"))
    assert not session.relevant(push) and not session.relevant(closure)
    session.add_entry(("services", "covered"), {"kind": "mobile_app", "name": "Juniper app"})
    assert session.relevant(push)
    session.set(("rights", "self_service"), True)  # people manage their data in an account
    assert session.relevant(closure)


def test_entries_listed_twice_are_named_on_review():
    data = {"schema_version": 1, "data_categories": [{"category": "contact_details"}, {"category": "contact_details"},
                                                     {"category": "other", "name": "A"},
                                                     {"category": "other", "name": "B"}],
            "transfers": {"transfers": [{"destination": "US"}, {"destination": "US"}]}}
    assert q.duplicates(data) == [(("data_categories", 1), "the same as entry 1: keep one and remove the other"),
                                  (("transfers", "transfers", 1), "the same as entry 1: keep one and remove the other")]
    assert q.same_entry(("data_categories",), data["data_categories"], "contact_details") == 0
    assert q.same_entry(("data_categories",), data["data_categories"], "other") is None  # "other" is told by name
    assert q.same_entry(("covered",), [{"kind": "website"}], "website") is None  # two websites are two entries


def test_service_search_filters_by_name_and_kind_prefix_first():
    from policygen.wizard.service_search import matches

    assert matches("strip") == [("Payments", [("stripe", "Stripe")])]
    by_kind = dict(matches("payments"))["Payments"]  # a kind's name finds every service of that kind
    assert ("stripe", "Stripe") in by_kind and len(by_kind) > 3
    assert [name for _, name in dict(matches("pay"))["Payments"]][:2] == ["PayPal", "Apple Pay"]  # prefix first
    assert matches("zzqx") == []  # not in the catalogue: the picker's "not in the list" takes it
    everything = matches("")
    assert [kind for kind, _ in everything] == sorted((kind for kind, _ in everything), key=q.sort_key)


def test_country_choices_are_in_the_order_of_their_names():
    eea = [label for _, label in q.question_at(("audiences", "eea_countries")).choices]
    assert eea == sorted(eea, key=q.sort_key) and eea.index("Czechia") < eea.index("Denmark") < eea.index("Germany")
