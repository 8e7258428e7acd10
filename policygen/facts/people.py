"""The people the policy speaks to about their rights: which law gives them which rights, whom they complain to,
who represents us where, and how they reach us."""

from __future__ import annotations

from dataclasses import dataclass

from policygen.facts import Facts, fact
from policygen.i18n.speaking import N_, _
from policygen.voice import in_voice

# Where a law module names no web page for its authority, the page that lists or is that authority.
_AUTHORITY_PAGES = {
    "gdpr": "https://www.edpb.europa.eu/about-edpb/about-edpb/members_en",
    "swiss_fadp": "https://www.edoeb.admin.ch",
}

EUROPEAN_LAWS = (("gdpr", "eea"), ("uk_gdpr", "uk"), ("swiss_fadp", "switzerland"))
"""Each European law with the region (policygen.facts.audience.EUROPEAN_PLACES) whose people it protects."""

# TRANSLATORS: a law named in a sentence, in a list ("Under the GDPR and the UK GDPR, making a request is free.").
THE_LAW = {"gdpr": N_("the GDPR"), "uk_gdpr": N_("the UK GDPR"), "ccpa": N_("the CCPA")}


@dataclass(frozen=True)
class EuropeanLaw:
    """One European law that applies, with the words the rights clause needs."""

    id: str
    name: str
    """The law's short name: "UK GDPR"."""
    place: str
    """Where its people are: "the UK"."""
    authority: str
    """Who takes complaints, in the law's own terms."""
    authority_url: str
    complaint_claim: str
    """The claim the rights clause makes when it tells these people how to complain."""


@fact("for each of the GDPR, the UK GDPR and the Swiss FADP that applies: its place, its authority and its page",
      reads=("audiences.regions",))
def european_laws(f: Facts) -> tuple[EuropeanLaw, ...]:
    from policygen.facts.audience import EUROPEAN_PLACES
    from policygen.laws import LAWS

    places = dict(EUROPEAN_PLACES)
    return tuple(
        EuropeanLaw(law_id, _(LAWS[law_id].name), _(places[region]), _(LAWS[law_id].authority),
                    LAWS[law_id].authority_url or _AUTHORITY_PAGES.get(law_id, ""), f"rights.complain-{law_id}")
        for law_id, region in EUROPEAN_LAWS if law_id in f.laws)


@fact("the places where the GDPR or the UK GDPR applies, in words", reads=("audiences.regions",))
def gdpr_places(f: Facts) -> list[str]:
    return [law.place for law in f.european_laws if law.id in ("gdpr", "uk_gdpr")]


@fact("the Swiss FADP applies alongside the GDPR or the UK GDPR, so rights that only the GDPR gives say where",
      reads=("audiences.regions",))
def gdpr_and_swiss(f: Facts) -> bool:
    return "swiss_fadp" in f.laws and f.gdpr_or_uk


@fact("marketing is sent, or a purpose is marketing (the GDPR's right to object to direct marketing)",
      reads=("marketing.sends_marketing", "purposes[*].purpose"))
def direct_marketing(f: Facts) -> bool:
    return bool(f.a.marketing.sends_marketing) or any(p.purpose == "marketing" for p in f.a.purposes)


@fact("the GDPR's right to object applies: a purpose relies on legitimate interests, or there is direct marketing",
      reads=("purposes[*].legal_basis", "marketing.sends_marketing", "purposes[*].purpose"))
def gdpr_objection(f: Facts) -> bool:
    return f.gdpr_or_uk and (f.legitimate_interests_basis or f.direct_marketing)


@dataclass(frozen=True)
class Representative:
    region: str
    """Where they represent us: "the EU"."""
    people: str
    """Whom they are there for: "the EEA"."""
    contact: object  # policygen.model.answers.Contact
    scope: str
    """What people may contact them about, in the words of the law that says it ("" where its text was not read)."""
    citation: str


# GDPR and UK GDPR Art. 27(4): a representative is mandated to be addressed by people "on all issues related to
# processing" (both texts read). The FADP's Art. 14 text on the Swiss representative's role was not read, so the Swiss
# line only cites it.
# TRANSLATORS: what people may contact our representative about ("If you are in the EEA, you can also contact our
# representative there, Acme Rep Ltd, about anything to do with how we process your personal information (GDPR Art.
# 27):").
_ABOUT_PROCESSING = N_("about anything to do with how we process your personal information")
# TRANSLATORS: the article of a law that provides for a representative, in brackets after their name.
_REPRESENTATIVE_ROLES = {"gdpr": (_ABOUT_PROCESSING, N_("GDPR Art. 27")),
                         "uk_gdpr": (_ABOUT_PROCESSING, N_("UK GDPR Art. 27")),
                         "swiss_fadp": ("", N_("FADP Art. 14"))}
# TRANSLATORS: where our representative is ("**Our representative in the EU.** If you are in the EEA, you can also
# contact our representative there"); the places people are in are said as elsewhere ("the EEA").
_REPRESENTED_REGIONS = {"gdpr": N_("the EU"), "uk_gdpr": N_("the UK"), "swiss_fadp": N_("Switzerland")}


@fact("the representatives given for the places served (EU, UK, Switzerland)",
      reads=("organisation.eu_representative", "organisation.uk_representative",
             "organisation.swiss_representative", "audiences.regions"))
def representatives(f: Facts) -> tuple[Representative, ...]:
    from policygen.facts.audience import EUROPEAN_PLACES

    org = f.a.organisation
    places = dict(EUROPEAN_PLACES)
    given = (("gdpr", "eea", org.eu_representative), ("uk_gdpr", "uk", org.uk_representative),
             ("swiss_fadp", "switzerland", org.swiss_representative))
    found = []
    for law_id, region, contact in given:
        if contact is not None and law_id in f.laws:
            scope, citation = _REPRESENTATIVE_ROLES[law_id]
            found.append(Representative(_(_REPRESENTED_REGIONS[law_id]), _(places[region]), contact,
                                        in_voice(_(scope)) if scope else "", _(citation)))
    return tuple(found)


_ROLE_WORDS = ("officer", "dpo", "privacy", "protection", "team", "lead", "department", "head of", "manager")


@fact("the privacy officer is named by a role (\"Privacy Lead\") rather than a person's name",
      reads=("organisation.privacy_officer.name",))
def privacy_officer_is_role(f: Facts) -> bool:
    officer = f.a.organisation.privacy_officer
    return officer is not None and any(word in officer.name.lower() for word in _ROLE_WORDS)


@fact("the privacy officer's role name already says Data Protection Officer or DPO",
      reads=("organisation.privacy_officer.name",))
def privacy_officer_titled_dpo(f: Facts) -> bool:
    officer = f.a.organisation.privacy_officer
    return officer is not None and ("dpo" in officer.name.lower() or "data protection officer" in officer.name.lower())


@fact("the ways to make a request that the answers give enough details to print, in the order given (email when "
      "none can be printed)",
      reads=("rights.request_methods", "rights.toll_free_number", "organisation.phone", "organisation.contact_form_url"))
def request_channels(f: Facts) -> tuple[str, ...]:
    a = f.a
    printable = {
        "email": True,
        "web_form": bool(a.organisation.contact_form_url),
        "toll_free_phone": bool(a.rights.toll_free_number),
        "phone": bool(a.organisation.phone or a.rights.toll_free_number),
        "in_account": True,
        "postal_mail": True,
    }
    channels = tuple(dict.fromkeys(m for m in a.rights.request_methods if printable.get(m)))
    return channels or ("email",)


@fact("the number people call under \"phone\": the organisation's, else the toll-free one",
      reads=("organisation.phone", "rights.toll_free_number"))
def request_phone(f: Facts) -> str | None:
    return f.a.organisation.phone or f.a.rights.toll_free_number


@fact("a toll-free number is worth asking for: a US state privacy law applies (the CCPA asks for one) or people may "
      "make requests by toll-free phone", reads=("audiences.regions", "rights.request_methods"))
def toll_free_asked(f: Facts) -> bool:
    return f.us_law or "toll_free_phone" in f.a.rights.request_methods


@fact("California residents have a toll-free number that the list of request methods does not show",
      reads=("rights.toll_free_number", "rights.request_methods", "audiences.regions"))
def california_toll_free_extra(f: Facts) -> bool:
    r = f.a.rights
    return "ccpa" in f.laws and bool(r.toll_free_number) and "toll_free_phone" not in f.request_channels


@fact("the clauses that set out rights under a particular law, for the laws that apply",
      reads=("audiences.regions",))
def regional_rights_clauses(f: Facts) -> tuple[str, ...]:
    found = (("eu-uk-rights", f.european_law), ("us-state-rights", f.us_law), ("health-data", f.health_policy_linked),
             ("brazil-rights", "lgpd" in f.laws), ("canada-rights", "pipeda" in f.laws))
    return tuple(clause for clause, applies in found if applies)


@fact("the clauses that name an authority people can complain to, for the laws that apply",
      reads=("audiences.regions",))
def complaint_clauses(f: Facts) -> tuple[str, ...]:
    return tuple(c for c in f.regional_rights_clauses if c not in ("us-state-rights", "health-data"))


@fact("the US states served besides California, by name", reads=("audiences.us_states", "audiences.regions"))
def us_state_names(f: Facts) -> list[str]:
    from policygen.catalogue.regions import US_PRIVACY_STATES

    # Washington's health data law is not a privacy law of this kind: its rights are in the consumer health data policy.
    return [US_PRIVACY_STATES[code] for code in f.a.audiences.us_states
            if code in US_PRIVACY_STATES] if f.serves_other_us_states else []


@fact("the categories the CCPA counts as sensitive personal information",
      reads=("data_categories[*].category", "data_categories[*].sensitive", "audiences.regions"))
def ccpa_sensitive(f: Facts) -> tuple:
    return next((s.categories for s in f.sensitive_by_law if s.law == "ccpa"), ())


@fact("the answers say some sensitive personal information is used beyond what the CCPA permits without the right "
      "to limit", reads=("data_categories[*].limited_to_necessary_uses",))
def ccpa_limit_right(f: Facts) -> bool:
    return any(c.limited_to_necessary_uses is False for c in f.ccpa_sensitive)


@fact("the answers say all sensitive personal information is used only as the CCPA permits without the right to "
      "limit", reads=("data_categories[*].limited_to_necessary_uses",))
def ccpa_sensitive_all_limited(f: Facts) -> bool:
    return bool(f.ccpa_sensitive) and all(c.limited_to_necessary_uses is True for c in f.ccpa_sensitive)


@fact("the answers do not say whether the right to limit applies: no sensitive personal information is said to be "
      "used beyond what the CCPA permits, and some is not said to be used only for that",
      reads=("data_categories[*].limited_to_necessary_uses",))
def ccpa_limit_unanswered(f: Facts) -> bool:
    return bool(f.ccpa_sensitive) and not f.ccpa_limit_right and not f.ccpa_sensitive_all_limited


@fact("the policy covers one service only", reads=("services.covered",))
def one_service(f: Facts) -> bool:
    return len(f.a.services.covered) == 1


@fact("the name of the one service the policy covers; empty when it covers several", reads=("services.covered",))
def only_service_name(f: Facts) -> str:
    from policygen.document.markdown_text import fragment

    return fragment(f.a.services.covered[0].name) if f.one_service else ""


@fact("every online service covered bears our own name (\"Luna\" runs \"Luna\")",
      reads=("services.covered[*]", "organisation.legal_name", "organisation.trading_name"))
def services_share_our_name(f: Facts) -> bool:
    ours = f.a.organisation.display_name.strip().casefold()
    names = [s.name.strip().casefold() for s in f.a.services.covered if s.kind != "offline"]
    return bool(names) and all(n == ours for n in names)


_SERVICE_WORDS = {
    # TRANSLATORS: what a service the policy covers is, in brackets after its name ("This policy applies to Acme
    # (our website), and whenever you get in touch with us.").
    "website": N_("our website"),
    "web_app": N_("our web app"),
    "mobile_app": N_("our mobile app"),
    "desktop_app": N_("our desktop app"),
    "platform": N_("our online platform"),
    "newsletter": N_("our email newsletter"),
    "api": N_("our API for developers"),
    "on_premise": N_("our software that runs on your own systems"),
    # TRANSLATORS: as "our website", for dealings outside the online services ("Acme (when we deal with you
    # offline)").
    "offline": N_("when we deal with you offline"),
}


@dataclass(frozen=True)
class CoveredLine:
    name: str
    url: str | None
    kind: str
    """What it is, in words: "our mobile app"."""


@fact("the services the policy covers, each with its kind in words", reads=("services.covered",))
def covered_lines(f: Facts) -> tuple[CoveredLine, ...]:
    return tuple(CoveredLine(s.name, s.url, in_voice(_(_SERVICE_WORDS[s.kind]))) for s in f.a.services.covered)


@fact("the customer's privacy policy governs the data we process for business customers",
      reads=("services.processor_role.customer_policy_governs",))
def customer_policy_governs(f: Facts) -> bool:
    role = f.a.services.processor_role
    return role is not None and role.customer_policy_governs


@fact("the LGPD's data protection officer (encarregado) is named", reads=("organisation.lgpd_officer",))
def has_encarregado(f: Facts) -> bool:
    return "lgpd" in f.laws and f.a.organisation.lgpd_officer is not None


@fact("where our representatives are, for the places served: \"the EU\", \"the UK\", \"Switzerland\"",
      reads=("organisation.eu_representative", "organisation.uk_representative",
             "organisation.swiss_representative", "audiences.regions"))
def representative_regions(f: Facts) -> list[str]:
    return [r.region for r in f.representatives]


@fact("a law that applies gives a right to data portability (GDPR, UK GDPR, FADP, CCPA, US state laws, LGPD)",
      reads=("audiences.regions",))
def portability_right(f: Facts) -> bool:
    return bool(f.laws & {"gdpr", "uk_gdpr", "swiss_fadp", "ccpa", "us_states", "lgpd"})


@fact("more than one of the GDPR, the UK GDPR and the Swiss FADP applies", reads=("audiences.regions",))
def several_european_laws(f: Facts) -> bool:
    return len(f.european_laws) > 1


@fact("more than one way to make a request is listed", reads=("rights.request_methods",))
def several_request_channels(f: Facts) -> bool:
    return len(f.request_channels) > 1


@fact("the laws whose Art. 26 covers the joint controllers named: \"the GDPR\", \"the UK GDPR\"; empty when none is "
      "named or neither law applies", reads=("audiences.regions", "practices.joint_controllers"))
def joint_controller_laws(f: Facts) -> tuple[str, ...]:
    if not f.a.practices.joint_controllers:
        return ()
    return tuple(_(THE_LAW[law]) for law in ("gdpr", "uk_gdpr") if law in f.laws)
