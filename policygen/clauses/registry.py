"""Every clause of the policy, declared once: id, heading, section, condition, seed topics, in reading order.

A clause's id is its topic in ../shared/SEED-TOPICS.md and the name of its template (``templates/clauses/ID.md.j2``).
Conditions are Python predicates over the answers, so a topic the answers do not trigger is simply absent.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from policygen.model import Answers

ALL_SEEDS = ("000", "001", "002", "003", "004")


@dataclass(frozen=True)
class Section:
    id: str
    """Stable anchor id of the numbered section."""
    title: str


@dataclass(frozen=True)
class Clause:
    id: str
    """Topic id; also the anchor id in HTML and the template's name."""
    title: str
    """The heading readers see."""
    section: str
    """Id of the numbered section the clause sits in, or "preamble" for the summary above the contents."""
    when: Callable[[Answers], bool]
    """The clause appears exactly when this holds for the answers."""
    trigger: str
    """The condition in words, for people reviewing why a clause is (not) there."""
    seeds: tuple[str, ...]
    """The source policies the topic is drawn from; empty for clauses that exist for a law alone (see
    policygen/legal/requirements.py, which names the clauses satisfying each legal element)."""

    reads: tuple[str, ...] = ()
    """The answers the condition looks at (``[*]`` for every list entry), shown by ``policygen explain``."""

    @property
    def template(self) -> str:
        return f"{self.id}.md.j2"


def always(_: Answers) -> bool:
    return True


def _us(a: Answers) -> bool:
    return a.ccpa_applies or a.us_state_laws_apply


def _has_source(*kinds: str) -> Callable[[Answers], bool]:
    return lambda a: any(s in kinds for c in a.data_categories for s in c.sources)


def _from_third_parties(a: Answers) -> bool:
    return any(c.from_third_parties for c in a.data_categories)


SECTIONS: tuple[Section, ...] = (
    Section("about", "About this policy"),
    Section("collect", "What we collect"),
    Section("tracking", "Cookies and tracking"),
    Section("use", "How we use your information"),
    Section("share", "Who we share it with"),
    Section("international", "Where your information goes"),
    Section("keeping", "How long we keep it and how we protect it"),
    Section("rights", "Your rights and choices"),
    Section("children", "Children"),
    Section("other", "Other things to know"),
    Section("contact", "How to contact us"),
)

CLAUSES: tuple[Clause, ...] = (
    Clause("privacy-label", "Privacy label", "preamble", always, "always", ()),
    Clause("summary", "At a glance", "preamble", always, "always", ("001",)),
    # about
    Clause("identity", "Who we are", "about", always, "always", ("000", "001", "002", "004")),
    Clause("scope", "What this policy covers", "about", always, "always", ("000", "001", "002", "004")),
    Clause("roles", "Data we handle for business customers", "about",
           lambda a: a.services.processor_role is not None,
           "services.processor_role is given", ("000", "001", "002", "004"),
           reads=("services.processor_role",)),
    # collect
    Clause("collect-provided", "Information you give us", "collect", _has_source("directly"),
           "a data category has the source 'directly'", ALL_SEEDS,
           reads=("data_categories[*].sources",)),
    Clause("collect-automatic", "Information collected automatically", "collect", _has_source("automatically"),
           "a data category has the source 'automatically'", ALL_SEEDS,
           reads=("data_categories[*].sources",)),
    Clause("collect-other-sources", "Information from other sources", "collect", _from_third_parties,
           "a data category comes from a third party", ("000", "001", "002"),
           reads=("data_categories[*].sources",)),
    Clause("collect-table", "Categories of personal information", "collect", _us,
           "audiences include California or other US states", ("002",),
           reads=("audiences.regions",)),
    Clause("sensitive-data", "Sensitive information", "collect", lambda a: bool(a.sensitive_categories),
           "a data category is sensitive", ("000", "002", "003"),
           reads=("data_categories[*].category", "data_categories[*].sensitive")),
    Clause("on-behalf-of-others", "Information about other people", "collect",
           lambda a: a.practices.data_about_others, "practices.data_about_others is true", ("000", "001"),
           reads=("practices.data_about_others",)),
    Clause("contacts-import", "Importing your contacts", "collect", lambda a: a.practices.contacts_import,
           "practices.contacts_import is true", ("000", "001"),
           reads=("practices.contacts_import",)),
    Clause("job-applicants", "Job applicants", "collect", lambda a: a.practices.job_applicants,
           "practices.job_applicants is true", ("000", "001", "002"),
           reads=("practices.job_applicants",)),
    Clause("public-content", "Content you make public", "collect", lambda a: a.practices.public_content,
           "practices.public_content is true", ("000", "002", "003", "004"),
           reads=("practices.public_content",)),
    Clause("communications", "Calls, messages and session records", "collect",
           lambda a: a.practices.records_communications, "practices.records_communications is true",
           ("002", "003"),
           reads=("practices.records_communications",)),
    # tracking
    Clause("cookies", "Cookies and similar technologies", "tracking",
           lambda a: bool(a.cookies.kinds or a.cookies.technologies),
           "cookies.kinds or cookies.technologies is not empty", ALL_SEEDS,
           reads=("cookies.kinds", "cookies.technologies")),
    Clause("analytics", "Analytics", "tracking",
           lambda a: "analytics" in a.cookies.kinds or bool(a.processors_of_kind("analytics")),
           "analytics cookies are used or an analytics provider is named", ("001", "002", "003", "004"),
           reads=("cookies.kinds", "processors[*].service", "processors[*].kind")),
    Clause("advertising", "Interest-based advertising", "tracking",
           lambda a: "advertising" in a.cookies.kinds or bool(a.processors_of_kind("advertising"))
           or any(c.shared_for_advertising for c in a.data_categories),
           "advertising cookies or an ad provider are used, or data is shared for advertising",
           ("000", "002", "004"),
           reads=("cookies.kinds", "processors[*].service", "processors[*].kind", "data_categories[*].shared_for_advertising")),
    Clause("social-features", "Social media features", "tracking", lambda a: bool(a.cookies.social_networks),
           "cookies.social_networks is not empty", ("000", "001", "004"),
           reads=("cookies.social_networks",)),
    Clause("push-notifications", "Push notifications", "tracking", lambda a: a.cookies.push_notifications,
           "cookies.push_notifications is true", ("000", "001"),
           reads=("cookies.push_notifications",)),
    Clause("dnt-gpc", "Do Not Track and Global Privacy Control", "tracking",
           lambda a: bool(a.cookies.kinds) or _us(a),
           "cookies are used, or audiences include California or other US states", ("000", "002", "004"),
           reads=("cookies.kinds", "audiences.regions")),
    # use
    Clause("purposes", "Why we use your information", "use", always, "always", ALL_SEEDS),
    Clause("marketing", "Marketing messages", "use", lambda a: a.marketing.sends_marketing,
           "marketing.sends_marketing is true", ("000", "001", "003", "004"),
           reads=("marketing.sends_marketing",)),
    Clause("automated-decisions", "Automated decisions and AI", "use",
           lambda a: a.practices.automated_decisions is not None, "practices.automated_decisions is given",
           ("002",),
           reads=("practices.automated_decisions",)),
    Clause("research", "Research", "use", lambda a: a.practices.research, "practices.research is true",
           ("000", "003"),
           reads=("practices.research",)),
    Clause("de-identified", "De-identified and grouped data", "use", lambda a: a.practices.de_identified_data,
           "practices.de_identified_data is true", ("000", "001", "002", "003"),
           reads=("practices.de_identified_data",)),
    Clause("promotions", "Contests and referrals", "use", lambda a: a.practices.promotions,
           "practices.promotions is true", ("002", "003"),
           reads=("practices.promotions",)),
    # share
    Clause("sharing", "Who receives your information", "share", always, "always", ALL_SEEDS),
    Clause("processors", "Our service providers", "share", lambda a: bool(a.processors),
           "processors is not empty", ("001", "002", "004"),
           reads=("processors",)),
    Clause("sharing-table", "Disclosures by category", "share", _us,
           "audiences include California or other US states", ("002",),
           reads=("audiences.regions",)),
    Clause("sale", "Selling and sharing for advertising", "share", lambda a: a.sells_or_shares or _us(a),
           "data is sold or shared, or audiences include California or other US states", ("002", "003", "004"),
           reads=("data_categories[*].sold", "data_categories[*].shared_for_advertising", "audiences.regions")),
    Clause("legal-disclosure", "Legal requests and safety", "share", always, "always", ALL_SEEDS),
    Clause("business-transfer", "If our business changes hands", "share", always, "always", ALL_SEEDS),
    # international
    Clause("transfers", "International transfers", "international",
           lambda a: bool(a.transfers.storage_countries or a.transfers.transfers),
           "transfers.storage_countries or transfers.transfers is not empty", ("001", "002", "004"),
           reads=("transfers.storage_countries", "transfers.transfers")),
    Clause("certifications", "Certifications and dispute resolution", "international",
           lambda a: bool(a.certifications), "certifications is not empty", ("000", "001", "002"),
           reads=("certifications",)),
    # keeping
    Clause("retention", "How long we keep information", "keeping", always, "always", ("001", "002", "003", "004")),
    Clause("security", "How we protect information", "keeping", always, "always", ALL_SEEDS),
    # rights
    Clause("access-correct-delete", "See, correct and delete your information", "rights", always, "always",
           ALL_SEEDS),
    Clause("account-closure", "Closing your account", "rights", lambda a: a.rights.account_closure is not None,
           "rights.account_closure is given", ("003",),
           reads=("rights.account_closure",)),
    Clause("eu-uk-rights", "Rights in the EEA, UK and Switzerland", "rights", lambda a: a.gdpr_applies,
           "audiences include the EEA, the UK or Switzerland", ("001", "002", "004"),
           reads=("audiences.regions",)),
    Clause("us-state-rights", "Rights of US state residents", "rights", _us,
           "audiences include California or other US states", ("002",),
           reads=("audiences.regions",)),
    Clause("request-handling", "How we handle requests", "rights",
           lambda a: _us(a) or a.gdpr_applies or a.rights.verification is not None,
           "audiences include the EEA, UK, Switzerland or US states, or rights.verification is given",
           ("002", "004"),
           reads=("audiences.regions", "rights.verification")),
    Clause("brazil-rights", "Rights in Brazil", "rights", lambda a: a.serves("brazil"),
           "audiences include Brazil", (),
           reads=("audiences.regions",)),
    Clause("canada-rights", "Rights in Canada", "rights", lambda a: a.serves("canada"),
           "audiences include Canada", (),
           reads=("audiences.regions",)),
    # children
    Clause("children", "Children's privacy", "children", always, "always", ("000", "001", "002")),
    # other
    Clause("third-party-sites", "Other sites and services", "other", always, "always", ALL_SEEDS),
    Clause("changes", "Changes to this policy", "other", always, "always", ALL_SEEDS),
    # contact
    Clause("contact", "Contact us", "contact", always, "always", ALL_SEEDS),
)

CLAUSES_BY_ID: dict[str, Clause] = {c.id: c for c in CLAUSES}


def clauses_for(answers: Answers) -> list[Clause]:
    """The clauses the answers trigger, in reading order."""
    return [c for c in CLAUSES if c.when(answers)]
