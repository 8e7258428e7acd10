"""The short layers above the contents: the privacy label and the summary ("At a glance")."""

from __future__ import annotations

from dataclasses import dataclass

from policygen.facts import Facts, fact
from policygen.i18n.speaking import N_, _
from policygen.voice import in_voice


def _first(items: list[str], keep: int, rest: str) -> list[str]:
    """The first ``keep`` items, then the message ``rest`` (formatted with how many are left) when more than one is
    left."""
    if len(items) <= keep + 1:
        return items
    return items[:keep] + [_(rest).format(count=len(items) - keep)]


@fact("the online services covered, up to three by name", reads=("services.covered[*]",))
def summary_services(f: Facts) -> tuple[str, ...]:
    from policygen.document.markdown_text import fragment

    names = [fragment(s.name) for s in f.a.services.covered if s.kind != "offline"]
    # TRANSLATORS: the last item of the list of services in the summary, when there are more than three ("Acme runs
    # Acme, Acme Mobile, Acme API and more.").
    return tuple(names[:3] + ([_("more")] if len(names) > 3 else []))


@fact("the last service named in the summary ends with a full stop", reads=("services.covered[*]",))
def summary_services_end_with_stop(f: Facts) -> bool:
    return bool(f.summary_services) and f.summary_services[-1].endswith(".")


@fact("the data collected, up to five by name", reads=("data_categories[*]",))
def summary_data(f: Facts) -> tuple[str, ...]:
    from policygen.document.markdown_text import lower_first

    # TRANSLATORS: the last item of the summary's list of the data collected, when more than one kind is left out
    # ("What we collect: contact details, usage data, ... and 3 other kinds of data."); {count} is 2 or more.
    return tuple(_first([lower_first(c.label) for c in f.a.data_categories], 5, N_("{count} other kinds of data")))


@fact("the purposes, up to five by name", reads=("purposes[*]",))
def summary_purposes(f: Facts) -> tuple[str, ...]:
    from policygen.document.markdown_text import lower_first

    # TRANSLATORS: the last item of the summary's list of purposes, when more than one is left out ("Why we use it:
    # providing the service, ... and a few other purposes.").
    return tuple(_first([lower_first(p.label) for p in f.a.purposes], 5, N_("a few other purposes")))


@fact("the kinds of recipient, up to four by name", reads=("data_categories[*].recipients", "processors"))
def summary_recipients(f: Facts) -> tuple[str, ...]:
    from policygen.catalogue.parties import RECIPIENT_KINDS
    from policygen.document.markdown_text import lower_first

    # TRANSLATORS: the last item of the summary's list of the kinds of recipient, when more than one is left out
    # ("Who gets it: service providers, ... and a few others.").
    return tuple(_first([lower_first(RECIPIENT_KINDS[k].label) for k in f.a.recipient_kinds], 4, N_("a few others")))


@dataclass(frozen=True)
class LabelRow:
    label: str
    purposes: str
    recipients: str
    """Comma-separated kinds of recipient; empty when none is named."""
    sold_or_shared: str
    """"Sold", "Shared for ads", "Sold and shared", "No" (both answered no) or "Not stated"; one answered yes with
    the other unanswered says which is not stated."""
    retention: str
    """The period, else the criteria; empty when neither is given."""


def _sold_or_shared(sold: bool | None, shared: bool | None) -> str:
    """The label's answer for one category: only what the answers say (unanswered is not "No")."""
    if sold and shared:
        # TRANSLATORS: a cell of the privacy label's column "Sold or shared": whether the data is sold, or shared for
        # targeted ads ("Shared for ads"), as the answers say.
        return _("Sold and shared")
    if sold:
        # TRANSLATORS: as "Sold and shared".
        return _("Sold") if shared is False else _("Sold (sharing not stated)")
    if shared:
        # TRANSLATORS: as "Sold and shared".
        return _("Shared for ads") if sold is False else _("Shared for ads (sale not stated)")
    # TRANSLATORS: as "Sold and shared": neither sold nor shared ("No"), or the answers do not say.
    return _("No") if sold is False and shared is False else _("Not stated")


@fact("one privacy-label row per data category", reads=("data_categories[*]", "purposes[*]"))
def label_rows(f: Facts) -> tuple[LabelRow, ...]:
    """The label's rows, from the per-category disclosures the app store labels are written from too."""
    from policygen.catalogue.parties import RECIPIENT_KINDS

    return tuple(LabelRow(d.label, ", ".join(d.purpose_labels),
                          ", ".join(RECIPIENT_KINDS[k].label for k in d.recipients),
                          _sold_or_shared(d.sold, d.shared_for_advertising), d.retention)
                 for d in f.data_disclosures)


@fact("the main rights the first layer names: what everyone can ask, and what the laws that apply add",
      reads=("audiences.regions", "purposes[*].legal_basis"))
def summary_rights(f: Facts) -> tuple[str, ...]:
    # TRANSLATORS: a right named in the summary, completing "you can ask to" (several are joined with "or": "Your
    # rights: you can ask to see, correct or delete your data or object to how we use it.").
    rights = [_("see, correct or delete your data")]
    if f.european_law:
        # TRANSLATORS: as "see, correct or delete your data".
        rights.append(in_voice(_("object to how we use it")))
    if f.gdpr_or_uk and f.consent_basis:
        # TRANSLATORS: as "see, correct or delete your data".
        rights.append(_("withdraw your consent"))
    return tuple(rights)
