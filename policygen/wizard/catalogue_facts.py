"""What the catalogue fills in for a provider (or assumes of a data category) the founder picked from it, shown where
the founder would change it.

Plain data, no widgets: the wizard's form asks this for a question's placeholder or prompt, and for the line of facts
under the service chosen.
"""

from __future__ import annotations

from typing import Any

from policygen.catalogue.categories import DATA_CATEGORIES
from policygen.catalogue.choices import PROVIDER_KINDS
from policygen.catalogue.countries import COUNTRIES, in_sentence
from policygen.catalogue.services import SERVICES

# The processor fields the catalogue fills in, and how each reads in the wizard. (Its typical purpose is not one: the
# policy describes a provider by the purpose answered, else by its kind.)
_SHOWN = {
    "name": lambda v: v,
    "kind": lambda v: PROVIDER_KINDS[v].label,
    "country": lambda v: f"{COUNTRIES[v]} ({v})",
    "policy_url": lambda v: v,
    "opt_out_url": lambda v: v,
}


def _entry(data: Any, list_name: str, index: Any) -> dict | None:
    entries = data.get(list_name) if isinstance(data, dict) else None
    if not isinstance(entries, list) or not isinstance(index, int) or not 0 <= index < len(entries):
        return None
    return entries[index] if isinstance(entries[index], dict) else None


def catalogue_value(data: Any, path: tuple) -> str | None:
    """The catalogue's value for ``processors[i].FIELD`` when that entry names a catalogue service, or whether a
    catalogue data category is sensitive (``data_categories[i].sensitive``); else None."""
    if len(path) != 3:
        return None
    if path[0] == "data_categories" and path[2] == "sensitive":
        entry = _entry(data, "data_categories", path[1])
        category = DATA_CATEGORIES.get(entry.get("category")) if entry else None
        return None if category is None else "yes, sensitive data" if category.sensitive else "no"
    if path[0] != "processors" or path[2] not in _SHOWN:
        return None
    entry = _entry(data, "processors", path[1])
    service = SERVICES.get(entry.get("service")) if entry else None
    value = service.fact(path[2]) if service else None
    return _SHOWN[path[2]](value) if value else None


def catalogue_summary(data: Any, path: tuple) -> str | None:
    """Every fact the catalogue gives for the service of the provider at ``path`` (``processors[i]``), and what it
    leaves to the founder, in a sentence or two; None when the entry names no catalogue service."""
    entry = _entry(data, "processors", path[1]) if len(path) == 2 and path[0] == "processors" else None
    service = SERVICES.get(entry.get("service")) if entry else None
    if service is None:
        return None
    country, policy_url, opt_out_url = (service.fact(f) for f in ("country", "policy_url", "opt_out_url"))
    facts = [PROVIDER_KINDS[service.kind].label,
             f"based in {in_sentence(country)}" if country else "its country not confirmed (answer it below)",
             f"privacy page {policy_url}" if policy_url else "its privacy page not confirmed (answer it below)"]
    if opt_out_url:
        facts.append(f"opt-out page {opt_out_url}")
    return (f"From the catalogue: {'; '.join(facts)}. Each is used unless you answer it below. The catalogue does "
            f"not say whether {service.name} uses the data for its own purposes: answer that below.")
