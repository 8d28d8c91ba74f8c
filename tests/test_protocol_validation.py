"""--validate-protocol checks a bill request against the one case schema its `document` names
(ratecert.adapters.validation): the same verdict as the whole oneOf of every pack's case schema, on
valid cases of every document and on cases broken in the ways a message can be (document removed,
swapped, unknown or not a string; a field of the wrong type)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from ratecert.adapters.validation import _narrowed, validator
from ratecert.packs import discover
from tests.conftest import generated_cases


def _breakages(case: dict[str, Any]) -> list[dict[str, Any]]:
    out = [case]
    for document in (*discover(), "no-such-document", 7, None):
        out.append({**case, "document": document})
    out.append({k: v for k, v in case.items() if k != "document"})
    for field, value in case.items():
        if field != "document" and not isinstance(value, bool):
            out.append({**case, field: True})   # a flag where a date, list or number goes
            break
    return out


@pytest.mark.parametrize("document", sorted(discover()))
def test_a_case_is_checked_against_its_own_documents_schema_with_the_same_verdict(document: str):
    cases = [c.model_dump(mode="json") for c in generated_cases(document, 6)]
    assert cases
    whole = validator("bill-request")
    decided = 0
    for case in cases:
        for broken in _breakages(case):
            message = {"cmd": "bill", "seq": 1, "case": copy.deepcopy(broken)}
            narrow = _narrowed("bill-request", message)
            decided += narrow is not whole
            assert narrow.is_valid(message) == whole.is_valid(message), (broken.get("document"), broken)
    assert decided, "no message was narrowed: the test would prove nothing"
