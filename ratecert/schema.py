"""JSON Schemas of the protocol and of the spec files, generated from the models (schema-first for vendors, model-first
for us): `ratecert schema` writes them to spec/schema/, and a test fails when they are stale."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from ratecert.bill import Bill
from ratecert.case import Case
from ratecert.protocol import BillReply, BillRequest, StartReply, StartRequest, StopRequest
from ratecert.spec.model import Clause, Interpretation, Page, RateElement

SCHEMAS: dict[str, type[BaseModel]] = {
    "case": Case, "bill": Bill, "start-request": StartRequest, "start-reply": StartReply,
    "bill-request": BillRequest, "bill-reply": BillReply, "stop-request": StopRequest,
    # the spec's own data files: one entry of pages.yaml, rates.yaml, clauses.yaml, interpretations.yaml
    "spec-page": Page, "spec-rate-element": RateElement, "spec-clause": Clause, "spec-interpretation": Interpretation,
}


def rendered() -> dict[str, str]:
    out = {}
    for name, model in SCHEMAS.items():
        schema = model.model_json_schema(mode="serialization")
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["$id"] = f"https://ratecert.example/schema/ratecert-1/{name}.schema.json"
        out[f"{name}.schema.json"] = json.dumps(schema, indent=2, sort_keys=True) + "\n"
    return out


def write(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for filename, text in rendered().items():
        path = folder / filename
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
