"""Reproduction bundles: every failed, errored or inconclusive check of a run is written as one
JSON file (clause, test purpose, case, expected against actual, hypothesis blob, SUT identity, spec
digest, the node id). `ratecert replay BUNDLE` sends the case again and recomputes the verdict
against the reference under the SUT's own readings; `ratecert promote BUNDLE` keeps the case as a
permanent counterexample that every later certification checks (properties/<document>/counterexamples/)."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ratecert.adapters import SutError, SutSkipped, open_sut
from ratecert.bill import differences
from ratecert.case import CaseBase
from ratecert.inputs import BadInput, first_error, read_object
from ratecert.packs import installed, pack, parse_case
from ratecert.untrusted_text import json_text

_PLAIN_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,80}$")
KEEP = ("verdict", "reason", "clauses", "capabilities", "tp", "nodeid", "name", "feature", "example", "document", "case", "bill",
        "expected", "actual", "expected_bill", "reproduce", "interpretations", "stderr", "replay")


def write_bundle(folder: Path, index: int, event: dict[str, Any], header: dict[str, Any]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    bundle = {key: event.get(key) for key in KEEP}
    bundle["sut"] = {"name": header.get("sut"), "implementation": header.get("implementation"),
                     "pixit": header.get("pixit")}
    bundle["spec_digest"] = header.get("spec_digest")
    path = folder / f"{index:04d}-{event.get('tp') or 'check'}.json"
    path.write_text(json_text(bundle, indent=2), encoding="utf-8")
    return path


@dataclass
class Replay:
    verdict: str
    detail: str


def replay(bundle_path: Path, sut: str | None = None, timeout: float = 10.0) -> Replay:
    """Send the bundle's case to the SUT (the bundle's own unless `sut` names another) and judge
    the bill against the reference under the SUT's declared PIXIT."""
    from ratecert.oracle import render_case
    from ratecert.spec.model import NotInForce

    bundle = read_object(bundle_path, "bundle")
    if not bundle.get("case"):
        return Replay("error", "the bundle holds no case (the check broke before it built one)")
    case = _case(bundle, bundle_path)
    recorded = bundle.get("sut")
    name = sut or (recorded.get("name") if isinstance(recorded, dict) else None)
    if not isinstance(name, str):
        raise BadInput(f"bundle {bundle_path} names no SUT (give one with --sut)")
    adapter = open_sut(name, timeout=timeout)
    try:
        started = adapter.start()
        actual = adapter.bill(case)
    except SutSkipped as exc:
        return Replay("inconclusive", f"the SUT skipped the case: {exc}")
    except SutError as exc:
        return Replay("error", f"{exc.reason}\n{exc.stderr}".strip())
    finally:
        adapter.close()
    try:
        expected = render_case(case, started.pixit)
    except NotInForce as exc:
        return Replay("inconclusive", f"the reference declines the case: {exc}")
    diffs = differences(expected, actual)
    if not diffs:
        return Replay("pass", "the SUT's bill now agrees with the reference")
    return Replay("fail", "\n".join(f"{what}: expected {want}, got {got}" for what, want, got in diffs))


def promote(bundle_path: Path, into: Path | None = None) -> Path:
    """Keep the bundle's case as a permanent counterexample of its document: in `into/<document>/`
    (a vendor's own folder, which its certifications read too), else in the pack's own
    counterexamples folder - only where that is a working copy, never inside an installed package."""
    bundle = read_object(bundle_path, "bundle")
    case = bundle.get("case")
    if not case:
        raise BadInput(f"bundle {bundle_path} holds no case to promote")
    document = _case(bundle, bundle_path).document   # a case no SUT could be sent is not kept
    purpose = bundle.get("tp") or "check"
    # the bundle names the file written: nothing in it may point outside the counterexamples folder
    if not isinstance(purpose, str) or not _PLAIN_NAME.match(purpose):
        raise BadInput(f"bundle {bundle_path}: its test purpose {purpose!r} is not a plain name")
    if into is not None:
        folder = into / document
    else:
        folder = pack(document).counterexamples
        if folder is None or installed(folder):
            raise BadInput(f"the {document} pack is installed, not a working copy: name a folder of your own "
                           "(--into DIR, or counterexamples in [tool.ratecert])")
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256(json.dumps(case, sort_keys=True).encode()).hexdigest()[:12]
    path = folder / f"{purpose}-{digest}.json"
    path.write_text(json.dumps({"tp": bundle.get("tp"), "clauses": bundle.get("clauses"),
                                "capabilities": bundle.get("capabilities") or [],
                                "found_by": bundle.get("nodeid"), "case": case}, indent=2) + "\n", encoding="utf-8")
    return path


def _case(bundle: dict[str, Any], path: Path) -> CaseBase:
    try:
        return parse_case(bundle["case"])
    except ValidationError as exc:
        raise BadInput(f"bundle {path} holds a malformed case: {first_error(exc)}") from None
    except ValueError as exc:   # a document no installed pack bills
        raise BadInput(f"bundle {path} holds a malformed case: {exc}") from None
