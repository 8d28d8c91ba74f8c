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
def _schema(name: str) -> dict[str, Any]:
    return json.loads((schemas() / f"{name}.schema.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=32)
def validator(name: str, document: str | None = None) -> Draft202012Validator:
    """The validator of a message schema; with `document`, of a bill-request whose case names that
    document (or, for "", names none).

    A case's schema is a oneOf of the packs' case schemas, and jsonschema tries every branch to
    prove exactly one holds - most of a validation's time. Each branch but the unlabelled one
    requires its own `document` constant, so for a case naming a known document (or none) only one
    branch can hold and the oneOf is that branch: the same verdict, a quarter of the work, and a
    violation reported inside the branch rather than as "not valid under any"."""
    schema = _schema(name)
    if document is None:
        return Draft202012Validator(schema)
    [branch] = _branches(name)[document]
    return Draft202012Validator({**schema, "$defs": {**schema["$defs"], "Case": branch}})


@lru_cache(maxsize=16)
def _branches(name: str) -> dict[str, list[dict[str, Any]]]:
    """The case schema's branches by the `document` constant they require ("" for a branch a case
    without `document` can satisfy)."""
    defs = _schema(name)["$defs"]
    out: dict[str, list[dict[str, Any]]] = {}
    for branch in defs["Case"]["oneOf"]:
        case = defs[branch["$ref"].rsplit("/", 1)[1]]
        const = case["properties"]["document"]["const"]
        out.setdefault(const, []).append(branch)
        if "document" not in case.get("required", []):
            out.setdefault("", []).append(branch)
    return out


def _narrowed(name: str, message: dict[str, Any]) -> Draft202012Validator:
    """The narrowest validator that decides `message` as the whole schema does."""
    case = message.get("case") if name == "bill-request" else None
    if isinstance(case, dict):
        document = case.get("document", "")
        if isinstance(document, str) and len(_branches(name).get(document, ())) == 1 \
                and (document == "" or "document" in case):
            return validator(name, document)
    return validator(name)


def check(name: str, message: dict[str, Any], *, from_sut: bool) -> None:
    """Raise on the first schema violation: an `error` verdict when the SUT sent it."""
    error = next(iter(sorted(_narrowed(name, message).iter_errors(message), key=lambda e: list(e.path))), None)
    if error is None:
        return
    where = "/".join(str(p) for p in error.absolute_path) or "(message)"
    text = f"protocol violation in {name} at {where}: {error.message[:300]}"
    if from_sut:
        raise SutError(text, context=message)
    raise AssertionError(f"the harness sent an invalid message: {text}")
