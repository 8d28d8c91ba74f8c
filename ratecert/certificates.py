"""Vendor certificates: what was certified, tied to the exact spec and run log, signed with Ed25519.

`certificate.json` names the SUT (implementation, ICS, PIXIT), what was certified (the statement
"CONFORMANT for 6 of 17 capabilities of access-catalog-3 ..." and, per document, the capabilities
claimed of those defined, the readings in force and the checks that applied), the clause outcomes,
the counts and the gate's decision, the spec digest, the run log's SHA-256 and the date, and carries an Ed25519 signature over its canonical JSON by the certifier's key. `ratecert verify`
checks the signature against a public key the verifier trusts (never the one inside the
certificate), the spec digest against a spec folder, the log digest against the log, and that the
certified outcomes are exactly those the log yields; any edit to any of them is rejected.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ratecert.budget import budget_record
from ratecert.gate import assess
from ratecert.reporting.html import clause_matrix
from ratecert.reporting.summary import headline
from ratecert.run_log import read_run
from ratecert.scope import scope, selection
from ratecert.spec import Spec

FORMAT = "ratecert-certificate/1"


def canonical(document: dict[str, Any]) -> bytes:
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str).encode()


def _raw(public: Ed25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_id(public: Ed25519PublicKey) -> str:
    return hashlib.sha256(_raw(public)).hexdigest()[:16]


def generate_key(stem: Path) -> tuple[Path, Path]:
    """Write STEM.key (PKCS8 PEM, private, mode 600) and STEM.pub (PEM)."""
    private = Ed25519PrivateKey.generate()
    key_path, pub_path = stem.with_suffix(".key"), stem.with_suffix(".pub")
    key_path.parent.mkdir(parents=True, exist_ok=True)
    key_path.write_bytes(private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption()))
    key_path.chmod(0o600)
    pub_path.write_bytes(private.public_key().public_bytes(serialization.Encoding.PEM,
                                                           serialization.PublicFormat.SubjectPublicKeyInfo))
    return key_path, pub_path


def load_private(path: Path) -> Ed25519PrivateKey:
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError(f"{path} is not an Ed25519 private key")
    return key


def load_public(path: Path) -> Ed25519PublicKey:
    key = serialization.load_pem_public_key(path.read_bytes())
    if not isinstance(key, Ed25519PublicKey):
        raise ValueError(f"{path} is not an Ed25519 public key")
    return key


def certified_content(log_path: Path, spec: Spec) -> dict[str, Any]:
    """Everything a certificate asserts that can be recomputed from the log and the spec."""
    run = read_run(log_path)
    assessment = assess(run)
    documents = {}
    claimed = ((run.header.get("ics") or {}).get("documents") or {})
    for doc in spec.documents.values():
        matrix = clause_matrix(run, spec, doc.id)
        documents[doc.id] = {
            "title": doc.title, "spec_version": doc.spec_version,
            "claimed_capabilities": (claimed.get(doc.id) or {}).get("capabilities", []),
            "clauses": {row["clause"]: row["outcome"] for row in matrix.to_dict("records")},
        }
    return {
        "format": FORMAT,
        "sut": {"adapter": run.header.get("sut"), "implementation": run.header.get("implementation"),
                "ics": run.header.get("ics"), "pixit": run.header.get("pixit")},
        "spec": {"digest": spec.digest},
        # what decided the cases the properties drew, beside the spec (ratecert.generation)
        "cases": {"ratecert": run.header.get("ratecert"), "profile": run.header.get("hypothesis_profile"),
                  "examples": run.header.get("max_examples"), **(run.header.get("case_generation") or {})},
        "run_log": {"sha256": hashlib.sha256(log_path.read_bytes()).hexdigest(), "started": run.header.get("started"),
                    "finished": (run.footer or {}).get("finished"), "complete": run.complete},
        "verdict": "conformant" if assessment.conformant else "not conformant",
        "statement": headline(run, assessment),
        "selection": selection(run),
        "scope": [{"document": d.document, "capabilities_claimed": list(d.claimed),
                   "capabilities_defined": list(d.defined), "checks": d.checks, "applicable": d.applicable,
                   "readings": (run.header.get("readings") or {}).get(d.document, {})} for d in scope(run)],
        "counts": assessment.counts, "reasons": assessment.reasons,
        "budget": budget_record(run),
        "waived": [{"tp": e.get("tp"), "clauses": e["clauses"], "ticket": w.ticket, "expires": str(w.expires)}
                   for e, w in assessment.waived],
        "documents": documents,
    }


def issue(log_path: Path, spec: Spec, key: Ed25519PrivateKey, certifier: str,
          out: Path, today: dt.date | None = None) -> dict[str, Any]:
    body = certified_content(log_path, spec)
    body["issued"] = (today or dt.date.today()).isoformat()
    body["certifier"] = {"name": certifier, "key_id": key_id(key.public_key()),
                         "public_key": base64.b64encode(_raw(key.public_key())).decode()}
    body["signature"] = base64.b64encode(key.sign(canonical(body))).decode()
    out.write_text(json.dumps(body, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    return body


def verify(cert_path: Path, public: Ed25519PublicKey, log_path: Path, spec: Spec) -> list[str]:
    """Problems with the certificate (empty: genuine, and true of this spec and this log)."""
    try:
        certificate = json.loads(cert_path.read_text(encoding="utf-8"))
        signature = base64.b64decode(certificate.pop("signature"))
    except (ValueError, KeyError) as exc:
        return [f"not a ratecert certificate: {exc}"]
    problems = []
    if certificate.get("format") != FORMAT:
        problems.append(f"unknown format {certificate.get('format')!r}")
    if (certificate.get("certifier") or {}).get("key_id") != key_id(public):
        problems.append("signed by another key than the trusted public key")
    try:
        public.verify(signature, canonical(certificate))
    except InvalidSignature:
        problems.append("the signature does not match the certificate's content (it was altered after signing)")
    expected = certified_content(log_path, spec)
    if certificate.get("spec", {}).get("digest") != expected["spec"]["digest"]:
        problems.append("the spec digest differs: the certificate is for another version of the spec")
    if certificate.get("run_log", {}).get("sha256") != expected["run_log"]["sha256"]:
        problems.append("the run log's digest differs: the certificate is for another (or an altered) run log")
    for field in ("verdict", "statement", "selection", "scope", "counts", "documents", "sut", "waived", "budget"):
        if certificate.get(field) != json.loads(json.dumps(expected[field], default=str)):
            problems.append(f"the certified {field} is not what the run log yields")
    return problems
