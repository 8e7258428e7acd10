"""The collection, records, retention, security and children clauses state a practice only when the answers make it
true: each such sentence is a claim, made exactly when its facts hold."""

from __future__ import annotations

import copy

import yaml

from conftest import SAMPLES_DIR
from factory import answers
from policygen.document.compose import compose
from policygen.model import Answers

GAME = yaml.safe_load((SAMPLES_DIR / "005-childrens-game.yaml").read_text(encoding="utf-8"))


def clause(data: dict, clause_id: str):
    """The clause as written for these answers (None when absent)."""
    return next((c for c in compose(Answers.model_validate(data)).clauses if c.id == clause_id), None)


def game(edit=None) -> dict:
    data = copy.deepcopy(GAME)
    if edit:
        edit(data)
    return data


def test_coppa_notice_names_recipients_retention_and_internal_identifiers():
    children = clause(game(), "children")
    assert {"children.recipients", "children.retention", "children.internal-identifiers",
            "children.not-sold"} <= set(children.claims)
    assert "- **Google Cloud** receives profile information." in children.markdown
    assert "We do not use them to contact your child, to build a profile of your child" in children.markdown
    assert "- To choose ads from the screen your child is on" in children.markdown
    assert "- To limit how often the same ad is shown." in children.markdown  # frequency capping is answered
    assert "network communications" not in children.markdown.lower()  # not answered
    assert "**Profile information**: needed for providing the service; kept until the parent asks" in \
        children.markdown
    assert "indefinitely" not in children.markdown
    # AdMob gets only identifiers for internal operations: no disclosure that needs a parent's separate consent.
    assert "children.separate-consent" not in children.claims


def test_identifiers_sentence_needs_the_answer():
    def unanswered(d):
        d["children"]["identifiers_internal_only"] = None

    children = clause(game(unanswered), "children")
    assert "children.internal-identifiers" not in children.claims
    assert "Identifiers we collect without asking a parent" not in children.markdown


def test_a_third_party_receiving_childrens_data_brings_the_separate_consent_choice():
    def chat_partner(d):
        d["processors"].append({"name": "Chatly", "kind": "communications", "data": ["profile_information"],
                                "third_party": True})

    children = clause(game(chat_partner), "children")
    assert "children.separate-consent" in children.claims
    assert "without agreeing to our giving it to third parties" in children.markdown
    assert "**Chatly** receives profile information" in children.markdown


def test_childrens_data_given_to_no_one_is_said_so_and_personalised_ads_drop_the_not_sold_sentence():
    def no_recipients(d):
        d["processors"] = []
        for c in d["data_categories"]:
            c["recipients"] = []
        d["cookies"] = {}

    alone = clause(game(no_recipients), "children")
    assert "children.no-recipients" in alone.claims and "children.recipients" not in alone.claims

    def personalised(d):
        d["cookies"]["personalised_ads"] = True

    targeted = clause(game(personalised), "children")
    assert "We do not sell it or use it to target ads" not in targeted.markdown
    assert "children.internal-identifiers" not in targeted.claims


def test_age_of_digital_consent_lists_each_served_countrys_age():
    consent = [{"purpose": "customer_support", "legal_basis": "consent"}]
    data = answers(audiences={"regions": ["eea"], "eea_countries": ["AT", "NL", "IT"]}, children={"minimum_age": 14},
                   purposes=consent)
    text = clause(data, "children").markdown
    assert "it is 14 in Austria and Italy, and 16 in the Netherlands." in text
    # GDPR Art. 8 is about consent: with no purpose relying on it, the paragraph has nothing to say.
    data["purposes"] = [{"purpose": "customer_support", "legal_basis": "contract"}]
    assert "Age of digital consent" not in clause(data, "children").markdown


def test_california_minors_eraser_right_only_where_california_is_served_and_minors_may_use_it():
    practices = {"public_content": True}
    assert "under 18 and live in California" in clause(
        answers(audiences={"regions": ["california"]}, practices=practices, children={"minimum_age": 13}),
        "public-content").markdown
    # No minimum age answered: nothing says minors use the service, so no promise to them either.
    assert "California" not in clause(
        answers(audiences={"regions": ["california"]}, practices=practices), "public-content").markdown
    assert "California" not in clause(answers(practices=practices), "public-content").markdown
    adults = answers(audiences={"regions": ["california"]}, practices=practices, children={"minimum_age": 18})
    assert "California" not in clause(adults, "public-content").markdown


def test_call_recording_promise_rests_on_its_answer():
    base = {"records_communications": True}
    assert "tell you first" not in clause(answers(practices=base), "communications").markdown
    told = clause(answers(practices={**base, "tells_before_recording_calls": True}), "communications")
    assert "If we record a call with you, we will always tell you first." in told.markdown


def test_password_advice_only_with_accounts():
    without = clause(answers(), "security").markdown
    assert "password" not in without and "misused your information" in without
    with_accounts = answers(rights={"request_methods": ["email"], "self_service": True})
    assert "Use a strong password" in clause(with_accounts, "security").markdown


def test_no_cookies_sentence_only_without_cookies_or_tracking_tools():
    logs = [{"category": "log_data", "sources": ["automatically"], "purposes": ["customer_support"]}]
    plain = clause(answers(data_categories=logs, cookies={}), "collect-automatic")  # a cookies section, empty
    assert plain.claims == ("automatic.no-cookies",)
    beacons = clause(answers(data_categories=logs, cookies={"technologies": ["web_beacons"]}), "collect-automatic")
    assert "automatic.no-cookies" not in beacons.claims and "tools similar to cookies" in beacons.markdown
    assert "cookies and similar tools" not in beacons.markdown  # no cookies are answered: none are claimed
    cookies = clause(answers(data_categories=logs, cookies={"kinds": ["essential"]}), "collect-automatic")
    assert "cookies and similar tools" in cookies.markdown


# ---- data the organisation creates, promotions and invitations, security and legal requests

def test_data_the_organisation_creates_is_not_said_to_come_from_a_device():
    invoices = {"category": "commercial_information", "sources": ["our_records"], "purposes": ["customer_support"],
                "examples": "invoices and order history"}
    data = answers(data_categories=[invoices])
    created = clause(data, "collect-created")
    assert "- **Purchase and account history**: invoices and order history." in created.markdown
    assert clause(data, "collect-automatic") is None
    assert clause(data, "collect-other-sources") is None  # the organisation is not a third party


def test_the_us_table_explains_only_the_sources_it_uses():
    made = {"category": "commercial_information", "sources": ["our_records"], "purposes": ["customer_support"]}
    table = clause(answers(data_categories=[made], audiences={"regions": ["california"]}), "collect-table")
    assert 'In the "Sources" column, "Our records" means we created it.' in table.markdown
    assert "Your device" not in table.markdown


def test_user_posts_and_survey_answers_are_not_put_in_a_ccpa_category_they_do_not_belong_to():
    posts = {"category": "user_content", "sources": ["directly"], "purposes": ["customer_support"]}
    survey = {"category": "survey_responses", "sources": ["directly"], "purposes": ["customer_support"]}
    table = clause(answers(data_categories=[posts, survey], audiences={"regions": ["california"]}),
                   "collect-table").markdown
    assert "| Content you create |" in table and "| Survey and feedback answers |" in table
    assert "Customer records" not in table and "Inferences" not in table


def _practices(**answered) -> dict:
    return answers(practices=answered)


def test_contests_and_invitations_are_each_said_only_when_answered():
    assert clause(_practices(), "promotions") is None
    contests = clause(_practices(promotions=True), "promotions")
    assert contests.title == "Contests and prize draws"
    assert set(contests.claims) == {"promotions.contests"}
    assert "friend" not in contests.markdown and "if you win" not in contests.markdown

    link = clause(_practices(referrals=True), "promotions")
    assert link.title == "Inviting friends" and set(link.claims) == {"promotions.referral-link"}
    assert "We do not collect your friends' details" in link.markdown
    assert "contest" not in link.markdown

    both = clause(_practices(promotions=True, referrals=True, referral_friend_details=True), "promotions")
    assert both.title == "Contests and referrals"
    assert set(both.claims) == {"promotions.contests", "promotions.referrals"}
    assert "we use the contact details you give us to send them the invitation" in both.markdown


def test_people_giving_others_details_get_examples_only_from_the_answers():
    others = clause(_practices(data_about_others=True), "on-behalf-of-others").markdown
    assert "For example" not in others
    friends = clause(_practices(data_about_others=True, referrals=True, referral_friend_details=True),
                     "on-behalf-of-others").markdown
    assert "for example when you refer a friend." in friends


def test_security_states_only_the_safeguards_answered():
    none = clause(answers(), "security").markdown
    assert "safeguard" not in none and "We protect" not in none
    assert "No system is perfectly secure" in none
    some = clause(answers(keeping={"security_measures": ["encryption_in_transit"]}), "security").markdown
    assert "with these safeguards" in some and "Encryption in transit" in some


def test_legal_requests_name_us_process_only_where_us_law_reaches():
    uk = clause(answers(), "legal-disclosure").markdown
    assert "subpoena" not in uk and "national security" not in uk
    assert "Sometimes the law requires us to share personal information" in uk
    us = clause(answers(audiences={"regions": ["california"]}), "legal-disclosure").markdown
    assert "a subpoena" in us


def test_coppas_questions_speak_only_where_they_are_asked():
    # "Made for children under 13" is COPPA's question, asked only where the audiences may include the US; elsewhere
    # the answer has no effect (check says so), and the minimum age speaks instead.
    uk = answers(children={"directed_to_children": True, "minimum_age": 8})
    text = clause(uk, "children").markdown
    assert "made for children under 13" not in text and "aged 8 and over" in text
    us = answers(children={"directed_to_children": True, "minimum_age": 8}, audiences={"regions": ["california"]})
    assert "made for children under 13" in clause(us, "children").markdown


def test_uk_complaints_go_to_us_first_only_in_a_policy_dated_after_the_duty_began():
    # DPA 2018 s.164A took effect on 19 June 2026: a policy version from before says nothing of it.
    before = clause(answers(), "eu-uk-rights").markdown  # last updated 1 January 2026
    assert "s.164A" not in before and "complain to [the Information Commissioner's Office" in before
    after = clause(answers(changes={"notice_methods": ["updated_date"], "effective_date": "2026-07-01",
                                    "last_updated": "2026-07-01"}), "eu-uk-rights").markdown
    assert "complain to us first" in after and "s.164A" in after


READING = yaml.safe_load((SAMPLES_DIR / "011-uk-reading-app.yaml").read_text(encoding="utf-8"))


def test_no_cookies_is_said_only_when_the_answers_have_a_cookies_section():
    # An absent section is no answer: the default empty lists must not speak as "we use none".
    assert "cookies" not in READING
    assert "automatic.no-cookies" not in clause(READING, "collect-automatic").claims
    answered = {**copy.deepcopy(READING), "cookies": {}}
    automatic = clause(answered, "collect-automatic")
    assert "automatic.no-cookies" in automatic.claims
    assert "We do not use cookies or similar tracking tools to collect it." in automatic.markdown


def test_the_pointer_to_transfers_speaks_of_protection_abroad_only_when_data_goes_abroad():
    # Stored in the UK by a UK company, with a provider in London: nothing leaves the country.
    home = clause(READING, "processors").markdown
    assert "explains where your information is stored." in home and "leaves your country" not in home
    abroad = copy.deepcopy(READING)
    abroad["processors"][0]["country"] = "US"
    assert "explains where your information is stored and how we protect it when it leaves your country." in \
        clause(abroad, "processors").markdown
