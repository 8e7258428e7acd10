"""Where personal data goes: storage, providers' locations and transfers, seen from each law that applies.

A provider located abroad is a transfer whether or not the founder listed it under ``transfers``, so destinations
come from all three answers together, and each law sees only the countries outside its own region, with only the
safeguards it recognises.
"""

from __future__ import annotations

from dataclasses import dataclass

from policygen.facts import Facts, fact
from policygen.catalogue.countries import country_label as country, in_sentence as country_in_sentence
from policygen.i18n.speaking import _, semicolon
from policygen.voice import in_voice


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
        texts = [t.recipients for t in a.transfers.transfers if t.destination == code and t.recipients]
        # A provider that the founder's own words about who receives it there already name is not repeated
        # ("Netlify; Netlify, our web host").
        names = [p.display_name for p in a.processors if p.resolved_country == code
                 and not any(p.display_name.casefold() in text.casefold() for text in texts)] + texts
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


# ---- what the transfers clause prints: the same notices, shaped for reading

@dataclass(frozen=True)
class SafeguardTerm:
    label: str
    description: str


@dataclass(frozen=True)
class LawTransfers:
    """One law's view of a transfer table: its claim, and the safeguards it names, in its own terms."""

    law: str
    law_name: str
    region_label: str
    claim: str
    """The claim that discloses these transfers: ``transfers.from-<law id>``."""
    safeguards: tuple[SafeguardTerm, ...]
    """Each safeguard used for these destinations, once, as this law names and explains it."""


@dataclass(frozen=True)
class TransferTable:
    """Laws whose people see the same destinations, shown as one table with one safeguard column per law."""

    laws: tuple[LawTransfers, ...]
    regions: tuple[str, ...]
    """The regions data leaves, in words ("the EEA", "the UK")."""
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    several: bool
    """More than one law shares the table: each law's safeguards are then explained under its name."""
    all_safeguarded: bool
    """Every destination has a safeguard under every law of the table."""


def _safeguard_header(notice: TransferNotice) -> str:
    # TRANSLATORS: the header of a table's safeguard column when several laws share the table, one column each
    # ("Safeguard for the EEA (GDPR)"); {region} is the law's region, {law} its short name.
    return _("Safeguard for {region} ({law})").format(region=_(notice.region_label), law=_(notice.law_name))


def _safeguard_label(term) -> str:
    """A law's transfer safeguard (policygen/laws, ``transfer_mechanisms``) by its name in the policy's language."""
    return in_voice(_(term.written_label))


def _what_happens(d: Destination) -> str:
    # TRANSLATORS: a cell of the column "What happens there" of the table of countries personal information is sent
    # to: the data is stored in that country.
    stored = _("Stored there.") if d.stored else ""
    # TRANSLATORS: as "Stored there.": who receives the data in that country ("Received by Netlify; Acme, our web
    # host."); {recipients} are names and the business's own words.
    received = _("Received by {recipients}.").format(recipients=semicolon().join(d.recipients)) if d.recipients else ""
    return " ".join(part for part in (stored, received) if part)


@fact("the transfers of each law with safeguards, one table for laws that see the same destinations",
      reads=("transfers.storage_countries", "processors[*].country", "processors[*].service",
             "transfers.transfers", "audiences.regions"))
def transfer_tables(f: Facts) -> tuple[TransferTable, ...]:
    from policygen.laws import LAWS

    grouped: dict[tuple, list[TransferNotice]] = {}
    for notice in f.transfer_notices:
        if not LAWS[notice.law].transfer_mechanisms:
            continue  # a law that names no safeguards (PIPEDA) has its own paragraph
        key = tuple((d.country, d.recipients, d.stored) for d in notice.destinations)
        grouped.setdefault(key, []).append(notice)

    tables = []
    for notices in grouped.values():
        terms = [LAWS[n.law].transfer_mechanisms for n in notices]
        several = len(notices) > 1
        headers = (
            # TRANSLATORS: headers of the table of countries personal information is sent to: the country, what
            # happens to the data there, and the safeguard for it.
            _("Country"),
            # TRANSLATORS: as "Country".
            _("What happens there"),
            *(_safeguard_header(n) if several else _("Safeguard") for n in notices))
        rows = []
        for i, d in enumerate(notices[0].destinations):
            cells = [", ".join(_safeguard_label(terms[k][m]) for m in n.destinations[i].mechanisms) or ""
                     for k, n in enumerate(notices)]
            rows.append((country(d.country), _what_happens(d), *cells))
        laws = tuple(
            LawTransfers(n.law, _(n.law_name), _(n.region_label), f"transfers.from-{n.law}", tuple(
                SafeguardTerm(_safeguard_label(terms[k][m]), in_voice(_(terms[k][m].written_description)))
                for m in dict.fromkeys(m for d in n.destinations for m in d.mechanisms)))
            for k, n in enumerate(notices))
        tables.append(TransferTable(laws, tuple(_(n.region_label) for n in notices), headers, tuple(rows), several,
                                    all(not n.unsafeguarded for n in notices)))
    return tuple(tables)


@fact("PIPEDA applies and data goes outside Canada: the countries, in words, with who receives it there",
      reads=("transfers.storage_countries", "processors[*].country", "processors[*].service",
             "transfers.transfers", "audiences.regions"))
def outside_canada(f: Facts) -> tuple[str, ...]:
    notice = notice_for(f, "pipeda")
    if notice is None:
        return ()
    return tuple(f"{country_in_sentence(d.country)} ({', '.join(d.recipients)})" if d.recipients
                 else country_in_sentence(d.country) for d in notice.destinations)


@fact("the storage countries, in words (\"the United Kingdom\", \"Germany\")", reads=("transfers.storage_countries",))
def storage_places(f: Facts) -> tuple[str, ...]:
    return tuple(country_in_sentence(code) for code in f.a.transfers.storage_countries)


@fact("the countries of named providers missing from the storage countries, in words",
      reads=("transfers.storage_countries", "processors[*].country", "processors[*].service"))
def provider_places_outside_storage(f: Facts) -> tuple[str, ...]:
    return tuple(country_in_sentence(code) for code in f.providers_outside_storage)


COPY_MECHANISMS = ("sccs", "uk_addendum", "bcrs")
"""Safeguards that are documents people can ask for a copy of (GDPR / UK GDPR Art. 46-47, 13(1)(f))."""


@fact("data leaves the EEA or the UK under standard clauses, a UK transfer agreement or binding corporate rules",
      reads=("transfers.transfers", "processors[*].country", "audiences.regions"))
def safeguards_to_copy(f: Facts) -> bool:
    return any(m in COPY_MECHANISMS for n in f.transfer_notices if n.law in ("gdpr", "uk_gdpr")
               for d in n.destinations for m in d.mechanisms)


@fact("data leaves Brazil under the ANPD's standard contractual clauses (LGPD Art. 33(II)(b))",
      reads=("transfers.transfers", "processors[*].country", "audiences.regions"))
def anpd_clauses_used(f: Facts) -> bool:
    notice = notice_for(f, "lgpd")
    return notice is not None and any("anpd_clauses" in d.mechanisms for d in notice.destinations)


@fact("data goes abroad: it leaves the region of a law that applies, or is kept outside the organisation's country",
      reads=("transfers.storage_countries", "processors[*].country", "transfers.transfers", "organisation.country"))
def transfers_matter(f: Facts) -> bool:
    home = f.a.organisation.country
    return f.data_leaves or bool(f.a.transfers.transfers) or any(c != home for c in f.data_countries)
