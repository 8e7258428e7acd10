"""The policy speaks of a website, a browser or an account only when the business has one: an app alone has no web
wording, a newsletter without accounts no account wording; each phrase comes back when the facts hold."""

from __future__ import annotations

import re

import pytest

from conftest import SAMPLES
from factory import BASE, answers
from policygen.answers import load_answers
from policygen.document.compose import compose
from policygen.facts import facts_of
from policygen.model import Answers
from policygen.render.markdown import render_markdown

# "Device and browser information" is a data category the founder picks, not a claim about the service.
WEB_WORDING = re.compile(r"\b(?<!device and )(browsers?|our (web)?sites?|when you visit|web ?pages?|the page you)\b",
                         re.I)
ACCOUNT_WORDING = re.compile(r"\b(sign(ed)? in|sign-in|your account|close your account|account settings)\b", re.I)

USAGE = {"category": "usage_data", "sources": ["automatically"], "purposes": ["analytics"],
         "retention": {"period": "1 year"}}
CONTACT = BASE["data_categories"][0]
SHAPES = {
    "app": {"kind": "mobile_app", "name": "Testco"},
    "newsletter": {"kind": "newsletter", "name": "The Testco Letter"},
    "website": {"kind": "website", "name": "testco.example", "url": "https://testco.example"},
}


def shaped(*kinds: str, accounts: bool = False, technologies: tuple[str, ...] = ("sdks",)) -> Answers:
    categories = [CONTACT, USAGE]
    if accounts:
        categories.append({"category": "account_credentials", "sources": ["directly"],
                           "purposes": ["account_management"],
                           "retention": {"criteria": "as long as the account is open"}})
    purposes = BASE["purposes"] + [{"purpose": "analytics", "legal_basis": "consent"},
                                   {"purpose": "account_management", "legal_basis": "contract"}]
    data = answers(services={"covered": [SHAPES[k] for k in kinds]}, data_categories=categories,
                   purposes=purposes if accounts else purposes[:2],
                   cookies={"technologies": list(technologies)})
    return Answers.model_validate(data)


def policy(answers: Answers) -> str:
    return render_markdown(compose(answers))


def test_an_app_alone_has_no_web_wording():
    text = policy(shaped("app"))
    assert WEB_WORDING.findall(text) == []
    assert "Your device sends us some information" in text


def test_a_website_brings_the_browser_back():
    text = policy(shaped("website", technologies=("web_beacons",)))
    assert "Your browser or device sends us some information" in text
    both = policy(shaped("website", "app"))
    assert "Your browser or device sends us some information" in both


def test_a_newsletter_alone_has_neither_web_nor_account_wording():
    newsletter = shaped("newsletter", technologies=("web_beacons",))
    assert not facts_of(newsletter).has_accounts and not facts_of(newsletter).has_website
    text = policy(newsletter)
    assert WEB_WORDING.findall(text) == []
    assert ACCOUNT_WORDING.findall(text) == []
    assert "our email newsletter" in text  # the scope names it for what it is
    assert "Your email app sends us some information" in text


def test_accounts_bring_the_account_wording_back():
    text = policy(shaped("newsletter", accounts=True, technologies=("web_beacons",)))
    assert ACCOUNT_WORDING.findall(text)
    assert "Account login details" in text


CONTEXTUAL_ADS = {"processors": [{"name": "Testco Ads", "kind": "advertising", "purpose": "to show ads",
                                   "data": ["usage_data"], "country": "GB", "third_party": False}],
                  "cookies": {"technologies": ["sdks"], "personalised_ads": False}}


def test_the_contextual_ads_sentence_names_where_the_ads_are():
    def chosen_from(*kinds: str) -> str:
        data = shaped(*kinds).model_dump(mode="json", exclude_unset=True) | CONTEXTUAL_ADS
        text = policy(Answers.model_validate(data))
        return re.search(r"The ads on our services are chosen only from (.+?), such as its topic", text).group(1)

    assert chosen_from("app") == "the app screen you are using"
    assert chosen_from("website") == "the page you are reading"
    assert chosen_from("website", "app") == "the page or app you are using"
    assert chosen_from("newsletter") == "the newsletter you are reading"


@pytest.mark.parametrize("stem", ["005-childrens-game", "007-health-app"])
def test_the_app_samples_have_no_site_or_browser_wording_of_their_own(stem):
    """Apps alone: the only browsers left are the US browser-signal clause's, which CalOPPA and the CCPA's rules
    ask for (how the business answers Do Not Track and Global Privacy Control), and the organisation's own site
    where people can send requests."""
    answers = load_answers(next(p for p in SAMPLES if p.stem == stem))
    assert not facts_of(answers).has_website and facts_of(answers).has_app
    document = compose(answers)
    text = "\n".join(c.markdown for c in document.clauses if c.id not in ("dnt-gpc", "access-correct-delete"))
    assert WEB_WORDING.findall(text) == []


def test_session_recordings_and_social_buttons_speak_of_screens_in_an_app():
    def with_tools(*kinds: str) -> str:
        data = shaped(*kinds).model_dump(mode="json", exclude_unset=True)
        data["cookies"] = {"technologies": ["sdks", "session_replay"], "social_networks": ["Instagram"]}
        data["practices"] = {"records_communications": True}
        return policy(Answers.model_validate(data))

    app = with_tools("app")
    assert "On some screens, we use session recording tools" in app and "where you tap and scroll" in app
    assert "the screen you are on and a device ID, even if you do not tap them" in app
    assert "link what you do to your account" in app and WEB_WORDING.findall(app) == []
    site = with_tools("website", "app")
    assert "On some pages, we use session recording tools" in site
    assert "the page you are on and a cookie ID, even if you do not click them" in site
    assert "link your visit to your account" in site


def test_account_closure_needs_accounts():
    """An answer on closing accounts, given for a newsletter without accounts, has no effect (check warns of it):
    the policy does not tell readers to close an account they cannot have."""
    data = shaped("newsletter").model_dump(mode="json", exclude_unset=True)
    data["rights"] = {**data["rights"], "account_closure": "use the account page"}
    text = policy(Answers.model_validate(data))
    assert "Closing your account" not in text and ACCOUNT_WORDING.findall(text) == []
    with_accounts = shaped("newsletter", accounts=True).model_dump(mode="json", exclude_unset=True)
    with_accounts["rights"] = {**with_accounts["rights"], "account_closure": "use the account page"}
    assert "Closing your account" in policy(Answers.model_validate(with_accounts))


def test_imported_contacts_join_an_account_only_where_there_are_accounts():
    def imported(accounts: bool) -> str:
        data = shaped("website", accounts=accounts).model_dump(mode="json", exclude_unset=True)
        data["practices"] = {"contacts_import": True}
        return policy(Answers.model_validate(data))

    assert "from an account you have elsewhere, such as your email" in imported(False)
    assert "We handle them as this policy describes." in imported(False)
    assert "They become part of your account, and we handle them" in imported(True)
