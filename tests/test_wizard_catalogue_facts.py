"""The wizard shows what the catalogue assumes for a provider, where the founder would change it."""

from policygen.wizard.catalogue_facts import catalogue_summary, catalogue_value

DATA = {"processors": [{"service": "twilio"}, {"name": "Our own host", "country": "DE"}, {"service": "stripe"}]}


def test_a_catalogue_service_shows_its_facts():
    assert catalogue_value(DATA, ("processors", 0, "country")) == "United States (US)"
    assert catalogue_value(DATA, ("processors", 0, "policy_url")) == "https://www.twilio.com/en-us/legal/privacy"
    assert catalogue_value(DATA, ("processors", 0, "kind")) == "Calls, SMS and chat"


def test_a_fact_the_catalogue_could_not_confirm_is_not_shown_as_assumed():
    assert catalogue_value(DATA, ("processors", 2, "country")) is None  # Stripe's country is unconfirmed
    assert catalogue_value(DATA, ("processors", 2, "policy_url")) == "https://stripe.com/privacy"


def test_nothing_is_assumed_for_a_provider_of_ones_own_or_a_role_the_catalogue_does_not_know():
    assert catalogue_value(DATA, ("processors", 1, "country")) is None
    assert catalogue_value(DATA, ("processors", 0, "third_party")) is None
    assert catalogue_value(DATA, ("processors", 5, "country")) is None
    assert catalogue_value({"processors": "x"}, ("processors", 0, "country")) is None


def test_the_catalogue_says_whether_a_data_category_is_sensitive():
    data = {"data_categories": [{"category": "payment_information"}, {"category": "contact_details"},
                                {"category": "other", "name": "Cake orders"}]}
    assert catalogue_value(data, ("data_categories", 0, "sensitive")) == "yes, sensitive data"
    assert catalogue_value(data, ("data_categories", 1, "sensitive")) == "no"
    assert catalogue_value(data, ("data_categories", 2, "sensitive")) is None


def test_every_fact_of_a_service_is_summed_up_where_it_is_chosen():
    assert catalogue_summary(DATA, ("processors", 0)) == (
        "From the catalogue: Calls, SMS and chat; based in the United States; privacy page "
        "https://www.twilio.com/en-us/legal/privacy. Each is used unless you answer it below. The catalogue does not "
        "say whether Twilio uses the data for its own purposes: answer that below.")
    assert catalogue_summary(DATA, ("processors", 1)) is None
    # A fact the catalogue could not confirm is not offered as one.
    assert catalogue_summary(DATA, ("processors", 2)).startswith(
        "From the catalogue: Payments; its country not confirmed (answer it below); privacy page "
        "https://stripe.com/privacy.")
