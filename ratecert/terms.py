"""The terms in force for one system under test: the document, the readings it chose for each
recorded interpretation, and its PIXIT values (legal maximum rate, locally observed holidays).

Readings are validated against the spec: an unknown interpretation id or option is an error, and
every interpretation the SUT did not choose takes its recorded default.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from ratecert.protocol import PIXIT
from ratecert.spec.model import Document, NotInForce, RateElement, RateValue, Spec, ValueKind


class UnknownReading(ValueError):
    """A PIXIT names an interpretation or option the spec does not record."""


class NotDeclared(NotInForce):
    """The printed amount is damaged and the SUT declared no value for it: nothing to bill with."""


@dataclass(frozen=True)
class Terms:
    spec: Spec
    document: Document
    readings: dict[str, str]
    legal_maximum_rate: Decimal | None = None
    local_holidays: frozenset[dt.date] = field(default_factory=frozenset)
    declared_amounts: dict[str, Decimal] = field(default_factory=dict)

    def reading(self, interpretation: str) -> str:
        return self.readings[interpretation]

    def rate(self, element: str, on: dt.date) -> tuple[Decimal, RateElement, RateValue]:
        """The amount of `element` in force on `on`, with the element and value that cite it."""
        rate_element, value = self.spec.rate(self.document.id, element, on)
        if value.kind is ValueKind.damaged:
            declared = self.declared_amounts.get(f"{self.document.id}:{element}")
            if declared is None:
                raise NotDeclared(f"{self.document.id}:{rate_element.clause} {element}: printed {value.printed!r} "
                                  f"(damaged, page {value.page}) and no amount declared in the PIXIT")
            return declared, rate_element, value
        return value.decimal, rate_element, value

    def clause_id(self, section: str) -> str:
        return f"{self.document.id}:{section}"


def terms_for(pixit: PIXIT | None = None, document: str = "access-catalog-3", spec: Spec | None = None) -> Terms:
    """Terms for a SUT that declared `pixit` (None: every default, no legal maximum)."""
    if spec is None:
        from ratecert.spec.loader import load_spec   # the YAML loader only when no spec is given (ratecert audit gives the cached one)

        spec = load_spec()
    doc = spec.document(document)
    pixit = pixit or PIXIT()
    readings = {iid: i.default for iid, i in doc.interpretations.items()}
    for iid, option in pixit.readings.items():
        if iid not in doc.interpretations:
            if any(iid in other.interpretations for other in spec.documents.values()):
                continue  # a reading of another document
            raise UnknownReading(f"PIXIT reading for unknown interpretation {iid!r} of any document")
        if option not in doc.interpretations[iid].options:
            raise UnknownReading(f"PIXIT reading {iid}={option!r}: options are {sorted(doc.interpretations[iid].options)}")
        readings[iid] = option
    for key in pixit.declared_amounts:
        doc_id, _, element = key.partition(":")
        rates = spec.documents[doc_id].rates if doc_id in spec.documents else {}
        if element not in rates or rates[element].values[-1].kind is not ValueKind.damaged:
            raise UnknownReading(f"PIXIT declares an amount for {key!r}, which is not a damaged rate element")
    return Terms(spec=spec, document=doc, readings=readings, legal_maximum_rate=pixit.legal_maximum_rate,
                 local_holidays=frozenset(pixit.local_holidays), declared_amounts=dict(pixit.declared_amounts))
