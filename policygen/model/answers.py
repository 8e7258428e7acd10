"""The answers an organisation gives about itself and its data practices.

This model is the single source of truth: the answers file is its YAML form, ``policygen schema`` prints its JSON
Schema, the wizard builds its questions from its titles, descriptions and ``AskWhen`` conditions, and the clauses read
it. Every field documents itself: the ``title`` is the question, the attribute docstring its help text.
"""

import datetime
import functools
import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from policygen.catalogue.categories import DATA_CATEGORIES
from policygen.catalogue.choices import (
    ACCOUNT_CREATION_METHODS,
    HEALTH_DATA_COLLECTION,
    HEALTH_DATA_SHARING,
    CATEGORY_ITEMS,
    CHANGE_NOTICES,
    CONTACT_POINTS,
    DPF_ENFORCERS,
    DATA_ITEMS,
    COOKIE_KINDS,
    MARKETING_CHANNELS,
    OPT_OUT_METHODS,
    PROVIDER_KINDS,
    REQUEST_METHODS,
    SECURITY_MEASURES,
    SERVICE_KINDS,
    TRACKING_TECHNOLOGIES,
)
from policygen.catalogue.children import IDENTIFIER_CATEGORIES, INTERNAL_OPERATIONS
from policygen.catalogue.countries import EEA
from policygen.catalogue.parties import FIRST_PARTY_SOURCES, RECIPIENT_KINDS, SOURCES, recipient_kind_of
from policygen.catalogue.purposes import LEGAL_BASES, PURPOSES
from policygen.catalogue.regions import CANADIAN_PROVINCES, REGIONS, TRANSFER_MECHANISMS, US_STATES
from policygen.catalogue.services import SERVICES
from policygen.catalogue.special_conditions import SPECIAL_CONDITIONS
from policygen.i18n import LANGUAGES
from policygen.model.conditions import (
    AskWhen,
    ASK_HEALTH_AUDIENCE,
    ASK_HEALTH_LAW,
    ASK_SOLD,
    ASK_ACCOUNTS,
    ASK_ADS,
    ASK_APPS,
    ASK_APP_LABELS,
    ASK_SDKS,
    ASK_BRAZIL,
    ASK_BROKER,
    ASK_BROKER_CALIFORNIA,
    ASK_BROKER_QUESTION,
    ASK_CALIFORNIA,
    ASK_CANADA,
    ASK_COOKIES,
    ASK_AADC,
    ASK_AADC_LOCATION,
    ASK_AADC_MONITORING,
    ASK_COPPA,
    ASK_DPF_ENTRY,
    ASK_CRIMINAL_AUTHORITY,
    ASK_COPPA_INTERNAL_IDS,
    ASK_EEA,
    ASK_FINANCIAL_INCENTIVE,
    ASK_GDPR,
    ASK_GDPR_OR_UK,
    ASK_LEGITIMATE_INTEREST,
    ASK_PROCESSOR_ROLE,
    ASK_REQUIRED_ENTRY,
    ASK_QUEBEC_TRACKING,
    ASK_SENSITIVE_ENTRY,
    ASK_SPECIAL_CATEGORY,
    ASK_SWISS,
    ASK_TEEN_CONSENT,
    ASK_TEENS,
    ASK_TOLL_FREE,
    ASK_TRANSFERS,
    ASK_UK,
    ASK_UK_POLICY_DOCUMENT,
    ASK_UK_SCHEDULE_1,
    ASK_US,
    ASK_UK_CHILDREN,
    ASK_US_CHILDREN,
    ASK_US_STATE_LAWS,
    ASK_US_STATES,
)
from policygen.model.values import Address, Country, Days, Duration, Email, Line, Phone, Text, WebUrl

SCHEMA_VERSION = 2
MAX_ITEMS = 500
"""The most entries any list in the answers may hold (500 data categories, 500 processors...): far more than any
real organisation declares, and a bound on the time and size of a policy made from hostile or generated input."""


def _choice(catalogue: dict, *extra: str):
    """A Literal of a catalogue's ids (plus extra ones such as "other"), so the JSON Schema lists the choices."""
    return Literal[tuple(catalogue) + extra]  # type: ignore[valid-type]


CategoryId = _choice(DATA_CATEGORIES, "other")
KnownCategoryId = _choice(DATA_CATEGORIES)
PurposeId = _choice(PURPOSES, "other")
LegalBasisId = _choice(LEGAL_BASES)
SourceId = _choice(SOURCES)
RecipientKind = _choice(RECIPIENT_KINDS)
RegionId = _choice(REGIONS)
USStateCode = _choice(US_STATES)
HealthDataCollection = _choice(HEALTH_DATA_COLLECTION)
HealthDataSharing = _choice(HEALTH_DATA_SHARING)
ProvinceCode = _choice(CANADIAN_PROVINCES)
EEACountry = Literal[tuple(sorted(EEA))]  # type: ignore[valid-type]
MechanismId = _choice(TRANSFER_MECHANISMS)
ServiceKind = _choice(SERVICE_KINDS)
ProviderKind = _choice(PROVIDER_KINDS)
ServiceId = _choice(SERVICES)
CookieKind = _choice(COOKIE_KINDS)
TrackingTechnology = _choice(TRACKING_TECHNOLOGIES)
SecurityMeasure = _choice(SECURITY_MEASURES)
RequestMethod = _choice(REQUEST_METHODS)
MarketingChannel = _choice(MARKETING_CHANNELS)
OptOutMethod = _choice(OPT_OUT_METHODS)
ChangeNotice = _choice(CHANGE_NOTICES)
DataItem = _choice(DATA_ITEMS)
AccountCreationMethod = _choice(ACCOUNT_CREATION_METHODS)
DpfEnforcer = _choice(DPF_ENFORCERS)
ContactPoint = _choice(CONTACT_POINTS)
SpecialConditionId = _choice(SPECIAL_CONDITIONS)
IdentifierCategoryId = Literal[IDENTIFIER_CATEGORIES]  # type: ignore[valid-type]
InternalOperationId = _choice(INTERNAL_OPERATIONS)
LanguageCode = _choice(LANGUAGES)


class Part(BaseModel):
    """Base of every part of the answers: unknown keys are errors, docstrings are descriptions."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, defer_build=True)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


# --------------------------------------------------------------------------------------------------- organisation
class Contact(Part):
    name: Line = Field(title="Name or job title")
    """A person's name or a role such as "Data Protection Officer"."""
    email: Email | None = Field(default=None, title="Email")
    """Where people can write to this contact."""
    address: Address | None = Field(default=None, title="Postal address")
    """Postal address, if it differs from the organisation's."""
    phone: Phone | None = Field(default=None, title="Phone")
    """Phone number, if people may call."""


class PrivacyOfficer(Contact):
    is_dpo: bool = Field(default=False, title="Formally appointed Data Protection Officer?")
    """Yes when this person is a DPO under GDPR Art. 37; no for a privacy officer or lead without that role."""


class Organisation(Part):
    legal_name: Line = Field(title="Legal name")
    """The organisation's registered legal name, as it appears on contracts."""
    trading_name: Line | None = Field(default=None, title="Trading name")
    """The brand people know, if it differs from the legal name."""
    one_person: bool = Field(default=False, title="Is the business one person?")
    """Yes when one person runs the business alone, with no staff or partners: the policy then speaks as "I" ("I
    keep your email address") instead of "we", and says nothing that only a team could do."""
    address: Address = Field(title="Postal address")
    """The registered or main postal address, without the country (you choose it next; the policy adds it)."""
    country: Country = Field(title="Country")
    """Where the organisation is established, as a two-letter ISO code (US, DE, GB...)."""
    email: Email = Field(title="Privacy contact email")
    """Where people send privacy questions and requests."""
    phone: Phone | None = Field(default=None, title="Phone")
    """A phone number for privacy questions, if you offer one."""
    contact_form_url: WebUrl | None = Field(default=None, title="Contact form address",
                                            examples=["https://example.com/privacy-request"])
    """A web form for privacy questions or requests, if you have one."""
    website: WebUrl | None = Field(default=None, title="Website")
    """The organisation's main website."""
    privacy_officer: PrivacyOfficer | None = Field(default=None, title="Privacy officer or DPO")
    """The person or role accountable for privacy, if you have one (required by PIPEDA; a DPO under GDPR)."""
    eu_representative: Annotated[Contact | None, ASK_EEA] = Field(default=None, title="EU representative")
    """Required under GDPR Art. 27 when you are outside the EU but serve people in it."""
    uk_representative: Annotated[Contact | None, ASK_UK] = Field(default=None, title="UK representative")
    """Required under UK GDPR Art. 27 when you are outside the UK but serve people in it."""
    swiss_representative: Annotated[Contact | None, ASK_SWISS] = Field(default=None, title="Swiss representative")
    """Required under the Swiss FADP Art. 14 when you are outside Switzerland and process Swiss residents' data
    regularly and on a large scale."""
    lgpd_officer: Annotated[Contact | None, ASK_BRAZIL] = Field(default=None, title="Data protection officer for "
                                                                 "Brazil (encarregado)")
    """The person or firm the LGPD calls the "encarregado", who answers people in Brazil and Brazil's authority (the
    ANPD); the LGPD (Art. 41) asks you to publish their identity and contact details: a person's full name, or a
    firm's name and the name of the person responsible there (ANPD Resolution 18/2024)."""

    @property
    def display_name(self) -> str:
        return self.trading_name or self.legal_name


# ------------------------------------------------------------------------------------------------------ services
class CoveredService(Part):
    kind: ServiceKind = Field(title="Kind")
    """What this is: a website, an app, a platform, offline collection..."""
    name: Line = Field(title="Name")
    """The name people know it by."""
    url: WebUrl | None = Field(default=None, title="Web address")
    """Where it lives, for websites and web apps."""


class ProcessorRole(Part):
    customer_data: Text = Field(title="Data you process for business customers")
    """What your business customers put into your service about other people, e.g. "their contacts and deals"."""
    customer_policy_governs: bool = Field(default=True, title="Does the customer's own policy govern that data?")
    """Yes when your contracts make your customers the controllers of that data and you act on their instructions."""


class Services(Part):
    covered: list[CoveredService] = Field(min_length=1, title="What this policy covers", max_length=MAX_ITEMS)
    """Every website, app and service this policy applies to."""
    processor_role: Annotated[ProcessorRole | None, ASK_PROCESSOR_ROLE] = Field(
        default=None, title="Do you process data on behalf of business customers?"
    )
    """Fill this in when business customers store data about their own customers or staff in your service."""
    account_creation: Annotated[list[AccountCreationMethod], ASK_APP_LABELS] = Field(
        default_factory=list, title="How people create an account in your app", max_length=MAX_ITEMS
    )
    """Every way people can create an account in your app, or "cannot create an account"; Google Play's Data safety
    form asks it (``policygen export --to play-data-safety``)."""


# ----------------------------------------------------------------------------------------------------- audiences
class Audiences(Part):
    regions: list[RegionId] = Field(min_length=1, title="Where are the people you serve?", max_length=MAX_ITEMS)
    """Every region whose residents use your services; this decides which laws the policy must satisfy."""
    us_states: Annotated[list[USStateCode], ASK_US_STATES] = Field(
        default_factory=list, title="Which other US states?", max_length=MAX_ITEMS
    )
    """US states with privacy laws whose residents you serve; leave empty to cover all of them. Washington (WA) has
    only a consumer health data law (the My Health My Data Act): choose it when you serve people there."""
    canadian_provinces: Annotated[list[ProvinceCode], ASK_CANADA] = Field(
        default_factory=list, title="Which provinces and territories?", max_length=MAX_ITEMS
    )
    """The Canadian provinces and territories whose residents you serve, e.g. QC or ON; leave empty to cover all of
    Canada. When Quebec is among them, the policy also follows Quebec's private-sector privacy law (Law 25)."""
    eea_countries: Annotated[list[EEACountry], ASK_EEA] = Field(
        default_factory=list, title="Which EEA countries?", max_length=MAX_ITEMS
    )
    """The EEA countries you serve, which set the age of digital consent; leave empty for all of them."""
    consumers: bool = Field(default=True, title="Do you serve individual consumers?")
    """Yes when members of the public use your services for themselves."""
    business_customers: bool = Field(default=False, title="Do you serve business customers?")
    """Yes when companies or other organisations buy your services for their staff or their own customers."""
    online_only: bool = Field(default=True, title="Do you deal with people only online?")
    """Yes when you have no shops, phone sales or other offline contact (CCPA then allows email as the only
    request method besides a web form)."""


# ------------------------------------------------------------------------------------------------------- purposes
class Purpose(Part):
    purpose: PurposeId = Field(title="Purpose")
    """Why you use personal data; choose "other" and give a name for a purpose not in the list."""
    name: Line | None = Field(default=None, title="Name of the purpose")
    """Required for "other": a short phrase such as "Running our loyalty scheme"."""
    description: Text | None = Field(default=None, title="What you do")
    """Optional: your own words for what this purpose involves."""
    legal_basis: Annotated[LegalBasisId | None, ASK_GDPR] = Field(default=None, title="Legal basis")
    """Under GDPR every purpose needs one of six legal bases."""
    legitimate_interest: Annotated[Text | None, ASK_LEGITIMATE_INTEREST] = Field(default=None,
                                                                             title="The legitimate interest")
    """When the basis is legitimate interests: the interest you pursue, e.g. "keeping our service secure"."""

    @model_validator(mode="after")
    def _other_needs_name(self) -> "Purpose":
        if self.purpose == "other" and not self.name:
            raise ValueError("a purpose of 'other' needs a name")
        return self

    @property
    def key(self) -> str:
        """How data categories refer to this purpose: the catalogue id, or the name's slug for "other"."""
        return _slug(self.name) if self.purpose == "other" and self.name else self.purpose

    @property
    def label(self) -> str:
        return self.name or PURPOSES[self.purpose].label

    @property
    def wording(self) -> str:
        """The founder's description; the catalogue's only for a purpose they did not rename (a renamed purpose,
        such as "Sending the newsletter" for marketing, is theirs, and the catalogue's words may not fit it)."""
        if self.description:
            return self.description
        if self.purpose in PURPOSES and not self.name:
            return PURPOSES[self.purpose].description
        return self.label


# ------------------------------------------------------------------------------------------------ data categories
class RetentionException(Part):
    what: Line = Field(title="What is kept differently")
    """The part of this data kept for another time, e.g. "order records" or "invoices"."""
    period: Duration | None = Field(default=None, title="How long")
    """A fixed period for that part, such as "6 years"."""
    criteria: Text | None = Field(default=None, title="Or: what decides how long")
    """What decides it when there is no fixed period, or why, e.g. "as long as tax law requires"."""

    @model_validator(mode="after")
    def _needs_something(self) -> "RetentionException":
        if not self.period and not self.criteria:
            raise ValueError("give a period, criteria, or both")
        return self


class Retention(Part):
    period: Duration | None = Field(default=None, title="How long")
    """A fixed period, such as "30 days", "6 months" or "2 years"."""
    criteria: Text | None = Field(default=None, title="Or: what decides how long")
    """When there is no fixed period, what decides it, e.g. "as long as your account is open"."""
    exceptions: list[RetentionException] = Field(default_factory=list, title="Exceptions", max_length=MAX_ITEMS)
    """Parts of this data you keep for a different time, each with its own period or criteria, e.g. contact details
    kept 30 days except order records, kept 6 years; the policy states each beside the main period."""

    @model_validator(mode="after")
    def _needs_something(self) -> "Retention":
        if not self.period and not self.criteria:
            raise ValueError("give a period, criteria, or both")
        return self


class DataCategoryAnswer(Part):
    category: CategoryId = Field(title="Category")
    """The kind of personal data; choose "other" and give a name for data not in the list."""
    name: Line | None = Field(default=None, title="Name")
    """Required for "other"; otherwise replaces the catalogue's name."""
    examples: Text | None = Field(default=None, title="Examples")
    """What exactly you collect, e.g. "name, work email, job title"; the policy lists only what you write here."""
    sources: list[SourceId] = Field(min_length=1, title="Where it comes from", max_length=MAX_ITEMS)
    """Every source of this data: the person, their device, your own records (data you create, such as invoices or
    inferred interests), or third parties."""
    source_names: list[Line] = Field(default_factory=list, title="Named sources", max_length=MAX_ITEMS)
    """Optional names of the third parties you get this data from."""
    purposes: list[Line] = Field(min_length=1, title="Why you use it", max_length=MAX_ITEMS)
    """Why you use this data: pick from the purposes you listed (your own purposes by their name)."""
    retention: Retention | None = Field(default=None, title="How long you keep it")
    """Required by GDPR and CCPA: a period or the criteria that decide it."""
    recipients: list[RecipientKind] = Field(default_factory=list, title="Who receives it", max_length=MAX_ITEMS)
    """Every kind of recipient you disclose this data to."""
    sold: Annotated[bool | None, ASK_SOLD] = Field(default=None, title="Sold?")
    """Yes when you give this data to others for money or other value (the CCPA's "sale"). Unanswered, the policy
    says neither that it is sold nor that it is not, and ``check`` asks for the answer where a US law applies."""
    shared_for_advertising: Annotated[bool | None, ASK_US] = Field(
        default=None, title="Shared for cross-context advertising?"
    )
    """Yes when ad partners use it to target ads based on activity on other sites and apps (the CCPA's "sharing").
    Unanswered, the policy says neither, and ``check`` asks for the answer where a US law applies."""
    sensitive: bool | None = Field(default=None, title="Sensitive?")
    """Sensitive data gets extra protection; leave empty to use the catalogue's answer for this category."""
    limited_to_necessary_uses: Annotated[bool | None, ASK_US] = Field(
        default=None, title="Is sensitive data used only where needed for the service?"
    )
    """Yes when sensitive data is used only for the uses CCPA allows without a "limit" right (providing the service,
    security, legal duties); no gives people the right to limit its use. Unanswered, the policy states only what the
    law says, and ``check`` asks for the answer."""
    consent: Annotated[bool | None, ASK_SENSITIVE_ENTRY] = Field(
        default=None, title="Do you ask for consent before collecting it?"
    )
    """For sensitive data: yes when people explicitly agree before you collect it (many US states require this);
    the policy says so only when you answer yes."""
    special_category_condition: Annotated[SpecialConditionId | None, ASK_SPECIAL_CATEGORY] = Field(
        default=None, title="Condition for using special category data (GDPR Art. 9(2))")
    """The GDPR forbids using special category data (Art. 9(1)) unless one of the conditions of Art. 9(2) applies,
    besides each purpose's legal basis: explicit consent, employment and social security law, vital interests, a
    not-for-profit body, data the person has made public, legal claims, substantial public interest, health or
    social care, public health, or archiving, research and statistics. The policy states it next to the legal
    basis."""
    uk_schedule_1_condition: Annotated[Line | None, ASK_UK_SCHEDULE_1] = Field(
        default=None, title="The Data Protection Act 2018 Schedule 1 condition")
    """For the UK, this Art. 9(2) condition also needs a condition of the Data Protection Act 2018, Schedule 1
    (s.10): name it as the Act does, e.g. "Part 1, paragraph 2: health or social care purposes"."""
    uk_policy_document: Annotated[bool | None, ASK_UK_POLICY_DOCUMENT] = Field(
        default=None, title="Do you keep an appropriate policy document for it?")
    """The UK's employment law and substantial public interest conditions need an "appropriate policy document" in
    place when you use the data: a short record of how you comply with the data protection principles and how long
    you keep the data (Data Protection Act 2018, Schedule 1, paras 1(1)(b), 5 and 39). You need not publish it."""
    criminal_offences: Annotated[bool, ASK_GDPR] = Field(
        default=False, title="Is it about criminal convictions or offences?")
    """Yes when this data tells of someone's criminal convictions, offences or related security measures, such as a
    criminal record check; the GDPR allows this only under official authority or a law that authorises it
    (Art. 10), and the Swiss FADP counts it as sensitive."""
    criminal_offence_authority: Annotated[Text | None, ASK_CRIMINAL_AUTHORITY] = Field(
        default=None, title="The law that authorises using it")
    """For data about criminal convictions or offences: the Union or member-state law (or, for the UK, the Data
    Protection Act 2018 Schedule 1 condition) that allows you to use it, e.g. "the Dutch GDPR Implementation Act,
    Art. 33"; the policy names it (GDPR Art. 10)."""
    required: bool | None = Field(default=None, title="Must people provide it?")
    """Yes when the service cannot work without it, no when giving it is up to them (GDPR asks you to say which, and
    what happens if they refuse); unanswered, the policy says nothing about it."""
    required_in: Annotated[list[RegionId], ASK_REQUIRED_ENTRY] = Field(
        default_factory=list, title="Only for people in these regions?", max_length=MAX_ITEMS)
    """Leave empty when everyone must give it. Pick the regions whose people must give it when it is needed only
    there, e.g. Brazil for a Brazilian taxpayer number (CPF); the policy then says it is required for people there
    and up to everyone else."""
    items: Annotated[list[DataItem], ASK_APP_LABELS] = Field(
        default_factory=list, title="Which of these exactly?", max_length=MAX_ITEMS
    )
    """For the app stores' labels, which finer kinds of data this is, e.g. only "Email address" of contact details;
    leave empty when the category holds only one kind."""
    linked_to_person: Annotated[bool | None, ASK_APP_LABELS] = Field(default=None,
                                                                   title="Is it linked to the person?")
    """Yes when you keep it tied to the person's account, device or identity (Apple's "Data Linked to You"); no when
    you strip it of identifiers before you store it."""
    used_for_tracking: Annotated[bool | None, ASK_APP_LABELS] = Field(default=None, title="Is it used for tracking?")
    """Yes when it is combined with other companies' data for targeted ads or ad measurement, or given to data
    brokers (Apple's "Used to Track You"). Unanswered, the labels follow the policy: tracking when it is sold or shared
    for cross-context advertising, none when it is answered as neither."""
    ephemeral: Annotated[bool | None, ASK_APP_LABELS] = Field(default=None, title="Is it only processed ephemerally?")
    """Yes when your app's servers hold it only in memory to answer a request and never store it (Google Play's
    "processed ephemerally")."""

    @model_validator(mode="after")
    def _other_needs_name(self) -> "DataCategoryAnswer":
        if self.category == "other" and not self.name:
            raise ValueError("a category of 'other' needs a name")
        allowed = CATEGORY_ITEMS.get(self.category)
        wrong = [item for item in self.items if allowed is not None and item not in allowed]
        if wrong:
            raise ValueError(f"items: {', '.join(wrong)} cannot be part of {self.category}; choose from "
                             f"{', '.join(allowed)}")
        return self

    @property
    def label(self) -> str:
        return self.name or DATA_CATEGORIES[self.category].label

    @property
    def written_label(self) -> str:
        """The name other answers refer to it by, the same in every language: the founder's, or the catalogue's in
        English (``label`` is said in the language of the policy being written)."""
        return self.name or DATA_CATEGORIES[self.category].written_label

    @property
    def example_text(self) -> str:
        """What the answers say is collected; the catalogue's typical examples are a suggestion for the wizard, not
        a statement of what this business collects."""
        return self.examples or ""

    @property
    def is_sensitive(self) -> bool:
        if self.sensitive is not None:
            return self.sensitive
        return self.category in DATA_CATEGORIES and DATA_CATEGORIES[self.category].sensitive

    @property
    def from_third_parties(self) -> list[str]:
        return [s for s in self.sources if s not in FIRST_PARTY_SOURCES]


# ---------------------------------------------------------------------------------------------------- processors
class CookieAnswer(Part):
    name: Line = Field(title="Cookie name")
    """The name as the browser shows it, e.g. "session_id"."""
    purpose: Line = Field(title="What it is for")
    """A short phrase, e.g. "to keep you signed in"."""
    duration: Line = Field(title="How long it lasts", examples=["session", "30 days", "1 year"])
    """Until the browser closes ("session"), or a period such as "30 days"."""
    kind: CookieKind = Field(title="Category")
    """The consent category it belongs to: essential, preferences, analytics or advertising."""
    first_party: bool = Field(default=True, title="Is it set on your own site's domain?")
    """Yes for a cookie on your own domain (most scripts, including other companies', set these); no for one on
    another company's domain."""


class Processor(Part):
    service: ServiceId | None = Field(default=None, title="Service from the catalogue")
    """Pick a known service to fill in its facts; any field below overrides them."""
    name: Line | None = Field(default=None, title="Name")
    """The company or product; required when no catalogue service is picked."""
    kind: ProviderKind | None = Field(default=None, title="What it does for you")
    """What the company does for you, such as analytics, payments or hosting; it decides where the policy names it. A
    catalogue service fills this in."""
    purpose: Text | None = Field(default=None, title="What you use it for")
    """A phrase that completes "We use ... ", such as "to send our newsletters"."""
    data: list[KnownCategoryId] | None = Field(default=None, title="Data it receives", max_length=MAX_ITEMS)
    """The kinds of personal data you send it, from the categories you declared; leave empty to let the policy name
    the declared categories whose recipients include this provider's kind (payment processors for a payments service,
    service providers for a host)."""
    country: Country | None = Field(default=None, title="Country")
    """Where it processes the data."""
    policy_url: WebUrl | None = Field(default=None, title="Its privacy policy",
                                      examples=["https://example.com/privacy"])
    """The company's own privacy policy; the policy links its name there. A catalogue service fills this in."""
    opt_out_url: WebUrl | None = Field(default=None, title="Its opt-out page", examples=["https://example.com/opt-out"])
    """A page where people can opt out of this company's tracking or ads, if it has one; the policy links to it for
    analytics and ad services."""
    third_party: bool | None = Field(default=None, title="Does it use the data for its own purposes?")
    """Yes for a third party (an ad network, a partner); no for a processor that acts only on your instructions.
    Leave empty when you have not checked its terms: the policy then says nothing about its role."""
    cookies: Annotated[list[CookieAnswer], ASK_COOKIES] = Field(
        default_factory=list, title="Cookies it sets on your site", max_length=MAX_ITEMS
    )
    """The cookies this company's script sets when people visit your site; leave empty to use the catalogue's list
    for a catalogue service."""
    in_app: Annotated[bool | None, ASK_SDKS] = Field(default=None, title="Is its code built into your apps?")
    """Yes when this company's code (an SDK) runs inside your apps. The policy can say that no other company collects
    information about people across sites only when every such company is named here and acts only on your
    instructions."""
    tracking_domains: Annotated[list[Line], ASK_APP_LABELS] = Field(
        default_factory=list, title="Internet domains it tracks from", max_length=MAX_ITEMS
    )
    """For an app that tracks: the domains your app reaches this company at for tracking, e.g. "ads.example.com";
    Apple's privacy manifest lists them so iOS can block them until people allow tracking."""

    @model_validator(mode="after")
    def _named(self) -> "Processor":
        if not self.service and not self.name:
            raise ValueError("name a catalogue service or give a name")
        return self

    def _fact(self, field: str):
        own = getattr(self, field)
        if own is not None:
            return own
        return SERVICES[self.service].fact(field) if self.service else None

    @property
    def display_name(self) -> str:
        return self._fact("name")

    @property
    def resolved_kind(self) -> str:
        return self._fact("kind") or "other"

    @property
    def resolved_country(self) -> str | None:
        return self._fact("country")

    @property
    def resolved_policy_url(self) -> str | None:
        return self._fact("policy_url")

    @property
    def resolved_opt_out_url(self) -> str | None:
        return self._fact("opt_out_url")

    @property
    def resolved_cookies(self) -> tuple:
        """Its cookies as answered, else as the catalogue documents them (CookieAnswer or ServiceCookie)."""
        if self.cookies:
            return tuple(self.cookies)
        return SERVICES[self.service].cookies if self.service else ()


# ------------------------------------------------------------------------------------------------------- cookies
class Cookies(Part):
    kinds: list[CookieKind] = Field(default_factory=list, title="Which cookies do you use?", max_length=MAX_ITEMS)
    """Leave empty when your services set no cookies at all."""
    technologies: list[TrackingTechnology] = Field(
        default_factory=list, title="Tracking technologies", max_length=MAX_ITEMS
    )
    """Tools that store or read data on people's devices, such as tracking pixels in emails (web beacons) or other
    companies' code in your apps (SDKs). Tick cookies here only if you did not list their kinds above."""
    consent_banner: bool = Field(default=False, title="Do you ask for consent before non-essential cookies?")
    """Yes when a cookie banner or settings let people accept or refuse non-essential cookies before you set them; the
    EU and UK require this."""
    cookie_policy_url: WebUrl | None = Field(default=None, title="Separate cookie policy",
                                             examples=["https://example.com/cookies"])
    """The address of a separate cookie policy or list, if you have one."""
    own: Annotated[list[CookieAnswer], ASK_COOKIES] = Field(default_factory=list, title="Your own cookies",
                                                            max_length=MAX_ITEMS)
    """The cookies your own site sets (sign-in, settings, your banner's record of consent...); the cookie policy
    (``policygen export --to cookie-policy``) lists them beside your providers' cookies."""
    social_networks: list[Line] = Field(
        default_factory=list, title="Social networks with buttons or pages", max_length=MAX_ITEMS
    )
    """Social networks whose buttons, widgets or pages you use, e.g. LinkedIn, X, Facebook."""
    personalised_ads: Annotated[bool | None, ASK_ADS] = Field(
        default=None, title="Are the ads based on people's activity on other sites and apps?"
    )
    """Yes for personalised (interest-based) ads that follow people across sites and apps over time; no for
    contextual ads chosen only from the page or app they are in. Advertising cookies always count as yes."""
    push_notifications: Annotated[bool, ASK_APPS] = Field(default=False, title="Do your apps send push notifications?")
    """Yes when your mobile or desktop apps send alerts that pop up on people's devices; the policy then explains how to
    turn them off."""
    honours_do_not_track: Annotated[bool | None, ASK_US] = Field(
        default=None, title="Do you respond to Do Not Track signals?"
    )
    """Most sites do not, because there is no agreed standard; CalOPPA requires you to say which. Unanswered, the
    policy explains the signal but says nothing of what you do."""
    honours_global_privacy_control: Annotated[bool | None, ASK_US] = Field(
        default=None, title="Do you honour Global Privacy Control?"
    )
    """GPC is a browser signal that asks sites not to sell or share data; CCPA and several states require you to
    treat it as an opt-out. Unanswered, the policy explains the signal but says nothing of what you do."""


# ----------------------------------------------------------------------------------------------------- marketing
class Marketing(Part):
    sends_marketing: bool = Field(default=False, title="Do you send marketing messages?")
    """Yes when you send people news of your products, offers or events; the policy then explains how to stop them."""
    channels: list[MarketingChannel] = Field(default_factory=list, title="How", max_length=MAX_ITEMS)
    """Every way you send marketing: email, text messages, phone calls, post, push notifications or in-app messages."""
    opt_in: bool = Field(default=True, title="Do people opt in first?")
    """Yes when you send marketing only to people who ticked a box or otherwise agreed."""
    opt_out_methods: list[OptOutMethod] = Field(default_factory=list, title="How people opt out", max_length=MAX_ITEMS)
    """Every way people can stop your marketing, such as the unsubscribe link in emails or replying STOP to texts; with
    none, the policy says to contact you."""
    opt_out_days: Days | None = Field(default=None, title="Days to process an opt-out")
    """How long an unsubscribe request may take to take effect, e.g. 10."""
    shares_for_partner_marketing: Annotated[bool, ASK_US] = Field(
        default=False, title="Do you give data to others for their own marketing?"
    )
    """California's Shine the Light law gives residents a right to ask about such disclosures."""


# ------------------------------------------------------------------------------------------------------- children
class Children(Part):
    minimum_age: int | None = Field(default=None, ge=0, le=21, title="Minimum age")
    """The youngest age allowed to use your services; unanswered, the policy states no age limit."""
    directed_to_children: Annotated[bool, ASK_US_CHILDREN] = Field(
        default=False, title="Is the service aimed at children under 13?"
    )
    """Yes when your service is made for children under 13, e.g. by its subject, characters or ads; the US children's
    privacy law (COPPA) then applies."""
    knowingly_collects_from_children: Annotated[bool, ASK_US_CHILDREN] = Field(
        default=False, title="Do you knowingly collect data from children under 13?"
    )
    """Yes when you know that some of your users are under 13 and you collect their data; COPPA then requires a parent's
    consent first."""
    parental_consent_method: Annotated[Text | None, ASK_COPPA] = Field(default=None, title="How parents consent")
    """How you get verifiable parental consent, e.g. "a small card charge that we refund"."""
    data_from_children: Annotated[list[KnownCategoryId], ASK_COPPA] = Field(
        default_factory=list, title="Data collected from children", max_length=MAX_ITEMS
    )
    """Every kind of personal data you collect from children under 13, with a parent's consent; COPPA requires you to
    list them."""
    children_can_make_public: Annotated[bool, ASK_COPPA] = Field(
        default=False, title="Can children make their information public?"
    )
    """Yes when children can post things others can see, such as a profile, photos or chat messages; COPPA requires you
    to say so."""
    identifiers_internal_only: Annotated[bool | None, ASK_COPPA] = Field(
        default=None, title="Are device identifiers used only to run the service?"
    )
    """Yes when identifiers such as device IDs are used only for internal operations (keeping the service working,
    security, contextual ads, limiting how often an ad shows) and never to build a profile of a child or show
    ads based on their activity (COPPA 16 CFR 312.2, 312.5(c)(7))."""
    sells_data_of_under_16: Annotated[bool | None, ASK_US] = Field(
        default=None, title="Do you sell or share data of people under 16?"
    )
    """Under CCPA this needs opt-in consent: from the teenager at 13 to 15, from a parent below 13. Unanswered, the
    policy states only what the law says."""
    knows_teen_users: Annotated[bool | None, ASK_TEENS] = Field(
        default=None, title="Do you know, or should you know, that some users are 13 to 17?")
    """Yes when you know some of your users are teenagers, or would know if you looked (say, from the birth dates
    they give or content aimed at them). Several US states limit selling their data or using it for targeted ads:
    Maryland and, from 2026, Oregon and Connecticut forbid it; others allow it only with the teenager's consent.
    Unanswered, ``check`` asks for it when data is sold or used for targeted ads."""
    teens_opt_in: Annotated[bool | None, ASK_TEEN_CONSENT] = Field(
        default=None, title="Do teenagers opt in before their data is sold or used for targeted ads?")
    """Yes when you sell a teenager's data, or use it for targeted ads, only after they have agreed to it (an opt-in
    that is off until they switch it on)."""
    internal_identifiers: Annotated[list[IdentifierCategoryId], ASK_COPPA_INTERNAL_IDS] = Field(
        default_factory=list, title="Identifiers collected without a parent's consent", max_length=MAX_ITEMS
    )
    """The kinds of identifier you collect from children without asking a parent first, because they serve only to
    run the service (e.g. online_identifiers for a device ID); COPPA's notice must say so (16 CFR 312.4(d)(3),
    312.5(c)(7)). Each must also be one of your data categories."""
    internal_operations: Annotated[list[InternalOperationId], ASK_COPPA_INTERNAL_IDS] = Field(
        default_factory=list, title="What those identifiers are used for", max_length=MAX_ITEMS
    )
    """The internal operations the identifiers support, from the list COPPA allows: keeping the service working,
    network communications, recognising a user, contextual ads, limiting how often an ad shows, security, legal
    duties, answering a child's request."""
    identifier_safeguards: Annotated[Text | None, ASK_COPPA_INTERNAL_IDS] = Field(
        default=None, title="How you stop the identifiers being used for anything else"
    )
    """What makes sure the identifiers are not used to contact a child, build a profile or for any other purpose,
    e.g. "our ad requests are marked as coming from a children's app, so the ad network uses the device ID only to
    deliver the ad"; COPPA's notice must say it."""
    uk_children_likely: Annotated[bool | None, ASK_UK_CHILDREN] = Field(
        default=None, title="Are children in the UK likely to use the service?"
    )
    """Yes when people under 18 in the UK are likely to use it, even if it is not made for them; the ICO's Age
    Appropriate Design Code (the Children's code) then applies."""
    age_suited_information: Annotated[Text | None, ASK_AADC] = Field(
        default=None, title="Where children find privacy information suited to their age"
    )
    """Where children find short explanations of what happens to their data, in words for their age, e.g. "a picture
    guide on the game's start screen"; the Children's code's transparency standard expects it."""
    high_privacy_defaults: Annotated[bool | None, ASK_AADC] = Field(
        default=None, title="Do children's settings start at high privacy?"
    )
    """Yes when every privacy setting starts at its most private choice for children; the Children's code expects this
    unless you have a compelling reason."""
    geolocation_off_by_default: Annotated[bool | None, ASK_AADC_LOCATION] = Field(
        default=None, title="Is location tracking off until a child turns it on?"
    )
    """Yes when features that use a child's location start switched off and show a clear sign while they are on; the
    Children's code expects this."""
    profiling_off_by_default: Annotated[bool | None, ASK_AADC] = Field(
        default=None, title="Is profiling off until a child turns it on?"
    )
    """Yes when nothing builds a profile of a child (to choose ads, content or recommendations) unless they switch it
    on, or you do no profiling at all; the Children's code expects profiling off by default."""
    parental_controls: Annotated[bool | None, ASK_AADC] = Field(
        default=None, title="Do parents have controls over the child's use?"
    )
    """Yes when parents can see or limit what their child does in the service, such as play time or activity
    reports."""
    child_told_when_monitored: Annotated[bool | None, ASK_AADC_MONITORING] = Field(
        default=None, title="Does the child see a sign while a parent is watching?"
    )
    """Yes when the service shows the child an obvious sign while a parent can see their activity or location; the
    Children's code expects one."""


# ------------------------------------------------------------------------------------------------------ transfers
class Transfer(Part):
    destination: Country = Field(title="Destination country")
    """The country the data is sent to, as a two-letter ISO code (US, IN, SG...)."""
    mechanisms: list[MechanismId] = Field(min_length=1, title="Safeguards", max_length=MAX_ITEMS)
    """What makes the transfer lawful: an adequacy decision, standard contractual clauses, the Data Privacy
    Framework..."""
    recipients: Text | None = Field(default=None, title="Who receives it there")
    """Optional: who receives the data there, e.g. "our hosting provider" or "our support team"."""


class Transfers(Part):
    storage_countries: list[Country] = Field(default_factory=list, title="Where is data stored?", max_length=MAX_ITEMS)
    """Countries where your servers and your providers' servers keep the data."""
    transfers: Annotated[list[Transfer], ASK_TRANSFERS] = Field(
        default_factory=list, title="Transfers abroad", max_length=MAX_ITEMS
    )
    """Each country outside the people's own region that receives their data, with its safeguard."""
    safeguards_copy: Text | None = Field(default=None, title="How to get a copy of the safeguards")
    """GDPR asks you to say how people can get a copy, e.g. "email us and we will send it"."""


# -------------------------------------------------------------------------------------------------------- keeping
class Keeping(Part):
    log_retention: Duration | None = Field(default=None, title="How long server logs are kept")
    """How long your servers keep logs of visits, such as IP addresses and pages asked for, e.g. "90 days"."""
    after_account_closure: Annotated[Duration | None, ASK_ACCOUNTS] = Field(
        default=None, title="How long data is kept after an account closes"
    )
    """How soon you delete someone's data, or make it anonymous, after they close their account, e.g. "30 days"."""
    backups: Duration | None = Field(default=None, title="How long backups are kept")
    """How long deleted data can stay in your backups before it is removed from them too, e.g. "35 days"."""
    security_measures: list[SecurityMeasure] = Field(
        default_factory=list, title="Security measures", max_length=MAX_ITEMS
    )
    """The safeguards you use to protect personal data, such as encryption, access controls or staff training; pick only
    those you really have."""
    security_details: Text | None = Field(default=None, title="Anything else about security")
    """Optional: anything else about how you protect data, in your own words, e.g. "we are certified to ISO 27001"."""
    breach_notification: bool | None = Field(default=None, title="Do you tell people about breaches that affect them?")
    """Yes to promise you will tell people quickly when a security breach puts their personal data at risk; many laws,
    including GDPR, require this. Unanswered, the policy makes no promise."""


# --------------------------------------------------------------------------------------------------------- rights
class Rights(Part):
    request_methods: list[RequestMethod] = Field(min_length=1, title="How people make requests", max_length=MAX_ITEMS)
    """Every way people can ask to see, correct or delete their data; CCPA needs at least two, unless you work only
    online and accept email."""
    toll_free_number: Annotated[Phone | None, ASK_TOLL_FREE] = Field(default=None, title="Toll-free number")
    """CCPA requires one unless you deal with people only online."""
    response_days: int | None = Field(default=None, ge=1, le=90, title="Days to answer a request")
    """The most days you take to answer a request, from 1 to 90; GDPR allows one month and CCPA 45 days. Unanswered,
    the policy states the time each law that applies gives."""
    verification: Text | None = Field(default=None, title="How you verify requests")
    """E.g. "we ask you to confirm from the email address on your account"."""
    authorised_agents: Annotated[bool | None, ASK_US] = Field(
        default=None, title="Do you accept requests from authorised agents?"
    )
    """Yes when you accept a request that someone else makes for a person who gave them signed permission; California
    (CCPA) requires it."""
    self_service: bool = Field(default=False, title="Can people see, fix and delete data in their account?")
    """Yes when people can sign in and see, update or delete their own details in their account settings."""
    account_closure: Annotated[Text | None, ASK_ACCOUNTS] = Field(default=None, title="How to close an account")
    """E.g. "in Settings > Account > Close account"; leave empty if accounts cannot be closed by users."""
    account_deletion_url: Annotated[WebUrl | None, ASK_APP_LABELS] = Field(
        default=None, title="Web page where people ask to delete their account", examples=["https://example.com/delete"]
    )
    """A page, reachable outside the app, where people can ask to delete their account and its data; Google Play
    requires one for apps that let people create an account."""
    consent_withdrawal: Text | None = Field(default=None, title="How to withdraw consent")
    """How people take back consent they gave, e.g. "untick the box in Settings > Privacy"; GDPR requires this when a
    purpose relies on consent."""
    appeals: Annotated[Text | None, ASK_US_STATE_LAWS] = Field(default=None, title="How to appeal a refused request")
    """US state laws require an appeal process, e.g. "reply to our answer with the word APPEAL"."""
    do_not_sell_url: Annotated[WebUrl | None, ASK_US] = Field(
        default=None, title='"Do Not Sell or Share My Personal Information" link'
    )
    """The page where people opt out of your selling or sharing their data; CCPA requires it if you do either, unless
    you honour Global Privacy Control."""
    limit_sensitive_url: Annotated[WebUrl | None, ASK_US] = Field(
        default=None, title='"Limit the Use of My Sensitive Personal Information" link'
    )
    """The page where people can limit how you use their sensitive data; CCPA requires it when you use such data beyond
    what your service needs."""
    financial_incentives: Annotated[Text | None, ASK_CALIFORNIA] = Field(default=None, title="Financial incentives")
    """Any discount, reward or price difference you offer in exchange for personal data; the CCPA requires a notice of
    it for California residents."""
    financial_incentive_value: Annotated[Text | None, ASK_FINANCIAL_INCENTIVE] = Field(
        default=None, title="What the data behind the incentive is worth to you")
    """Your good-faith estimate of the value of the personal information the incentive is based on, e.g. "about $4
    per member a year"; the CCPA regulations require it in the notice of the incentive (11 CCR 7016(b)(5)(A))."""
    financial_incentive_value_method: Annotated[Text | None, ASK_FINANCIAL_INCENTIVE] = Field(
        default=None, title="How you worked out that value")
    """How you calculated the estimate, e.g. "the revenue from members' extra orders, less the cost of the
    discounts, divided by the number of members" (11 CCR 7016(b)(5)(B); 7081 lists the methods you may use)."""
    fee_for_excessive_requests: bool = Field(default=False, title="Do you charge for excessive requests?")
    """Yes when you may refuse, or charge a fair fee for, requests that are clearly baseless or excessive, such as
    repeats; other requests stay free."""


# ---------------------------------------------------------------------------------------------------- the policy
class Certification(Part):
    name: Line = Field(title="Name")
    """E.g. "EU-U.S. Data Privacy Framework", "TrustArc Privacy Certification"."""
    url: WebUrl | None = Field(default=None, title="Web address")
    """A web page about the programme or your certification, such as your entry on the Data Privacy Framework list; the
    policy links the name to it."""
    dispute_resolution: Line | None = Field(default=None, title="Independent dispute-resolution body")
    """The independent body people can take a complaint to if you cannot settle it with them, e.g.
    "BBB National Programs"; the Data Privacy Framework needs one."""
    dispute_resolution_url: WebUrl | None = Field(default=None, title="Dispute body's web address")
    """The web page where people can bring a complaint to that body."""
    enforcement_authority: Annotated[DpfEnforcer | None, ASK_DPF_ENTRY] = Field(
        default=None, title="Which US body has jurisdiction over you under the Data Privacy Framework?")
    """The Federal Trade Commission for most businesses, the Department of Transportation for airlines and ticket
    agents. Your entry on the Data Privacy Framework List shows it; the policy names it (DPF Principles, Notice)."""


class Revision(Part):
    date: datetime.date = Field(title="Date")
    """The date of this change, usually the policy's "last updated" date at the time."""
    summary: Text = Field(title="What changed")
    """A short description of what changed, e.g. "we added our new email provider"."""
    material: bool = Field(default=False, title="Material change?")
    """Yes for an important change people had to be told about first, such as a new use of their data, a new recipient
    or weaker rights."""


class Changes(Part):
    notice_methods: list[ChangeNotice] = Field(min_length=1, title="How you announce changes", max_length=MAX_ITEMS)
    """How you tell people when this policy changes, e.g. by email or a notice on your site; California law (CalOPPA)
    requires you to say how."""
    advance_notice: Duration | None = Field(default=None, title="Advance notice of material changes")
    """E.g. "30 days" or "30 business days"; leave empty when changes apply when posted."""
    no_reduction_without_consent: bool | None = Field(
        default=None, title="Do you promise not to reduce rights without consent?"
    )
    """Yes to promise that a new version will not take away rights people have under this policy unless they agree;
    unanswered, the policy makes no such promise."""
    effective_date: datetime.date = Field(title="Effective date")
    """The date this version of the policy takes effect."""
    last_updated: datetime.date = Field(title="Last updated")
    """The date of the latest change; never before the effective date's first version."""
    last_reviewed: datetime.date | None = Field(default=None, title="Last reviewed against the law")
    """The day someone last checked this policy against the law. `policygen check` then lists each rule that applies
    to you and took effect after that day, until you review again and move this date; the policy does not show it."""
    history: list[Revision] = Field(default_factory=list, title="Revision history", max_length=MAX_ITEMS)
    """Past changes to this policy, newest first, each with its date and a short summary; the policy lists them so
    people can see what changed."""


class Translation(Part):
    language: LanguageCode = Field(title="Language")
    """The language of the translation: fr, de, es or pt-BR."""
    text: Text = Field(title="Your text, as written in these answers")
    """One of your own answers exactly as you wrote it, e.g. "Sending invoices and receipts"."""
    translation: Text = Field(title="The same text in that language")
    """What the policy says instead in that language, e.g. "Envoi des factures et des reçus"."""


class AutomatedDecisions(Part):
    description: Text = Field(title="What is decided automatically")
    """E.g. "we rank freelancers in search results" or "our AI assistant drafts replies"."""
    logic: Text | None = Field(default=None, title="How it works")
    """The logic involved, in plain words (GDPR Art. 13(2)(f))."""
    significant_effects: bool = Field(default=False, title="Can it affect people significantly?")
    """Yes when a decision with legal or similarly significant effect is made without a person."""
    human_review: bool = Field(default=True, title="Can people ask a human to review a decision?")
    """Yes when people can ask a member of your team to check an automated decision and challenge it; GDPR requires this
    for decisions with significant effects."""
    uses_ai_providers: bool = Field(default=False, title="Do AI providers power it?")
    """When yes, list them under processors with the kind "ai"."""


class JointController(Part):
    name: Line = Field(title="Who you decide it with")
    """The organisation you decide together with why and how some personal data is used, e.g. "Meta Platforms Ireland
    Limited" for the statistics about visits to your Facebook page."""
    processing: Text = Field(title="What you do together")
    """The use you decide together, completing "Together with them, we ...", e.g. "get statistics (Page Insights)
    about how people use our Facebook page"."""
    arrangement: Text = Field(title="The essence of your arrangement")
    """Who does what under your agreement, in plain words, e.g. "Meta answers requests about the data it holds and
    handles security; we do not see data about individual visitors"; GDPR Art. 26(2) asks you to make it available."""
    arrangement_url: WebUrl | None = Field(default=None, title="Where the arrangement is published",
                                           examples=["https://www.facebook.com/legal/terms/page_controller_addendum"])
    """A page where people can read the arrangement or its main points, if there is one."""
    contact_point: ContactPoint | None = Field(default=None, title="Who people should contact first")
    """Us or them, when your arrangement names one of you as the contact point for people (GDPR Art. 26(1)); people
    may still use their rights against either of you (Art. 26(3))."""
    contact: Text | None = Field(default=None, title="How people reach them")
    """How people contact the other organisation about its part, e.g. "through Meta's privacy contact form"."""


class HealthData(Part):
    other_categories: Annotated[list[Line], ASK_HEALTH_AUDIENCE] = Field(
        default_factory=list, title="Which other data could reveal someone's health?", max_length=MAX_ITEMS
    )
    """The names of your data categories (as in Data collected) that identify a person's past, present or future
    physical or mental health besides health information and biometric data, which always count: for example precise
    location that could show a visit to a clinic or pharmacy, purchases of medicine, or inferences about health.
    Washington, Nevada and Connecticut call all of it consumer health data."""
    privacy_policy_url: Annotated[WebUrl | None, ASK_HEALTH_LAW] = Field(
        default=None, title="Where is your consumer health data privacy policy?"
    )
    """The address of the separate consumer health data privacy policy (``policygen export --to
    health-data-policy``), linked from your home page; this policy points to it."""
    collection: Annotated[HealthDataCollection | None, ASK_HEALTH_LAW] = Field(
        default=None, title="When do you collect consumer health data?"
    )
    """With consent asked before you collect it, or only as far as needed to provide what the person asked for."""
    sharing: Annotated[HealthDataSharing | None, ASK_HEALTH_LAW] = Field(
        default=None, title="When do you share consumer health data?"
    )
    """Giving it to service providers that process it for you is not sharing; giving it to anyone else is."""
    sale_authorisation: Annotated[bool | None, ASK_HEALTH_LAW] = Field(
        default=None, title="Do you get a signed authorisation before selling consumer health data?"
    )
    """Yes when each person signs a separate authorisation before you sell their consumer health data; answer it
    when any of it is sold."""
    affiliates: Annotated[list[Line], ASK_HEALTH_LAW] = Field(
        default_factory=list, title="Which of your group companies receive consumer health data?", max_length=MAX_ITEMS
    )
    """Each group company (affiliate) you share consumer health data with, by name."""


# ---------------------------------------------------------------------------------------------------- data brokers
Count = Annotated[int, Field(ge=0, le=1_000_000_000)]
"""A number of requests: 0 or more."""
DayFigure = Annotated[float, Field(ge=0, le=3650, allow_inf_nan=False)]
"""A number of days, whole or with decimals (a mean), from 0 to 3650."""
BrokerRegistry = Literal["california", "texas", "vermont", "oregon"]


class RequestFigures(Part):
    received: Count = Field(title="Requests received")
    """How many requests of this kind you received in the year."""
    complied: Count = Field(title="Complied with in whole or in part")
    """How many you carried out, fully or partly, in the year."""
    denied: Count = Field(title="Denied")
    """How many you turned down in the year."""
    median_days: DayFigure = Field(title="Median days to respond")
    """The median number of days you took to respond in substance to the requests received in the year."""
    mean_days: DayFigure = Field(title="Mean days to respond")
    """The mean (average) number of days you took to respond in substance to the requests received in the year."""


class DropDenials(Part):
    not_verifiable: Count = Field(default=0, title="Denied: could not be verified")
    """DROP deletion requests you denied in whole or in part because they could not be verified."""
    not_by_consumer: Count = Field(default=0, title="Denied: not made by a consumer")
    """DROP deletion requests you denied in whole or in part because a consumer did not make them."""
    exempt: Count = Field(default=0, title="Denied: information exempt from deletion")
    """DROP deletion requests you denied in whole or in part because they asked for information exempt from
    deletion."""
    other: Count = Field(default=0, title="Denied: other grounds")
    """DROP deletion requests you denied in whole or in part on other grounds."""


class DeletionNotRequired(Part):
    provision: Line = Field(title="Exemption", examples=["Civil Code 1798.145(a)(1)"])
    """The provision of Civil Code 1798.145 or 1798.146 under which you did not have to delete, e.g.
    "Civil Code 1798.145(a)(1)"."""
    requests: Count = Field(title="Requests")
    """How many deletion requests that provision covered in the year."""


class BrokerMetrics(Part):
    year: int = Field(ge=2019, le=2100, title="Calendar year")
    """The calendar year the figures cover, e.g. 2025; they are due in the policy by 1 July of the next year."""
    drop_deletion: RequestFigures | None = Field(default=None, title="Deletion requests through DROP")
    """Requests that reached you through California's Delete Request and Opt-out Platform (DROP), which opened on 1
    January 2026; leave empty for earlier years."""
    deletion: RequestFigures | None = Field(default=None, title="Requests to delete")
    """Requests made to you directly to delete personal information (Civil Code 1798.105)."""
    know: RequestFigures | None = Field(default=None, title="Requests to know")
    """Requests to know what personal information you hold, or what you sold or shared (1798.110, 1798.115)."""
    opt_out: RequestFigures | None = Field(default=None, title="Requests to opt out of sale or sharing")
    """Requests to stop selling or sharing personal information (1798.120)."""
    limit: RequestFigures | None = Field(default=None, title="Requests to limit sensitive personal information")
    """Requests to limit the use of sensitive personal information (1798.121)."""
    drop_denials: DropDenials | None = Field(default=None, title="Why DROP requests were denied")
    """Of the DROP deletion requests you denied in whole or in part, how many for each reason the law names."""
    deletion_not_required: list[DeletionNotRequired] = Field(
        default_factory=list, title="Deletions an exemption did not require", max_length=MAX_ITEMS)
    """For each provision of Civil Code 1798.145 or 1798.146 under which you did not have to delete, how many
    requests it covered; leave empty when none did."""


class DataBroker(Part):
    registered_with: list[BrokerRegistry] = Field(default_factory=list, title="Where are you registered as a data "
                                                  "broker?", max_length=MAX_ITEMS)
    """The state registries you are on: California (the California Privacy Protection Agency), Texas (the Secretary
    of State), Vermont (the Secretary of State), Oregon (the Department of Consumer and Business Services). The policy
    names them."""
    people_at_work_only: Annotated[bool, ASK_BROKER] = Field(
        default=False, title="Is the data you sell only about people in their work role?")
    """Yes when everyone in the data you sell is there as a professional, for example business contacts found
    through their employers. The privacy laws of Virginia, Texas and the other states that followed Virginia cover
    people acting for themselves or their households, not in a commercial or employment context, so the policy then
    does not offer their rights; California's law covers business contacts too, so its rights stay."""
    processes_drop_requests: Annotated[bool | None, ASK_BROKER_CALIFORNIA] = Field(
        default=None, title="Do you process deletion requests from California's DROP?")
    """Yes when you check California's Delete Request and Opt-out Platform (DROP) at least every 45 days, delete the
    personal information of each person who asked within 45 days (and again at least every 45 days after, selling
    none you get later), treat a request you cannot verify as a request to opt out of sale and sharing, and pass the
    request to your service providers and contractors: what Civil Code 1798.99.86 asks of data brokers from 1 August
    2026. The policy then says so."""
    request_metrics: Annotated[list[BrokerMetrics], ASK_BROKER_CALIFORNIA] = Field(
        default_factory=list, title="Requests you received, by calendar year", max_length=MAX_ITEMS)
    """California's Delete Act (Civil Code 1798.99.85) asks a data broker to publish in its privacy policy, by 1 July
    each year, the requests it received in the previous calendar year: how many it received, complied with and
    denied, and the median and mean days it took to respond. The policy prints the latest year given."""

    @field_validator("request_metrics")
    @classmethod
    def _one_entry_per_year(cls, value: list) -> list:
        years = [m.year for m in value]
        twice = sorted({y for y in years if years.count(y) > 1})
        if twice:
            raise ValueError(f"{', '.join(map(str, twice))} is given more than once; give one entry per year")
        return value


class Practices(Part):
    job_applicants: bool = Field(default=False, title="Do you take job applications?")
    """Yes when people can apply for jobs with you. Give the data you collect from applicants the purpose "recruitment"
    so the policy can list it."""
    public_content: bool = Field(default=False, title="Can people post content others see?")
    """Forums, reviews, comments, public profiles."""
    contacts_import: bool = Field(default=False, title="Can people import contacts from other accounts?")
    """Yes when people can bring contacts into your service from another account, such as their email account."""
    promotions: bool = Field(default=False, title="Do you run contests or prize draws?")
    """Yes when you run contests or prize draws (sweepstakes); the policy then explains how you use entrants'
    details."""
    referrals: bool | None = Field(default=None, title="Can people invite or refer friends?")
    """Yes when you run a refer-a-friend scheme or let people invite others to your services. (The question about
    promotions used to cover referral schemes too; answer this so the policy says which you run.)"""
    referral_friend_details: Annotated[bool, AskWhen(lambda answers: answers.practices.referrals,
                                                    "only when people can invite or refer friends")] = Field(
        default=False, title="Do you collect the friends' contact details?")
    """Yes when people give you a friend's email address or phone number and you send the invitation; no when you give
    them a message or link to send themselves. The policy says which."""
    records_communications: bool = Field(default=False, title="Do you record calls, chats or sessions?")
    """Yes when you record phone or video calls, keep chat messages, or record how people move through your pages
    (session recording)."""
    tells_before_recording_calls: bool = Field(default=False, title="Do you tell people before you record a call?")
    """Yes when every call you record starts with a notice that it is being recorded; the policy then promises it."""
    de_identified_data: bool = Field(default=False, title="Do you use de-identified or aggregated data?")
    """Yes when you remove names and other identifying details from data, or combine it into totals, and use or share
    the result; the policy promises you will not work out who it is about, and that you require anyone you share it
    with not to try either (CCPA 1798.140(m))."""
    research: bool = Field(default=False, title="Do you use people's data for research?")
    """Yes when you study trends across the people who use your services, for example to decide what to build next;
    the next two questions say what data the research uses and whether its results leave your organisation."""
    research_aggregated_only: Annotated[bool, AskWhen(lambda answers: answers.practices.research,
                                                     "only when you use people's data for research")] = Field(
        default=False, title="Does your research use only aggregated or de-identified data?")
    """Yes when the research works only on totals and averages across many people, or on data with names and other
    identifying details removed, never on records about one person; the policy then says so."""
    research_results_shared: Annotated[bool, AskWhen(lambda answers: answers.practices.research,
                                                     "only when you use people's data for research")] = Field(
        default=False, title="Do you share or publish research results?")
    """Yes when you give research results to partners or publish them, for example in reports; the policy then says so,
    and, when the research uses only aggregated or de-identified data, that the results cannot identify anyone."""
    data_about_others: bool = Field(default=False, title="Do people give you data about other people?")
    """E.g. inviting colleagues or adding contacts."""
    tracking_activation: Annotated[Text | None, ASK_QUEBEC_TRACKING] = Field(
        default=None, title="How people turn on location, identification or profiling")
    """Quebec's law (s. 8.1) asks you to tell people, before you collect their data, that you use technology that can
    identify, locate or profile them (precise location, biometric data, ads based on their interests) and how they
    turn those functions on, e.g. "with the Advertising switch in our cookie settings"."""
    joint_controllers: Annotated[list[JointController], ASK_GDPR_OR_UK] = Field(
        default_factory=list, title="Organisations you decide with how some data is used", max_length=MAX_ITEMS)
    """Other organisations that decide together with you why and how some personal data is used (joint controllers,
    GDPR Art. 26), e.g. a social network whose statistics about your page you both use. The policy names each, what
    you do together, the essence of your arrangement and whom to contact."""
    data_broker: Annotated[bool | None, ASK_BROKER_QUESTION] = Field(default=None, title="Are you a data broker?")
    """Yes when you collect personal information about people who do not deal with you directly (from public records,
    other companies or data providers) and sell or license it to others: California's law (Civil Code 1798.99.80)
    calls such a business a data broker, and Texas, Vermont and Oregon have their own definitions. The policy then
    says so, to those people, and the states' rules for brokers apply."""
    broker: Annotated[DataBroker, ASK_BROKER] = Field(default_factory=DataBroker, title="Data broker details")
    """Where you are registered as a data broker and, for California, how you handle deletion requests and the
    request figures the law asks you to publish."""
    automated_decisions: AutomatedDecisions | None = Field(default=None, title="Automated decisions and AI")
    """Fill this in when software or AI decides things about people without a person involved, e.g. ranking, scoring or
    approving them."""


# ---------------------------------------------------------------------------------------------------------- root
class Answers(Part):
    """Everything policygen needs to write an organisation's privacy policy."""

    schema_version: Literal[2] = Field(title="Answers file format version")
    """The version of this file's format; policygen refuses files from a newer version than it knows."""
    organisation: Organisation = Field(title="Organisation")
    """Who you are and how people reach you about privacy: your legal name, address, privacy contact and any
    representatives the law requires."""
    services: Services = Field(title="Services")
    """The websites, apps and other services this policy covers, and whether you handle data for business customers."""
    audiences: Audiences = Field(title="Audiences and regions")
    """Who uses your services and where they live; this decides which privacy laws the policy must satisfy."""
    data_categories: list[DataCategoryAnswer] = Field(min_length=1, title="Data collected", max_length=MAX_ITEMS)
    """Each kind of personal data you collect: where it comes from, why you use it, how long you keep it and who
    receives it."""
    purposes: list[Purpose] = Field(min_length=1, title="Purposes and legal bases", max_length=MAX_ITEMS)
    """Each reason you use personal data, such as running your service or marketing, and under GDPR the legal ground for
    it (its "legal basis")."""
    processors: list[Processor] = Field(
        default_factory=list, title="Processors and third parties", max_length=MAX_ITEMS
    )
    """The outside companies that receive personal data from you, such as your hosting, payment, email or analytics
    providers."""
    cookies: Cookies = Field(default_factory=Cookies, title="Cookies and tracking")
    """Cookies and similar tracking tools on your websites and apps, browser privacy signals, social media buttons and
    push notifications."""
    marketing: Marketing = Field(default_factory=Marketing, title="Marketing")
    """Whether and how you send marketing messages, and how people can stop them."""
    children: Children = Field(default_factory=Children, title="Children")
    """The youngest age allowed to use your services and how you handle children's data; a US law (COPPA) adds duties
    for children under 13."""
    transfers: Transfers = Field(default_factory=Transfers, title="International transfers")
    """Where personal data is stored, and the countries you send it to with the safeguard that makes each transfer
    lawful."""
    keeping: Keeping = Field(default_factory=Keeping, title="Retention and security")
    """How long you keep server logs, backups and data after an account closes, and how you protect personal data."""
    rights: Rights = Field(title="Rights and requests")
    """How people ask to see, correct or delete their data and make other privacy requests, and how you answer them."""
    health_data: Annotated[HealthData, ASK_HEALTH_AUDIENCE] = Field(default_factory=HealthData,
                                                                    title="Consumer health data")
    """Washington's, Nevada's and Connecticut's consumer health data laws: which data counts, your separate consumer
    health data privacy policy, and when you collect, share or sell that data."""
    practices: Practices = Field(default_factory=Practices, title="Special practices")
    """Less common activities the policy must mention when you do them, such as hiring, contests, recording calls or
    automated decisions."""
    certifications: list[Certification] = Field(default_factory=list, title="Certifications", max_length=MAX_ITEMS)
    """Privacy programmes you are certified under, such as the EU-U.S. Data Privacy Framework, and who handles
    complaints about them."""
    changes: Changes = Field(title="Changes and dates")
    """How you announce changes to this policy, its effective and last updated dates, and a record of past changes."""
    languages: list[LanguageCode] = Field(default_factory=lambda: ["en"], min_length=1, title="Languages",
                                          max_length=len(LANGUAGES))
    """The languages the policy is published in, the main one first: en, fr, de, es, pt-BR. `render --out-dir` writes
    each (privacy-policy.fr.html beside privacy-policy.html), and the HTML pages link to each other."""
    translations: list[Translation] = Field(default_factory=list, title="Your own text in other languages",
                                            max_length=MAX_ITEMS)
    """The policy prints your own answers (a purpose's description, how to close an account) as you wrote them; give
    each such text in every other language you publish, and the policy in that language says it instead. `policygen
    check --lang` lists each of your texts a policy prints untranslated."""

    @field_validator("languages")
    @classmethod
    def _each_language_once(cls, value: list[str]) -> list[str]:
        repeated = sorted({code for code in value if value.count(code) > 1})
        if repeated:
            raise ValueError(f"names {', '.join(repeated)} more than once")
        return value

    @field_validator("schema_version", mode="before")
    @classmethod
    def _known_version(cls, value: object) -> object:
        if isinstance(value, int) and not isinstance(value, bool) and value > SCHEMA_VERSION:
            raise ValueError(
                f"this file is format version {value}, newer than this policygen knows ({SCHEMA_VERSION}); "
                "upgrade policygen"
            )
        return value

    @model_validator(mode="after")
    def _cross_references(self) -> "Answers":
        keys = [p.key for p in self.purposes]
        for index, category in enumerate(self.data_categories):
            for position, ref in enumerate(category.purposes):
                if ref not in keys and _slug(ref) not in keys:
                    import difflib  # only on this error path: it costs a few ms at start-up

                    hint = difflib.get_close_matches(ref, keys, n=1)
                    suggestion = f"; did you mean '{hint[0]}'?" if hint else f"; declared: {', '.join(keys)}"
                    raise ValueError(
                        f"data_categories[{index}].purposes[{position}]: '{ref}' is not one of your purposes{suggestion}"
                    )
        for index, category in enumerate(self.data_categories):
            for position, region in enumerate(category.required_in):
                if region == "other" or region not in self.audiences.regions:
                    raise ValueError(
                        f"data_categories[{index}].required_in[{position}]: '{region}' is not one of the named "
                        f"regions you serve ({', '.join(r for r in self.audiences.regions if r != 'other')})")
        labels = {c.written_label.casefold() for c in self.data_categories}
        for position, name in enumerate(self.health_data.other_categories):
            if name.casefold() not in labels:
                raise ValueError(f"health_data.other_categories[{position}]: '{name}' is not one of your data "
                                 f"categories; declared: {', '.join(c.written_label for c in self.data_categories)}")
        if self.changes.last_updated < self.changes.effective_date:
            raise ValueError("changes.last_updated: must not be before the effective date (changes.effective_date)")
        return self

    # ---- derived facts; which laws apply and the rest live in policygen.facts, decided once
    @functools.cached_property
    def _purpose_index(self) -> dict[str, Purpose]:
        # Answers are not changed after validation (the wizard validates a new object), so this can be cached.
        return {p.key: p for p in self.purposes}

    def purpose(self, ref: str) -> Purpose:
        """The declared purpose a data category refers to (by id or name)."""
        index = self._purpose_index
        found = index.get(ref) or index.get(_slug(ref))
        if found is None:
            raise KeyError(ref)
        return found

    @functools.cached_property
    def _categories_by_purpose(self) -> dict[str, list[DataCategoryAnswer]]:
        found: dict[str, list[DataCategoryAnswer]] = {p.key: [] for p in self.purposes}
        for category in self.data_categories:
            for key in dict.fromkeys(self.purpose(ref).key for ref in category.purposes):
                found[key].append(category)
        return found

    def categories_for(self, purpose: Purpose) -> list[DataCategoryAnswer]:
        """The data categories used for a purpose, in the order they were declared."""
        return self._categories_by_purpose[purpose.key]

    def processors_of_kind(self, *kinds: str) -> list[Processor]:
        return [p for p in self.processors if p.resolved_kind in kinds]

    def data_received_by(self, processor: Processor) -> list[DataCategoryAnswer]:
        """The declared categories a provider receives: those its own answer names, else those given to its kind of
        recipient when it is the only provider of that kind; never a category the business does not declare (the
        catalogue's list of what a service typically receives is only a suggestion)."""
        if processor.data:
            return [c for c in self.data_categories if c.category in processor.data]
        # A category given to "payment processors" reaches this provider only when it is the one payment processor:
        # with several of a kind, which gets what is not known, and the policy says so rather than guess.
        kind = recipient_kind_of(processor.resolved_kind)
        if sum(1 for p in self.processors if recipient_kind_of(p.resolved_kind) == kind) != 1:
            return []
        return [c for c in self.data_categories if kind in c.recipients]

    @property
    def recipient_kinds(self) -> list[str]:
        """Every kind of recipient named anywhere, in catalogue order."""
        named = {r for c in self.data_categories for r in c.recipients}
        if self.processors:
            named.add("service_providers")
        return [k for k in RECIPIENT_KINDS if k in named]

    @property
    def source_kinds(self) -> list[str]:
        named = {s for c in self.data_categories for s in c.sources}
        return [k for k in SOURCES if k in named]
