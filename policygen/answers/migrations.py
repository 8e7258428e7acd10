"""Answers files from older versions of policygen: what changed in meaning, and the rewrite to the current format.

Like copier's answers file, the answers are the memory of a questionnaire; when the questionnaire changes, each
step here says what an older file meant and rewrites it, keeping the founder's comments and layout (only the
``schema_version`` line changes in YAML). A step never invents an answer: where the new format asks something the
old one assumed, the migration says so and leaves the question open.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Callable

CURRENT = 2


def _notes_1_to_2(data: dict) -> list[str]:
    notes = []
    for i, p in enumerate(data.get("processors") or []):
        if isinstance(p, dict) and "third_party" not in p:
            name = p.get("name") or p.get("service") or f"processors[{i}]"
            notes.append(f"processors[{i}].third_party: version 1 treated {name} as a processor that uses data only "
                         "on your instructions; version 2 says nothing about its role until you answer")
    for i, c in enumerate(data.get("data_categories") or []):
        if isinstance(c, dict) and c.get("sensitive") and "consent" not in c:
            notes.append(f"data_categories[{i}].consent: sensitive data; say whether you ask for consent before "
                         "collecting it (version 1 printed a consent sentence without asking)")
    # Answers version 1 assumed when they were left out; version 2 says nothing until they are given.
    assumed = (("keeping", "breach_notification", "that you tell people of a breach that puts them at risk"),
               ("rights", "response_days", "that you reply within 30 days"),
               ("rights", "authorised_agents", "that you accept requests from authorised agents"),
               ("changes", "no_reduction_without_consent", "that you will not reduce rights without consent"),
               ("children", "minimum_age", "that people must be at least 13"),
               ("children", "sells_data_of_under_16", "that you do not sell data of people under 16"),
               ("cookies", "honours_do_not_track", "that you do not respond to Do Not Track signals"),
               ("cookies", "honours_global_privacy_control", "that you do not honour Global Privacy Control"))
    for part, field, meaning in assumed:
        section = data.get(part) if isinstance(data.get(part), dict) else {}
        if field not in section:
            notes.append(f"{part}.{field}: version 1 assumed {meaning}; version 2 says nothing until you answer")
    for i, c in enumerate(data.get("data_categories") or []):
        for field, meaning in (("sold", "sold"), ("shared_for_advertising", "shared for cross-context advertising")):
            if isinstance(c, dict) and field not in c:
                notes.append(f"data_categories[{i}].{field}: version 1 assumed this data was not {meaning}; version 2 "
                             "says nothing until you answer")
    for i, c in enumerate(data.get("data_categories") or []):
        if isinstance(c, dict) and "required" not in c and "directly" in (c.get("sources") or []):
            notes.append(f"data_categories[{i}].required: version 1 said this data was optional; answer whether "
                         "people must give it (GDPR Art. 13(2)(e) asks you to say)")
    cookies = data.get("cookies") or {}
    if isinstance(cookies, dict) and "advertising" not in (cookies.get("kinds") or []) and any(
            isinstance(p, dict) and (p.get("kind") == "advertising") for p in data.get("processors") or []):
        notes.append("cookies.personalised_ads: you name an advertising provider; say whether its ads are based on "
                     "activity on other sites (version 1 assumed they were)")
    return notes


@dataclass(frozen=True)
class Migration:
    source: int
    notes: Callable[[dict], list[str]]
    """What an answer of the older format meant that the newer one asks about instead."""


MIGRATIONS: dict[int, Migration] = {1: Migration(1, _notes_1_to_2)}

_VERSION_LINE = re.compile(r"^(schema_version\s*:\s*)(\d+)(\s*(#.*)?)$", re.M)


def version_of(data: dict) -> int | None:
    value = data.get("schema_version") if isinstance(data, dict) else None
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def upgrade(data: dict) -> tuple[dict, int | None]:
    """The answers in the current format, and the version they were in when that was older (else None).

    Each step changes only what the format's own bookkeeping needs; what the older file meant is the migration's
    notes, which ``policygen migrate`` prints."""
    version = version_of(data)
    if version is None or version >= CURRENT or version not in MIGRATIONS:
        return data, None
    return {**data, "schema_version": CURRENT}, version


def older_format_notice(path: str, version: int) -> str:
    return (f"{path}: format version {version} is older than this policygen's ({CURRENT}); it is read as it is, "
            f"and `policygen migrate {path}` updates it and says what changed")


def migrate_text(text: str, data: dict, is_json: bool) -> tuple[str, list[str]]:
    """The file's text in the current format, and the notes of every step from its version."""
    version = version_of(data)
    notes: list[str] = []
    while version is not None and version < CURRENT:
        notes += MIGRATIONS[version].notes(data)
        version += 1
    if is_json:
        updated = {**data, "schema_version": CURRENT}
        return json.dumps(updated, indent=2, ensure_ascii=False) + "\n", notes
    return _VERSION_LINE.sub(lambda m: f"{m.group(1)}{CURRENT}{m.group(3)}", text, count=1), notes
