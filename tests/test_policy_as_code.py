"""Policy as code: explain, diff, the staleness check, annotations and readability, through real processes."""

from __future__ import annotations

import copy
import datetime
import json
import subprocess

import pytest
import yaml

from conftest import ROOT, SAMPLES, run_cli
from factory import BASE, answers, write
from policygen.answers import load_answers
from policygen.clauses.registry import CLAUSES
from policygen.document.compose import compose
from policygen.readability import document_readability, prose, split_sentences


# ---- explain
@pytest.mark.slow  # a child process per sample
@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_explain_lists_every_clause_present_and_no_clause_absent(path):
    result = run_cli("explain", path, "--format", "json")
    assert result.returncode == 0, result.stderr
    explanations = json.loads(result.stdout)
    present = compose(load_answers(path)).clause_ids
    assert [e["id"] for e in explanations if e["present"]] == present
    assert {e["id"] for e in explanations if not e["present"]} == {c.id for c in CLAUSES} - set(present)
    for e in explanations:
        assert e["trigger"]
        if e["present"]:
            assert e["elements"] or e["seeds"] or e["purpose"], e["id"]


@pytest.mark.slow  # runs the command in a child process
def test_explain_text_shows_triggering_answers_and_citations():
    text = run_cli("explain", ROOT / "sample_answers" / "002-freelance-marketplace.yaml").stdout.decode()
    assert "  job-applicants: Job applicants\n    because: practices.job_applicants is true\n" \
           "      practices.job_applicants = true\n" in text
    assert "satisfies: The rights to know, delete, correct" not in text  # requirement wording is the table's
    assert "satisfies: Rights to know, delete, correct and not be discriminated against [Cal. Civ. Code" in text
    left_out = text.split("Clauses left out:\n", 1)[1]
    assert "  brazil-rights: Rights in Brazil\n    would appear when: audiences include Brazil\n" in left_out


# ---- annotate
@pytest.mark.slow
def test_annotate_adds_footnotes_and_comments_only_when_asked():
    sample = ROOT / "sample_answers" / "minimal.yaml"
    plain = run_cli("render", sample).stdout.decode()
    annotated = run_cli("render", sample, "--annotate").stdout.decode()
    assert "[^why-" not in plain
    assert "### 1.1 Who we are[^why-identity]" in annotated
    assert "[^why-retention]: Clause retention, shown because always." in annotated
    html = run_cli("render", sample, "--format", "html", "--annotate").stdout.decode()
    assert "<!-- Clause identity, shown because always" in html
    assert "<!--" not in run_cli("render", sample, "--format", "html").stdout.decode()


# ---- diff
OLD = answers(organisation={**BASE["organisation"]})
NEW = copy.deepcopy(OLD)
NEW["organisation"]["phone"] = "+44 20 7946 0000"
NEW["data_categories"][0]["retention"] = {"period": "3 years"}
NEW["data_categories"].append({"category": "health_information", "sources": ["directly"],
                               "purposes": ["customer_support"], "retention": {"period": "30 days"}})
NEW["processors"] = [{"service": "stripe"}]


@pytest.mark.slow  # runs the command in a child process
def test_diff_equal_files_exit_0(tmp_path):
    old = write(tmp_path / "old.yaml", OLD)
    result = run_cli("diff", old, old)
    assert result.returncode == 0
    assert result.stdout.decode() == "No changes.\n"


@pytest.mark.slow
def test_diff_lists_changes_with_material_flags(tmp_path):
    old, new = write(tmp_path / "old.yaml", OLD), write(tmp_path / "new.yaml", NEW)
    result = run_cli("diff", old, new, "--format", "json")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    changes = {c["path"]: c for c in data["answers"]}
    assert changes["organisation.phone"]["material"] == ""
    assert changes["organisation.phone"]["kind"] == "added"
    assert changes["data_categories[contact_details].retention.period"]["material"] == "longer retention"
    assert changes["data_categories[health_information]"]["material"] == "new data category"
    assert changes["data_categories[health_information]"]["new"]["category"] == "health_information"
    assert changes["processors[stripe]"]["material"] == "new recipient"
    assert data["material"] is True
    clauses = {c["id"]: c["kind"] for c in data["clauses"]}
    assert clauses["processors"] == "added"
    assert clauses["sensitive-data"] == "added"
    assert clauses["privacy-label"] == "reworded"  # each retention period is stated in the label
    assert "identity" not in clauses
    text = run_cli("diff", old, new).stdout.decode()
    assert "  Organisation\n    + organisation.phone: \"+44 20 7946 0000\"\n" in text
    assert "~ data_categories[contact_details].retention.period: \"1 year\" -> \"3 years\"  " \
           "[material: longer retention]" in text
    assert text.rstrip().endswith("Material change: yes (3 material changes)")


@pytest.mark.slow
def test_diff_non_material_change(tmp_path):
    new = copy.deepcopy(OLD)
    new["organisation"]["website"] = "https://testco.example"
    result = run_cli("diff", write(tmp_path / "a.yaml", OLD), write(tmp_path / "b.yaml", new))
    assert result.returncode == 1
    assert result.stdout.decode().rstrip().endswith("Material change: no")


@pytest.mark.slow
def test_diff_reads_git_revisions_and_records_history(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    path = write(repo / "privacy-answers.yaml", OLD)
    subprocess.run(git + ["add", "."], check=True)
    subprocess.run(git + ["commit", "-qm", "first"], check=True)
    write(path, NEW)
    result = run_cli("diff", "git:HEAD:privacy-answers.yaml", "privacy-answers.yaml", "--record", cwd=repo)
    assert result.returncode == 1, result.stderr
    history = yaml.safe_load(path.read_text())["changes"]["history"]
    assert history == [{"date": datetime.date(2026, 1, 1),
                        "summary": "Updated: Organisation, Data collected, Processors and third parties.",
                        "material": True}]
    bad = run_cli("diff", "git:nope:privacy-answers.yaml", "privacy-answers.yaml", cwd=repo)
    assert bad.returncode == 2 and "git cannot show it" in bad.stderr.decode()


@pytest.mark.slow  # runs the command in a child process
def test_recorded_history_appears_in_the_policy(tmp_path):
    data = copy.deepcopy(NEW)
    data["changes"]["history"] = [{"date": "2026-01-01", "summary": "Added location data.", "material": True}]
    text = run_cli("render", write(tmp_path / "a.yaml", data)).stdout.decode()
    assert "Added location data." in text


# ---- render --check
@pytest.mark.slow
def test_check_passes_on_fresh_render_and_fails_after_a_change(tmp_path):
    answers_path = write(tmp_path / "answers.yaml", OLD)
    out = tmp_path / "PRIVACY.md"
    assert run_cli("render", answers_path, "-o", out).returncode == 0
    fresh = run_cli("render", answers_path, "-o", out, "--check")
    assert fresh.returncode == 0 and fresh.stderr == b""
    before = out.read_bytes()
    write(answers_path, NEW)
    stale = run_cli("render", answers_path, "-o", out, "--check")
    assert stale.returncode == 1
    assert stale.stderr.decode() == f"{out}: out of date; run the same command without --check to update it\n"
    assert out.read_bytes() == before  # --check writes nothing
    missing = run_cli("render", answers_path, "-o", tmp_path / "none.md", "--check")
    assert missing.returncode == 1 and not (tmp_path / "none.md").exists()


def test_pre_commit_hook_is_declared():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    [hook] = hooks
    assert hook["id"] == "policygen-check" and hook["entry"] == "policygen render"
    assert "--check" in hook["args"]


# ---- readability
@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_samples_are_plain_language(path):
    whole = document_readability(compose(load_answers(path)))[0]
    assert whole.flesch_kincaid_grade <= 9, whole
    assert whole.flesch_reading_ease >= 50, whole
    assert whole.longest_sentence_words <= 35, whole.longest_sentence


# Each language's bound, justified in README.md ("Readability in each language"): reading ease on the language's
# own fit of Flesch's formula at the same band edge as English (50), and the English longest sentence (35 words)
# with 20% more words, as translations run to about 3-17% more words than the English.
READING_EASE_AT_LEAST = {"fr": 50, "de": 50, "es": 50, "pt-BR": 50}
LONGEST_SENTENCE_AT_MOST = {"fr": 42, "de": 42, "es": 42, "pt-BR": 42}


@pytest.mark.slow  # 52 policies measured
@pytest.mark.parametrize("lang", sorted(READING_EASE_AT_LEAST))
@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_samples_are_plain_language_in_each_language(path, lang):
    rows = document_readability(compose(load_answers(path), lang=lang))
    assert rows[0].flesch_reading_ease >= READING_EASE_AT_LEAST[lang], rows[0]
    assert rows[0].flesch_kincaid_grade is None  # an English measure
    longest = max(rows, key=lambda r: r.longest_sentence_words)
    assert longest.longest_sentence_words <= LONGEST_SENTENCE_AT_MOST[lang], longest.longest_sentence


def test_prose_leaves_out_tables_and_headings():
    text = prose("Intro text here.\n\n| A | B |\n|---|---|\n| x | y |\n\n- **Item** one\n- item two;")
    assert text == "Intro text here. Item one. Item two."
    assert split_sentences(text) == ["Intro text here.", "Item one.", "Item two."]


@pytest.mark.slow
def test_stats_command():
    result = run_cli("stats", ROOT / "sample_answers" / "minimal.yaml", "--format", "json")
    assert result.returncode == 0
    rows = json.loads(result.stdout)
    assert rows[0]["name"] == "Whole policy"
    assert rows[0]["words"] == sum(r["words"] for r in rows[1:])
