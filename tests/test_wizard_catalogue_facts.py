"""The wizard shows what the catalogue assumes for a provider, where the founder would change it."""

from policygen.wizard.catalogue_facts import catalogue_summary, catalogue_value

DATA = {"processors": [{"service": "stripe"}, {"name": "Our own host", "country": "DE"}]}


def test_a_catalogue_service_shows_its_facts():
    assert catalogue_value(DATA, ("processors", 0, "country")) == "United States (US)"
    assert catalogue_value(DATA, ("processors", 0, "policy_url")) == "https://stripe.com/privacy"
    assert catalogue_value(DATA, ("processors", 0, "kind")) == "Payments"


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
        "From the catalogue: Payments; based in the United States; privacy page https://stripe.com/privacy. Each is "
        "used unless you answer it below. The catalogue does not say whether Stripe uses the data for its own "
        "purposes: answer that below.")
    assert catalogue_summary(DATA, ("processors", 1)) is None
