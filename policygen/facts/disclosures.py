"""What the business discloses about each kind of data: one structure, per data category, that the policy's privacy
label (policygen/facts/overview.py) and every label exporter (policygen/exports) read, so that they cannot
disagree."""

from __future__ import annotations

from dataclasses import dataclass

from policygen.facts import Facts, fact

IN_APP_SOURCES = ("directly", "automatically", "connected_services")
"""Data from these sources reaches you from the person or their device: what the stores call "collected". † Data
from apps and devices the person connects counts too: it comes through the app at their request (a wearable syncing
through the phone); neither store's pages read say how to declare data fetched from a linked account server to
server."""

SHARED_RECIPIENTS = ("data_buyers", "business_partners", "researchers")
"""Recipient kinds that use the data for themselves: Google counts giving data to them as "sharing" (service
providers, authorities and transfers the person asks for are exempt). † Researchers count as sharing: they study the
data for themselves. Delivery companies do not: they deliver for us, as service providers."""


@dataclass(frozen=True)
class Disclosure:
    """One declared data category: what the privacy label says of it and what the app stores' labels ask."""

    index: int
    """Its position in data_categories, so a finding can name the answer to fix."""
    category: str
    label: str
    items: tuple[str, ...]
    """The finer kinds of data (policygen.catalogue.choices.DATA_ITEMS); empty when the answers must say which."""
    purposes: tuple[str, ...]
    """The catalogue ids of its purposes, "other" for a purpose of the business's own; declared order, no repeats."""
    purpose_labels: tuple[str, ...]
    """Its purposes as the policy names them (several of the business's own purposes share the id "other")."""
    recipients: tuple[str, ...]
    """The kinds of recipient answered for it (policygen.catalogue.parties.RECIPIENT_KINDS)."""
    sold: bool | None
    shared_for_advertising: bool | None
    """As answered; None when unanswered."""
    retention: str
    """The period, else the criteria, then any exceptions ("30 days; order records: 6 years"); empty when neither is
    given."""
    in_app: bool
    """Collected from the person or their device, for more than job applications: what the stores' labels count."""
    shared: bool
    """Given to a company that uses it for itself: sold, shared for ads, a data buyer or partner, or a provider
    answered as using data for its own purposes."""
    linked: bool | None
    tracking: bool | None
    """The answer, else what the policy says: tracking when sold or shared for ads, none when answered as neither."""
    ephemeral: bool | None
    required: bool | None
    """As answered. Data required only of people in some regions (required_in) counts as required: for them the app
    cannot work without it. † How Google's form wants such data declared was not confirmed."""


def _items(category) -> tuple[str, ...]:
    from policygen.catalogue.choices import CATEGORY_ITEMS

    if category.items:
        return tuple(category.items)
    possible = CATEGORY_ITEMS.get(category.category, ())
    return possible if len(possible) == 1 else ()


def _tracking(category) -> bool | None:
    if category.used_for_tracking is not None:
        return category.used_for_tracking
    if category.sold or category.shared_for_advertising:
        return True
    if category.sold is False and category.shared_for_advertising is False:
        return False
    return None


@fact("each data category: its purposes, recipients, sale and sharing, retention and what the app stores ask",
      reads=("data_categories[*]", "purposes[*]", "processors[*].third_party", "processors[*].data"))
def data_disclosures(f: Facts) -> tuple[Disclosure, ...]:
    from policygen.document.markdown_text import fragment
    from policygen.facts.collection import retention_exceptions
    from policygen.i18n.speaking import period

    a = f.a
    own_use = [p for p in a.processors if p.third_party]
    found = []
    for index, c in enumerate(a.data_categories):
        purposes = tuple(dict.fromkeys(a.purpose(ref).purpose for ref in c.purposes))
        # job applications are not made in the app
        in_app = any(s in IN_APP_SOURCES for s in c.sources) and purposes != ("recruitment",)
        shared = bool(c.sold or c.shared_for_advertising or any(r in SHARED_RECIPIENTS for r in c.recipients)
                      or any(any(c is r for r in a.data_received_by(p)) for p in own_use))
        r = c.retention
        main = "" if r is None else period(r.period, alone=True) if r.period else fragment(r.criteria)
        retention = "" if r is None else main + retention_exceptions(r)
        found.append(Disclosure(
            index, c.category, c.label, _items(c), purposes,
            tuple(dict.fromkeys(a.purpose(ref).label for ref in c.purposes)), tuple(c.recipients), c.sold,
            c.shared_for_advertising, retention, in_app, shared,
            c.linked_to_person, _tracking(c), c.ephemeral, c.required))
    return tuple(found)


@fact("each data category the app collects from people or their devices, as the app stores' labels describe it",
      reads=("data_categories[*]", "purposes[*]", "processors[*].third_party", "processors[*].data"))
def app_disclosures(f: Facts) -> tuple[Disclosure, ...]:
    return tuple(d for d in f.data_disclosures if d.in_app)


@fact("the app uses some data to track people (Apple's App Tracking Transparency)",
      reads=("data_categories[*].used_for_tracking", "data_categories[*].sold",
             "data_categories[*].shared_for_advertising"))
def app_tracks(f: Facts) -> bool:
    return any(d.tracking for d in f.app_disclosures)


@fact("the internet domains the app's tracking providers are reached at, in the order named",
      reads=("processors[*].tracking_domains",))
def app_tracking_domains(f: Facts) -> tuple[str, ...]:
    return tuple(dict.fromkeys(d for p in f.a.processors for d in p.tracking_domains))


@fact("all data is encrypted in transit (a security measure the policy states)", reads=("keeping.security_measures",))
def encrypted_in_transit(f: Facts) -> bool:
    return "encryption_in_transit" in f.a.keeping.security_measures
