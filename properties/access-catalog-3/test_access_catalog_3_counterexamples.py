"""Counterexamples promoted from failure bundles (`ratecert promote`): each is checked against the
reference on every certification, under the clauses of the check that found it."""

from __future__ import annotations

from pathlib import Path

import pytest

from ratecert.differential import check_promoted, promoted
from ratecert.plugin import SutSession

DOCUMENT = "access-catalog-3"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "case" in metafunc.fixturenames:
        metafunc.parametrize("case", promoted(metafunc.config, DOCUMENT, Path(__file__).parent / "counterexamples"))


def test_promoted_counterexample(request: pytest.FixtureRequest, sut: SutSession, case: dict[str, object]) -> None:
    check_promoted(request, sut, case)
