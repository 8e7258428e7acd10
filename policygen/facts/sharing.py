"""Who receives personal information: the named providers and their roles, the kinds of recipient, and what is sold
or shared for advertising."""

from __future__ import annotations

from dataclasses import dataclass

from policygen.facts import Facts, fact
from policygen.facts.tracking import Names
from policygen.i18n.speaking import _, semicolon


@dataclass(frozen=True)
class ProcessorRow:
    """One row of the providers' table."""

    name: str
    policy_url: str | None
    use: str
    """What it is used for, capitalised, without a leading "to " ("Host our website")."""
    data: str
    """The data it receives, "; "-separated, or "Not stated"."""
    location: str
    """Where it processes the data, as the answers say; else "Based in ..." from the catalogue; or "Not specified"."""


def _use(processor) -> str:
    from policygen.catalogue.choices import PROVIDER_KINDS
    from policygen.document.markdown_text import fragment

    # The founder's own words, else what kind of service it is: the catalogue's typical use ("prevent payment fraud",
    # "show ads to people who visited our site") may not be this business's, and is only a suggestion in the wizard.
    purpose = fragment(processor.purpose) if processor.purpose else ""
    if purpose.startswith("to "):
        purpose = purpose[3:]
    if not purpose:
        return PROVIDER_KINDS[processor.resolved_kind].label
    return purpose[:1].upper() + purpose[1:]


@fact("the declared data categories each named provider receives, in the order of the providers: those its answer "
      "names, else those given to its kind of recipient (payment processors, analytics providers, service "
      "providers...); empty when the answers do not say",
      reads=("processors[*].data", "processors[*].service", "processors[*].kind", "data_categories[*].category",
             "data_categories[*].recipients"))
def provider_data(f: Facts) -> tuple[tuple, ...]:
    return tuple(tuple(f.a.data_received_by(p)) for p in f.a.processors)


def _named_in_transfers(f: Facts, provider) -> str | None:
    """The destination of the one transfer whose recipients (the founder's words) name this provider; None when none
    or several do."""
    name = provider.display_name.casefold()
    found = {t.destination for t in f.a.transfers.transfers if t.recipients and name in t.recipients.casefold()}
    return found.pop() if len(found) == 1 else None


@fact("the named providers, one table row each: located where the answers say it processes the data, else where a "
      "transfer the answers describe names it as a recipient, else where the catalogue says it is based",
      reads=("processors[*]", "data_categories[*].recipients", "transfers.transfers[*].recipients"))
def processor_rows(f: Facts) -> tuple[ProcessorRow, ...]:
    from policygen.document.markdown_text import lower_first
    from policygen.catalogue.countries import country_label as country, in_sentence as country_in_sentence

    rows = []
    for p, received in zip(f.a.processors, f.provider_data):
        labels = [c.label for c in received]
        # TRANSLATORS: a cell of the providers' table, column "Data it receives": the answers do not say.
        data = semicolon().join([labels[0]] + [lower_first(x) for x in labels[1:]]) if labels else _("Not stated")
        located = p.country or _named_in_transfers(f, p)
        if located:
            where = country(located)
        elif p.resolved_country:
            # The catalogue knows where the provider is based, not where it keeps this business's data (a cloud
            # customer picks its region): say which.
            # TRANSLATORS: a cell of the providers' table, column "Location": where the company is based ("Based in
            # the United States"), not where it keeps the data.
            where = _("Based in {country}").format(country=country_in_sentence(p.resolved_country))
        else:
            # TRANSLATORS: a cell of the providers' table, column "Location": the answers do not say.
            where = _("Not specified")
        rows.append(ProcessorRow(p.display_name, p.resolved_policy_url, _use(p), data, where))
    return tuple(rows)


@fact("one provider is named (not several)", reads=("processors",))
def one_processor(f: Facts) -> bool:
    return len(f.a.processors) == 1


@fact("every named provider has a privacy policy link", reads=("processors[*].policy_url",))
def processors_all_linked(f: Facts) -> bool:
    return bool(f.a.processors) and all(p.resolved_policy_url for p in f.a.processors)


@fact("some, not all, named providers have a privacy policy link", reads=("processors[*].policy_url",))
def processors_some_linked(f: Facts) -> bool:
    return any(p.resolved_policy_url for p in f.a.processors) and not f.processors_all_linked


@fact("the providers stated to act only on instructions (third_party is no)", reads=("processors[*].third_party",))
def processor_names(f: Facts) -> Names:
    return Names(tuple(p.display_name for p in f.a.processors if p.third_party is False))


@fact("every named provider is stated to act only on instructions", reads=("processors[*].third_party",))
def all_processors_on_instructions(f: Facts) -> bool:
    return bool(f.a.processors) and all(p.third_party is False for p in f.a.processors)


@fact("the providers stated to use data for their own purposes too (third_party is yes)",
      reads=("processors[*].third_party",))
def own_use_names(f: Facts) -> Names:
    return Names(tuple(p.display_name for p in f.a.processors if p.third_party))


@fact("data goes abroad or is stored in named countries", reads=("transfers.storage_countries", "transfers.transfers"))
def names_storage_or_transfers(f: Facts) -> bool:
    return bool(f.a.transfers.storage_countries or f.a.transfers.transfers)


@dataclass(frozen=True)
class RecipientLine:
    """One kind of recipient; the privacy label shows which data each receives."""

    kind: str
    label: str
    description: str


@fact("each kind of recipient, with its label and description", reads=("data_categories[*].recipients", "processors"))
def recipient_lines(f: Facts) -> tuple[RecipientLine, ...]:
    from policygen.catalogue.parties import RECIPIENT_KINDS

    return tuple(RecipientLine(kind, RECIPIENT_KINDS[kind].label, RECIPIENT_KINDS[kind].description)
                 for kind in f.a.recipient_kinds)


@fact("some data is answered as sold", reads=("data_categories[*].sold",))
def sells(f: Facts) -> bool:
    return any(c.sold is True for c in f.a.data_categories)
