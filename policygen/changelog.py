"""The library's changes that can alter a policy or its findings: each with its day and its reason.

``policygen upgrade-report`` shows the entries newer than the library a policy was last recorded with, and gives an
entry's summary as the reason for each clause, rule or question it names. Add an entry whenever a change to the
clause templates, the catalogue or the laws layer can change what a policy says or what ``check`` finds.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from policygen.catalogue.regions import US_PRIVACY_STATES


@dataclass(frozen=True)
class Change:
    day: datetime.date
    summary: str
    """What changed and why, in one line."""
    clauses: tuple[str, ...] = ()
    """The clauses whose wording it changes."""
    rules: tuple[str, ...] = ()
    """The elements and checks it adds or changes."""
    questions: tuple[str, ...] = ()
    """The answers it adds (dotted paths, list items as ``[]``)."""


CHANGES: tuple[Change, ...] = (
    Change(datetime.date(2026, 12, 1), "every rule now carries the day it took effect; check applies a rule only on "
           "the days it is in force"),
    Change(datetime.date(2026, 12, 1), "COPPA's 2025 amendments apply from their compliance date, 22 April 2026; "
           "parents' rights are cited as 16 CFR 312.4(d)(5) from then (the amendments moved them from (d)(3))",
           rules=("coppa.parents", "coppa.parents-2013", "coppa.recipients", "coppa.separate-consent",
                  "coppa.internal-operations", "coppa.retention", "children-partners")),
    Change(datetime.date(2026, 12, 1), "one rule per US state privacy law, from the day that law took effect "
           "(Indiana, Kentucky and Rhode Island from 1 January 2026)",
           rules=tuple(f"us_states.{code}" for code in US_PRIVACY_STATES)),
    Change(datetime.date(2026, 12, 1), "a new answer records the day the policy was last reviewed against the law, "
           "so check can list the rules that took effect since", questions=("changes.last_reviewed",)),
    Change(datetime.date(2026, 12, 1), "the LGPD's encarregado, its 15-day reply and the ANPD's standard clauses are "
           "rules of their own; people in Brazil are told they can get the full text of the ANPD clauses",
           clauses=("transfers",), rules=("lgpd.encarregado", "lgpd.reply-time", "lgpd.anpd-clauses",
                                          "lgpd-reply-days")),
    Change(datetime.date(2026, 12, 1), "Quebec's private-sector privacy law (Law 25) applies when Canada is served "
           "with Quebec or no province named: the person in charge, the rights, communication outside Quebec, "
           "technology that identifies, locates or profiles, and automated decisions",
           clauses=("canada-rights", "transfers", "automated-decisions"),
           rules=("quebec.person-in-charge", "quebec.purposes", "quebec.rights", "quebec.outside-quebec",
                  "quebec.technology", "quebec.automated", "pipeda.cross-border"),
           questions=("audiences.canadian_provinces", "practices.tracking_activation")),
    Change(datetime.date(2026, 12, 1), "special category data names its GDPR Art. 9(2) condition next to the legal "
           "basis, and the UK's Schedule 1 condition where one is needed; criminal-offence data names the law that "
           "authorises it (Art. 10); people in Switzerland are told consent to sensitive data is asked expressly",
           clauses=("purposes", "sensitive-data"),
           rules=("gdpr.special-conditions", "gdpr.criminal-data", "uk_gdpr.special-conditions",
                  "uk_gdpr.criminal-data", "uk_gdpr.schedule-1", "explicit-consent-basis",
                  "consent-for-required-data"),
           questions=("data_categories[].special_category_condition", "data_categories[].uk_schedule_1_condition",
                      "data_categories[].uk_policy_document", "data_categories[].criminal_offences",
                      "data_categories[].criminal_offence_authority")),
    Change(datetime.date(2026, 12, 1), "each US state's own sensitive data (New Jersey's financial information; "
           "Connecticut's financial accounts and government IDs from 1 July 2026), Maryland's ban on selling "
           "sensitive data, Oregon's on selling precise location, the states' teen rules, and Texas's biometric "
           "notice as a rule of its own; a known child's data is named as sensitive where a state served says so",
           clauses=("sensitive-data", "sale", "collect-table"),
           rules=("us_states.texas-biometric-notice", "us_states.known-child", "sensitive-consent",
                  "maryland-sensitive", "oregon-location-sale", "teens", "teens-unanswered",
                  "sensitive-consent-required", "texas-notice"),
           questions=("children.knows_teen_users", "children.teens_opt_in")),
    Change(datetime.date(2026, 12, 1), "COPPA as amended: identifiers collected from children without a parent's "
           "consent are named apart, with the internal operations they support, the companies that receive them and "
           "the means that keep them to those; whether ads children see are contextual; whether children's data goes "
           "to third parties; the retention policy per category",
           clauses=("children",),
           rules=("coppa.internal-operations", "coppa.third-party-disclosure", "coppa.retention",
                  "children-internal-operations", "children-ads-unstated"),
           questions=("children.internal_identifiers", "children.internal_operations",
                      "children.identifier_safeguards")),
    Change(datetime.date(2026, 12, 1), "the UK Children's code (the ICO's Age Appropriate Design Code) applies to UK "
           "services children are likely to use: privacy information suited to their age, high-privacy defaults, "
           "location and profiling off by default, and parental controls made known to the child",
           clauses=("children",),
           rules=("aadc.transparency", "aadc.default-settings", "aadc.geolocation", "aadc.profiling",
                  "aadc.parental-controls", "aadc-children-likely", "aadc-profiling-contradicted"),
           questions=("children.uk_children_likely", "children.age_suited_information",
                      "children.high_privacy_defaults", "children.geolocation_off_by_default",
                      "children.profiling_off_by_default", "children.parental_controls",
                      "children.child_told_when_monitored")),
    Change(datetime.date(2026, 12, 1), "Washington is a choice of audience with only its consumer health data law; "
           "Washington's My Health My Data Act and Nevada's consumer health data law apply where consumer health data "
           "is collected, with a separate consumer health data privacy policy the policy points to; Connecticut "
           "treats that data as sensitive",
           clauses=("health-data",),
           rules=("washington_health.policy-link", "washington_health.categories-purposes", "washington_health.sources",
                  "washington_health.shared", "washington_health.recipients", "washington_health.how-to-exercise",
                  "washington_health.access", "washington_health.withdraw", "washington_health.delete",
                  "washington_health.appeal", "health-data-consent", "health-data-sale", "nevada_health.policy-link",
                  "nevada_health.contents", "nevada_health.purposes", "nevada_health.requests",
                  "nevada_health.changes", "nevada_health.tracking", "nevada_health.effective-date",
                  "connecticut_health.sensitive", "nevada-health-data-consent",
                  "connecticut-health-data-consent"),
           questions=("audiences.us_states", "health_data.other_categories", "health_data.privacy_policy_url",
                      "health_data.collection", "health_data.sharing", "health_data.sale_authorisation",
                      "health_data.affiliates")),
    Change(datetime.date(2026, 12, 1), "data brokers: a new answer says whether you are one; where you are, the "
           "policy says so to the people you hold data on, prints Texas's data broker notice and, for California, "
           "DROP and the yearly request figures; check asks for the answer where data sold came from others",
           clauses=("data-broker", "sale", "scope"),
           rules=("data_brokers.texas-notice", "data_brokers.texas-rights", "data_brokers.california-rights",
                  "data_brokers.california-metrics", "broker-unanswered", "broker-texas-notice-on-site",
                  "broker-california-registration", "broker-drop", "broker-metrics-due", "broker-metrics-coming"),
           questions=("practices.data_broker", "practices.broker")),
    Change(datetime.date(2026, 12, 1), "a business that is one person can say so, and its policy then speaks as "
           "\"I\"; a newsletter is a kind of service; an app or a newsletter alone is no longer told about its "
           "browser, its pages or its cookie IDs, nor anyone without an account about closing one",
           clauses=("identity", "summary", "automated-decisions", "sensitive-data", "security", "collect-automatic",
                    "collect-table", "advertising", "communications", "social-features", "scope", "account-closure",
                    "contacts-import"),
           rules=("one-person-group",), questions=("organisation.one_person",)),
)
