"""Every check is failed by at least one broken system the project keeps (issue 17).

The matrix is a generated artifact, not a run of this suite: `python3 bench/mutation_matrix.py`
certifies the reference and every kept broken system over the whole suite (about an hour on two
shared cores) and writes docs/mutation-matrix.csv. These tests read it: every check the suite has
today must be a row (a new or renamed check without one means: regenerate), and every row must be
failed by some system. The null system's column is held against a fresh certification of it (the
session's), so a stale or invented matrix does not pass."""

from __future__ import annotations

import csv

import pytest

from tests.broken_suts import kept
from tests.conftest import ROOT

MATRIX = ROOT / "docs" / "mutation-matrix.csv"
REGENERATE = "regenerate it: python3 bench/mutation_matrix.py"
FIXED = ("check", "document", "tp", "example", "negative", "reference")


@pytest.fixture(scope="module")
def matrix() -> list[dict[str, str]]:
    with MATRIX.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _systems(row: dict[str, str]) -> list[str]:
    return [name for name in row if name not in FIXED]


def test_every_check_is_failed_by_some_kept_broken_system(matrix):
    unfailed = [row["check"] for row in matrix if not any(row[name] == "F" for name in _systems(row))]
    assert unfailed == [], f"checks no kept broken system fails: {unfailed}"


def test_the_matrix_has_a_column_for_every_kept_system_and_a_row_for_every_check(matrix, certified):
    assert set(_systems(matrix[0])) == set(kept("python3")), REGENERATE
    checks = {e["nodeid"] for e in certified("reference").events}
    rows = {row["check"] for row in matrix if not row["check"].startswith("ratecert::unexplained::")}
    assert checks == rows, f"{REGENERATE}: new {sorted(checks - rows)[:5]}, gone {sorted(rows - checks)[:5]}"
    assert all(row["reference"] in (".", "-") for row in matrix), "the reference fails nothing"


def test_the_null_column_is_what_the_null_system_does_today(matrix, certified):
    cells = {"fail": "F", "error": "E", "inconclusive": "I", "pass": ".", "n/a": "-"}
    today = {e["nodeid"]: cells[e["verdict"]] for e in certified("py:tests.broken_suts.idle:Null").events}
    recorded = {row["check"]: row["null"] for row in matrix if row["check"] in today}
    assert recorded == today, REGENERATE
