"""What the app store labels share: every declared kind of data resolved to a store's own data types, and the answers
every store label needs."""

from __future__ import annotations

from dataclasses import dataclass

from policygen.exports import Missing


@dataclass(frozen=True)
class StoreType:
    """One of a store's data types, with everything the app's declared categories of that type say about it."""

    id: str
    purposes: tuple[str, ...]
    """The store's purpose ids, in the store's own order."""
    shared: bool
    linked: bool
    tracking: bool
    ephemeral: bool
    required: bool
    """Any of its categories is required (the store asks one answer per type: optional only when all are)."""


def missing_items(f) -> list[Missing]:
    from policygen.catalogue.choices import CATEGORY_ITEMS

    found = []
    for d in f.app_disclosures:
        if not d.items:
            choices = CATEGORY_ITEMS.get(d.category)
            which = f" ({', '.join(choices)})" if choices else ""
            found.append(Missing(f"data_categories[{d.index}].items",
                                 f"say which kinds of {d.label.lower()} the app collects{which}: the stores label "
                                 "each kind separately"))
    return found


def missing_answer(f, attribute: str, field: str, asked: str) -> list[Missing]:
    """A finding for each disclosed category whose ``attribute`` (a Disclosure's) is unknown; ``field`` is the
    answer that settles it."""
    return [Missing(f"data_categories[{d.index}].{field}", f"{asked} ({d.label})")
            for d in f.app_disclosures if getattr(d, attribute) is None]


def store_types(f, item_ids: dict[str, str], purpose_ids: dict[str, str | None], order: tuple[str, ...]
                ) -> list[StoreType]:
    """The store's data types the app collects, in the store's order: each category's items mapped with
    ``item_ids``, its purposes with ``purpose_ids`` (None: the store has no such purpose), several categories of
    one type merged."""
    merged: dict[str, dict] = {}
    for d in f.app_disclosures:
        purposes = {purpose_ids[p] for p in d.purposes if purpose_ids.get(p)}
        for item in d.items:
            type_id = item_ids[item]
            entry = merged.setdefault(type_id, {"purposes": set(), "shared": False, "linked": False,
                                                "tracking": False, "ephemeral": True, "required": False})
            entry["purposes"] |= purposes
            entry["shared"] |= d.shared
            entry["linked"] |= bool(d.linked)
            entry["tracking"] |= bool(d.tracking)
            entry["ephemeral"] &= bool(d.ephemeral)
            entry["required"] |= bool(d.required)
    ranks = {p: i for i, p in enumerate(dict.fromkeys(v for v in purpose_ids.values() if v))}
    return [StoreType(t, tuple(sorted(e["purposes"], key=ranks.__getitem__)), e["shared"], e["linked"],
                      e["tracking"], e["ephemeral"], e["required"])
            for t in order if (e := merged.get(t))]
