"""Finding a service in the catalogue by typing: the picker's matches, grouped by kind (no Textual here).

A service matches when its name, or its kind's label, contains every word typed; a name that starts with what was
typed comes first, then a word of its name that does, then the rest. Groups are ordered by their best match (by
their label when nothing is typed), and names within a group by how well they match, then alphabetically.
"""

from __future__ import annotations

from policygen.catalogue.choices import PROVIDER_KINDS
from policygen.catalogue.services import SERVICES
from policygen.wizard.questions import sort_key


def _rank(query: str, name: str, kind: str) -> int | None:
    """0: the name starts with the query; 1: a word of the name does; 2: both contain every word; None: no match."""
    if not query:
        return 2
    name_key, kind_key = sort_key(name), sort_key(kind)
    if name_key.startswith(query):
        return 0
    if any(word.startswith(query) for word in name_key.split()):
        return 1
    if all(word in f"{name_key} {kind_key}" for word in query.split()):
        return 2
    return None


def matches(query: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """The catalogue's services matching ``query``: [(kind label, [(service id, name), ...]), ...]."""
    query = sort_key(query.strip())
    groups: dict[str, list[tuple[int, str, str]]] = {}
    for key, service in SERVICES.items():
        kind = PROVIDER_KINDS[service.kind].label
        rank = _rank(query, service.name, kind)
        if rank is not None:
            groups.setdefault(kind, []).append((rank, service.name, key))
    ordered = sorted(groups.items(), key=lambda item: (min(r for r, _, _ in item[1]), sort_key(item[0])))
    return [(kind, [(key, name) for _, name, key in sorted(found, key=lambda f: (f[0], sort_key(f[1])))])
            for kind, found in ordered]
