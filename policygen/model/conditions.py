"""When a question is worth asking: Python predicates attached to model fields.

A field annotated with ``AskWhen(predicate)`` is only relevant when the predicate holds for the whole answers
(for example legal bases only when GDPR-style law applies), or, with ``about_entry``, for the entry the field
belongs to (the legitimate interest only for a purpose whose basis is legitimate interests). The wizard reads this
metadata to hide questions; the JSON Schema ignores it. Predicates are plain functions, never strings of template
code.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from policygen.model.answers import Answers


@dataclass(frozen=True)
class AskWhen:
    predicate: Callable[["Answers"], bool]
    """Receives the whole answers; True when the question applies."""
    reason: str
    """Why the question may be hidden, in words for the wizard ("only when you serve the EEA, UK or Switzerland")."""
    about_entry: bool = False
    """The predicate receives the entry the field belongs to (a purpose, a data category), not the whole answers."""
    with_answers: bool = False
    """With ``about_entry``: the predicate receives the whole answers and the entry, for a question that depends on
    both (the Art. 9(2) condition: only where the GDPR applies, and only for special category data)."""

    def holds(self, answers: "Answers", entry) -> bool:
        """Whether the question applies, given the whole answers and the entry the field belongs to."""
        if self.about_entry and self.with_answers:
            return self.predicate(answers, entry)
        return self.predicate(entry if self.about_entry else answers)


def on_fact(name: str) -> Callable[["Answers"], bool]:
    """A question asked when the fact ``name`` holds: the same definition the policy and the laws use
    (policygen/facts), so "serves the EEA" or "people have accounts" is decided in one place."""

    def holds(answers: "Answers") -> bool:
        from policygen.facts import facts_of

        return bool(getattr(facts_of(answers), name))

    holds.__name__ = name
    return holds


def sensitive_entry(category) -> bool:
    return category.is_sensitive


def required_entry(category) -> bool:
    return category.required is True


def names_data_privacy_framework(certification) -> bool:
    return "data privacy framework" in certification.name.lower()


def special_category_under_gdpr(answers: "Answers", category) -> bool:
    """The GDPR or the UK GDPR applies and counts this data category as special category data (Art. 9(1))."""
    from policygen.facts import facts_of
    from policygen.facts.data import sensitive_for
    from policygen.laws import LAWS

    f = facts_of(answers)
    return any(law in f.laws and sensitive_for(LAWS[law], category) for law in ("gdpr", "uk_gdpr"))


def needs_uk_schedule_1(answers: "Answers", category) -> bool:
    """The UK is served, the category is special category data, and its Art. 9(2) condition is one the UK allows
    only with a condition of the Data Protection Act 2018, Schedule 1 (s.10)."""
    from policygen.catalogue.special_conditions import SPECIAL_CONDITIONS
    from policygen.facts import facts_of
    from policygen.facts.data import sensitive_for
    from policygen.laws import LAWS

    condition = SPECIAL_CONDITIONS.get(category.special_category_condition or "")
    return (condition is not None and condition.uk_schedule_1 and "uk_gdpr" in facts_of(answers).laws
            and sensitive_for(LAWS["uk_gdpr"], category))


def needs_uk_policy_document(answers: "Answers", category) -> bool:
    """As ``needs_uk_schedule_1``, for a condition whose Schedule 1 condition needs an appropriate policy document."""
    from policygen.catalogue.special_conditions import SPECIAL_CONDITIONS

    condition = SPECIAL_CONDITIONS.get(category.special_category_condition or "")
    return condition is not None and condition.uk_policy_document and needs_uk_schedule_1(answers, category)


def criminal_data_under_gdpr(answers: "Answers", category) -> bool:
    """The GDPR or the UK GDPR applies and the category is about criminal convictions and offences (Art. 10)."""
    from policygen.facts import facts_of

    return category.criminal_offences and bool(facts_of(answers).laws & {"gdpr", "uk_gdpr"})


def legitimate_interests_basis(purpose) -> bool:
    return purpose.legal_basis == "legitimate_interests"


ASK_GDPR = AskWhen(on_fact("european_law"), "only when you serve the EEA, the UK or Switzerland")
ASK_GDPR_OR_UK = AskWhen(on_fact("gdpr_or_uk"), "only when you serve the EEA or the UK")
ASK_US = AskWhen(on_fact("us_law"), "only when you serve California or other US states with privacy laws")
ASK_US_STATES = AskWhen(on_fact("us_states_region"), "only when you serve US states other than California")
ASK_US_STATE_LAWS = AskWhen(on_fact("serves_other_us_states"), "only when the privacy laws of US states besides "
                            "California apply (people acting as individuals there, not only in their work role)")
ASK_EEA = AskWhen(on_fact("serves_eea"), "only when you serve the EEA")
ASK_UK = AskWhen(on_fact("serves_uk"), "only when you serve the UK")
ASK_US_CHILDREN = AskWhen(on_fact("us_audience"), "only when your audiences may include the United States, where "
                         "COPPA protects children under 13")
ASK_TOLL_FREE = AskWhen(on_fact("toll_free_asked"), "only when a US state privacy law applies or people may make "
                       "requests by toll-free phone")
ASK_COPPA = AskWhen(on_fact("coppa_applies"), "only when children under 13 in the US may use the service (COPPA)")
ASK_TRANSFERS = AskWhen(on_fact("transfers_matter"), "only when data goes abroad: stored, or sent to providers, outside your country or the region of a law that applies")
ASK_PROCESSOR_ROLE = AskWhen(on_fact("serves_businesses"), "only when you serve business customers")
ASK_APPS = AskWhen(on_fact("has_app_or_platform"), "only when your services include an app or a platform")
ASK_APP_LABELS = AskWhen(on_fact("has_app"), "only when your services include a mobile or desktop app (for its store "
                         "labels)")
ASK_COOKIES = AskWhen(on_fact("uses_cookies"), "only when you use cookies")
ASK_SDKS = AskWhen(on_fact("uses_sdks"), "only when other companies' code (SDKs) runs in your apps")
ASK_ACCOUNTS = AskWhen(on_fact("has_accounts"), "only when people have accounts: you collect sign-in details or they manage "
                                     "their data in their account")
ASK_SWISS = AskWhen(on_fact("serves_switzerland"), "only when you serve Switzerland")
ASK_CALIFORNIA = AskWhen(on_fact("serves_california"), "only when you serve California")
ASK_FINANCIAL_INCENTIVE = AskWhen(on_fact("ccpa_financial_incentive"), "only when you serve California and offer a "
                                  "financial incentive")
ASK_BRAZIL = AskWhen(on_fact("serves_brazil"), "only when you serve Brazil")
ASK_CANADA = AskWhen(on_fact("serves_canada"), "only when you serve Canada")
ASK_QUEBEC_TRACKING = AskWhen(on_fact("quebec_tracking_functions"), "only when you serve Quebec and your answers "
                              "show technology that can identify, locate or profile people")
ASK_HEALTH_AUDIENCE = AskWhen(on_fact("health_data_audience"), "only when you serve Washington, Nevada or "
                              "Connecticut, whose consumer health data laws reach more than health records")
ASK_HEALTH_LAW = AskWhen(on_fact("consumer_health_law"), "only when Washington's or Nevada's consumer health data "
                         "law applies: you serve that state and collect consumer health data")
ASK_SOLD = AskWhen(on_fact("sale_asked"), "only when a US privacy law or a consumer health data law applies")
ASK_BROKER_QUESTION = AskWhen(on_fact("broker_question_applies"), "only when you sell personal information and a US "
                              "state privacy law applies")
ASK_BROKER = AskWhen(on_fact("is_data_broker"), "only when you are a data broker and a US state privacy law applies")
ASK_BROKER_CALIFORNIA = AskWhen(on_fact("california_broker"), "only when you are a data broker and serve California")
ASK_ADS = AskWhen(on_fact("shows_ads"), "only when you show ads (an advertising provider or advertising cookies)")
ASK_TEENS = AskWhen(on_fact("teen_rule_states"), "only when you serve a US state whose law limits selling teenagers' "
                    "data or using it for targeted ads (CO, CT, DE, MD, MN, MT, NH, NJ, OR)")
ASK_TEEN_CONSENT = AskWhen(on_fact("teen_consent_asked"), "only when you know some users are teenagers and serve a US "
                           "state that allows selling their data or targeted ads only with their consent")
ASK_COPPA_INTERNAL_IDS = AskWhen(on_fact("coppa_internal_identifiers_asked"), "only when COPPA applies and you "
                                 "answered that device identifiers are used only to run the service")
ASK_UK_CHILDREN = AskWhen(on_fact("uk_children_asked"), "only when you serve the UK and no minimum age of 18 keeps "
                          "children out")
ASK_AADC = AskWhen(on_fact("aadc_applies"), "only when children in the UK are likely to use the service (the ICO's "
                   "Age Appropriate Design Code)")
ASK_AADC_LOCATION = AskWhen(on_fact("aadc_location_asked"), "only when the Age Appropriate Design Code applies and "
                            "you collect location data")
ASK_AADC_MONITORING = AskWhen(on_fact("aadc_monitoring_asked"), "only when the Age Appropriate Design Code applies "
                              "and parents have controls")
ASK_SENSITIVE_ENTRY = AskWhen(sensitive_entry, "only for sensitive data", about_entry=True)
ASK_REQUIRED_ENTRY = AskWhen(required_entry, "only for data people must give", about_entry=True)
ASK_DPF_ENTRY = AskWhen(names_data_privacy_framework, "only for a certification under the Data Privacy Framework",
                        about_entry=True)
ASK_SPECIAL_CATEGORY = AskWhen(special_category_under_gdpr, "only when the GDPR or the UK GDPR applies and this is "
                               "special category data (health, biometric data, ethnic origin, religion...)",
                               about_entry=True, with_answers=True)
ASK_UK_SCHEDULE_1 = AskWhen(needs_uk_schedule_1, "only when you serve the UK and this special category data rests on "
                            "a condition the UK allows only with a Data Protection Act 2018 Schedule 1 condition",
                            about_entry=True, with_answers=True)
ASK_UK_POLICY_DOCUMENT = AskWhen(needs_uk_policy_document, "only when you serve the UK and this special category "
                                 "data rests on a Schedule 1 condition that needs an appropriate policy document",
                                 about_entry=True, with_answers=True)
ASK_CRIMINAL_AUTHORITY = AskWhen(criminal_data_under_gdpr, "only when the GDPR or the UK GDPR applies and this data is "
                                 "about criminal convictions or offences", about_entry=True, with_answers=True)
ASK_LEGITIMATE_INTEREST = AskWhen(legitimate_interests_basis, "only when the legal basis is legitimate interests",
                                  about_entry=True)


def ask_when(field_info) -> AskWhen | None:
    """The AskWhen attached to a pydantic FieldInfo, if any."""
    return next((m for m in field_info.metadata if isinstance(m, AskWhen)), None)
