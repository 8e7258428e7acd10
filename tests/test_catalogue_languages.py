"""The catalogue's phrases are said in the language of the policy being written, and listed for the translators.

A hand-made catalogue stands in for a compiled one, so these tests hold whatever the .po files say."""

from __future__ import annotations

import pytest

from policygen.catalogue.categories import CCPA_CATEGORIES, DATA_CATEGORIES
from policygen.catalogue.choices import COOKIE_KINDS, SECURITY_MEASURES
from policygen.catalogue.countries import COUNTRIES, country_label, in_sentence
from policygen.catalogue.messages import catalogue_messages
from policygen.catalogue.purposes import LEGAL_BASES, PURPOSES
from policygen.catalogue.regions import US_PRIVACY_STATES, US_STATES
from policygen.catalogue.services import SERVICES
from policygen.catalogue.special_conditions import SPECIAL_CONDITIONS
from policygen.i18n import TRANSLATED
from policygen.i18n.speaking import Speaker, translating
from policygen.voice import speaking

FRENCH = {
    "Contact details": "Coordonnées",
    "name, email address, phone number, postal address": "nom, adresse e-mail, numéro de téléphone, adresse postale",
    "Consent": "Consentement",
    "you have agreed to it, and you can withdraw that agreement at any time":
        "vous y avez consenti, et vous pouvez retirer ce consentement à tout moment",
    "Training": "Formation",
    "I am trained in privacy and security": "j'ai suivi une formation à la protection de la vie privée et à la sécurité",
    "Explicit consent": "Consentement explicite",
    "Identifiers": "Identifiants",
    "Virginia": "Virginie",
    "to tell visitors apart": "pour distinguer les visiteurs",
    "2 years": "2 ans",
}


def french():
    return translating(Speaker("fr", dict(FRENCH)))


def test_labels_descriptions_and_examples_are_said_in_the_language_being_written():
    contact, consent = DATA_CATEGORIES["contact_details"], LEGAL_BASES["consent"]
    with french():
        assert contact.label == "Coordonnées"
        assert contact.examples == "nom, adresse e-mail, numéro de téléphone, adresse postale"
        assert (consent.label, consent.description) == (
            "Consentement", "vous y avez consenti, et vous pouvez retirer ce consentement à tout moment")
        assert SPECIAL_CONDITIONS["explicit_consent"].label == "Consentement explicite"
    assert contact.label == contact.written_label == "Contact details"
    assert consent.description == consent.written_description


def test_a_one_person_wording_is_translated_too():
    training = SECURITY_MEASURES["staff_training"]
    with french(), speaking("I"):
        assert training.label == "Formation"
        assert training.description == "j'ai suivi une formation à la protection de la vie privée et à la sécurité"
    with speaking("I"):
        assert (training.label, training.description) == ("Training", "I am trained in privacy and security")


def test_a_phrase_the_catalogue_lacks_is_said_in_english_and_recorded():
    with french() as speaker:
        assert PURPOSES["analytics"].label == "Analytics"
    assert "Analytics" in speaker.missing


def test_a_term_without_description_reads_as_empty_in_every_language():
    # gettext keeps the catalogue's header under the empty message: it must never be looked up
    with translating(Speaker("fr", {"": "Project-Id-Version: policygen"})):
        assert COOKIE_KINDS["essential"].description != ""
        from policygen.catalogue.choices import MARKETING_CHANNELS

        assert MARKETING_CHANNELS["email"].description == ""


def test_names_translate_on_every_read_and_keep_their_ids():
    with french():
        assert US_PRIVACY_STATES["VA"] == "Virginie"
        assert US_PRIVACY_STATES.get("VA") == "Virginie"
        assert dict(US_STATES.items())["VA"] == "Virginie"
        assert "Virginie" in US_PRIVACY_STATES.values()
        assert CCPA_CATEGORIES["identifiers"] == "Identifiants"
    assert US_PRIVACY_STATES["VA"] == US_PRIVACY_STATES.written["VA"] == "Virginia"
    assert list(US_STATES) == sorted(US_STATES) and "WA" in US_STATES and "VA" in US_STATES


def test_a_services_cookie_is_described_in_the_language_being_written():
    cookie = next(c for c in SERVICES["google_analytics"].cookies if c.name == "_ga")
    with french():
        assert (cookie.purpose, cookie.duration) == ("pour distinguer les visiteurs", "2 ans")
    assert (cookie.purpose, cookie.duration) == ("to tell visitors apart", "2 years")


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_country_has_a_name_in_each_language(code):
    with translating(Speaker(code, {})):
        names = {c: country_label(c) for c in COUNTRIES}
        assert all(names.values())
        assert in_sentence("US") == names["US"]  # no English article in another language
    assert names["DE"] != "Germany"


def test_country_names_stay_ours_in_english():
    assert country_label("US") == "United States" and in_sentence("US") == "the United States"
    assert country_label("DE") == COUNTRIES["DE"]


def test_every_reader_facing_catalogue_phrase_is_listed_for_translators():
    listed = {message for _, message, _ in catalogue_messages()}
    for category in DATA_CATEGORIES.values():
        assert {category.written_label, category.written_examples} <= listed
    for vocabulary in (PURPOSES, LEGAL_BASES, COOKIE_KINDS, SECURITY_MEASURES):
        for term in vocabulary.values():
            assert term.written_label in listed
            assert not term.written_description or term.written_description in listed
    assert set(CCPA_CATEGORIES.written.values()) <= listed
    assert set(US_STATES.written.values()) <= listed
    assert {c.written_description for c in SPECIAL_CONDITIONS.values()} <= listed
    assert "I am trained in privacy and security" in listed and "" not in listed


def test_the_catalogue_phrases_are_in_the_extracted_template():
    from policygen.i18n.catalogues import extract

    template = extract()
    for where, message, _ in catalogue_messages():
        assert message in template, message
        assert (where, None) in template[message].locations
