"""Exporters: the disclosures an app or site needs besides its policy (store labels, privacy manifests...), written
from the same facts as the policy (policygen.facts) so that they cannot disagree with it.

Each format lives in its own module, which registers an ``Exporter`` under the format's name when imported, as
Python-Markdown's extensions do; importing this package imports them all. An exporter says whether it applies to the
answers at all (a store label for a business with no app does not), which answers it needs and lacks, and writes
its file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from policygen.facts import Facts


@dataclass(frozen=True)
class Missing:
    """An answer a format needs and the answers lack: where it goes, and what the format asks."""

    path: str
    message: str


@dataclass(frozen=True)
class Exporter:
    name: str
    not_applicable: Callable[["Facts"], str | None]
    """Why the format does not apply to these answers, or None when it does."""
    missing: Callable[["Facts"], list[Missing]]
    write: Callable[["Facts"], str]
    """The file's text; called only when it applies and nothing is missing."""


EXPORTERS: dict[str, Exporter] = {}


def register(exporter: Exporter) -> Exporter:
    if exporter.name in EXPORTERS:
        raise ValueError(f"exporter {exporter.name!r} is registered twice")
    exporter = replace(exporter, write=_in_answers_voice(exporter.write))
    EXPORTERS[exporter.name] = exporter
    return exporter


def _in_answers_voice(write: Callable[["Facts"], str]) -> Callable[["Facts"], str]:
    """A writer whose library phrases (catalogue labels, its own sentences) are said in the answers' voice, as the
    policy's are: "I" for a business that is one person."""

    def voiced(f: "Facts") -> str:
        from policygen.voice import speaking

        with speaking(f.voice):
            return write(f)

    return voiced


def no_app(f: "Facts") -> str | None:
    """Store labels describe an app: the reason they do not apply when no app is covered."""
    if f.has_app:
        return None
    return "the answers cover no mobile or desktop app (services.covered), and app store labels describe an app"


def notice_id(f: "Facts") -> str:
    """The notice's stable identifier, the same in every machine-readable notice (fideslang, DPV): a consent record
    names the notice it was given under (ISO/IEC TS 27560), so the identifier must not change between versions."""
    return f"{re.sub(r'[^a-z0-9]+', '_', f.a.organisation.legal_name.lower()).strip('_')}_privacy_notice"


def notice_version(f: "Facts") -> str:
    """The notice's version: the day it last changed (changes.last_updated)."""
    return f.a.changes.last_updated.isoformat()


# Each module registers its formats.
from policygen.exports import (  # noqa: E402,F401
    apple, banners, cookie_policy, dpv, fideslang, health_data_policy, play_data_safety,
)
