"""policygen export: each format of each sample it applies to against a golden file read against the format's
documentation; the reasons a format does not apply and the answers it lacks; the files each format's tools read.

After a deliberate change: POLICYGEN_UPDATE_GOLDEN=1 python -m pytest tests/test_exports.py, then read the diff.
"""

from __future__ import annotations

import csv
import io
import json
import os
import plistlib
from pathlib import Path

import pytest

import factory
from conftest import SAMPLES, run_cli
from policygen.answers import load_answers
from policygen.commands.export import FORMATS
from policygen.errors import AnswersError
from policygen.exports import EXPORTERS
from policygen.exports import play_data_safety as play
from policygen.facts import Facts

UPDATE = os.environ.get("POLICYGEN_UPDATE_GOLDEN") == "1"
GOLDEN = Path(__file__).resolve().parent / "golden_exports"
SUFFIX = {"play-data-safety": "csv", "apple-app-privacy": "json", "xcprivacy": "xcprivacy", "cookie-policy": "md",
          "cookie-policy-html": "html", "cookieconsent": "cookieconsent.json", "klaro": "klaro.json",
          "fideslang": "fides.yml", "dpv": "dpv.jsonld", "health-data-policy": "health.md",
          "health-data-policy-html": "health.html"}

# What each format does with each sample: "written", or why not. Samples that cover no app get no store label, nor a
# banner configuration when they ask no consent; the samples whose answers predate the new questions (the labels'
# items, their own cookies) get findings until someone answers them.
WRITTEN, NOT_APPLICABLE, MISSING = "written", "not applicable", "missing answers"
APP = ("apple-app-privacy", "play-data-safety", "xcprivacy")
COOKIE_PAGE = ("cookie-policy", "cookie-policy-html")
BANNER = ("cookieconsent", "klaro")
NOTICE = ("fideslang",)
DPV = ("dpv",)
HEALTH_PAGE = ("health-data-policy", "health-data-policy-html")


def _each(outcome: str, *groups: tuple[str, ...]) -> dict[str, str]:
    return {fmt: outcome for group in groups for fmt in group}


OUTCOMES = {
    "000-crm-saas-2016": {**_each(MISSING, APP, COOKIE_PAGE, NOTICE), **_each(NOT_APPLICABLE, BANNER)},
    "001-crm-saas-gdpr": {**_each(MISSING, APP, NOTICE), **_each(WRITTEN, COOKIE_PAGE, BANNER)},
    "002-freelance-marketplace": {**_each(MISSING, APP, COOKIE_PAGE, BANNER), **_each(WRITTEN, NOTICE)},
    "003-business-process-service": {**_each(MISSING, APP, COOKIE_PAGE), **_each(NOT_APPLICABLE, BANNER),
                                     **_each(WRITTEN, NOTICE)},
    "004-integration-saas": {**_each(NOT_APPLICABLE, APP), **_each(MISSING, COOKIE_PAGE, BANNER),
                             **_each(WRITTEN, NOTICE)},
    "005-childrens-game": {**_each(WRITTEN, APP), "play-data-safety": MISSING,
                           **_each(NOT_APPLICABLE, COOKIE_PAGE, BANNER), **_each(MISSING, NOTICE)},
    "006-newsletter": {**_each(NOT_APPLICABLE, APP, BANNER), **_each(MISSING, COOKIE_PAGE), **_each(WRITTEN, NOTICE)},
    "007-health-app": {**_each(WRITTEN, APP, NOTICE), **_each(NOT_APPLICABLE, COOKIE_PAGE, BANNER)},
    "008-data-broker": {**_each(NOT_APPLICABLE, APP, BANNER), **_each(MISSING, COOKIE_PAGE), **_each(WRITTEN, NOTICE)},
    "009-shop-canada-brazil": {**_each(NOT_APPLICABLE, APP, BANNER), **_each(MISSING, COOKIE_PAGE),
                               **_each(WRITTEN, NOTICE)},
    "010-uk-saas": {**_each(NOT_APPLICABLE, APP), **_each(MISSING, COOKIE_PAGE, BANNER), **_each(WRITTEN, NOTICE)},
    "011-uk-reading-app": {**_each(WRITTEN, APP, NOTICE), **_each(NOT_APPLICABLE, COOKIE_PAGE, BANNER)},
    "minimal": {**_each(NOT_APPLICABLE, APP, COOKIE_PAGE, BANNER), **_each(WRITTEN, NOTICE)},
}


# The DPV notice applies to every sample and needs no answer the policy does not already hold. The consumer health data
# policy applies only to the health app, the one sample serving Washington and Nevada with consumer health data.
for _name, _formats in OUTCOMES.items():
    _formats.update(_each(WRITTEN, DPV))
    _formats.update(_each(WRITTEN if _name == "007-health-app" else NOT_APPLICABLE, HEALTH_PAGE))


def _outcome(sample: str, fmt: str) -> str:
    return OUTCOMES[sample][fmt]


def _facts(path) -> Facts:
    return Facts(load_answers(path))


def test_every_sample_has_an_expected_outcome_in_every_format():
    assert set(OUTCOMES) == {p.stem for p in SAMPLES}
    assert all(set(formats) == set(EXPORTERS) for formats in OUTCOMES.values())


def test_the_command_offers_every_registered_format():
    assert set(FORMATS) == set(EXPORTERS) == set(SUFFIX)


@pytest.mark.parametrize("fmt", sorted(EXPORTERS))
@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_each_sample_in_each_format(path, fmt):
    exporter = EXPORTERS[fmt]
    f = _facts(path)
    expected = _outcome(path.stem, fmt)
    golden = GOLDEN / f"{path.stem}.{SUFFIX[fmt]}"
    reason = exporter.not_applicable(f)
    if expected == NOT_APPLICABLE:
        assert reason and ("services.covered" in reason or "cookies." in reason or "audiences.us_states" in reason)
        assert not golden.exists()
        return
    assert reason is None
    missing = exporter.missing(f)
    if expected == MISSING:
        assert missing and not golden.exists()
        return
    assert missing == []
    text = exporter.write(f)
    if UPDATE:
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(text, encoding="utf-8", newline="\n")
    assert text == golden.read_text(encoding="utf-8"), f"{golden.name} differs from the export"


def test_no_stray_golden_exports():
    expected = {f"{p.stem}.{SUFFIX[fmt]}" for p in SAMPLES for fmt in EXPORTERS if _outcome(p.stem, fmt) == WRITTEN}
    assert {p.name for p in GOLDEN.iterdir()} == expected


# ------------------------------------------------------------------------------------------- Google Play's CSV
def _play_rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


# Rows of templates exported from Play Console, as public repositories keep them (question id, response id, answer
# requirement): the CSV must hold each with the same ids, or the import would not read it.
TEMPLATE_SAMPLE = [
    ("PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA", "", "REQUIRED"),
    ("PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT", "", "MAYBE_REQUIRED"),
    ("PSL_SUPPORTED_ACCOUNT_CREATION_METHODS", "PSL_ACM_OAUTH", "MULTIPLE_CHOICE"),
    ("PSL_SUPPORTED_ACCOUNT_CREATION_METHODS", "PSL_ACM_USER_ID_PASSWORD", "MULTIPLE_CHOICE"),
    ("PSL_ACCOUNT_DELETION_URL", "", "MAYBE_REQUIRED"),
    ("PSL_SUPPORT_DATA_DELETION_BY_USER", "DATA_DELETION_YES", "SINGLE_CHOICE"),
    ("PSL_SUPPORT_DATA_DELETION_BY_USER", "DATA_DELETION_NO", "SINGLE_CHOICE"),
    ("PSL_DATA_DELETION_URL", "", "MAYBE_REQUIRED"),
    ("PSL_HAS_OUTSIDE_APP_ACCOUNTS", "", "OPTIONAL"),
    ("PSL_DATA_TYPES_PERSONAL", "PSL_NAME", "MULTIPLE_CHOICE"),
    ("PSL_DATA_TYPES_PERSONAL", "PSL_ADDRESS", "MULTIPLE_CHOICE"),
    ("PSL_DATA_TYPES_PHOTOS_AND_VIDEOS", "PSL_PHOTOS", "MULTIPLE_CHOICE"),
    ("PSL_DATA_TYPES_IDENTIFIERS", "PSL_DEVICE_ID", "MULTIPLE_CHOICE"),
    ("PSL_DATA_USAGE_RESPONSES:PSL_PHOTOS:PSL_DATA_USAGE_COLLECTION_AND_SHARING", "PSL_DATA_USAGE_ONLY_COLLECTED",
     "MULTIPLE_CHOICE"),
    ("PSL_DATA_USAGE_RESPONSES:PSL_PHOTOS:PSL_DATA_USAGE_EPHEMERAL", "", "MAYBE_REQUIRED"),
    ("PSL_DATA_USAGE_RESPONSES:PSL_NAME:DATA_USAGE_USER_CONTROL", "PSL_DATA_USAGE_USER_CONTROL_OPTIONAL",
     "SINGLE_CHOICE"),
    ("PSL_DATA_USAGE_RESPONSES:PSL_NAME:DATA_USAGE_USER_CONTROL", "PSL_DATA_USAGE_USER_CONTROL_REQUIRED",
     "SINGLE_CHOICE"),
    ("PSL_DATA_USAGE_RESPONSES:PSL_NAME:DATA_USAGE_COLLECTION_PURPOSE", "PSL_ACCOUNT_MANAGEMENT", "MULTIPLE_CHOICE"),
    ("PSL_DATA_USAGE_RESPONSES:PSL_NAME:DATA_USAGE_COLLECTION_PURPOSE", "PSL_FRAUD_PREVENTION_SECURITY",
     "MULTIPLE_CHOICE"),
]

HEALTH_APP = next(p for p in SAMPLES if p.stem == "007-health-app")
GAME = next(p for p in SAMPLES if p.stem == "005-childrens-game")


def test_play_csv_has_the_templates_columns_rows_and_ids():
    text = EXPORTERS["play-data-safety"].write(_facts(HEALTH_APP))
    reader = csv.reader(io.StringIO(text))
    header = next(reader)
    assert tuple(header) == play.HEADER
    body = list(reader)
    assert len(body) + 1 == play.TEMPLATE_LINES
    assert all(len(row) == len(header) for row in body)
    keys = [(row[0], row[1]) for row in body]
    assert len(set(keys)) == len(keys), "a question and response appear twice"
    requirement = {(row[0], row[1]): row[3] for row in body}
    for question, response, needed in TEMPLATE_SAMPLE:
        assert requirement.get((question, response)) == needed, (question, response)
    assert {row[2] for row in body} <= {"", "TRUE", "FALSE", "https://lunacycle.example/delete-account"}


@pytest.mark.slow  # runs the command in a child process
def test_play_csv_answers_what_the_answers_say_and_leaves_the_rest_blank():
    rows = {(r["Question ID (machine readable)"], r["Response ID (machine readable)"]): r["Response value"]
            for r in _play_rows(EXPORTERS["play-data-safety"].write(_facts(HEALTH_APP)))}
    assert rows[("PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA", "")] == "TRUE"
    assert rows[("PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT", "")] == "TRUE"  # the policy lists it as a measure
    assert rows[("PSL_DATA_TYPES_HEALTH_AND_FITNESS", "PSL_HEALTH")] == "TRUE"
    assert rows[("PSL_DATA_TYPES_HEALTH_AND_FITNESS", "PSL_FITNESS")] == ""  # only "health" is answered
    health = "PSL_DATA_USAGE_RESPONSES:PSL_HEALTH:"
    assert rows[(health + "DATA_USAGE_USER_CONTROL", "PSL_DATA_USAGE_USER_CONTROL_OPTIONAL")] == "TRUE"
    assert rows[(health + "DATA_USAGE_USER_CONTROL", "PSL_DATA_USAGE_USER_CONTROL_REQUIRED")] == ""
    assert rows[(health + "PSL_DATA_USAGE_EPHEMERAL", "")] == "FALSE"
    assert rows[(health + "PSL_DATA_USAGE_COLLECTION_AND_SHARING", "PSL_DATA_USAGE_ONLY_SHARED")] == ""
    # Nothing is answered for a data type not collected, nor for a question the answers do not hold.
    for (question, _), value in rows.items():
        if question.startswith(("PSL_DATA_USAGE_RESPONSES:PSL_PRECISE_LOCATION:",
                                "PSL_DATA_USAGE_RESPONSES:PSL_NAME:")):
            assert value == "", question
    for unasked in ("PSL_HAS_OUTSIDE_APP_ACCOUNTS", "PSL_DATA_DELETION_URL", "PSL_INDEPENDENTLY_VALIDATED",
                    "PSL_UPI_BADGE_OPT_IN", "PSL_DATA_COLLECTION_COMPLIES_FAMILY_POLICY"):
        assert rows[(unasked, "")] == ""


def _app(**changes) -> dict:
    category = {"category": "online_identifiers", "items": ["device_id"], "sources": ["automatically"],
                "purposes": ["analytics"], "retention": {"period": "1 year"}, "recipients": ["advertising_partners"],
                "required": True, "ephemeral": False, "linked_to_person": False, "sold": False,
                "shared_for_advertising": True}
    category.update(changes.pop("category", {}))
    data = factory.answers(
        services={"covered": [{"kind": "mobile_app", "name": "Testco"}], "account_creation": ["none"]},
        audiences={"regions": ["california"]}, data_categories=[category],
        purposes=[{"purpose": "analytics"}])
    data.update(changes)
    return data


def _export(tmp_path, data: dict, fmt: str, *extra: str):
    return run_cli("export", factory.write(tmp_path / "answers.yaml", data), "--to", fmt, *extra)


def test_data_shared_for_cross_context_ads_is_tracking_and_shared(tmp_path):
    f = Facts(load_answers(factory.write(tmp_path / "a.yaml", _app())))
    (disclosure,) = f.app_disclosures
    assert disclosure.tracking is True and disclosure.shared is True
    entries = json.loads(EXPORTERS["apple-app-privacy"].write(f))
    assert entries == [{"category": "DEVICE_ID", "purposes": ["ANALYTICS"],
                        "data_protections": ["DATA_NOT_LINKED_TO_YOU", "DATA_USED_TO_TRACK_YOU"]}]
    rows = {(r["Question ID (machine readable)"], r["Response ID (machine readable)"]): r["Response value"]
            for r in _play_rows(EXPORTERS["play-data-safety"].write(f))}
    usage = "PSL_DATA_USAGE_RESPONSES:PSL_DEVICE_ID:"
    assert rows[(usage + "PSL_DATA_USAGE_COLLECTION_AND_SHARING", "PSL_DATA_USAGE_ONLY_SHARED")] == "TRUE"
    assert rows[(usage + "DATA_USAGE_SHARING_PURPOSE", "PSL_ANALYTICS")] == "TRUE"
    assert rows[("PSL_SUPPORTED_ACCOUNT_CREATION_METHODS", "PSL_ACM_NONE")] == "TRUE"
    assert rows[("PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT", "")] == "FALSE"  # the policy does not promise it


def test_an_answer_about_tracking_overrides_the_policys_sharing(tmp_path):
    f = Facts(load_answers(factory.write(tmp_path / "a.yaml", _app(category={"used_for_tracking": False}))))
    assert f.app_disclosures[0].tracking is False
    assert not f.app_tracks


def test_the_privacy_label_and_the_store_labels_read_one_structure(tmp_path):
    data = _app()
    data["purposes"].append({"purpose": "recruitment"})
    data["data_categories"].append({"category": "professional_information", "sources": ["directly"],
                                    "purposes": ["recruitment"], "retention": {"period": "6 months"}})
    f = Facts(load_answers(factory.write(tmp_path / "a.yaml", data)))
    identifiers, applications = f.data_disclosures
    # The page's label has a row for every category; the stores count only what the app collects.
    assert [row.label for row in f.label_rows] == [identifiers.label, applications.label]
    assert f.app_disclosures == (identifiers,) and not applications.in_app
    row = f.label_rows[0]
    assert (row.purposes, row.recipients, row.sold_or_shared, row.retention) == (
        "Analytics", "Advertising partners", "Shared for ads", "1 year")
    assert identifiers.shared and identifiers.tracking  # what the stores are told about the same row


@pytest.mark.slow  # runs the command in a child process
def test_tracking_without_domains_is_a_finding_for_the_manifest_and_domains_are_listed(tmp_path):
    result = _export(tmp_path, _app(), "xcprivacy")
    assert result.returncode == 2
    assert b"processors[*].tracking_domains" in result.stderr
    data = _app(processors=[{"name": "AdCo", "kind": "advertising", "tracking_domains": ["t.adco.example"]}])
    result = _export(tmp_path, data, "xcprivacy")
    assert result.returncode == 0, result.stderr
    manifest = plistlib.loads(result.stdout)
    assert manifest["NSPrivacyTracking"] is True
    assert manifest["NSPrivacyTrackingDomains"] == ["t.adco.example"]


@pytest.mark.parametrize("path", [HEALTH_APP, GAME], ids=lambda p: p.stem)
def test_xcprivacy_is_a_plist_with_apples_keys_and_values(path):
    text = EXPORTERS["xcprivacy"].write(_facts(path))
    manifest = plistlib.loads(text.encode("utf-8"))
    assert plistlib.dumps(manifest, sort_keys=False).decode("utf-8") == text  # round trip
    assert set(manifest) == {"NSPrivacyTracking", "NSPrivacyTrackingDomains", "NSPrivacyCollectedDataTypes"}
    from policygen.exports.apple import DATA_TYPES, PURPOSES

    types = {f"NSPrivacyCollectedDataType{ids[1]}" for ids in DATA_TYPES.values()}
    purposes = {f"NSPrivacyCollectedDataTypePurpose{ids[1]}" for ids in PURPOSES.values() if ids}
    for entry in manifest["NSPrivacyCollectedDataTypes"]:
        assert set(entry) == {"NSPrivacyCollectedDataType", "NSPrivacyCollectedDataTypeLinked",
                              "NSPrivacyCollectedDataTypeTracking", "NSPrivacyCollectedDataTypePurposes"}
        assert entry["NSPrivacyCollectedDataType"] in types
        assert entry["NSPrivacyCollectedDataTypePurposes"]
        assert set(entry["NSPrivacyCollectedDataTypePurposes"]) <= purposes


@pytest.mark.parametrize("path", [HEALTH_APP, GAME], ids=lambda p: p.stem)
def test_app_privacy_json_is_what_fastlane_reads(path):
    entries = json.loads(EXPORTERS["apple-app-privacy"].write(_facts(path)))
    categories = [e["category"] for e in entries]
    assert categories == sorted(set(categories))
    for entry in entries:
        assert set(entry) == {"category", "purposes", "data_protections"}
        assert entry["purposes"] == sorted(set(entry["purposes"]))
        assert entry["data_protections"] == sorted(set(entry["data_protections"]))
        assert len({"DATA_LINKED_TO_YOU", "DATA_NOT_LINKED_TO_YOU"} & set(entry["data_protections"])) == 1


@pytest.mark.slow  # runs the command in a child process
def test_an_app_that_collects_nothing_says_so(tmp_path):
    data = _app(category={"sources": ["data_brokers"]})  # not from the app: the store labels do not count it
    result = _export(tmp_path, data, "apple-app-privacy")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [{"data_protections": ["DATA_NOT_COLLECTED"]}]
    result = _export(tmp_path, data, "play-data-safety")
    rows = _play_rows(result.stdout.decode("utf-8"))
    assert rows[0]["Response value"] == "FALSE"
    assert {r["Response value"] for r in rows[1:]} == {""}


# ------------------------------------------------------------------------------------------------- bad input
@pytest.mark.slow  # runs the command in a child process
def test_a_format_that_does_not_apply_is_exit_2_with_the_reason_and_writes_nothing(tmp_path):
    out = tmp_path / "label.csv"
    out.write_text("kept", encoding="utf-8")
    result = _export(tmp_path, factory.answers(), "play-data-safety", "-o", out)
    assert result.returncode == 2
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 1 and "does not apply" in lines[0] and "services.covered" in lines[0]
    assert out.read_text(encoding="utf-8") == "kept"


@pytest.mark.slow  # runs the command in a child process
def test_missing_answers_are_findings_naming_each_field_and_nothing_is_written(tmp_path):
    data = _app(category={"items": [], "ephemeral": None}, services={"covered": [{"kind": "mobile_app", "name": "T"}]})
    out = tmp_path / "data_safety.csv"
    result = _export(tmp_path, data, "play-data-safety", "-o", out)
    assert result.returncode == 2
    lines = result.stderr.decode().splitlines()
    assert [line.split(": ")[1] for line in lines] == [
        "data_categories[0].items", "data_categories[0].ephemeral", "services.account_creation"]
    assert all("answers.yaml" in line and "nothing was written" in line for line in lines)
    assert not out.exists()
    assert b"Traceback" not in result.stderr


@pytest.mark.slow  # runs the command in a child process
def test_an_account_needs_a_deletion_page_for_play(tmp_path):
    data = _app(services={"covered": [{"kind": "mobile_app", "name": "T"}], "account_creation": ["oauth"]})
    result = _export(tmp_path, data, "play-data-safety")
    assert result.returncode == 2 and b"rights.account_deletion_url" in result.stderr
    data["rights"]["account_deletion_url"] = "https://testco.example/delete"
    result = _export(tmp_path, data, "play-data-safety")
    assert result.returncode == 0, result.stderr
    assert b"PSL_ACCOUNT_DELETION_URL,,https://testco.example/delete," in result.stdout


def test_items_must_belong_to_their_category(tmp_path):
    with pytest.raises(AnswersError, match="health cannot be part of online_identifiers"):
        load_answers(factory.write(tmp_path / "a.yaml", _app(category={"items": ["health"]})))


@pytest.mark.slow  # runs the command in a child process
def test_export_writes_the_file_atomically_with_o(tmp_path):
    out = tmp_path / "PrivacyInfo.xcprivacy"
    result = run_cli("export", HEALTH_APP, "--to", "xcprivacy", "-o", out)
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8") == EXPORTERS["xcprivacy"].write(_facts(HEALTH_APP))
    assert [p.name for p in tmp_path.iterdir()] == ["PrivacyInfo.xcprivacy"]


@pytest.mark.slow  # runs the command in a child process
def test_user_text_in_a_csv_value_is_quoted_not_split(tmp_path):
    data = _app(services={"covered": [{"kind": "mobile_app", "name": "T"}], "account_creation": ["oauth"]})
    data["rights"]["account_deletion_url"] = "https://testco.example/delete?a=1,b=2"
    result = _export(tmp_path, data, "play-data-safety")
    assert result.returncode == 0, result.stderr
    rows = {r["Question ID (machine readable)"]: r["Response value"]
            for r in _play_rows(result.stdout.decode("utf-8"))}
    assert rows["PSL_ACCOUNT_DELETION_URL"] == "https://testco.example/delete?a=1,b=2"


# ------------------------------------------------------------------------------------------ cookies and banners
def _site(**cookies) -> dict:
    settings = {"kinds": ["essential", "analytics"], "consent_banner": True,
                "cookie_policy_url": "https://testco.example/cookies",
                "own": [{"name": "sid", "purpose": "to keep you signed in", "duration": "session",
                         "kind": "essential"}]}
    settings.update(cookies)
    return factory.answers(cookies=settings, processors=[{"service": "google_analytics"}])


def _findings(result) -> list[str]:
    return [line.split(": ")[1] for line in result.stderr.decode().splitlines()]


@pytest.mark.slow  # runs the command in a child process
def test_the_cookie_list_and_the_policy_agree_both_ways(tmp_path):
    # Every listed cookie's category is one the policy names, and every category it names has a cookie.
    result = _export(tmp_path, _site(), "cookie-policy")
    assert result.returncode == 0, result.stderr
    # A category the policy names with no cookie listed in it.
    result = _export(tmp_path, _site(kinds=["essential", "analytics", "preferences"]), "cookie-policy")
    assert result.returncode == 2 and _findings(result) == ["cookies.own"]
    assert b"preferences cookies and none is listed" in result.stderr
    # A provider's cookies in a category the policy does not name.
    result = _export(tmp_path, _site(kinds=["essential"]), "cookie-policy")
    assert result.returncode == 2 and _findings(result) == ["processors[0].cookies"]
    assert b"Google Analytics sets analytics cookies (_ga, _ga_&lt;container-id&gt;)" not in result.stderr
    assert b"Google Analytics sets analytics cookies (_ga, _ga_<container-id>)" in result.stderr


@pytest.mark.slow  # runs the command in a child process
def test_an_analytics_provider_whose_cookies_nobody_listed_is_a_finding(tmp_path):
    data = _site()
    data["processors"] = [{"name": "CountCo", "kind": "analytics"}]
    result = _export(tmp_path, data, "cookieconsent")
    assert result.returncode == 2
    assert _findings(result) == ["processors[0].cookies", "cookies.own"]
    data["processors"][0]["cookies"] = [{"name": "cc_id", "purpose": "to count visits", "duration": "1 year",
                                         "kind": "analytics", "first_party": False}]
    result = _export(tmp_path, data, "cookie-policy")
    assert result.returncode == 0, result.stderr
    assert "| cc\\_id | To count visits | 1 year | Third party | Analytics |" in result.stdout.decode()


@pytest.mark.slow  # runs the command in a child process
def test_banners_do_not_apply_without_a_consent_banner_or_with_only_essential_cookies(tmp_path):
    result = _export(tmp_path, _site(consent_banner=False), "klaro")
    assert result.returncode == 2 and b"cookies.consent_banner" in result.stderr
    data = _site(kinds=["essential"])
    data["processors"] = []
    result = _export(tmp_path, data, "cookieconsent")
    assert result.returncode == 2 and b"only essential cookies" in result.stderr


@pytest.mark.slow  # runs the command in a child process
def test_klaro_needs_the_cookie_policys_address(tmp_path):
    result = _export(tmp_path, _site(cookie_policy_url=None), "klaro")
    assert result.returncode == 2 and _findings(result) == ["cookies.cookie_policy_url"]


def test_each_banner_category_holds_the_services_that_set_its_cookies(tmp_path):
    f = Facts(load_answers(factory.write(tmp_path / "a.yaml", _site())))
    cookieconsent = json.loads(EXPORTERS["cookieconsent"].write(f))
    assert list(cookieconsent["categories"]) == ["essential", "analytics"]
    assert cookieconsent["categories"]["essential"]["readOnly"] is True
    assert list(cookieconsent["categories"]["analytics"]["services"]) == ["google_analytics"]
    assert cookieconsent["categories"]["analytics"]["autoClear"] == {"cookies": [{"name": "_ga"}]}
    klaro = json.loads(EXPORTERS["klaro"].write(f))
    assert [(s["name"], s["purposes"], s["required"]) for s in klaro["services"]] == [
        ("us", ["essential"], True), ("google_analytics", ["analytics"], False)]
    assert list(klaro["translations"]["en"]["purposes"]) == ["essential", "analytics"]


@pytest.mark.slow  # runs the command in a child process
def test_user_text_in_the_cookie_page_is_escaped(tmp_path):
    own = [{"name": "<script>alert(1)</script>", "purpose": "to **test** | [links](javascript:x)",
            "duration": "session", "kind": "essential"}]
    data = _site(own=own)
    html = _export(tmp_path, data, "cookie-policy-html").stdout.decode()
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<strong>" not in html and 'href="javascript' not in html
    # cookieconsent shows its texts as HTML: the answers go in escaped.
    config = json.loads(_export(tmp_path, data, "cookieconsent").stdout)
    (table,) = [s["cookieTable"] for s in config["language"]["translations"]["en"]["preferencesModal"]["sections"]
                if s.get("linkedCategory") == "essential"]
    assert table["body"][0]["name"] == "&lt;script&gt;alert(1)&lt;/script&gt;"


# ------------------------------------------------------------------------------ consistency findings in `check`
def _check_findings(tmp_path, data: dict, rule: str) -> list[tuple[str, str]]:
    import datetime

    from policygen.legal.check import check

    report = check(load_answers(factory.write(tmp_path / "c.yaml", data)), datetime.date(2026, 12, 1))
    return [(f.path, f.message) for f in report.all_findings if f.rule == rule]


def test_check_finds_a_label_that_tracks_where_the_policy_says_nothing_is_shared(tmp_path):
    quiet = _app(category={"shared_for_advertising": False, "used_for_tracking": False})
    assert _check_findings(tmp_path, quiet, "label-tracking") == []
    tracks = _app(category={"shared_for_advertising": False, "used_for_tracking": True})
    paths = [p for p, _ in _check_findings(tmp_path, tracks, "label-tracking")]
    assert paths == ["data_categories[0].used_for_tracking"]
    denies = _app(category={"shared_for_advertising": True, "used_for_tracking": False})
    ((path, message),) = _check_findings(tmp_path, denies, "label-tracking")
    assert path == "data_categories[0].used_for_tracking" and "Apple counts as tracking" in message


def test_check_finds_tracking_domains_without_tracking(tmp_path):
    provider = [{"name": "AdCo", "kind": "advertising", "tracking_domains": ["t.adco.example"]}]
    assert _check_findings(tmp_path, _app(processors=provider), "tracking-domains") == []
    quiet = _app(processors=provider, category={"shared_for_advertising": False})
    assert [p for p, _ in _check_findings(tmp_path, quiet, "tracking-domains")] == ["processors[0].tracking_domains"]


def test_check_finds_a_provider_whose_cookies_no_banner_category_holds(tmp_path):
    assert _check_findings(tmp_path, _site(), "cookie-categories") == []
    ((path, message),) = _check_findings(tmp_path, _site(kinds=["essential"]), "cookie-categories")
    assert path == "processors[0].cookies" and "Google Analytics sets analytics cookies" in message


# ------------------------------------------------------------------------------------------------------ fideslang
def test_fideslang_declares_each_purpose_with_its_data_and_names_the_notice_and_its_version():
    import yaml

    answers = load_answers(HEALTH_APP)
    (system,) = yaml.safe_load(EXPORTERS["fideslang"].write(Facts(answers)))["system"]
    assert system["meta"] == {"notice_id": "luna_cycle_b_v_privacy_notice", "notice_version": "2026-10-15"}
    declarations = {d["name"]: d for d in system["privacy_declarations"]}
    assert list(declarations) == [p.label for p in answers.purposes]
    assert declarations["Managing your account"]["data_categories"] == [
        "user.contact.email", "user.account.username", "user.authorization.credentials"]  # email only: its items
    assert declarations["Providing the service"]["data_use"] == "essential.service"
    assert declarations["Providing the service"]["legal_basis_for_processing"] == "Consent"


@pytest.mark.slow  # runs the command in a child process
def test_fideslang_needs_a_catalogue_purpose_for_a_purpose_of_ones_own(tmp_path):
    data = factory.answers(purposes=[{"purpose": "other", "name": "Loyalty scheme"}])
    data["data_categories"][0]["purposes"] = ["Loyalty scheme"]
    result = _export(tmp_path, data, "fideslang")
    assert result.returncode == 2 and _findings(result) == ["purposes[0]"]


# ------------------------------------------------------------------------------------------------------------ DPV
def _dpv_terms(node, context: dict) -> set[str]:
    """Every vocabulary term a JSON-LD document uses: its keys, and the @type and @id values in a prefix of its
    context (not blank nodes)."""
    found = set()
    if isinstance(node, list):
        for item in node:
            found |= _dpv_terms(item, context)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key == "@context":
                continue
            if not key.startswith("@"):
                found.add(key)
            if key in ("@type", "@id"):
                found |= {v for v in ([value] if isinstance(value, str) else value) if v.split(":")[0] in context}
            found |= _dpv_terms(value, context)
    return found


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_dpv_notice_is_json_ld_whose_every_term_is_a_checked_dpv_term(path):
    from policygen.exports.dpv import CONTEXT, TERMS

    notice = json.loads(EXPORTERS["dpv"].write(_facts(path)))
    assert notice["@context"] == CONTEXT
    used = _dpv_terms(notice, CONTEXT)
    assert used and used <= TERMS, sorted(used - TERMS)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib 7.6's own JSON-LD parser, not ours
def test_dpv_notice_reads_as_rdf_with_the_notice_id_version_and_each_purpose():
    import rdflib

    answers = load_answers(HEALTH_APP)
    graph = rdflib.Graph().parse(data=EXPORTERS["dpv"].write(Facts(answers)), format="json-ld")
    dpv, dct, skos = (rdflib.Namespace(n) for n in ("https://w3id.org/dpv#", "http://purl.org/dc/terms/",
                                                       "http://www.w3.org/2004/02/skos/core#"))
    (notice,) = graph.subjects(rdflib.RDF.type, dpv.PrivacyNotice)
    assert str(graph.value(notice, dpv.hasIdentifier)) == "luna_cycle_b_v_privacy_notice"  # as fideslang's meta
    assert str(graph.value(notice, dct.hasVersion)) == "2026-10-15"
    processes = list(graph.objects(notice, dpv.hasProcess))
    assert sorted(str(graph.value(p, skos.prefLabel)) for p in processes) == sorted(
        p.label for p in answers.purposes if answers.categories_for(p))
    provide = next(p for p in processes if str(graph.value(p, skos.prefLabel)) == "Providing the service")
    purpose = graph.value(provide, dpv.hasPurpose)
    assert graph.value(purpose, skos.broader) == dpv.ServiceProvision
    # Consent under the GDPR: DPV's general term and the GDPR extension's Art. 6(1)(a).
    assert set(graph.objects(provide, dpv.hasLegalBasis)) == {
        dpv.Consent, rdflib.URIRef("https://w3id.org/dpv/legal/eu/gdpr#A6-1-a")}
    # Every IRI is absolute: no term fell outside the context's prefixes.
    for triple in graph:
        for part in triple:
            if isinstance(part, rdflib.URIRef):
                assert str(part).startswith(("https://w3id.org/dpv", "http://purl.org/dc/terms/",
                                             "http://www.w3.org/")), part


def test_dpv_notice_uses_no_gdpr_article_where_the_gdpr_does_not_apply(tmp_path):
    data = factory.answers(audiences={"regions": ["california"]},
                           purposes=[{"purpose": "provide_service", "legal_basis": "contract"}])
    data["data_categories"][0]["purposes"] = ["provide_service"]
    notice = EXPORTERS["dpv"].write(Facts(load_answers(factory.write(tmp_path / "a.yaml", data))))
    assert '"dpv:Contract"' in notice and "eu-gdpr:" not in notice.replace('"eu-gdpr": "https', "")


def test_user_text_in_the_dpv_notice_stays_a_json_string(tmp_path):
    data = factory.answers()
    data["organisation"]["legal_name"] = 'Quote" Co </script>'
    notice = json.loads(EXPORTERS["dpv"].write(Facts(load_answers(factory.write(tmp_path / "a.yaml", data)))))
    assert notice["dpv:hasDataController"]["dpv:hasName"] == 'Quote" Co </script>'
