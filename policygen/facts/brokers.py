"""Data brokers: whether the business is one, where it is registered, and what California's Delete Act and Texas's
data broker law ask it to say (see policygen/laws/data_brokers.py)."""

from __future__ import annotations

from dataclasses import dataclass

from policygen.facts import Facts, fact
from policygen.facts.audience import serves_state
from policygen.i18n.speaking import N_, _, current_language, in_english
from policygen.voice import in_voice

# TRANSLATORS: a US state whose data broker registry the business is on, in a list ("We are registered as a data
# broker in California and Texas.").
REGISTRY_NAMES = {"california": N_("California"), "texas": N_("Texas"), "vermont": N_("Vermont"),
                  "oregon": N_("Oregon")}

# The figures California's Delete Act asks for (Civil Code 1798.99.85(a)): one row per kind of request, in the
# order of the sections it names: 1798.99.86(c) (DROP), 1798.105, 1798.110 and 1798.115, 1798.120, 1798.121.
METRIC_KINDS = (
    # TRANSLATORS: a kind of request, a row of the table of privacy requests a data broker received in a year.
    ("drop_deletion", N_("Delete, through DROP"), "deletion requests through DROP"),
    # TRANSLATORS: a kind of request, a row of the table of privacy requests a data broker received in a year.
    ("deletion", N_("Delete, asked of us directly"), "deletion requests made to you directly"),
    # TRANSLATORS: a kind of request, a row of the table of privacy requests a data broker received in a year.
    ("know", N_("Know what we hold or sold"), "requests to know"),
    # TRANSLATORS: a kind of request, a row of the table of privacy requests a data broker received in a year.
    ("opt_out", N_("Opt out of sale or sharing"), "requests to opt out of sale or sharing"),
    # TRANSLATORS: a kind of request, a row of the table of privacy requests a data broker received in a year.
    ("limit", N_("Limit use of sensitive information"),
     "requests to limit the use of sensitive personal information"),
)
"""(answer, the policy's row label, words for check's findings)."""
DROP_OPENED = 2026
"""The year California's Delete Request and Opt-out Platform opened to consumers (1 January 2026): DROP figures are
asked for from that year's metrics."""


@fact("some data is answered as sold and a US state privacy law applies, so the data broker question is asked",
      reads=("data_categories[*].sold", "audiences.regions"))
def broker_question_applies(f: Facts) -> bool:
    # From the audiences, not f.laws: this fact decides whether the data broker laws apply.
    return (f.serves_california or f.us_privacy_states_region) and f.sells


@fact("the business is answered as a data broker, and sells data where a US state privacy law applies",
      reads=("practices.data_broker", "data_categories[*].sold", "audiences.regions"))
def is_data_broker(f: Facts) -> bool:
    return f.broker_question_applies and f.a.practices.data_broker is True


@fact("some data that is sold comes from third parties, not from the people it is about",
      reads=("data_categories[*].sold", "data_categories[*].sources"))
def sells_data_from_others(f: Facts) -> bool:
    return any(c.sold is True and c.from_third_parties for c in f.a.data_categories)


@fact("every category that is sold comes only from third parties, never from the person or their device",
      reads=("data_categories[*].sold", "data_categories[*].sources"))
def sells_only_data_from_others(f: Facts) -> bool:
    sold = [c for c in f.a.data_categories if c.sold is True]
    return bool(sold) and all(len(c.from_third_parties) == len(c.sources) for c in sold)


@fact("the business is a data broker and audiences include California", reads=("practices.data_broker",
                                                                             "audiences.regions"))
def california_broker(f: Facts) -> bool:
    return f.is_data_broker and f.serves_california


@fact("the business is a data broker and audiences include Texas",
      reads=("practices.data_broker", "audiences.regions", "audiences.us_states"))
def texas_broker(f: Facts) -> bool:
    return f.is_data_broker and serves_state(f, "TX")


@fact("the business maintains a website: a website or web app is covered, or the organisation gives one",
      reads=("services.covered[*].kind", "organisation.website"))
def maintains_website(f: Facts) -> bool:
    return bool(f.a.organisation.website) or any(s.kind in ("website", "web_app") for s in f.a.services.covered)


@fact("the business is a data broker, Texas is served and it maintains a website, so the policy prints the Texas "
      "Secretary of State's notice for websites",
      reads=("practices.data_broker", "audiences.us_states", "services.covered[*].kind", "organisation.website"))
def texas_broker_notice(f: Facts) -> str:
    from policygen.laws.data_brokers import TEXAS_NOTICE

    return TEXAS_NOTICE if f.texas_broker and f.maintains_website else ""


@fact("the state registries the data broker is on, in words", reads=("practices.broker.registered_with",))
def broker_registries(f: Facts) -> tuple[str, ...]:
    if not f.is_data_broker:
        return ()
    return tuple(_(REGISTRY_NAMES[r]) for r in dict.fromkeys(f.a.practices.broker.registered_with))


@fact("the data broker processes deletion requests from California's DROP", reads=(
    "practices.broker.processes_drop_requests",))
def processes_drop_requests(f: Facts) -> bool:
    return f.california_broker and f.a.practices.broker.processes_drop_requests is True


@dataclass(frozen=True)
class MetricRow:
    """One kind of request in the year's figures."""

    label: str
    received: str
    complied: str
    denied: str
    median_days: str
    mean_days: str


@dataclass(frozen=True)
class BrokerFigures:
    year: int
    rows: tuple[MetricRow, ...]
    drop_denials: tuple[str, str, str, str] | None
    """DROP requests denied because not verifiable, not made by a consumer, exempt, on other grounds; when given."""
    not_required: tuple[tuple[str, str], ...]
    """(provision, requests) for each exemption under which deletion was not required."""


def _days(value: float) -> str:
    if not in_english():
        return _figure(_cldr_number(round(value, 1)))
    return _figure(f"{value:,.1f}".removesuffix(".0"))


def _count(value: int) -> str:
    return _figure(f"{value:,}" if in_english() else _cldr_number(value))


def _cldr_number(value: float) -> str:
    """The number as the language writes it ("1 234,5" in French, "1.234,5" in German)."""
    from babel.numbers import format_decimal

    from policygen.i18n import LANGUAGES

    return format_decimal(value, format="#,##0.#", locale=LANGUAGES[current_language()].locale)


def _figure(digits: str) -> str:
    """A number the policy prints as it is: digits, commas and a decimal point are literal Markdown (escaping
    would turn "11.4" into "11\\.4", as if it began a numbered list)."""
    from policygen.document.markdown_text import Markdown

    return Markdown(digits)


@fact("California's Delete Act applies and the answers give request figures: the latest year's, to print",
      reads=("practices.broker.request_metrics",))
def broker_figures(f: Facts) -> BrokerFigures | None:
    if not f.california_broker or not f.a.practices.broker.request_metrics:
        return None
    latest = max(f.a.practices.broker.request_metrics, key=lambda m: m.year)
    rows = tuple(MetricRow(in_voice(_(label)), _count(r.received), _count(r.complied), _count(r.denied),
                           _days(r.median_days), _days(r.mean_days))
                 for name, label, _words in METRIC_KINDS if (r := getattr(latest, name)) is not None)
    d = latest.drop_denials
    denials = None if d is None else tuple(map(_count, (d.not_verifiable, d.not_by_consumer, d.exempt, d.other)))
    return BrokerFigures(latest.year, rows, denials,
                         tuple((x.provision, _count(x.requests)) for x in latest.deletion_not_required))


@fact("the kinds of source, other than the people themselves, of the data the broker sells",
      reads=("data_categories[*].sold", "data_categories[*].sources"))
def broker_sources(f: Facts) -> tuple[str, ...]:
    from policygen.catalogue.parties import SOURCES
    from policygen.document.markdown_text import lower_first

    found = dict.fromkeys(s for c in f.a.data_categories if c.sold is True for s in c.from_third_parties)
    return tuple(lower_first(SOURCES[s].label) for s in found)


@fact("the data broker sells only data that came from others and shares none for ads, so a browser's Global Privacy "
      "Control signal cannot reach what it sells",
      reads=("practices.data_broker", "data_categories[*].sold", "data_categories[*].sources",
             "data_categories[*].shared_for_advertising"))
def broker_sales_beyond_gpc(f: Facts) -> bool:
    return f.is_data_broker and f.sells_only_data_from_others and not f.shares_for_ads
