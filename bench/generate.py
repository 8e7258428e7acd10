"""Make a large answers file for the benchmark: N data categories and N processors (not a sample: no one has this)."""

from __future__ import annotations

import argparse
import copy
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from policygen.catalogue.categories import DATA_CATEGORIES  # noqa: E402
from policygen.catalogue.services import SERVICES  # noqa: E402


def large_answers(categories: int, processors: int) -> dict:
    base = yaml.safe_load((ROOT / "sample_answers" / "002-freelance-marketplace.yaml").read_text(encoding="utf-8"))
    purposes = [p.get("name") or p["purpose"] for p in base["purposes"]]
    catalogue = list(DATA_CATEGORIES)
    services = list(SERVICES)
    base["data_categories"] = [
        {
            "category": "other",
            "name": f"Record type {i}",
            "examples": f"field {i}a, field {i}b and field {i}c",
            "sources": ["directly", "automatically"] if i % 2 else ["partners"],
            "purposes": purposes[: 1 + i % len(purposes)],
            "retention": {"period": f"{1 + i % 7} years"},
            "recipients": ["service_providers", "affiliates"][: 1 + i % 2],
            "shared_for_advertising": i % 5 == 0,
            "sensitive": catalogue[i % len(catalogue)] == "health_information",
        }
        for i in range(categories)
    ]
    base["processors"] = [
        {"service": services[i % len(services)]} if i < len(services) else
        {"name": f"Provider {i}", "kind": "other", "purpose": f"to process batch job {i}", "country": "US",
         "policy_url": f"https://provider{i}.example/privacy"}
        for i in range(processors)
    ]
    return base


ADVERSARIAL = {"angle brackets": "<", "emphasis": "*_", "links": "[](", "code, strike, pipes": "~`|",
               "template braces": "{%"}
"""Characters that each become Markdown syntax or a character reference, repeated to fill free-text fields."""


def adversarial_answers(pattern: str, size: int) -> dict:
    """About ``size`` bytes of answers whose free text is ``pattern`` over and over: every data category's examples
    at their longest (5,000 characters), and a list of social networks that the policy names in one paragraph."""
    from policygen.model.answers import MAX_ITEMS

    def filled(length: int) -> str:
        return (pattern * (length // len(pattern) + 1))[:length]

    base = yaml.safe_load((ROOT / "sample_answers" / "minimal.yaml").read_text(encoding="utf-8"))
    networks = [filled(300) for _ in range(MAX_ITEMS)]
    base["cookies"] = {**base.get("cookies", {}), "social_networks": networks}
    template = base["data_categories"][0]
    categories = max(1, min(MAX_ITEMS, (size - 300 * MAX_ITEMS) // 5000))
    base["data_categories"] = [{**copy.deepcopy(template), "category": "other", "name": f"Record type {i}",
                                "examples": filled(5000)} for i in range(categories)]
    return base


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--categories", type=int, default=500)
    parser.add_argument("--processors", type=int, default=500)
    args = parser.parse_args()
    args.out.write_text(yaml.safe_dump(large_answers(args.categories, args.processors), sort_keys=False),
                        encoding="utf-8")


if __name__ == "__main__":
    main()
