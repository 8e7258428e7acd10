"""Every clause of the policy, declared once: id, heading, section, condition, claims, seed topics, in reading order.

A clause's id is its topic in ../shared/SEED-TOPICS.md and the name of its template (``templates/clauses/ID.md.j2``).
A clause appears exactly when its condition (``policygen.conditions.Condition``, built on the facts) holds. Its
claims are the statements about the business that its template may make, each with the condition that makes it true:
the template writes ``{% call claim("id") %}...{% endcall %}`` and the sentence appears only when that holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from policygen.conditions import ALWAYS, Condition, answer, law_applies, when
from policygen.i18n.speaking import N_

if TYPE_CHECKING:
    from policygen.facts import Facts

ALL_SEEDS = ("000", "001", "002", "003", "004")


@dataclass(frozen=True)
class Section:
    id: str
    """Stable anchor id of the numbered section."""
    title: str


@dataclass(frozen=True)
class Claim:
    id: str
    """Unique across the library: "ads.across-sites"."""
    when: Condition
    """The statement is true of the business exactly when this holds; the template prints it only then."""
    says: str
    """What it states, for reviewers and ``policygen explain``."""


@dataclass(frozen=True)
class Clause:
    id: str
    """Topic id; also the anchor id in HTML and the template's name."""
    title: str
    """The heading readers see."""
    section: str
    """Id of the numbered section the clause sits in, or "preamble" for the summary above the contents."""
    when: Condition
    """The clause appears exactly when this holds."""
    seeds: tuple[str, ...]
    """The source policies the topic is drawn from; empty for clauses that exist for a law alone (see
    policygen/laws/, which names the clauses satisfying each legal element)."""
    claims: tuple[Claim, ...] = ()
    heading: Callable[["Facts"], str] | None = None
    purpose: str = ""
    """Why a clause with neither a seed topic nor a legal element exists, as explain shows it."""
    """A heading that depends on the facts ("Rights in the UK"), where one fixed title would name places or laws
    that do not apply; ``title`` is its general form, for explain and the wizard."""

    def title_for(self, facts: "Facts") -> str:
        return self.heading(facts) if self.heading else self.title

    @property
    def template(self) -> str:
        return f"{self.id}.md.j2"

    @property
    def trigger(self) -> str:
        return self.when.words

    @property
    def reads(self) -> tuple[str, ...]:
        return self.when.reads


US_LAW = when("us_law", "audiences include California or other US states")
EUROPEAN = when("european_law", "audiences include the EEA, the UK or Switzerland")


def _sources(*kinds: str) -> Condition:
    return Condition(lambda f: any(s in kinds for c in f.a.data_categories for s in c.sources),
                     f"a data category has the source {' or '.join(repr(k) for k in kinds)}",
                     ("data_categories[*].sources",))


def _practice(name: str) -> Condition:
    return answer(f"practices.{name}", lambda f: getattr(f.a.practices, name), f"practices.{name} is true")


# TRANSLATORS: the heading of the clause about contests and referral schemes, by which of them the business runs.
_PROMOTIONS_HEADINGS = {(True, True): N_("Contests and referrals"), (True, False): N_("Contests and prize draws"),
                        (False, True): N_("Inviting friends")}


def _promotions_heading(f: "Facts") -> str:
    """One of the headings above (compose says it with ``_``)."""
    return _PROMOTIONS_HEADINGS[f.a.practices.promotions, bool(f.a.practices.referrals)]


def _given(path: str, get) -> Condition:
    return answer(path, lambda f: get(f.a) is not None, f"{path} is given")


def _nonempty(path: str, get) -> Condition:
    return answer(path, lambda f: bool(get(f.a)), f"{path} is not empty")


def _yes(path: str, get) -> Condition:
    """The answer is an explicit yes (unanswered is not yes)."""
    return answer(path, lambda f: get(f.a) is True, f"{path} is true")


def _no(path: str, get) -> Condition:
    """The answer is an explicit no (unanswered is not no)."""
    return answer(path, lambda f: get(f.a) is False, f"{path} is false")


REPLY_DAYS = _given("rights.response_days", lambda a: a.rights.response_days)
FEE_FOR_EXCESSIVE = _yes("rights.fee_for_excessive_requests", lambda a: a.rights.fee_for_excessive_requests)


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

# The European rights clause's heading, one whole message per set of places served.
_EUROPEAN_RIGHTS_HEADINGS = {
    ("eea",): N_("Rights in the EEA"),
    ("uk",): N_("Rights in the UK"),
    ("switzerland",): N_("Rights in Switzerland"),
    ("eea", "uk"): N_("Rights in the EEA and the UK"),
    ("eea", "switzerland"): N_("Rights in the EEA and Switzerland"),
    ("uk", "switzerland"): N_("Rights in the UK and Switzerland"),
    ("eea", "uk", "switzerland"): N_("Rights in the EEA, the UK and Switzerland"),
}


def _european_rights_heading(f: "Facts") -> str:
    """One whole heading per set of places, so that each language words its own (compose says it with ``_``)."""
    served = tuple(r for r in ("eea", "uk", "switzerland") if r in f.a.audiences.regions)
    return _EUROPEAN_RIGHTS_HEADINGS[served]


SOME_REQUIRED = (when("provided_required", "some data people give us is required of everyone")
                 | when("provided_required_in_regions", "some data people give us is required in some regions"))


def _claim(id_: str, condition: Condition, says: str) -> Claim:
    return Claim(id_, condition, says)


HEALTH_POLICY_LINK = when("health_policy_linked")


def _transfer_claims() -> tuple[Claim, ...]:
    """One claim per law with a region: the policy names, in that law's terms, where data goes from there."""
    from policygen.facts.flows import notice_for
    from policygen.laws import LAWS

    return tuple(
        Claim(f"transfers.from-{law.id}",
              Condition(lambda f, law_id=law.id: notice_for(f, law_id) is not None,
                        f"{law.name} applies and data goes outside {law.region_label}",
                        ("transfers.storage_countries", "processors[*].country", "transfers.transfers")),
              f"names each country outside {law.region_label} that data goes to, with its safeguards under "
              f"{law.name}")
        for law in LAWS.values() if law.region)


HAS_ACCOUNTS = when("has_accounts")
COPPA = when("coppa_applies")

CLAUSES: tuple[Clause, ...] = (
    Clause("privacy-label", "Privacy label", "preamble", ALWAYS, (),
           purpose="give the reader the key facts at a glance"),
    Clause("summary", "At a glance", "preamble", ALWAYS, ("001",),
           claims=(
               _claim("summary.no-sale", US_LAW & when("neither_sold_nor_shared"),
                      "no personal information is sold or shared for targeted ads"),
           )),
    # about
    Clause("identity", "Who we are", "about", ALWAYS, ("000", "001", "002", "004")),
    Clause("scope", "What this policy covers", "about", ALWAYS, ("000", "001", "002", "004")),
    Clause("data-broker", "We are a data broker", "about", when("is_data_broker"), (),
           claims=(
               _claim("broker.registered", when("broker_registries"),
                      "the states where we are registered as a data broker"),
               _claim("broker.texas-notice", when("texas_broker_notice"),
                      "the Texas Secretary of State's data broker notice for websites, word for word (1 TAC 106.5(1))"),
               _claim("broker.drop", when("processes_drop_requests"),
                      "we check California's DROP at least every 45 days, delete within 45 days and keep deleting, "
                      "and treat a request we cannot match as an opt-out of sale and sharing"),
               _claim("broker.metrics", when("broker_figures"),
                      "the requests we received in the latest year given, how we answered them and how fast"),
           )),
    Clause("roles", "Data we handle for business customers", "about",
           _given("services.processor_role", lambda a: a.services.processor_role), ("000", "001", "002", "004")),
    # collect
    Clause("collect-provided", "Information you give us", "collect", _sources("directly"), ALL_SEEDS,
           claims=(
               _claim("provided.required", SOME_REQUIRED,
                      "which data people must give us, where, and that without it we cannot provide the service"),
               _claim("provided.rest-optional", SOME_REQUIRED & when("provided_optional"),
                      "the rest of the data people give us is up to them"),
               _claim("provided.none-required", when("provided_none_required"),
                      "none of the data people give us is required"),
           )),
    Clause("collect-automatic", "Information collected automatically", "collect", _sources("automatically"),
           ALL_SEEDS,
           claims=(
               _claim("automatic.with-cookies", when("uses_tracking_tools"),
                      "some data is collected automatically with cookies or similar tools"),
               _claim("automatic.no-cookies", ~when("uses_tracking_tools") & when("cookies_answered"),
                      "no cookies or similar tracking tools are used to collect data"),
               _claim("automatic.providers-collect", when("analytics_or_ad_providers"),
                      "analytics or ad companies we work with also collect such data on our services"),
           )),
    Clause("collect-created", "Information we create", "collect", _sources("our_records"), (),
           purpose="say which data the organisation creates itself, which is neither given by people nor sent by "
                   "their devices"),
    Clause("collect-other-sources", "Information from other sources", "collect",
           when("from_third_parties", "a data category comes from a third party"), ("000", "001", "002")),
    Clause("collect-table", "Categories of personal information", "collect", US_LAW, ("002",)),
    Clause("sensitive-data", "Sensitive information", "collect",
           when("has_sensitive", "a data category is sensitive under a law that applies")
           | when("criminal_data_lines", "data about criminal convictions or offences is used where the GDPR or the "
                  "UK GDPR applies")
           | when("known_child_states", "a US state served counts a known child's data as sensitive"),
           ("000", "002", "003"),
           claims=(
               _claim("sensitive.known-child", when("known_child_states"),
                      "we collect data from children under 13, which the states named count as sensitive"),
               _claim("sensitive.known-child-consent", when("known_child_states") & answer(
                   "children.parental_consent_method", lambda f: f.a.children.parental_consent_method,
                   "how parents consent is given"),
                      "we collect children's data only with a parent's consent, apart from any identifiers collected "
                      "without it for internal operations only (16 CFR 312.5(c)(7))"),
               _claim("sensitive.special-conditions", when("special_condition_lines"),
                      "the Art. 9(2) condition each special category of data rests on, and the UK's Schedule 1 "
                      "condition where one is needed and given"),
               _claim("sensitive.criminal-data", when("criminal_data_lines") & answer(
                   "data_categories[*].criminal_offence_authority",
                   lambda f: all(line.authority for line in f.criminal_data_lines),
                   "the law that authorises each use of criminal-offence data is given"),
                      "which data about criminal convictions or offences is used, and the law that allows it"),
               _claim("sensitive.swiss-express-consent", when("swiss_express_consent"),
                      "consent to using sensitive data of people in Switzerland is asked for expressly"),
               _claim("sensitive.consent-some", when("sensitive_consented_labels"),
                      "we ask for consent before collecting the sensitive categories named"),
               _claim("sensitive.consent", when("sensitive_with_consent"),
                      "we ask for consent before collecting sensitive data"),
               _claim("sensitive.access-limited", answer(
                   "keeping.security_measures", lambda f: "access_controls" in f.a.keeping.security_measures,
                   "access controls are among the security measures"),
                      "only staff who need sensitive data can see it"),
               _claim("sensitive.beyond-necessary", law_applies("ccpa") & when("ccpa_limit_right"),
                      "some sensitive personal information is used beyond what the service needs, so Californians "
                      "can limit its use"),
               _claim("sensitive.only-necessary", law_applies("ccpa") & when("ccpa_sensitive_all_limited"),
                      "sensitive personal information is used only as the CCPA permits, so the right to limit does "
                      "not apply"),
           )),
    Clause("on-behalf-of-others", "Information about other people", "collect", _practice("data_about_others"),
           ("000", "001"),
           claims=(
               _claim("others.customer-data", answer(
                   "services.processor_role", lambda f: f.a.services.processor_role is not None
                   and f.a.services.processor_role.customer_policy_governs,
                   "business customers' own policies govern the data they store with us"),
                      "data business customers store about their own contacts is theirs to manage"),
           )),
    Clause("contacts-import", "Importing your contacts", "collect", _practice("contacts_import"), ("000", "001"),
           claims=(
               _claim("contacts-import.customer-data", when("customer_policy_governs"),
                      "imported contacts are the business customer's data, handled on its instructions"),
               _claim("contacts-import.our-data", ~when("customer_policy_governs"),
                      "imported contacts are part of the user's account, handled as this policy describes"),
           )),
    Clause("job-applicants", "Job applicants", "collect", _practice("job_applicants"), ("000", "001", "002"),
           claims=(
               _claim("applicants.legal-basis", EUROPEAN & when("recruitment_basis", "recruitment has a legal basis"),
                      "the legal basis for using applicants' data"),
               _claim("applicants.sources", when("applicant_sources", "applicants' data comes from third parties"),
                      "the kinds of third party applicants' data comes from"),
               _claim("applicants.shared", when("applicant_recipients", "applicants' data has recipients"),
                      "the kinds of recipient applicants' data is shared with"),
               _claim("applicants.not-shared", when("applicant_categories", "some data is used for recruitment")
                      & ~when("applicant_recipients", "applicants' data has recipients"),
                      "only the people who take part in hiring see applicants' data"),
           )),
    Clause("public-content", "Content you make public", "collect", _practice("public_content"),
           ("000", "002", "003", "004"),
           claims=(
               _claim("public.categories", when("public_labels", "some data is visible to the public"),
                      "the kinds of data others may see"),
               _claim("public.self-delete", answer("rights.self_service", lambda f: f.a.rights.self_service,
                                                   "rights.self_service is true"),
                      "people can delete what they posted in their account"),
               _claim("public.california-minors", when("serves_california") & when("minors_may_use"),
                      "Californians under 18 can have content they posted removed (Cal. Bus. & Prof. Code 22581)"),
           )),
    Clause("communications", "Calls, messages and session records", "collect", _practice("records_communications"),
           ("002", "003"),
           claims=(
               _claim("communications.call-notice", _practice("tells_before_recording_calls"),
                      "people are told before a call with them is recorded"),
               _claim("communications.session-recording", when("records_sessions_with_tools"),
                      "session recording tools record how people move through some pages"),
               _claim("communications.end-to-end", when("end_to_end_encrypted"),
                      "some content is end-to-end encrypted"),
           )),
    # tracking
    Clause("cookies", "Cookies and similar technologies", "tracking",
           _nonempty("cookies.kinds", lambda a: a.cookies.kinds or a.cookies.technologies), ALL_SEEDS,
           claims=(
               _claim("cookies.stay-signed-in", HAS_ACCOUNTS, "essential cookies keep people signed in"),
           )),
    Clause("analytics", "Analytics", "tracking",
           Condition(lambda f: "analytics" in f.a.cookies.kinds or bool(f.a.processors_of_kind("analytics")),
                     "analytics cookies are used or an analytics provider is named",
                     ("cookies.kinds", "processors[*].service", "processors[*].kind")),
           ("001", "002", "003", "004"),
           claims=(
               _claim("analytics.processor-role", Condition(
                   lambda f: bool(f.analytics_processor_names.names),
                   "an analytics provider is stated to act only on instructions", ("processors[*].third_party",)),
                      "the named analytics providers act only on our instructions"),
               _claim("analytics.own-purposes", Condition(
                   lambda f: bool(f.analytics_own_use_names.names),
                   "an analytics provider is stated to use data for its own purposes",
                   ("processors[*].third_party",)),
                      "the named analytics providers use the data for their own purposes too"),
           )),
    Clause("advertising", "Advertising", "tracking",
           when("shows_ads") | when("shares_for_ads"),
           ("000", "002", "004"),
           claims=(
               _claim("ads.across-sites", when("ads_personalised"),
                      "ad partners collect information about activity on other sites over time"),
               _claim("ads.contextual", when("ads_contextual_only"),
                      "ads are chosen from the page or app, not from activity elsewhere"),
               _claim("ads.us-opt-out", when("ads_personalised") & US_LAW,
                      "US industry opt-out pages stop interest-based ads"),
               _claim("ads.eu-opt-out", when("ads_personalised") & EUROPEAN,
                      "Your Online Choices stops interest-based ads in Europe"),
           )),
    Clause("social-features", "Social media features", "tracking",
           _nonempty("cookies.social_networks", lambda a: a.cookies.social_networks), ("000", "001", "004")),
    Clause("push-notifications", "Push notifications", "tracking",
           answer("cookies.push_notifications", lambda f: f.a.cookies.push_notifications,
                  "cookies.push_notifications is true"), ("000", "001")),
    Clause("dnt-gpc", "Browser privacy signals", "tracking", US_LAW, ("000", "002", "004"),
           claims=(
               _claim("tracking.do-not-track", law_applies("caloppa") & answer(
                   "cookies.honours_do_not_track", lambda f: f.a.cookies.honours_do_not_track is not None,
                   "cookies.honours_do_not_track is answered"), "how the site answers Do Not Track signals"),
               _claim("tracking.others-across-sites", when("others_track_across_sites") & law_applies("caloppa"),
                      "other companies may collect information about activity across sites over time"),
               _claim("tracking.no-others-across-sites", when("nobody_tracks_across_sites") & law_applies("caloppa"),
                      "no ad or social partner collects information about activity across sites through us"),
               _claim("tracking.gpc-nothing-sold", when("neither_sold_nor_shared"),
                      "no personal information is sold or shared, so a GPC signal has nothing to stop today"),
           )),
    # use
    Clause("purposes", "Why we use your information", "use", ALWAYS, ALL_SEEDS,
           claims=(
               _claim("purposes.legal-bases", when("gdpr_or_uk"), "the legal basis of each purpose"),
               _claim("purposes.right-to-object", when("gdpr_or_uk") & (when("legitimate_interests_basis") | answer(
                   "marketing.sends_marketing", lambda f: f.a.marketing.sends_marketing, "marketing is sent")),
                      "the right to object, shown on its own"),
               _claim("purposes.withdraw-consent", when("gdpr_or_uk") & when("consent_basis"),
                      "where a purpose relies on consent, it can be withdrawn at any time"),
               _claim("purposes.new-purpose-notice", when("new_purpose_notice_required"),
                      "people are told before their data is used for a new purpose"),
           )),
    Clause("marketing", "Marketing messages", "use",
           answer("marketing.sends_marketing", lambda f: f.a.marketing.sends_marketing,
                  "marketing.sends_marketing is true"), ("000", "001", "003", "004"),
           claims=(
               _claim("marketing.email-beacons", when("marketing_email_beacons"),
                      "marketing emails may contain web beacons that show opens and clicks"),
               _claim("marketing.account-messages", HAS_ACCOUNTS,
                      "opting out of marketing does not stop messages about the person's account"),
               _claim("marketing.for-others", US_LAW & answer(
                   "marketing.shares_for_partner_marketing", lambda f: f.a.marketing.shares_for_partner_marketing,
                   "data is given to others for their own marketing"),
                      "some personal information is given to other companies for their own marketing"),
               _claim("marketing.not-for-others", US_LAW & answer(
                   "marketing.shares_for_partner_marketing", lambda f: not f.a.marketing.shares_for_partner_marketing,
                   "no data is given to others for their own marketing") & when("neither_sold_nor_shared"),
                      "no personal information is given to other companies for their own marketing"),
           )),
    Clause("automated-decisions", "Automated decisions and AI", "use", when("automated_decisions"), ("002",),
           claims=(
               _claim("automated.human-review", when("automated_human_review"),
                      "people can ask a member of staff to review an automated decision, and contest it"),
               _claim("automated.quebec", law_applies("quebec") & when("automated_human_review"),
                      "people in Quebec are told of decisions made only by automated processing, can ask what "
                      "led to them, and can give their observations to a person who can review them"),
           )),
    Clause("research", "Research", "use", _practice("research"), ("000", "003"),
           claims=(
               _claim("research.aggregated", when("research_aggregated"),
                      "research uses only aggregated or de-identified data"),
               _claim("research.results-shared", when("research_results_shared"),
                      "research results may be shared with partners or published"),
           )),
    Clause("de-identified", "De-identified and grouped data", "use", _practice("de_identified_data"),
           ("000", "001", "002", "003")),
    Clause("promotions", "Contests and referrals", "use", _practice("promotions") | _practice("referrals"),
           ("002", "003"),
           heading=_promotions_heading,
           claims=(
               _claim("promotions.contests", _practice("promotions"), "we run contests or prize draws"),
               _claim("promotions.referrals", _practice("referrals") & _practice("referral_friend_details"),
                      "people can give us a friend's contact details and we send the invitation"),
               _claim("promotions.referral-link", _practice("referrals") & ~_practice("referral_friend_details"),
                      "people invite friends with a message or link they send themselves"),
               _claim("promotions.financial-incentive", law_applies("ccpa") & _given(
                   "rights.financial_incentives", lambda a: a.rights.financial_incentives),
                      "some promotions may be a financial incentive under California law"),
           )),
    # share
    Clause("sharing", "Who receives your information", "share", ALWAYS, ALL_SEEDS,
           claims=(
               _claim("sharing.processor-role", when("all_processors_on_instructions"),
                      "every named service provider acts only on our instructions"),
           )),
    Clause("processors", "Our service providers", "share", _nonempty("processors", lambda a: a.processors),
           ("001", "002", "004"),
           claims=(
               _claim("processors.processor-role", Condition(
                   lambda f: any(p.third_party is False for p in f.a.processors),
                   "a provider is stated to act only on instructions", ("processors[*].third_party",)),
                      "the named providers act only on our instructions"),
               _claim("processors.own-purposes", Condition(
                   lambda f: any(p.third_party for p in f.a.processors),
                   "a provider is stated to use data for its own purposes", ("processors[*].third_party",)),
                      "the named providers use data for their own purposes too"),
           )),
    Clause("joint-controllers", "Organisations we decide with", "share", when("joint_controller_laws"), ()),
    Clause("sharing-table", "Disclosures by category", "share", US_LAW, ("002",),
           claims=(
               _claim("sharing-table.service-providers", when("all_processors_on_instructions"),
                      "service providers use the information only to provide services to us (a business purpose)"),
               _claim("sharing-table.none-sold", when("neither_sold_nor_shared"),
                      "no personal information was sold or shared in the last 12 months"),
           )),
    Clause("sale", "Selling and sharing for advertising", "share", US_LAW, ("002", "003", "004"),
           claims=(
               _claim("sale.none", when("neither_sold_nor_shared"),
                      "no personal information (including that of people under 16) is sold or shared for "
                      "cross-context behavioural advertising, or was in the last 12 months"),
               _claim("sale.texas-notice", when("sells_sensitive_in_texas"),
                      "NOTICE: We may sell your sensitive personal data."),
               _claim("sale.texas-biometric-notice", when("sells_biometrics_in_texas"),
                      "NOTICE: We may sell your biometric personal data."),
               _claim("sale.under-16-opt-in", _yes("children.sells_data_of_under_16",
                                                   lambda a: a.children.sells_data_of_under_16),
                      "data of people under 16 is sold or shared only after they (or a parent, under 13) opt in"),
               _claim("sale.under-16-none", _no("children.sells_data_of_under_16",
                                                lambda a: a.children.sells_data_of_under_16),
                      "we do not knowingly sell or share data of anyone under 16"),
           )),
    Clause("legal-disclosure", "Legal requests and safety", "share", ALWAYS, ALL_SEEDS),
    Clause("business-transfer", "If our business changes hands", "share", ALWAYS, ALL_SEEDS),
    # international
    Clause("transfers", "International transfers", "international",
           when("data_leaves") | _nonempty("transfers.storage_countries", lambda a: a.transfers.storage_countries),
           ("001", "002", "004"), claims=_transfer_claims() + (
               _claim("transfers.storage", _nonempty("transfers.storage_countries",
                                                     lambda a: a.transfers.storage_countries),
                      "the countries where data is stored, and those of providers located elsewhere"),
               _claim("transfers.safeguards-copy", when("safeguards_to_copy"),
                      "people in the EEA or the UK can get a copy of the standard clauses or other safeguards"),
               _claim("transfers.from-quebec", when("leaves_quebec"),
                      "for people in Quebec, data processed outside Canada is communicated outside Quebec"),
               _claim("transfers.anpd-clauses-copy", when("anpd_clauses_used"),
                      "people in Brazil can ask for the full text of the ANPD standard clauses and get it within "
                      "15 days"),
           )),
    Clause("certifications", "Certifications and dispute resolution", "international",
           _nonempty("certifications", lambda a: a.certifications), ("000", "001", "002"),
           claims=(
               _claim("certifications.dpf", when("certified_dpf"),
                      "a US government body enforces the organisation's Data Privacy Framework commitments"),
           )),
    # keeping
    Clause("retention", "How long we keep information", "keeping", ALWAYS, ("001", "002", "003", "004"),
           claims=(
               _claim("retention.logs", _given("keeping.log_retention", lambda a: a.keeping.log_retention),
                      "server logs are deleted after the period given"),
               _claim("retention.after-closure", _given("keeping.after_account_closure",
                                                        lambda a: a.keeping.after_account_closure),
                      "data is deleted or anonymised within the period given after an account closes"),
               _claim("retention.backups", _given("keeping.backups", lambda a: a.keeping.backups),
                      "deleted data leaves backups within the period given"),
           )),
    Clause("security", "How we protect information", "keeping", ALWAYS, ALL_SEEDS,
           claims=(
               _claim("security.breach-notice", _yes("keeping.breach_notification",
                                                     lambda a: a.keeping.breach_notification),
                      "people are told without undue delay of a breach that puts their data at risk"),
               _claim("security.account-tips", HAS_ACCOUNTS, "people have accounts with a password to keep safe"),
               _claim("security.multi-factor-tip", HAS_ACCOUNTS & when("multi_factor_sign_in"),
                      "people can turn on multi-factor sign-in for their account"),
           )),
    # rights
    Clause("access-correct-delete", "See, correct and delete your information", "rights", ALWAYS, ALL_SEEDS,
           claims=(
               _claim("rights.self-service", answer("rights.self_service", lambda f: f.a.rights.self_service,
                                                    "rights.self_service is true"),
                      "people can see, update and delete their details in their account settings"),
               _claim("rights.reply-days", REPLY_DAYS, "we reply to requests within the number of days given"),
               _claim("rights.usually-free", FEE_FOR_EXCESSIVE,
                      "requests are free, except that clearly unfounded or excessive ones may cost a fair fee"),
           )),
    Clause("account-closure", "Closing your account", "rights",
           HAS_ACCOUNTS & _given("rights.account_closure", lambda a: a.rights.account_closure), ("003",),
           claims=(
               _claim("closure.deleted-within", _given("keeping.after_account_closure",
                                                       lambda a: a.keeping.after_account_closure),
                      "data is deleted or made anonymous within the period given after an account closes"),
           )),
    Clause("eu-uk-rights", "Rights in the EEA, UK and Switzerland", "rights", EUROPEAN, ("001", "002", "004"),
           heading=_european_rights_heading,
           claims=(
               _claim("rights.withdraw-consent", when("consent_basis"), "consent can be withdrawn at any time"),
           ) + tuple(
               _claim(f"rights.complain-{law}", law_applies(law), f"the right to complain under {name}")
               for law, name in (("gdpr", "the GDPR"), ("uk_gdpr", "the UK GDPR"), ("swiss_fadp", "the Swiss FADP"))
           )),
    Clause("us-state-rights", "Rights of US state residents", "rights", US_LAW, ("002",),
           claims=(
               _claim("us-rights.no-sale", law_applies("ccpa") & when("neither_sold_nor_shared"),
                      "we do not sell or share personal information"),
               _claim("us-rights.sensitive-limited", law_applies("ccpa") & when("ccpa_sensitive_all_limited"),
                      "sensitive personal information is used only for the purposes the CCPA permits"),
               _claim("us-rights.financial-incentives", law_applies("ccpa") & _given(
                   "rights.financial_incentives", lambda a: a.rights.financial_incentives),
                      "the financial incentive offered for personal information, and that taking part is optional"),
               _claim("us-rights.incentive-value", law_applies("ccpa") & when("financial_incentive_valued"),
                      "a good-faith estimate of the value of the data behind the financial incentive, and how it was "
                      "calculated"),
               _claim("us-rights.shine-the-light", law_applies("ccpa") & answer(
                   "marketing.shares_for_partner_marketing", lambda f: f.a.marketing.shares_for_partner_marketing,
                   "data is given to others for their own marketing"),
                      "personal information is given to other companies for their own direct marketing"),
           )),
    Clause("health-data", "Consumer health data", "rights", HEALTH_POLICY_LINK, (),
           purpose="points people in Washington and Nevada to the separate consumer health data privacy policy "
                   "their laws require (RCW 19.373.020; NRS 603A.495)",
           claims=(
               _claim("health.policy-link", HEALTH_POLICY_LINK,
                      "the consumer health data laws that protect people, the data they cover, and the address of "
                      "the separate consumer health data privacy policy"),
           )),
    Clause("request-handling", "How we handle requests", "rights",
           US_LAW | EUROPEAN | _given("rights.verification", lambda a: a.rights.verification), ("002", "004"),
           claims=(
               _claim("requests.agents", US_LAW & _yes("rights.authorised_agents", lambda a: a.rights.authorised_agents),
                      "an authorised agent may make a request"),
               _claim("requests.reply-days", REPLY_DAYS, "we reply to requests within the number of days given"),
               _claim("requests.verification", _given("rights.verification", lambda a: a.rights.verification),
                      "how we check that a request comes from the person, in the answers' words"),
               _claim("requests.fee-excessive", FEE_FOR_EXCESSIVE,
                      "we may refuse, or charge a fair fee for, clearly unfounded or excessive requests"),
           )),
    Clause("brazil-rights", "Rights in Brazil", "rights", law_applies("lgpd"), (),
           claims=(
               _claim("lgpd.encarregado", when("has_encarregado"),
                      "names our data protection officer for Brazil (encarregado) and how to reach them"),
           )),
    Clause("canada-rights", "Rights in Canada", "rights", law_applies("pipeda"), (),
           claims=(
               _claim("quebec.person-in-charge", law_applies("quebec") & _given(
                   "organisation.privacy_officer", lambda a: a.organisation.privacy_officer),
                      "the privacy officer is our person in charge of the protection of personal information "
                      "under Quebec's law, with their title and contact"),
               _claim("quebec.rights", law_applies("quebec"),
                      "people in Quebec have the rights of access and rectification and may withdraw consent"),
               _claim("quebec.technology", when("quebec_tracking_functions") & _given(
                   "practices.tracking_activation", lambda a: a.practices.tracking_activation),
                      "technology we use can identify, locate or profile people, and how they turn it on"),
               _claim("pipeda.reply-days", answer("rights.response_days",
                                                  lambda f: (f.a.rights.response_days or 0) > 30,
                                                  "rights.response_days is more than 30"),
                      "we reply within PIPEDA's 30 days, although we take longer elsewhere"),
           )),
    # children
    Clause("children", "Children's privacy", "children", ALWAYS, ("000", "001", "002"),
           claims=(
               _claim("children.public", COPPA & answer(
                   "children.children_can_make_public", lambda f: f.a.children.children_can_make_public,
                   "children can make their information public"),
                      "children can make information public, and parents can ask us to remove it"),
               _claim("children.not-public", COPPA & ~answer(
                   "children.children_can_make_public", lambda f: f.a.children.children_can_make_public,
                   "children can make their information public"),
                      "children cannot make their information public"),
               _claim("children.uses", COPPA & when("children_uses"), "the purposes children's data is used for"),
               _claim("children.not-sold", COPPA & when("children_data_not_sold"),
                      "children's data is not sold or used to target ads"),
               _claim("children.internal-identifiers", when("children_internal_identifiers_stated"),
                      "the identifiers collected from children without a parent's consent, the internal operations "
                      "they support, who receives them and the means that keep them from other uses; not to "
                      "profile a child or target ads (16 CFR 312.5(c)(7))"),
               _claim("children.recipients", COPPA & (when("children_data_providers")
                                                      | when("children_recipient_kinds")),
                      "the named providers and the kinds of recipient that receive children's data, and why"),
               _claim("children.no-recipients", COPPA & when("children_data_kept_in_house"),
                      "children's data is given to no one unless the law requires it"),
               _claim("children.separate-consent", COPPA & when("children_data_to_third_parties"),
                      "a parent can consent to collection without consenting to disclosure to third parties "
                      "(16 CFR 312.5(a)(2))"),
               _claim("children.retention", COPPA & when("children_retention_rows"),
                      "for each kind of children's data: why it is needed and when it is deleted (16 CFR 312.10)"),
               _claim("children.no-third-parties", COPPA & when("children_categories_declared")
                      & ~when("children_data_to_third_parties") & ~when("children_data_kept_in_house"),
                      "children's data goes to no third party for its own use, so no separate consent is asked "
                      "(16 CFR 312.5(a)(2))"),
               _claim("children.contextual-ads", when("children_ads_contextual"),
                      "the ads children see are contextual: chosen from the screen, not from their activity"),
               _claim("aadc.age-suited-information", law_applies("aadc") & _given(
                   "children.age_suited_information", lambda a: a.children.age_suited_information),
                      "where children find privacy information suited to their age"),
               _claim("aadc.high-privacy", law_applies("aadc") & _yes(
                   "children.high_privacy_defaults", lambda a: a.children.high_privacy_defaults),
                      "children's settings start at high privacy"),
               _claim("aadc.geolocation-off", when("aadc_location_asked") & _yes(
                   "children.geolocation_off_by_default", lambda a: a.children.geolocation_off_by_default),
                      "location tracking is off until the child turns it on"),
               _claim("aadc.profiling-off", law_applies("aadc") & _yes(
                   "children.profiling_off_by_default", lambda a: a.children.profiling_off_by_default),
                      "profiling is off until the child turns it on"),
               _claim("aadc.parental-controls", when("aadc_monitoring_asked") & _yes(
                   "children.child_told_when_monitored", lambda a: a.children.child_told_when_monitored),
                      "parents have controls, and the child sees a sign while a parent can see their activity or "
                      "location"),
           )),
    # other
    Clause("third-party-sites", "Other sites and services", "other", ALWAYS, ALL_SEEDS,
           claims=(
               _claim("third-party.connected-apps", HAS_ACCOUNTS & Condition(
                   lambda f: "integrations" in f.a.recipient_kinds, "data goes to integrations people connect",
                   ("data_categories[*].recipients",)),
                      "people can connect other apps to their account"),
           )),
    Clause("changes", "Changes to this policy", "other", ALWAYS, ALL_SEEDS,
           claims=(
               _claim("changes.updated-date", when("changes_by_date"),
                      "changes are announced by changing the \"last updated\" date"),
               _claim("changes.email", when("changes_by_email"), "changes are announced by email"),
               _claim("changes.site-notice", when("change_notice_places"),
                      "a notice on the website, in the app, or both (where the service has them) announces changes"),
               _claim("changes.sign-in-message", when("changes_at_sign_in"),
                      "a message at the next sign-in announces changes"),
               _claim("changes.service-message", when("changes_in_service"),
                      "a message in the service announces changes"),
               _claim("changes.no-reduction", _yes("changes.no_reduction_without_consent",
                                                   lambda a: a.changes.no_reduction_without_consent),
                      "a new version will not reduce people's rights under this policy without their consent"),
           )),
    # contact
    Clause("contact", "Contact us", "contact", ALWAYS, ALL_SEEDS),
)

CLAUSES_BY_ID: dict[str, Clause] = {c.id: c for c in CLAUSES}
CLAIMS: dict[str, tuple[Clause, Claim]] = {claim.id: (c, claim) for c in CLAUSES for claim in c.claims}


def clauses_for(facts) -> list[Clause]:
    """The clauses the facts call for, in reading order."""
    return [c for c in CLAUSES if c.when.holds(facts)]
