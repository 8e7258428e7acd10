"""Soundness and completeness, for answers files of every shape: hypothesis builds valid answers from the model's
choices and the catalogue, and for each one:

- every claim the policy makes holds by its fact (soundness: nothing is said that the answers do not make true);
- every element of every law that applies is covered, or is a finding that names the answer to fix
  (completeness: "no clause says this" never happens for answers the laws can be satisfied from);
- no clause of a law that does not apply appears, and no law is named where it does not apply;
- the Markdown is well formed (tests/markdown_lint.py), and every link inside the policy lands on a clause or
  section that is there.

Derandomized, so CI runs the same examples each time; POLICYGEN_PROPERTY_EXAMPLES runs more locally.
"""

from __future__ import annotations

import datetime
import os
import re

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from markdown_lint import markdown_problems
from policygen.catalogue.categories import DATA_CATEGORIES
from policygen.catalogue.choices import COOKIE_KINDS, SECURITY_MEASURES, TRACKING_TECHNOLOGIES
from policygen.catalogue.parties import RECIPIENT_KINDS, SOURCES
from policygen.catalogue.purposes import LEGAL_BASES, PURPOSES
from policygen.catalogue.regions import REGIONS, TRANSFER_MECHANISMS, US_STATES
from policygen.catalogue.services import SERVICES
from policygen.clauses.registry import CLAIMS, CLAUSES_BY_ID
from policygen.document.compose import compose
from policygen.facts import facts_of
from policygen.legal.check import check
from policygen.model import Answers
from policygen.render.markdown import anchors, render_markdown

pytestmark = pytest.mark.slow

EXAMPLES = int(os.environ.get("POLICYGEN_PROPERTY_EXAMPLES", "500"))
TRUTH_SETTINGS = settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
TODAY = datetime.date(2026, 12, 1)

# Clauses that belong to one law (or group of laws): they must not appear where it does not apply.
LAW_CLAUSES = {
    "brazil-rights": {"lgpd"}, "canada-rights": {"pipeda"}, "eu-uk-rights": {"gdpr", "uk_gdpr", "swiss_fadp"},
    "us-state-rights": {"ccpa", "us_states"}, "collect-table": {"ccpa", "us_states"},
    "sharing-table": {"ccpa", "us_states"}, "sale": {"ccpa", "us_states"}, "dnt-gpc": {"ccpa", "us_states"},
    "health-data": {"washington_health", "nevada_health"},
}
# Words that only a law that applies may use.
LAW_WORDS = {"Do Not Track": {"caloppa"}, "ANPD": {"lgpd"}, "PIPEDA": {"pipeda"}, "COPPA": {"coppa"},
             "Information Commissioner's Office": {"uk_gdpr"}, "Do Not Sell": {"ccpa"},
             "consumer health data": {"washington_health", "nevada_health"}}

CATEGORY_IDS = sorted(DATA_CATEGORIES)
PURPOSE_IDS = sorted(PURPOSES)
COUNTRY_CHOICES = ["US", "GB", "DE", "IE", "FR", "CH", "BR", "CA", "IN", "SG", "AU", "JP"]


def _subset(items, min_size=0, max_size=None):
    return st.lists(st.sampled_from(sorted(items)), min_size=min_size, max_size=max_size, unique=True)


@st.composite
def answers_data(draw) -> dict:
    regions = draw(_subset([r for r in REGIONS], min_size=1, max_size=4))
    purposes = draw(_subset(PURPOSE_IDS, min_size=1, max_size=5))
    european = any(r in regions for r in ("eea", "uk", "switzerland"))
    purpose_entries = []
    for p in purposes:
        entry = {"purpose": p}
        if european:
            basis = draw(st.sampled_from(sorted(LEGAL_BASES)))
            entry["legal_basis"] = basis
            if basis == "legitimate_interests":
                entry["legitimate_interest"] = "running the business well"
        purpose_entries.append(entry)
    categories = []
    for category in draw(_subset(CATEGORY_IDS, min_size=1, max_size=5)):
        entry = {
            "category": category,
            "sources": draw(_subset(SOURCES, min_size=1, max_size=2)),
            "purposes": draw(_subset(purposes, min_size=1, max_size=2)),
            "retention": draw(st.sampled_from([{"period": "1 year"}, {"criteria": "while your account is open"},
                                               {"period": "30 days", "criteria": "or until you withdraw consent"}])),
            "recipients": draw(_subset(RECIPIENT_KINDS, max_size=3)),
            "sold": draw(st.sampled_from([None, True, False])),
            "shared_for_advertising": draw(st.sampled_from([None, True, False])),
            "required": draw(st.booleans()),
            "consent": draw(st.sampled_from([None, True, False])),
            "limited_to_necessary_uses": draw(st.booleans()),
        }
        categories.append(entry)
    processors = []
    for service in draw(_subset(SERVICES, max_size=4)):
        processors.append({"service": service, "third_party": draw(st.sampled_from([None, True, False]))})
    transfers = [{"destination": c, "mechanisms": draw(_subset(TRANSFER_MECHANISMS, min_size=1, max_size=2))}
                 for c in draw(_subset(COUNTRY_CHOICES, max_size=2))]
    home = draw(st.sampled_from(COUNTRY_CHOICES))
    kinds = draw(st.sampled_from([["website"], ["mobile_app"], ["website", "mobile_app"], ["web_app"], ["offline"]]))
    minimum_age = draw(st.sampled_from([0, 8, 13, 16, 18]))
    data = {
        "schema_version": 2,
        "organisation": {"legal_name": "Example Ltd", "address": "1 Main Street", "country": home,
                         "email": "privacy@example.com", "phone": "+1 555 0100",
                         "privacy_officer": draw(st.sampled_from([None, {"name": "Privacy Lead",
                                                                         "email": "lead@example.com"}]))},
        "services": {"covered": [{"kind": k, "name": f"Example {k}"} for k in kinds]},
        "audiences": {"regions": regions,
                      "us_states": draw(_subset(US_STATES, max_size=3)) if "other_us_states" in regions else [],
                      "online_only": draw(st.booleans())},
        "data_categories": categories,
        "purposes": purpose_entries,
        "processors": processors,
        "cookies": {"kinds": draw(_subset(COOKIE_KINDS, max_size=3)),
                    "technologies": draw(_subset(TRACKING_TECHNOLOGIES, max_size=2)),
                    "personalised_ads": draw(st.sampled_from([None, True, False])),
                    "honours_do_not_track": draw(st.sampled_from([None, True, False])),
                    "honours_global_privacy_control": draw(st.sampled_from([None, True, False])),
                    "social_networks": draw(st.sampled_from([[], ["LinkedIn"]]))},
        "marketing": draw(st.sampled_from([{}, {"sends_marketing": True, "channels": ["email"],
                                                "opt_out_methods": ["unsubscribe_link"]}])),
        "children": {"minimum_age": minimum_age, "directed_to_children": minimum_age < 13 and draw(st.booleans())},
        "transfers": {"storage_countries": draw(_subset(COUNTRY_CHOICES, max_size=2)), "transfers": transfers},
        "keeping": {"security_measures": draw(_subset(SECURITY_MEASURES, max_size=3))},
        "rights": {"request_methods": draw(_subset(["email", "web_form", "in_account", "toll_free_phone"],
                                                   min_size=1, max_size=3)),
                   "self_service": draw(st.booleans())},
        "practices": {name: draw(st.booleans()) for name in (
            "job_applicants", "public_content", "contacts_import", "promotions", "referrals", "referral_friend_details",
            "records_communications", "de_identified_data", "research", "data_about_others")},
        "changes": {"notice_methods": draw(_subset(["updated_date", "site_notice", "email", "in_app"], min_size=1)),
                    "effective_date": "2026-01-01", "last_updated": "2026-06-01"},
    }
    return data


def _valid(data: dict) -> Answers:
    try:
        return Answers.model_validate(data)
    except ValidationError:
        assume(False)
        raise


@TRUTH_SETTINGS
@given(answers_data())
def test_every_claim_is_true_and_every_element_is_said_or_found(data):
    answers = _valid(data)
    facts = facts_of(answers)
    document = compose(answers)
    # Soundness: each claim the policy made holds by its condition.
    for clause in document.clauses:
        for claim_id in clause.claims:
            owner, claim = CLAIMS[claim_id]
            assert owner.id == clause.id
            assert claim.when.holds(facts), f"{claim_id} made while '{claim.when.words}' is false"
    # Completeness: an element is covered, or a finding names the answer to fix; never "no clause says this".
    report = check(answers, TODAY, document)
    unsaid = [f"{f.rule}: {f.message}" for law in report.laws for e in law.elements for f in e.findings
              if f.message.startswith("no clause in the policy says this")]
    assert not unsaid, unsaid
    # Each law speaks only where it applies.
    present = set(document.clause_ids)
    for clause_id, laws in LAW_CLAUSES.items():
        if clause_id in present:
            assert facts.laws & laws, f"{clause_id} appears though none of {sorted(laws)} applies"
    markdown = render_markdown(document)
    for words, laws in LAW_WORDS.items():
        if words in markdown:
            assert facts.laws & laws, f"'{words}' appears though none of {sorted(laws)} applies"
    # Well-formed Markdown: tables, headings, emphasis, no template leftovers.
    assert not markdown_problems(markdown)
    # Internal links land on something in this policy.
    targets = set(anchors(document).values()) | set(anchors(document))
    for target in re.findall(r"\]\(#([^)]+)\)", markdown):
        assert target in targets, f"a link to #{target}, which is not in the policy"


def test_the_generator_reaches_every_law_and_clause():
    """The strategy is wide enough that the properties above say something about every law and most clauses."""
    from hypothesis import find

    for law in ("gdpr", "uk_gdpr", "swiss_fadp", "ccpa", "caloppa", "us_states", "coppa", "lgpd", "pipeda",
                "washington_health", "nevada_health", "connecticut_health"):
        find(answers_data(), lambda d, law=law: _applies(d, law), settings=settings(max_examples=2000,
                                                                                     derandomize=True,
                                                                                     database=None))
    assert set(CLAUSES_BY_ID)


def _applies(data: dict, law: str) -> bool:
    try:
        answers = Answers.model_validate(data)
    except ValidationError:
        return False
    return law in facts_of(answers).laws
