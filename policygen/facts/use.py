"""How data is used: purposes and their legal bases under each law, marketing, research, automated decisions,
certifications and how changes are announced."""

from __future__ import annotations

from dataclasses import dataclass

from policygen.facts import Facts, fact
from policygen.voice import in_voice

LABELS_PER_SENTENCE = 6
"""Data labels listed in one sentence before the next sentence takes over ("Also used: ...")."""


def _chunks(labels: list[str]) -> tuple[tuple[str, ...], ...]:
    count = -(-len(labels) // LABELS_PER_SENTENCE)
    size = -(-len(labels) // count) if count else 0
    return tuple(tuple(labels[i:i + size]) for i in range(0, len(labels), size)) if labels else ()

def _with_stop(text: str) -> str:
    from policygen.document.markdown_text import fragment

    text = fragment(text)
    return text if text[-1:] in ".!?" else text + "."


def _labels(categories) -> list[str]:
    from policygen.document.markdown_text import lower_first

    return [lower_first(c.label) for c in categories]


# ---- purposes

@dataclass(frozen=True)
class PurposeRow:
    label: str
    wording: str
    """What the purpose involves, as a sentence ending in a full stop; empty when it would repeat the label."""
    data: str
    """The data used for it, joined for a table cell; empty when no category names the purpose."""
    basis: str
    """Its legal basis cited in the laws that require one, with what the basis means ("Contract (GDPR Art. 6(1)(b)):
    we need it to ..."); empty where no such law applies or none is answered."""


@fact("each purpose with its wording, the data used for it and, where a law requires one, its legal basis",
      reads=("purposes[*].purpose", "purposes[*].name", "purposes[*].description", "data_categories[*].purposes",
             "purposes[*].legal_basis", "purposes[*].legitimate_interest", "audiences.regions"))
def purpose_rows(f: Facts) -> tuple[PurposeRow, ...]:
    from policygen.document.markdown_text import join

    return tuple(PurposeRow(p.label, _with_stop(p.wording) if p.wording != p.label else "",
                            str(join(_labels(f.a.categories_for(p)))), _basis_cell(f, p))
                 for p in f.a.purposes)


LEGAL_BASIS_LETTERS = {"consent": "a", "contract": "b", "legal_obligation": "c", "vital_interests": "d",
                       "public_task": "e", "legitimate_interests": "f"}
"""Each legal basis's point of Art. 6(1), the same in the GDPR and the UK GDPR."""


@fact("the laws that apply and require a legal basis for each purpose (the GDPR, the UK GDPR; not the Swiss FADP)",
      reads=("audiences.regions",))
def legal_basis_laws(f: Facts) -> tuple[str, ...]:
    return tuple(name for law, name in (("gdpr", "GDPR"), ("uk_gdpr", "UK GDPR")) if law in f.laws)


@fact("the laws that require a legal basis, in words, with the people each protects",
      reads=("audiences.regions",))
def legal_basis_laws_in_words(f: Facts) -> tuple[str, ...]:
    from policygen.laws import LAWS

    return tuple(f"the {LAWS[law].name} (for {LAWS[law].people})" for law in ("gdpr", "uk_gdpr") if law in f.laws)


def _basis_cell(f: Facts, p) -> str:
    """A purpose's legal basis cited in the laws that require one, with what it means; empty where none applies or
    none is answered."""
    from policygen.catalogue.purposes import LEGAL_BASES
    from policygen.document.markdown_text import lower_first, sentence

    if not f.legal_basis_laws or not p.legal_basis:
        return ""
    basis = LEGAL_BASES[p.legal_basis]
    citation = f"{' and '.join(f.legal_basis_laws)} Art. 6(1)({LEGAL_BASIS_LETTERS[p.legal_basis]})"
    if p.legal_basis == "legitimate_interests" and p.legitimate_interest:
        meaning = f"{in_voice('our interest is')} {_with_stop(p.legitimate_interest)}"
    else:
        meaning = lower_first(sentence(basis.description))
    return f"{basis.label} ({citation}): {meaning}"


@fact("the purposes table gives each purpose's legal basis: a law that requires one applies and some basis is "
      "answered", reads=("purposes[*].legal_basis", "audiences.regions"))
def shows_legal_bases(f: Facts) -> bool:
    return any(row.basis for row in f.purpose_rows)


@fact("marketing messages are sent (so people may object to direct marketing)", reads=("marketing.sends_marketing",))
def sends_marketing(f: Facts) -> bool:
    return f.a.marketing.sends_marketing


@fact("a law that applies requires telling people before their data is used for a new purpose",
      reads=("audiences.regions", "audiences.us_states"))
def new_purpose_notice_required(f: Facts) -> bool:
    # GDPR / UK GDPR Art. 13(3); FADP Art. 6(3); CCPA 1798.100(a)(1) and the state laws; LGPD Art. 9 par. 2;
    # PIPEDA Sch. 1, 4.2.4.
    return bool(f.laws & {"gdpr", "uk_gdpr", "swiss_fadp", "ccpa", "us_states", "lgpd", "pipeda"})


# ---- marketing

@fact("the channels marketing is sent by, in words", reads=("marketing.channels",))
def marketing_channels(f: Facts) -> tuple[str, ...]:
    from policygen.catalogue.choices import MARKETING_CHANNELS
    from policygen.document.markdown_text import lower_first

    return tuple(lower_first(MARKETING_CHANNELS[k].label) for k in f.a.marketing.channels)


@fact("marketing emails carry web beacons", reads=("cookies.technologies", "marketing.channels"))
def marketing_email_beacons(f: Facts) -> bool:
    return "web_beacons" in f.a.cookies.technologies and "email" in f.a.marketing.channels


# ---- research and de-identified data

@fact("research uses only aggregated or de-identified data", reads=("practices.research_aggregated_only",))
def research_aggregated(f: Facts) -> bool:
    return f.a.practices.research and f.a.practices.research_aggregated_only


@fact("research results are shared or published", reads=("practices.research_results_shared",))
def research_results_shared(f: Facts) -> bool:
    return f.a.practices.research and f.a.practices.research_results_shared


# ---- automated decisions

@fact("automated decisions can have legal or similarly significant effects",
      reads=("practices.automated_decisions.significant_effects",))
def significant_automated_decisions(f: Facts) -> bool:
    d = f.a.practices.automated_decisions
    return d is not None and d.significant_effects


@fact("people can ask a person to review an automated decision", reads=("practices.automated_decisions.human_review",))
def automated_human_review(f: Facts) -> bool:
    d = f.a.practices.automated_decisions
    return d is not None and d.human_review


@fact("the GDPR or UK GDPR applies and automated decisions have significant effects (Art. 22)",
      reads=("audiences.regions", "practices.automated_decisions.significant_effects"))
def article_22_decisions(f: Facts) -> tuple[str, ...]:
    """The names of the laws whose Art. 22 governs these decisions ("GDPR", "UK GDPR"); empty when none."""
    return f.legal_basis_laws if f.significant_automated_decisions else ()


@dataclass(frozen=True)
class AIProvider:
    name: str
    policy_url: str | None
    data: tuple[tuple[str, ...], ...]
    country: str | None
    """The country's name, when known."""
    own_purposes: bool | None
    """True: it may use the data for its own purposes; False: only on our instructions; None: not stated."""


@fact("the AI providers named, each with the data it receives, its location and its role",
      reads=("processors[*].service", "processors[*].kind", "processors[*].data", "processors[*].country",
             "processors[*].third_party", "data_categories[*].recipients"))
def ai_providers(f: Facts) -> tuple[AIProvider, ...]:
    from policygen.catalogue.countries import COUNTRIES
    from policygen.document.markdown_text import lower_first

    return tuple(AIProvider(p.display_name, p.resolved_policy_url,
                            _chunks([lower_first(c.label) for c in received]),
                            COUNTRIES[p.resolved_country] if p.resolved_country else None, p.third_party)
                 for p, received in zip(f.a.processors, f.provider_data) if p.resolved_kind == "ai")


@fact("how many of the AI providers link to their privacy policy: \"all\", \"some\" or \"none\"",
      reads=("processors[*].service", "processors[*].policy_url"))
def ai_providers_linked(f: Facts) -> str:
    linked = sum(1 for p in f.ai_providers if p.policy_url)
    return "none" if not linked else "all" if linked == len(f.ai_providers) else "some"


@fact("exactly one AI provider is named", reads=("processors[*].service", "processors[*].kind"))
def one_ai_provider(f: Facts) -> bool:
    return len(f.ai_providers) == 1


# ---- certifications

@dataclass(frozen=True)
class CertificationLine:
    name: str
    url: str | None
    needs_stop: bool
    """The name does not end in a full stop of its own, so a sentence ending on it needs one."""
    body: str
    """The dispute-resolution body, or empty."""
    body_url: str | None
    body_needs_stop: bool


@fact("each certification with its dispute-resolution body", reads=("certifications",))
def certification_lines(f: Facts) -> tuple[CertificationLine, ...]:
    from policygen.document.markdown_text import fragment

    lines = []
    for c in f.a.certifications:
        name = fragment(c.name)
        body = fragment(c.dispute_resolution) if c.dispute_resolution else ""
        lines.append(CertificationLine(name, c.url, not name.endswith("."), body, c.dispute_resolution_url,
                                       not body.endswith(".")))
    return tuple(lines)


@fact("exactly one certification is given", reads=("certifications",))
def one_certification(f: Facts) -> bool:
    return len(f.a.certifications) == 1


@fact("a certification is under the Data Privacy Framework", reads=("certifications[*].name",))
def certified_dpf(f: Facts) -> bool:
    return any("data privacy framework" in c.name.lower() for c in f.a.certifications)


@fact("a certification names an independent dispute-resolution body",
      reads=("certifications[*].dispute_resolution",))
def has_dispute_body(f: Facts) -> bool:
    return any(c.dispute_resolution for c in f.a.certifications)


# ---- changes

def _notice(method: str):
    return lambda f: method in f.a.changes.notice_methods


@fact("the policy's \"last updated\" date is changed to announce changes", reads=("changes.notice_methods",))
def changes_by_date(f: Facts) -> bool:
    return _notice("updated_date")(f)


@fact("changes are announced by email", reads=("changes.notice_methods",))
def changes_by_email(f: Facts) -> bool:
    return _notice("email")(f)


@fact("where a notice announces changes, among the places the service has: \"on our website\", \"in our app\" or "
      "both; empty when no notice is given or the service has neither",
      reads=("changes.notice_methods", "services.covered[*].kind"))
def change_notice_places(f: Facts) -> str:
    if not _notice("site_notice")(f):
        return ""
    places = [words for has, words in ((f.has_website, "on our website"), (f.has_app, "in our app")) if has]
    return in_voice(" and ".join(places))


@fact("changes are announced by a message shown at sign-in",
      reads=("changes.notice_methods", "data_categories[*].category", "rights.self_service"))
def changes_at_sign_in(f: Facts) -> bool:
    return _notice("in_app")(f) and f.has_accounts


@fact("changes are announced by a message in the service, which has no sign-in",
      reads=("changes.notice_methods", "data_categories[*].category", "rights.self_service"))
def changes_in_service(f: Facts) -> bool:
    return _notice("in_app")(f) and not f.has_accounts


@fact("the policy can say how changes are announced", reads=("changes.notice_methods", "services.covered[*].kind"))
def changes_announced(f: Facts) -> bool:
    return (f.changes_by_date or f.changes_by_email or bool(f.change_notice_places)
            or f.changes_at_sign_in or f.changes_in_service)


# ---- legal requests

@fact("US legal process reaches the business: it is established in the US, or a US law applies",
      reads=("organisation.country", "audiences.regions", "children"))
def us_legal_process(f: Facts) -> bool:
    return f.a.organisation.country == "US" or bool(f.laws & {"ccpa", "us_states", "caloppa", "coppa"})


@fact("what the marketing messages are about, in the founder's own words (the marketing purpose's description), as "
      "a sentence", reads=("purposes[*].description",))
def marketing_description(f: Facts) -> str:
    from policygen.document.markdown_text import sentence

    text = next((p.description for p in f.a.purposes if p.purpose == "marketing" and p.description), "")
    # Purposes are described as "to ..." phrases; on its own such a phrase is not a sentence.
    return str(sentence(in_voice("We use them ") + text if text[:3].lower() == "to " else text)) if text else ""
