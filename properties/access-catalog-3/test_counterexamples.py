"""Counterexamples promoted from failure bundles (`ratecert promote`): each is checked against the
reference on every certification, under the clauses of the check that found it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ratecert_reference.access_catalog_3 import laws
from ratecert_reference.access_catalog_3.records import CatalogCase
from ratecert.plugin import SutSession

FOLDER = Path(__file__).parent / "counterexamples"


def _promoted() -> list[object]:
    params = []
    for path in sorted(FOLDER.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        marks = [pytest.mark.document(record["case"].get("document", "access-catalog-3")),
                 pytest.mark.tp(record.get("tp") or path.stem)]
        marks += [pytest.mark.clause(c) for c in record.get("clauses") or []]
        marks += [pytest.mark.capability(c) for c in record.get("capabilities") or []]
        params.append(pytest.param(CatalogCase.model_validate(record["case"]), id=path.stem, marks=marks))
    return params


@pytest.mark.parametrize("case", _promoted())
def test_promoted_counterexample(request: pytest.FixtureRequest, sut: SutSession, case: CatalogCase) -> None:
    laws.assert_same_bill(request, sut, case)
