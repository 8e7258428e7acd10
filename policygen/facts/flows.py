"""Where personal data goes: storage, providers' locations and transfers, seen from each law that applies.

A provider located abroad is a transfer whether or not the founder listed it under ``transfers``, so destinations
come from all three answers together, and each law sees only the countries outside its own region, with only the
safeguards it recognises.
"""

from __future__ import annotations

from dataclasses import dataclass

from policygen.facts import Facts, fact


@dataclass(frozen=True)
class Destination:
    country: str
    """ISO code."""
    recipients: tuple[str, ...]
    """Who receives the data there: named providers located there, and the transfer's own recipients."""
    stored: bool
    """The answers say data is stored there."""
    mechanisms: tuple[str, ...]
    """The safeguards given for transfers there that this law recognises (ids of the law's mechanism terms)."""


@dataclass(frozen=True)
class TransferNotice:
    """What one law's people are told about data leaving their region."""

    law: str
    law_name: str
    region_label: str
    destinations: tuple[Destination, ...]

    @property
    def unsafeguarded(self) -> tuple[Destination, ...]:
        return tuple(d for d in self.destinations if not d.mechanisms)


@fact("every country personal data goes to: where it is stored, where named providers are, and transfers",
      reads=("transfers.storage_countries", "processors[*].country", "processors[*].service",
             "transfers.transfers[*].destination"))
def data_countries(f: Facts) -> tuple[str, ...]:
    a = f.a
    found = list(a.transfers.storage_countries)
    found += [p.resolved_country for p in a.processors if p.resolved_country]
    found += [t.destination for t in a.transfers.transfers]
    return tuple(dict.fromkeys(found))


@fact("countries where named providers are located but that are missing from the storage countries",
      reads=("transfers.storage_countries", "processors[*].country", "processors[*].service"))
def providers_outside_storage(f: Facts) -> tuple[str, ...]:
    stored = set(f.a.transfers.storage_countries)
    if not stored:
        return ()
    return tuple(dict.fromkeys(p.resolved_country for p in f.a.processors
                               if p.resolved_country and p.resolved_country not in stored))


def _destinations(f: Facts, region: frozenset[str], recognised: tuple[str, ...]) -> tuple[Destination, ...]:
    a = f.a
    found = []
    for code in f.data_countries:
        if code in region:
            continue
        names = [p.display_name for p in a.processors if p.resolved_country == code]
        names += [t.recipients for t in a.transfers.transfers if t.destination == code and t.recipients]
        mechanisms = [m for t in a.transfers.transfers if t.destination == code for m in t.mechanisms
                      if m in recognised]
        found.append(Destination(code, tuple(dict.fromkeys(names)), code in a.transfers.storage_countries,
                                 tuple(dict.fromkeys(mechanisms))))
    return tuple(found)


@fact("for each law with a region that applies, the countries outside it that data goes to, with safeguards",
      reads=("transfers.storage_countries", "processors[*].country", "processors[*].service",
             "transfers.transfers", "audiences.regions"))
def transfer_notices(f: Facts) -> tuple[TransferNotice, ...]:
    from policygen.laws import applicable

    notices = []
    for law in applicable(f):
        if not law.region:
            continue
        destinations = _destinations(f, law.region, tuple(law.transfer_mechanisms))
        if destinations:
            notices.append(TransferNotice(law.id, law.name, law.region_label, destinations))
    return tuple(notices)


@fact("personal data leaves the region of a law that applies",
      reads=("transfers.storage_countries", "processors[*].country", "transfers.transfers", "audiences.regions"))
def data_leaves(f: Facts) -> bool:
    return bool(f.transfer_notices)


def notice_for(f: Facts, law_id: str) -> TransferNotice | None:
    return next((n for n in f.transfer_notices if n.law == law_id), None)
