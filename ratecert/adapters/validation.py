"""--validate-protocol: every message checked against the checked-in JSON Schemas (spec/schema/ in a checkout),
independently of the Python models, so that the schemas vendors read are the ones enforced."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from jsonschema import Draft202012Validator

from ratecert.adapters.base import SutError
from ratecert.resources import schemas


@lru_cache(maxsize=16)
def validator(name: str) -> Draft202012Validator:
    path = schemas() / f"{name}.schema.json"
    return Draft202012Validator(json.loads(path.read_text(encoding="utf-8")))


def check(name: str, message: dict[str, Any], *, from_sut: bool) -> None:
    """Raise on the first schema violation: an `error` verdict when the SUT sent it."""
    error = next(iter(sorted(validator(name).iter_errors(message), key=lambda e: list(e.path))), None)
    if error is None:
        return
    where = "/".join(str(p) for p in error.absolute_path) or "(message)"
    text = f"protocol violation in {name} at {where}: {error.message[:300]}"
    if from_sut:
        raise SutError(text, context=message)
    raise AssertionError(f"the harness sent an invalid message: {text}")
