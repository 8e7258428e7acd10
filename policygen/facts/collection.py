"""What is collected and how (given, automatic, from others, records), how long it is kept and how it is protected.

The rows here are shaped for the clause templates: labels, examples and retention already worded, so a template only
prints them.
"""

from __future__ import annotations

from dataclasses import dataclass

from policygen.catalogue.choices import SECURITY_MEASURES
from policygen.catalogue.parties import RECIPIENT_KINDS, SOURCES
from policygen.catalogue.purposes import LEGAL_BASES
from policygen.document.markdown_text import fragment, lower_first
from policygen.facts import Facts, fact
from policygen.i18n.speaking import N_, _, period, semicolon
from policygen.voice import in_voice

# ------------------------------------------------------------------------------------------------- shared wording


def with_stop(text: str) -> str:
    """A phrase that ends a sentence: a full stop added unless it already ends with one (or ! or ?)."""
    return text if text[-1:] in (".", "!", "?") else f"{text}."


def examples_of(category) -> str:
    """A category's examples, ready to follow its label and a colon, with the sentence's full stop ("" for none)."""
    text = fragment(category.example_text) if category.example_text else ""
    return with_stop(text) if text else ""


def uses_of(f: Facts, category) -> tuple[str, ...]:
    """The labels of the purposes a category is used for, for the middle of a sentence, without repeats."""
    return tuple(dict.fromkeys(lower_first(f.a.purpose(ref).label) for ref in category.purposes))


@dataclass(frozen=True)
class Kept:
    """How long one category is kept, worded two ways from its retention answer."""

    listed: str
    """After a label and a colon: "12 months (while you are a customer)." or "until you close your account."."""
    phrase: str
    """After "We keep it": "for 12 months (while you are a customer)." or "until you close your account."."""


def _upper_first(text: str) -> str:
    return text if len(text) > 1 and text[1].isupper() else text[:1].upper() + text[1:]  # "iPhone" stays


def how_long(retention, alone: bool = True) -> str:
    """A period or criteria answer (a Retention or one of its exceptions) as a cell: "6 years (tax law)"; not
    ``alone``, for the middle of a sentence ("for 6 years")."""
    if retention.period:
        if not retention.criteria:
            return period(retention.period, alone)
        # TRANSLATORS: how long data is kept: a period, then the business's own words on why or until when ("6 years
        # (tax law requires it)").
        return _("{period} ({criteria})").format(period=period(retention.period, alone),
                                                 criteria=fragment(retention.criteria))
    return fragment(retention.criteria)


def _exception(what: str, how: str) -> str:
    # TRANSLATORS: one kind of data kept for another time than the rest, and that time ("order records: 6 years"),
    # in a table cell or as a sentence of its own.
    return _("{what}: {how_long}").format(what=what, how_long=how)


def retention_exceptions(retention) -> str:
    """The exceptions to a category's retention, to follow its main period in a table cell: "; order records: 6
    years" ("" for none)."""
    return "".join(f"{semicolon()}{_exception(fragment(e.what), how_long(e))}" for e in retention.exceptions)


def kept(retention) -> Kept | None:
    if retention is None:
        return None
    if retention.period:
        listed = with_stop(how_long(retention))
        # TRANSLATORS: how long data is kept, completing "We keep it" ("We keep it for 12 months (while you are a
        # customer)."); {period} may be followed by the business's reason in brackets.
        phrase = _("for {period}.").format(period=how_long(retention, alone=False))
    else:
        listed = phrase = with_stop(fragment(retention.criteria))
    for e in retention.exceptions:  # each its own sentence, so a criteria phrase never runs into the next
        what = fragment(e.what)
        listed += f" {_exception(_upper_first(what), with_stop(how_long(e)))}"
        if e.period:
            # TRANSLATORS: a sentence saying how long one kind of data is kept ("We keep order records for 6 years");
            # {what} is the business's own words.
            sentence = _("We keep {what} for {period}").format(what=what, period=how_long(e, alone=False))
        else:
            # TRANSLATORS: a sentence saying until when one kind of data is kept ("We keep order records until the
            # order is delivered"); {what} and {until} are the business's own words.
            sentence = _("We keep {what} {until}").format(what=what, until=fragment(e.criteria))
        phrase += f" {with_stop(sentence)}"
    return Kept(listed, phrase)


@dataclass(frozen=True)
class CategoryRow:
    """One data category as a clause lists it."""

    label: str
    examples: str
    """Ready to print after a colon, full stop included; "" when there are none."""
    uses: tuple[str, ...] = ()
    kept: Kept | None = None


# ---------------------------------------------------------------------------------------------- given by people

# The occasions on which people give data, by the purpose it serves, in the order the policy lists them.
OCCASIONS = (
    # TRANSLATORS: an occasion on which people give us data, completing "When you ..." in a table cell; several are
    # joined with "or" ("When you create or manage your account or make a payment").
    ("account_management", N_("create or manage your account")),
    # TRANSLATORS: as "create or manage your account": "When you use our services".
    ("provide_service", N_("use our services")),
    ("matching", N_("use our services")),
    ("personalisation", N_("use our services")),
    ("ai_features", N_("use our services")),
    # TRANSLATORS: as "create or manage your account": "When you make a payment".
    ("payments", N_("make a payment")),
    # TRANSLATORS: as "create or manage your account": "When you contact us for help".
    ("customer_support", N_("contact us for help")),
    # TRANSLATORS: as "create or manage your account": "When you sign up to hear from us".
    ("marketing", N_("sign up to hear from us")),
    # TRANSLATORS: as "create or manage your account": "When you register for an event or webinar".
    ("events", N_("register for an event or webinar")),
    # TRANSLATORS: as "create or manage your account": "When you take part in a promotion".
    ("promotions", N_("take part in a promotion")),
    # TRANSLATORS: as "create or manage your account": "When you apply for a job".
    ("recruitment", N_("apply for a job")),
)
# TRANSLATORS: as "create or manage your account": "When you answer a survey or give feedback".
SURVEY_OCCASION = N_("answer a survey or give feedback")
DEFAULT_OCCASION = N_("use our services")


@dataclass(frozen=True)
class ProvidedRow:
    label: str
    examples: str
    occasions: tuple[str, ...]
    """For "when you ...", in the order of OCCASIONS."""


def _occasions(f: Facts, category) -> list[str]:
    purposes = {f.a.purpose(ref).purpose for ref in category.purposes}
    found = [SURVEY_OCCASION] if category.category == "survey_responses" else []
    found += [phrase for key, phrase in OCCASIONS if key in purposes]
    return [in_voice(_(occasion)) for occasion in dict.fromkeys(found)] or [in_voice(_(DEFAULT_OCCASION))]


@fact("the categories people give us directly, each with the occasions they give it on (from its purposes)",
      reads=("data_categories[*].sources", "data_categories[*].purposes", "data_categories[*].examples"))
def provided_rows(f: Facts) -> tuple[ProvidedRow, ...]:
    rows = []
    for c in f.a.data_categories:
        if "directly" in c.sources:
            rows.append(ProvidedRow(c.label, examples_of(c), tuple(_occasions(f, c))))
    return tuple(rows)


def _required_everywhere(f: Facts, category) -> bool:
    """Required of everyone served: no regions named, or every region served named ("other" cannot be)."""
    return category.required is True and (not category.required_in or set(f.a.audiences.regions) <= set(
        category.required_in))


@fact("the categories people give us directly that the answers say everyone must provide, for the middle of a "
      "sentence", reads=("data_categories[*].sources", "data_categories[*].required",
                         "data_categories[*].required_in", "audiences.regions"))
def provided_required(f: Facts) -> tuple[str, ...]:
    return tuple(lower_first(c.label) for c in f.a.data_categories
                 if "directly" in c.sources and _required_everywhere(f, c))


REGION_PLACES = {
    # TRANSLATORS: where people are, completing "If you are in ..." (several are joined with "or": "If you are in
    # the EEA or Brazil, you must also give us your ...").
    "eea": N_("the EEA"), "uk": N_("the UK"), "switzerland": N_("Switzerland"), "california": N_("California"),
    # TRANSLATORS: as "the EEA": "If you are in a US state other than California, ...".
    "other_us_states": N_("a US state other than California"), "brazil": N_("Brazil"), "canada": N_("Canada")}
"""Where people are, to complete "If you are in ..." (the "other" region cannot scope a requirement)."""


@dataclass(frozen=True)
class RequiredHere:
    places: tuple[str, ...]
    """Where people must give it: ("Brazil",)."""
    labels: tuple[str, ...]
    """What they must give, for the middle of a sentence."""


@fact("the categories people give us directly that only people in some regions must provide, grouped by those "
      "regions", reads=("data_categories[*].sources", "data_categories[*].required", "data_categories[*].required_in",
                        "audiences.regions"))
def provided_required_in_regions(f: Facts) -> tuple[RequiredHere, ...]:
    groups: dict[tuple[str, ...], list[str]] = {}
    for c in f.a.data_categories:
        if "directly" in c.sources and c.required is True and not _required_everywhere(f, c):
            regions = tuple(r for r in f.a.audiences.regions if r in c.required_in)  # the order they are served in
            groups.setdefault(regions, []).append(lower_first(c.label))
    return tuple(RequiredHere(tuple(_(REGION_PLACES[r]) for r in regions), tuple(labels))
                 for regions, labels in groups.items())


def _provided(f: Facts) -> list:
    return [c for c in f.a.data_categories if "directly" in c.sources]


@fact("every category people give us directly is answered, and some of them are not required of everyone",
      reads=("data_categories[*].sources", "data_categories[*].required", "data_categories[*].required_in"))
def provided_optional(f: Facts) -> bool:
    given = _provided(f)
    return all(c.required is not None for c in given) and any(
        c.required is False or not _required_everywhere(f, c) for c in given)


@fact("every category people give us directly is answered as not required",
      reads=("data_categories[*].sources", "data_categories[*].required"))
def provided_none_required(f: Facts) -> bool:
    given = _provided(f)
    return bool(given) and all(c.required is False for c in given)


# ------------------------------------------------------------------------------------------- collected by devices

@fact("the categories a browser or device sends automatically, with their examples",
      reads=("data_categories[*].sources", "data_categories[*].examples"))
def automatic_rows(f: Facts) -> tuple[CategoryRow, ...]:
    return tuple(CategoryRow(c.label, examples_of(c))
                 for c in f.a.data_categories if "automatically" in c.sources)


@fact("the categories the organisation creates itself (the source \"our_records\"), with their examples",
      reads=("data_categories[*].sources", "data_categories[*].examples"))
def created_rows(f: Facts) -> tuple[CategoryRow, ...]:
    return tuple(CategoryRow(c.label, examples_of(c))
                 for c in f.a.data_categories if "our_records" in c.sources)


@fact("cookies or other tracking technologies are used", reads=("cookies.kinds", "cookies.technologies"))
def uses_tracking_tools(f: Facts) -> bool:
    return bool(f.a.cookies.kinds or f.a.cookies.technologies)


@fact("the answers have a cookies section, so an empty list of cookies and tracking tools says that none are used",
      reads=("cookies.kinds", "cookies.technologies"))
def cookies_answered(f: Facts) -> bool:
    return "cookies" in f.a.model_fields_set


@fact("an analytics or advertising provider is named", reads=("processors[*].service", "processors[*].kind"))
def analytics_or_ad_providers(f: Facts) -> bool:
    return bool(f.a.processors_of_kind("analytics", "advertising"))


_SOURCE_KEY = {
    # TRANSLATORS: what a source's name means in the "Sources" column of a table, in a list ('In the "Sources"
    # column, "From you" means you gave it to us and "Automatically" means your browser or device sent it.');
    # {source} is the source's name.
    "directly": N_('"{source}" means you gave it to us'),
    # TRANSLATORS: as '"{source}" means you gave it to us'; {sender} is "browser or device", "email app" or "device".
    "automatically": N_('"{source}" means your {sender} sent it'),
    # TRANSLATORS: as '"{source}" means you gave it to us'.
    "our_records": N_('"{source}" means we created it'),
}


@fact("what each first-party source's name means in the US categories table, for the sources used",
      reads=("data_categories[*].sources", "services.covered[*].kind"))
def first_party_source_key(f: Facts) -> tuple[str, ...]:
    return tuple(in_voice(_(_SOURCE_KEY[s])).format(source=SOURCES[s].label, sender=f.automatic_sender)
                 for s in _SOURCE_KEY if s in f.a.source_kinds)


# ------------------------------------------------------------------------------------------------- from others



@dataclass(frozen=True)
class SourceRow:
    label: str
    sources: tuple[str, ...]


@fact("the categories that come from third parties, each with the kinds of source",
      reads=("data_categories[*].sources",))
def other_source_rows(f: Facts) -> tuple[SourceRow, ...]:
    return tuple(SourceRow(c.label, tuple(lower_first(SOURCES[s].label) for s in c.from_third_parties))
                 for c in f.a.data_categories if c.from_third_parties)


@fact("the third parties named as sources, the last one ending the sentence",
      reads=("data_categories[*].source_names",))
def named_sources(f: Facts) -> tuple[str, ...]:
    names = [fragment(n) for n in dict.fromkeys(n for c in f.a.data_categories for n in c.source_names)]
    if names:
        names[-1] = with_stop(names[-1])
    return tuple(names)


# --------------------------------------------------------------------------------------- about other people

@fact("how people may give us details about someone else, as examples (from business customers, contact imports "
      "and referral schemes)",
      reads=("audiences.business_customers", "practices.contacts_import", "practices.referrals",
             "practices.referral_friend_details"))
def ways_to_share_others(f: Facts) -> tuple[str, ...]:
    a = f.a
    friends = a.practices.referrals and a.practices.referral_friend_details
    ways = (
        # TRANSLATORS: a way people give us details about someone else, completing "for example when you ..." (several
        # are joined with "or": "for example when you add a colleague to your team or import your contacts").
        (a.audiences.business_customers, N_("add a colleague to your team")),
        # TRANSLATORS: as "add a colleague to your team".
        (a.practices.contacts_import, N_("import your contacts")),
        # TRANSLATORS: as "add a colleague to your team".
        (friends, N_("refer a friend")))
    return tuple(_(phrase) for yes, phrase in ways if yes)


# ---------------------------------------------------------------------------------------------- job applicants

def _for_recruitment(f: Facts, category) -> bool:
    return any(f.a.purpose(ref).purpose == "recruitment" for ref in category.purposes)


@fact("the categories used for recruitment", reads=("data_categories[*].purposes",))
def applicant_categories(f: Facts) -> tuple:
    return tuple(c for c in f.a.data_categories if _for_recruitment(f, c))


@fact("the labels of the categories used for recruitment, for the middle of a sentence",
      reads=("data_categories[*].purposes",))
def applicant_labels(f: Facts) -> tuple[str, ...]:
    return tuple(lower_first(c.label) for c in f.applicant_categories)


@dataclass(frozen=True)
class NamedKept:
    name: str
    """The category's label for the middle of a sentence."""
    kept: Kept


@fact("the categories used for recruitment that say how long they are kept, with that period",
      reads=("data_categories[*].purposes", "data_categories[*].retention"))
def applicant_retention(f: Facts) -> tuple[NamedKept, ...]:
    return tuple(NamedKept(lower_first(c.label), kept(c.retention)) for c in f.applicant_categories if c.retention)


@dataclass(frozen=True)
class Basis:
    label: str
    explanation: str
    """What the basis means ("we have a fair business reason..."), or the founder's own legitimate interest; with
    its full stop."""
    interest: bool
    """The explanation is the founder's own legitimate interest."""


@fact("the legal basis given for recruitment (the last recruitment purpose that has one)",
      reads=("purposes[*].purpose", "purposes[*].legal_basis", "purposes[*].legitimate_interest"))
def recruitment_basis(f: Facts) -> Basis | None:
    found = [p for p in f.a.purposes if p.purpose == "recruitment" and p.legal_basis]
    if not found:
        return None
    p = found[-1]
    if p.legal_basis == "legitimate_interests" and p.legitimate_interest:
        # TRANSLATORS: a legal basis, completing "Our legal basis is ...".
        return Basis(_("legitimate interests"), with_stop(fragment(p.legitimate_interest)), True)
    term = LEGAL_BASES[p.legal_basis]
    return Basis(lower_first(term.label), f"{fragment(term.description)}.", False)


@fact("the kinds of third party applicants' data comes from", reads=("data_categories[*].sources",))
def applicant_sources(f: Facts) -> tuple[str, ...]:
    return tuple(dict.fromkeys(lower_first(SOURCES[s].label) for c in f.applicant_categories
                               for s in c.from_third_parties))


@fact("the kinds of recipient applicants' data goes to", reads=("data_categories[*].recipients",))
def applicant_recipients(f: Facts) -> tuple[str, ...]:
    return tuple(dict.fromkeys(lower_first(RECIPIENT_KINDS[r].label) for c in f.applicant_categories
                               for r in c.recipients))


# ---------------------------------------------------------------------------------------------- public content

@fact("the categories others can see (the recipient \"the public\")", reads=("data_categories[*].recipients",))
def public_labels(f: Facts) -> tuple[str, ...]:
    return tuple(lower_first(c.label) for c in f.a.data_categories if "public" in c.recipients)


@fact("the minimum age given is under 18", reads=("children.minimum_age",))
def minors_may_use(f: Facts) -> bool:
    age = f.a.children.minimum_age
    return age is not None and age < 18


# ------------------------------------------------------------------------------------ calls, messages, sessions

RECORD_CATEGORIES = ("communications_content", "audio_visual")
SESSION_WORDS = ("record", "log", "replay", "history")


def _named_as_session_record(category) -> bool:
    label = category.written_label.lower()  # the words looked for are English, in every language
    return "session" in label and any(word in label for word in SESSION_WORDS)


@fact("the categories of communications kept: message contents and recordings, and categories the founder named "
      "as session records (a name with \"session\" and \"record\", \"log\", \"replay\" or \"history\")",
      reads=("data_categories[*].category", "data_categories[*].name"))
def record_categories(f: Facts) -> tuple:
    comms = [c for c in f.a.data_categories if c.category in RECORD_CATEGORIES]
    sessions = [c for c in f.a.data_categories if c.category not in RECORD_CATEGORIES and _named_as_session_record(c)]
    return tuple(comms + sessions)


@fact("the communications and session records kept, as rows with uses and how long each is kept",
      reads=("data_categories[*].category", "data_categories[*].name", "data_categories[*].purposes",
             "data_categories[*].retention"))
def record_rows(f: Facts) -> tuple[CategoryRow, ...]:
    return tuple(CategoryRow(c.label, examples_of(c), uses_of(f, c), kept(c.retention)) for c in f.record_categories)


@fact("what the kept records are, in words: \"communications\", \"sessions\" or \"communications and sessions\"",
      reads=("data_categories[*].category", "data_categories[*].name"))
def records_kept_words(f: Facts) -> str:
    comms = any(c.category in RECORD_CATEGORIES for c in f.record_categories)
    sessions = any(c.category not in RECORD_CATEGORIES for c in f.record_categories)
    if comms and sessions:
        # TRANSLATORS: what the kept records are of, completing "We keep records of some of your ...".
        return _("communications and sessions")
    if comms:
        # TRANSLATORS: as "communications and sessions".
        return _("communications")
    # TRANSLATORS: as "communications and sessions".
    return _("sessions") if sessions else ""


@fact("session recording tools are used", reads=("cookies.technologies",))
def records_sessions_with_tools(f: Facts) -> bool:
    return "session_replay" in f.a.cookies.technologies


@fact("some content is end-to-end encrypted", reads=("keeping.security_measures",))
def end_to_end_encrypted(f: Facts) -> bool:
    return "end_to_end_encryption" in f.a.keeping.security_measures


# -------------------------------------------------------------------------------------------------- retention

@fact("the categories whose retention the answers do not give, for the middle of a sentence (the privacy label "
      "gives the others)", reads=("data_categories[*].retention",))
def retention_unstated(f: Facts) -> tuple[str, ...]:
    return tuple(lower_first(c.label) for c in f.a.data_categories if kept(c.retention) is None)


# --------------------------------------------------------------------------------------------------- security

@dataclass(frozen=True)
class Safeguard:
    label: str
    description: str


@fact("the security measures in place, with what each does", reads=("keeping.security_measures",))
def safeguards(f: Facts) -> tuple[Safeguard, ...]:
    return tuple(Safeguard(SECURITY_MEASURES[m].label, SECURITY_MEASURES[m].description)
                 for m in f.a.keeping.security_measures)


@fact("accounts can be protected with multi-factor sign-in", reads=("keeping.security_measures",))
def multi_factor_sign_in(f: Facts) -> bool:
    return "multi_factor_authentication" in f.a.keeping.security_measures

