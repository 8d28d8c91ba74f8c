"""JSON Schemas of the protocol and of the spec files, generated from the models (schema-first for
vendors, model-first for us): `ratecert schema` writes them, and a test fails when they are stale.

The case is one schema per document, generated from its pack's case model
(`spec/<document>/case.schema.json`), and one combined `case.schema.json` - a case of any installed
document, picked by its `document` field (only the document that takes unlabelled cases, the
catalog's, may omit it) - which `bill-request.schema.json` uses for its `case`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from ratecert.bill import Bill
from ratecert.packs import DocumentPack, discover
from ratecert.protocol import BillReply, BillRequest, StartReply, StartRequest, StopRequest
from ratecert.spec.model import Clause, Interpretation, Inventory, Page, RateElement

DIALECT = "https://json-schema.org/draft/2020-12/schema"
MESSAGES: dict[str, type[BaseModel]] = {
    "bill": Bill, "start-request": StartRequest, "start-reply": StartReply, "bill-reply": BillReply,
    "stop-request": StopRequest,
    # the spec's own data files: one entry of pages.yaml, rates.yaml, clauses.yaml, interpretations.yaml,
    # and the whole of a document's optional inventory.yaml
    "spec-page": Page, "spec-rate-element": RateElement, "spec-clause": Clause, "spec-interpretation": Interpretation,
    "spec-inventory": Inventory,
}


def _finished(name: str, schema: dict[str, Any]) -> str:
    schema["$schema"] = DIALECT
    schema["$id"] = f"https://ratecert.example/schema/ratecert-1/{name}.schema.json"
    return json.dumps(schema, indent=2, sort_keys=True) + "\n"


def pack_case_schema(pack: DocumentPack) -> dict[str, Any]:
    return pack.case_model.model_json_schema(mode="serialization")


def case_schema(packs: dict[str, DocumentPack]) -> dict[str, Any]:
    """A case of any of `packs`, by its `document` (definitions named apart where packs share a name)."""
    keys, top = models_json_schema([(p.case_model, "serialization") for p in packs.values()],
                                   ref_template="#/$defs/{model}")
    defs = top["$defs"]
    options = []
    for pack in packs.values():
        ref = keys[(pack.case_model, "serialization")]["$ref"]
        if not pack.unlabelled_cases:
            required = defs[ref.rsplit("/", 1)[1]].setdefault("required", [])
            required.insert(0, "document")
        options.append({"$ref": ref})
    return {"title": "Case", "description": "a case of one document, picked by its `document` field",
            "oneOf": options, "$defs": defs}


def rendered() -> dict[str, str]:
    """Protocol schemas by file name (spec/schema/)."""
    packs = discover()
    case = case_schema(packs)
    request = BillRequest.model_json_schema(mode="serialization")
    request["$defs"] = {**{k: v for k, v in request.get("$defs", {}).items() if k != "CaseBase"}, **case["$defs"],
                        "Case": {k: case[k] for k in ("title", "description", "oneOf")}}
    request["properties"]["case"] = {"$ref": "#/$defs/Case"}
    out = {"case.schema.json": _finished("case", case), "bill-request.schema.json": _finished("bill-request", request)}
    for name, model in MESSAGES.items():
        out[f"{name}.schema.json"] = _finished(name, model.model_json_schema(mode="serialization"))
    return out


def rendered_packs() -> dict[Path, str]:
    """Each pack's own case schema, at `<pack spec folder>/case.schema.json`."""
    return {pack.spec / "case.schema.json": _finished(f"{pack.id}/case", pack_case_schema(pack))
            for pack in discover().values()}


def write(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for filename, text in rendered().items():
        path = folder / filename
        path.write_text(text, encoding="utf-8")
        written.append(path)
    for path, text in rendered_packs().items():
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
