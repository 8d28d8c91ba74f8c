"""The reference, as the oracle of differential checks and as a system under test.

Each case is billed by the pack of the document it names (`DocumentPack.render`) under the terms
the SUT declared; records the case set aside as malformed are named among the bill's rejected
records whatever the document. `ReferenceSut` wraps that in the protocol: it claims every
capability of every installed pack and declares the default reading of every interpretation;
subclasses (the deliberately broken systems in tests/) override one rule each.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from ratecert import __version__
from ratecert.bill import Bill, Rejection
from ratecert.case import CaseBase
from ratecert.packs import discover, pack, parse_case
from ratecert.protocol import PIXIT
from ratecert.spec.model import NotInForce
from ratecert.terms import Terms, terms_for


def document_terms(pixit: PIXIT | None = None) -> dict[str, Terms]:
    """The terms of every installed document for a SUT that declared `pixit` (an unknown reading raises)."""
    return {document: terms_for(pixit, document) for document in discover()}


def render(case: CaseBase, terms: dict[str, Terms], renderer: Callable[[CaseBase, Terms], Bill] | None = None) -> Bill:
    """The bill the reference renders for `case` under the document it names (`renderer`: another
    implementation of that pack's render, e.g. a mutant of it in bench/mutation.py)."""
    bill = (renderer or pack(case.document).render)(case, terms[case.document])
    if not case.malformed:
        return bill
    # whatever the document: a record set aside as malformed is named, and the rest was rated around it
    named = tuple(Rejection(ref=m.ref, reason=m.reason) for m in case.malformed)
    return bill.model_copy(update={"rejected": (*named, *bill.rejected)})


@lru_cache(maxsize=16)
def _document_terms(pixit_json: str) -> dict[str, Terms]:
    return document_terms(PIXIT.model_validate_json(pixit_json))


def declared_terms(pixit: PIXIT | None = None) -> dict[str, Terms]:
    """`document_terms`, built once per distinct PIXIT."""
    return _document_terms((pixit or PIXIT()).model_dump_json())


def render_case(case: CaseBase, pixit: PIXIT | None = None) -> Bill:
    """`render` under the terms of `pixit`, for callers that hold a PIXIT rather than terms (the
    oracle of properties, replay)."""
    return render(case, declared_terms(pixit))


class ReferenceSut:
    name = "ratecert reference"
    pixit = PIXIT()

    def __init__(self) -> None:
        self.terms: dict[str, Terms] = document_terms(self.pixit)   # an unknown reading fails here, not per case

    def start(self, message: dict[str, Any]) -> dict[str, Any]:
        return {
            "implementation": {"name": self.name, "version": __version__, "vendor": "ratecert", "language": "Python"},
            "ics": {"documents": {p.id: {"capabilities": list(p.capabilities)} for p in discover().values()}},
            "pixit": self.pixit.model_dump(mode="json"),
        }

    def render(self, case: CaseBase) -> Bill:
        return render(case, self.terms)

    def bill(self, message: dict[str, Any]) -> dict[str, Any]:
        case = parse_case(message["case"])
        try:
            bill = self.render(case)
        except NotInForce as exc:
            # The transcribed document has no rate for that date: decline rather than guess.
            return {"seq": message["seq"], "skipped": True, "reason": str(exc)}
        return {"seq": message["seq"], "bills": [bill.model_dump(mode="json")]}

    def stop(self, message: dict[str, Any]) -> dict[str, Any]:
        return {}
