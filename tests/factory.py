"""Small answers dictionaries for tests to start from and change."""

from __future__ import annotations

import copy
from pathlib import Path

import yaml

BASE: dict = {
    "schema_version": 2,
    "organisation": {
        "legal_name": "Testco Ltd",
        "address": "1 Test Street, Testville",
        "country": "GB",
        "email": "privacy@testco.example",
    },
    "services": {"covered": [{"kind": "website", "name": "testco.example", "url": "https://testco.example"}]},
    "audiences": {"regions": ["uk"]},
    "data_categories": [
        {
            "category": "contact_details",
            "sources": ["directly"],
            "purposes": ["customer_support"],
            "retention": {"period": "1 year"},
        }
    ],
    "purposes": [{"purpose": "customer_support", "legal_basis": "legitimate_interests",
                  "legitimate_interest": "answering questions"}],
    "rights": {"request_methods": ["email"]},
    "changes": {"notice_methods": ["updated_date"], "effective_date": "2026-01-01", "last_updated": "2026-01-01"},
}


def answers(**changes) -> dict:
    """BASE with top-level parts replaced: answers(audiences={"regions": ["california"]})."""
    data = copy.deepcopy(BASE)
    data.update(copy.deepcopy(changes))
    return data


def write(path: Path, data: dict) -> Path:
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path
