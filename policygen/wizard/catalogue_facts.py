"""What the catalogue fills in for a provider the founder picked from it, shown where the founder would change it.

Plain data, no widgets: the wizard's form asks this for a question's placeholder or prompt.
"""

from __future__ import annotations

from typing import Any

from policygen.catalogue.choices import PROVIDER_KINDS
from policygen.catalogue.countries import COUNTRIES
from policygen.catalogue.services import SERVICES

# The processor fields the catalogue fills in, and how each reads in the wizard.
_SHOWN = {
    "name": lambda v: v,
    "kind": lambda v: PROVIDER_KINDS[v].label,
    "purpose": lambda v: v,
    "country": lambda v: f"{COUNTRIES[v]} ({v})",
    "policy_url": lambda v: v,
    "opt_out_url": lambda v: v,
}


def catalogue_value(data: Any, path: tuple) -> str | None:
    """The catalogue's value for ``processors[i].FIELD`` when that entry names a catalogue service; else None."""
    if len(path) != 3 or path[0] != "processors" or path[2] not in _SHOWN or not isinstance(data, dict):
        return None
    entries = data.get("processors")
    index = path[1]
    if not isinstance(entries, list) or not isinstance(index, int) or not 0 <= index < len(entries):
        return None
    entry = entries[index]
    service = SERVICES.get(entry.get("service")) if isinstance(entry, dict) else None
    value = service.fact(path[2]) if service else None
    return _SHOWN[path[2]](value) if value else None
