"""What a named provider receives comes from the answers, never from the catalogue's guess."""

from __future__ import annotations

import datetime

from factory import answers
from policygen.facts import facts_of
from policygen.legal.check import check
from policygen.model import Answers

TODAY = datetime.date(2026, 6, 1)

HOST = {"service": "netlify"}  # the catalogue guesses it receives device and browser information


def _facts(**parts):
    return facts_of(Answers.model_validate(answers(**parts)))


def _category(category: str, *recipients: str) -> dict:
    return {"category": category, "sources": ["directly"], "purposes": ["customer_support"],
            "retention": {"period": "1 year"}, "recipients": list(recipients)}


def test_a_provider_without_data_of_its_own_receives_what_its_kind_of_recipient_receives():
    f = _facts(data_categories=[_category("contact_details", "service_providers"),
                                _category("payment_information", "payment_processors")],
               processors=[HOST, {"service": "stripe"}])
    assert [row.data for row in f.processor_rows] == ["Contact details", "Payment information"]


def test_nothing_stated_when_no_declared_category_goes_to_its_kind():
    f = _facts(processors=[HOST])  # contact details have no recipients
    assert f.processor_rows[0].data == "Not stated"


def test_a_providers_own_list_is_limited_to_declared_categories_with_a_warning():
    data = answers(processors=[{**HOST, "data": ["device_information", "contact_details"]}])
    f = facts_of(Answers.model_validate(data))
    assert f.processor_rows[0].data == "Contact details"
    findings = {(x.rule, x.path) for x in check(Answers.model_validate(data), TODAY).all_findings}
    assert ("provider-data-declared", "processors[0].data") in findings
    data["processors"] = [{**HOST, "data": ["contact_details"]}]
    findings = {x.rule for x in check(Answers.model_validate(data), TODAY).all_findings}
    assert "provider-data-declared" not in findings


def test_a_provider_whose_data_cannot_be_stated_is_a_warning_naming_its_answer():
    # Two service providers share the declared categories' recipients, so which gets what is not known: the table
    # reads "Not stated" for each, and check asks for the answer that settles it.
    data = answers(processors=[HOST, {"name": "Mailco", "kind": "email_delivery"}])
    model = Answers.model_validate(data)
    assert [r.data for r in facts_of(model).processor_rows] == ["Not stated", "Not stated"]
    findings = {(x.rule, x.path) for x in check(model, TODAY).all_findings}
    assert {p for r, p in findings if r == "provider-data-unstated"} == {"processors[0].data", "processors[1].data"}
    data["processors"][1]["data"] = ["contact_details"]
    findings = {(x.rule, x.path) for x in check(Answers.model_validate(data), TODAY).all_findings}
    assert {p for r, p in findings if r == "provider-data-unstated"} == {"processors[0].data"}


def test_ai_providers_receive_what_ai_partners_receive():
    f = _facts(data_categories=[_category("contact_details", "service_providers"),
                                _category("user_content", "ai_partners")],
               processors=[{"name": "ModelCo", "kind": "ai"}])
    assert f.ai_providers[0].data == (("content you create",),)


def test_transfer_recipients_in_words_do_not_repeat_the_provider_named_in_them():
    f = _facts(audiences={"regions": ["uk"]},
               processors=[{**HOST, "country": "US"}, {"name": "Mailco", "kind": "email_delivery", "country": "US"}],
               transfers={"transfers": [{"destination": "US", "recipients": "Netlify, our web host",
                                         "mechanisms": ["uk_addendum"]}]})
    (destination,) = f.transfer_notices[0].destinations
    assert destination.recipients == ("Mailco", "Netlify, our web host")


def test_a_provider_without_a_country_is_located_where_a_described_transfer_names_it():
    from factory import answers
    from policygen.facts import facts_of
    from policygen.model import Answers

    def location(transfers):
        data = answers(processors=[{"name": "Acme Mail", "kind": "email_delivery"}],
                       transfers={"transfers": transfers})
        return facts_of(Answers.model_validate(data)).processor_rows[0].location

    assert location([]) == "Not specified"
    assert location([{"destination": "US", "mechanisms": ["sccs"], "recipients": "Acme Mail, our email provider"}]) \
        == "United States"
    # Named in transfers to two countries: the answers do not say which, so neither.
    assert location([{"destination": "US", "mechanisms": ["sccs"], "recipients": "Acme Mail"},
                     {"destination": "IN", "mechanisms": ["sccs"], "recipients": "Acme Mail"}]) == "Not specified"


def test_a_catalogue_country_is_where_the_provider_is_based_not_where_the_data_is():
    """The catalogue knows where AWS is based, not the region a customer picked: the table says "Based in"; a
    country the answers give, or a described transfer, says where the data is processed."""
    def location(provider, transfers=()):
        data = answers(processors=[provider], transfers={"transfers": list(transfers)})
        return facts_of(Answers.model_validate(data)).processor_rows[0].location

    assert location({"service": "aws"}) == "Based in the United States"
    assert location({"service": "aws", "country": "DE"}) == "Germany"
    assert location({"service": "aws"}, [{"destination": "IE", "mechanisms": ["sccs"],
                                          "recipients": "Amazon Web Services"}]) == "Ireland"
