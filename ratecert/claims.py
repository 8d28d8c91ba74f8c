"""A SUT's claims, checked before anything runs: the documents and capabilities of its ICS and the
readings and declared amounts of its PIXIT must all exist in the installed packs and their spec.

A claim ratecert does not know cannot be certified: a capability `teleportation`, a document
`no-such-document`, a reading option `whatever-we-do` would otherwise turn into n/a checks, or into
a signed certificate listing things nobody defined. `check(started, readings)` returns the start
reply with the readings a vendor configured merged into its PIXIT, or raises `ClaimError` naming
every unknown claim; the run then stops with exit 2 and signs nothing.
"""

from __future__ import annotations

from ratecert.packs import discover
from ratecert.protocol import PIXIT, StartReply
from ratecert.spec import Spec, load_spec
from ratecert.spec.model import ValueKind


class ClaimError(ValueError):
    """The SUT (or its configuration) claims something no installed pack defines."""


def _ics_problems(started: StartReply) -> list[str]:
    packs = discover()
    problems = []
    for document, claim in started.ics.documents.items():
        if document not in packs:
            claimed = f"claimed with capabilities {', '.join(map(repr, claim.capabilities))}; " if claim.capabilities else ""
            problems.append(f"unknown document {document!r} ({claimed}installed: {', '.join(packs)})")
            continue
        unknown = [c for c in claim.capabilities if c not in packs[document].capabilities]
        if unknown:
            problems.append(f"unknown capabilities of {document}: {', '.join(map(repr, unknown))} "
                            f"(defined: {', '.join(packs[document].capabilities)})")
    return problems


def _pixit_problems(pixit: PIXIT, spec: Spec) -> list[str]:
    problems = []
    interpretations = {iid: i for doc in spec.documents.values() for iid, i in doc.interpretations.items()}
    for iid, option in pixit.readings.items():
        if iid not in interpretations:
            problems.append(f"a reading for unknown interpretation {iid!r}")
        elif option not in interpretations[iid].options:
            problems.append(f"reading {iid}={option!r} is not an option (options: "
                            f"{', '.join(sorted(interpretations[iid].options))})")
    for key in pixit.declared_amounts:
        document, _, element = key.partition(":")
        rates = spec.documents[document].rates if document in spec.documents else {}
        if element not in rates or rates[element].values[-1].kind is not ValueKind.damaged:
            problems.append(f"a declared amount for {key!r}, which is not a damaged rate element")
    return problems


def check(started: StartReply, configured_readings: dict[str, str] | None = None) -> StartReply:
    """The start reply with the configured readings merged into its PIXIT, once every claim is known."""
    declared = dict(started.pixit.readings)
    problems = []
    for iid, option in (configured_readings or {}).items():
        if iid in declared and declared[iid] != option:
            problems.append(f"reading {iid}: the configuration says {option!r}, the SUT declares {declared[iid]!r}")
        declared.setdefault(iid, option)
    pixit = started.pixit.model_copy(update={"readings": declared})
    problems = _ics_problems(started) + problems + _pixit_problems(pixit, load_spec())
    if problems:
        raise ClaimError("; ".join(problems))
    return started.model_copy(update={"pixit": pixit})
