"""How data is used: purposes and their legal bases under each law, marketing, research, automated decisions,
certifications and how changes are announced."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from policygen.facts import Facts, fact
from policygen.i18n.speaking import N_, _
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
             "purposes[*].legal_basis", "purposes[*].legitimate_interest", "audiences.regions",
             "data_categories[*].special_category_condition"))
def purpose_rows(f: Facts) -> tuple[PurposeRow, ...]:
    from policygen.document.markdown_text import join

    return tuple(PurposeRow(p.label, _with_stop(p.wording) if p.wording != p.label else "",
                            str(join(_labels(f.a.categories_for(p)))), _basis_cell(f, p))
                 for p in f.a.purposes)


LEGAL_BASIS_LETTERS = {"consent": "a", "contract": "b", "legal_obligation": "c", "vital_interests": "d",
                       "public_task": "e", "legitimate_interests": "f"}
"""Each legal basis's point of Art. 6(1), the same in the GDPR and the UK GDPR."""


@fact("the ids of the laws that apply and require a legal basis for each purpose (the GDPR, the UK GDPR; not the "
      "Swiss FADP)", reads=("audiences.regions",))
def legal_basis_law_ids(f: Facts) -> tuple[str, ...]:
    return tuple(law for law in ("gdpr", "uk_gdpr") if law in f.laws)


@fact("the laws that apply and require a legal basis for each purpose, by their short names (\"GDPR\", \"UK GDPR\")",
      reads=("audiences.regions",))
def legal_basis_laws(f: Facts) -> tuple[str, ...]:
    from policygen.laws import LAWS

    return tuple(_(LAWS[law].name) for law in f.legal_basis_law_ids)


# TRANSLATORS: a law that requires a legal basis for each purpose, with the people it protects, completing "The table
# also gives the legal basis of each purpose, as required by ..." (two are joined with "and").
_LEGAL_BASIS_LAWS_IN_WORDS = {"gdpr": N_("the GDPR (for people in the EEA)"),
                              "uk_gdpr": N_("the UK GDPR (for people in the UK)")}


@fact("the laws that require a legal basis, in words, with the people each protects",
      reads=("audiences.regions",))
def legal_basis_laws_in_words(f: Facts) -> tuple[str, ...]:
    return tuple(_(_LEGAL_BASIS_LAWS_IN_WORDS[law]) for law in f.legal_basis_law_ids)


# TRANSLATORS: a citation of an article of the GDPR, the UK GDPR or both ("GDPR and UK GDPR Art. 6(1)(b)"); {article}
# is the article's number with its paragraph and point, "6(1)(b)".
_CITATIONS = {("gdpr",): N_("GDPR Art. {article}"), ("uk_gdpr",): N_("UK GDPR Art. {article}"),
              ("gdpr", "uk_gdpr"): N_("GDPR and UK GDPR Art. {article}")}


def gdpr_citation(f: Facts, article: str) -> str:
    """An article of the GDPR and/or the UK GDPR, whichever apply: "GDPR and UK GDPR Art. 9(2)(a)"."""
    return _(_CITATIONS[f.legal_basis_law_ids]).format(article=article)


def _basis_cell(f: Facts, p) -> str:
    """A purpose's legal basis cited in the laws that require one, with what it means; empty where none applies or
    none is answered."""
    from policygen.catalogue.purposes import LEGAL_BASES
    from policygen.document.markdown_text import lower_first, sentence

    if not f.legal_basis_laws or not p.legal_basis:
        return ""
    basis = LEGAL_BASES[p.legal_basis]
    citation = gdpr_citation(f, f"6(1)({LEGAL_BASIS_LETTERS[p.legal_basis]})")
    if p.legal_basis == "legitimate_interests" and p.legitimate_interest:
        # TRANSLATORS: what a legitimate interest is, after a legal basis and its citation in the purposes table
        # ("Legitimate interests (GDPR Art. 6(1)(f)): our interest is keeping the service secure."); {interest} is
        # the business's own words, with the full stop.
        meaning = in_voice(_("our interest is {interest}")).format(interest=_with_stop(p.legitimate_interest))
    else:
        meaning = lower_first(sentence(basis.description))
    # TRANSLATORS: a purpose's legal basis in the purposes table: the basis, its citation and what it means
    # ("Contract (GDPR Art. 6(1)(b)): we need it to provide the service you asked for.").
    cell = _("{basis} ({citation}): {meaning}").format(basis=basis.label, citation=citation, meaning=meaning)
    return cell + "".join(
        f" {_special_condition_words(f, categories, condition)}"
        for condition, categories in _special_conditions_for(f, p).items())


def _special_conditions_for(f: Facts, p) -> dict:
    """The answered Art. 9(2) conditions of the special category data used for a purpose, each with the labels of
    the categories that rest on it, in the order declared."""
    found: dict[str, list[str]] = {}
    for c in f.a.categories_for(p):
        if c.special_category_condition and any(c is s for s in f.special_category_data):
            found.setdefault(c.special_category_condition, []).extend(_labels([c]))
    return found


@fact("every answered Art. 9(2) condition is stated in the purposes table beside a purpose's legal basis, and none "
      "needs a UK Schedule 1 condition beside it, so the sensitive-data section points there instead of repeating it",
      reads=("data_categories[*].special_category_condition", "data_categories[*].purposes", "purposes[*].legal_basis",
             "audiences.regions"))
def special_conditions_in_purposes(f: Facts) -> bool:
    stated = {id(c) for p in f.a.purposes if p.legal_basis for c in f.a.categories_for(p)}
    answered = [c for c in f.special_category_data if c.special_category_condition]
    return (bool(f.legal_basis_laws) and bool(answered) and all(id(c) in stated for c in answered)
            and not any(line.uk_condition for line in f.special_condition_lines))


def _special_condition_words(f: Facts, labels: list[str], condition_id: str) -> str:
    """"For your health information, which is special category data, we also rely on explicit consent (GDPR
    Art. 9(2)(a)): ..." (GDPR / UK GDPR Art. 13(1)(c) read with Art. 9(2))."""
    from policygen.catalogue.special_conditions import SPECIAL_CONDITIONS
    from policygen.document.markdown_text import join, lower_first

    condition = SPECIAL_CONDITIONS[condition_id]
    if len(labels) == 1:
        # TRANSLATORS: follows a purpose's legal basis in the purposes table ("For your health information, which is
        # special category data, we also rely on explicit consent (GDPR Art. 9(2)(a)): you have agreed to it.");
        # {labels} is one kind of data, {condition} a condition of Art. 9(2), {meaning} what it means.
        message = _("For your {labels}, which is special category data, we also rely on {condition} ({citation}): "
                    "{meaning}")
    else:
        # TRANSLATORS: as the sentence above, for several kinds of data ("For your health information and biometric
        # data, which are special category data, ...").
        message = _("For your {labels}, which are special category data, we also rely on {condition} ({citation}): "
                    "{meaning}")
    return in_voice(message).format(labels=join(labels), condition=lower_first(condition.label),
                                    citation=gdpr_citation(f, f"9(2)({condition.letter})"),
                                    meaning=_with_stop(in_voice(condition.description)))


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


UK_ADM_SINCE = datetime.date(2026, 2, 5)
"""UK GDPR Art. 22A-22D, which the Data (Use and Access) Act 2025 s.80 put in place of Art. 22, in force from 5 February
2026 (SI 2026/82; ../shared/LEGAL-CHECKLIST.md s.14; legislation.gov.uk for the text, ICO guidance for the date)."""


def _uk_adm_rules(f: Facts) -> bool:
    """The policy's version is from the day the UK's Art. 22A-22D took effect (as for the UK complaints duty, the
    version's date decides which text it follows)."""
    return f.a.changes.last_updated >= UK_ADM_SINCE


@fact("the GDPR, or the UK GDPR before its Art. 22 was replaced, applies and automated decisions have significant "
      "effects (Art. 22)", reads=("audiences.regions", "practices.automated_decisions.significant_effects",
                                 "changes.last_updated"))
def article_22_decisions(f: Facts) -> tuple[str, ...]:
    """The names of the laws whose Art. 22 governs these decisions ("GDPR", "UK GDPR"); empty when none."""
    from policygen.laws import LAWS

    return tuple(_(LAWS[law].name) for law in _article_22_laws(f))


def _article_22_laws(f: Facts) -> tuple[str, ...]:
    if not f.significant_automated_decisions:
        return ()
    return tuple(law for law in f.legal_basis_law_ids if law != "uk_gdpr" or not _uk_adm_rules(f))


@fact("where those laws protect people: \"the EEA\", \"the UK\"",
      reads=("audiences.regions", "practices.automated_decisions.significant_effects", "changes.last_updated"))
def article_22_places(f: Facts) -> tuple[str, ...]:
    from policygen.facts.audience import EUROPEAN_PLACES

    places = dict(EUROPEAN_PLACES)
    regions = {"gdpr": "eea", "uk_gdpr": "uk"}
    return tuple(_(places[regions[law]]) for law in _article_22_laws(f))


@fact("the UK GDPR applies in its Art. 22A-22D form (the policy's version is from 5 February 2026) and automated "
      "decisions have significant effects", reads=("audiences.regions",
                                                   "practices.automated_decisions.significant_effects",
                                                   "changes.last_updated"))
def uk_adm_safeguards(f: Facts) -> bool:
    return "uk_gdpr" in f.laws and f.significant_automated_decisions and _uk_adm_rules(f)


@fact("a data category is special category data under the UK GDPR, so UK GDPR Art. 22B may limit automated decisions",
      reads=("audiences.regions", "practices.automated_decisions.significant_effects", "changes.last_updated",
             "data_categories[*].category"))
def uk_adm_special_categories(f: Facts) -> bool:
    from policygen.laws import LAWS

    return f.uk_adm_safeguards and any(c.category in LAWS["uk_gdpr"].sensitive for c in f.a.data_categories)


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
    from policygen.document.markdown_text import lower_first
    from policygen.catalogue.countries import country_label as country

    return tuple(AIProvider(p.display_name, p.resolved_policy_url,
                            _chunks([lower_first(c.label) for c in received]),
                            country(p.resolved_country) if p.resolved_country else None, p.third_party)
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


@fact("each certification with its dispute-resolution body", reads=("certifications",))
def certification_lines(f: Facts) -> tuple[CertificationLine, ...]:
    from policygen.document.markdown_text import fragment

    lines = []
    for c in f.a.certifications:
        name = fragment(c.name)
        body = fragment(c.dispute_resolution) if c.dispute_resolution else ""
        lines.append(CertificationLine(name, c.url, not name.endswith("."), body, c.dispute_resolution_url))
    return tuple(lines)


@fact("exactly one certification is given", reads=("certifications",))
def one_certification(f: Facts) -> bool:
    return len(f.a.certifications) == 1


@fact("a certification is under the Data Privacy Framework", reads=("certifications[*].name",))
def certified_dpf(f: Facts) -> bool:
    return any("data privacy framework" in c.name.lower() for c in f.a.certifications)


# TRANSLATORS: the US body that enforces the business's Data Privacy Framework commitments ("Under the Data Privacy
# Framework, the US Federal Trade Commission can investigate and enforce ...").
DPF_AUTHORITIES = {"ftc": N_("the US Federal Trade Commission"), "dot": N_("the US Department of Transportation")}
"""The bodies whose jurisdiction the Data Privacy Framework rests on (DPF Principles, Notice: "the FTC, the Department
of Transportation or any other U.S. authorized statutory body"); the DOT's covers airlines and ticket agents."""


@fact("the US body with jurisdiction over the business under the Data Privacy Framework, in words; empty when the "
      "certifications do not say, or name different ones",
      reads=("certifications[*].name", "certifications[*].enforcement_authority"))
def dpf_enforcer(f: Facts) -> str:
    from policygen.model.conditions import names_data_privacy_framework

    named = {c.enforcement_authority for c in f.a.certifications if names_data_privacy_framework(c)}
    return _(DPF_AUTHORITIES[named.pop()]) if len(named) == 1 and None not in named else ""


# ---- changes

def _notice(method: str):
    return lambda f: method in f.a.changes.notice_methods


@fact("the policy's \"last updated\" date is changed to announce changes", reads=("changes.notice_methods",))
def changes_by_date(f: Facts) -> bool:
    return _notice("updated_date")(f)


@fact("changes are announced some way besides the \"last updated\" date (email, a notice, an in-app message)",
      reads=("changes.notice_methods",))
def changes_told_beyond_date(f: Facts) -> bool:
    return any(m != "updated_date" for m in f.a.changes.notice_methods)


@fact("changes are announced by email", reads=("changes.notice_methods",))
def changes_by_email(f: Facts) -> bool:
    return _notice("email")(f)


@fact("where a notice announces changes, among the places the service has: \"on our website\", \"in our app\" or "
      "both; empty when no notice is given or the service has neither",
      reads=("changes.notice_methods", "services.covered[*].kind"))
def change_notice_places(f: Facts) -> str:
    if not _notice("site_notice")(f):
        return ""
    if f.has_website and f.has_app:
        # TRANSLATORS: where a notice announces changes to the policy, completing "Put a notice ..." in a list of the
        # ways we tell people ("- Put a notice on our website and in our app.").
        return in_voice(_("on our website and in our app"))
    if f.has_website:
        # TRANSLATORS: as "on our website and in our app".
        return in_voice(_("on our website"))
    # TRANSLATORS: as "on our website and in our app".
    return in_voice(_("in our app")) if f.has_app else ""


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
    if text[:3].lower() == "to ":
        # TRANSLATORS: what marketing messages are about, after "We send marketing messages by email."; {purpose} is
        # the business's own words, which begin with "to" ("We use them to tell you about new features").
        text = in_voice(_("We use them {purpose}")).format(purpose=text)
    return str(sentence(text)) if text else ""
