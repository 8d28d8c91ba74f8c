"""The state of one conformance check: the case being built, the bill the SUT rendered, and the
check that failed (expected against actual), which the plugin copies into the run log.

Steps and properties never call the reference: they build a case and ask the SUT through its
adapter (GUIDE 3, "one path for every check"). Every bill a check receives is kept with its case
(`Check.exchanges`), so the plugin can hold the whole bill against the reference's afterwards
(nothing on it may go unexplained) without the check itself looking beyond its clause.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ValidationError

from ratecert.bill import Bill
from ratecert.case import CaseBase
from ratecert.packs import parse_case


def plain(value: Any) -> Any:
    """A value as a reader and the run log see it: amounts as printed ("1124.50"), dates in ISO,
    sequences as lists, records as their fields; never a Python repr (`Decimal('1124.50')`)."""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [plain(v) for v in value]
    return value


def said(value: Any) -> str:
    """`plain(value)` in a sentence: 1124.50; 250.00 and 6.58; nothing (for None or an empty list)."""
    value = plain(value)
    if value is None or value == []:
        return "nothing"
    if isinstance(value, list):
        return " and ".join(said(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {said(v)}" for k, v in value.items())
    return str(value)


class Mismatch(AssertionError):
    """A check the SUT's bill did not meet: a `fail` verdict with expected and actual.

    `differs` names the field or element that differs, in words shared by steps and properties
    ("payment date", "late-payment penalty", "charge local_switching"): failures are grouped into
    distinct gaps by it and the clauses behind them. `prerequisite` is the clause of a fact the
    check assumed rather than tested (the payment date a late payment scenario counts from): when
    that fact is what differs, the verdict names it, and the gap is that clause's."""

    def __init__(self, what: str, expected: Any, actual: Any, *, differs: str | None = None,
                 prerequisite: str | None = None) -> None:
        message = f"{what}: expected {said(expected)}, got {said(actual)}"
        if prerequisite:
            message = f"prerequisite not met ({prerequisite}): {message}"
        super().__init__(message)
        self.what = what
        self.expected = plain(expected)
        self.actual = plain(actual)
        self.differs = differs or what
        self.prerequisite = prerequisite


class MalformedCase(ValueError):
    """The case a scenario built is not valid: an `error` verdict naming the field."""


@dataclass
class Check:
    """One check's record: the case sent, the bill received, and the first failed expectation."""

    case: CaseBase | None = None
    bill: Bill | None = None
    expected_bill: Bill | None = None
    exchanges: list[tuple[CaseBase, Bill]] = field(default_factory=list)   # every (case, bill) of the check
    # the reference's bill of each case the check compared, by the case object's id (the case kept
    # alive beside it, so the id is its own): what `ratecert.unexplained` holds the same case's bill
    # to, not rendered twice
    references: dict[int, tuple[CaseBase, Bill]] = field(default_factory=dict)

    def received(self, case: CaseBase, bill: Bill) -> Bill:
        self.case, self.bill = case, bill
        self.exchanges.append((case, bill))
        return bill


@dataclass(frozen=True)
class Prerequisite:
    """A fact a scenario states and assumes: checked first, so that its failure is named as such."""

    what: str
    expected: Any
    read: Callable[[Bill], Any]
    clause: str
    differs: str


@dataclass
class BillingScenario:
    """Builds a case step by step, renders it once through the adapter, then checks the bill."""

    adapter: Any
    document: str
    fields: dict[str, Any] = field(default_factory=dict)
    record: Check = field(default_factory=Check)
    counters: dict[str, int] = field(default_factory=dict)
    remembered: dict[str, Any] = field(default_factory=dict)   # facts later steps name, not case fields
    prerequisites: list[Prerequisite] = field(default_factory=list)

    def set(self, **values: Any) -> None:
        self._unrendered()
        self.fields.update(values)

    def append(self, key: str, item: dict[str, Any]) -> dict[str, Any]:
        self._unrendered()
        self.fields.setdefault(key, []).append(item)
        return item

    def last(self, key: str) -> dict[str, Any]:
        items = self.fields.get(key)
        if not items:
            raise MalformedCase(f"the scenario refers to a {key[:-1]} before giving one")
        return items[-1]

    def next_id(self, kind: str) -> str:
        self.counters[kind] = self.counters.get(kind, 0) + 1
        return f"{kind}-{self.counters[kind]}"

    def _unrendered(self) -> None:
        if self.record.bill is not None:
            raise MalformedCase("the scenario changes the case after the bill was rendered")

    def case(self) -> CaseBase:
        try:
            return parse_case({"document": self.document, "id": self.fields.get("id", "scenario"), **self.fields})
        except ValidationError as exc:
            err = exc.errors()[0]
            where = ".".join(str(p) for p in err["loc"])
            raise MalformedCase(f"malformed case: {where}: {err['msg']}") from None
        except ValueError as exc:   # a document no installed pack bills
            raise MalformedCase(f"malformed case: {exc}") from None

    def assume(self, what: str, expected: Any, read: Callable[[Bill], Any], clause: str,
               differs: str | None = None) -> None:
        """State a fact of the bill the scenario's checks build on (its payment date, say): the bill
        is held to it before any check, and a bill that breaks it fails naming the prerequisite's
        clause - one gap of that clause, not a wrong penalty in every scenario that counts from it."""
        self._unrendered()
        qualified = clause if ":" in clause else f"{self.document}:{clause}"
        self.prerequisites.append(Prerequisite(what, expected, read, qualified, differs or what))

    def bill(self) -> Bill:
        if self.record.bill is None:
            case = self.case()
            self.record.case = case   # kept for the verdict even when the SUT fails to answer
            bill = self.record.received(case, self.adapter.bill(case))
            for fact in self.prerequisites:
                actual = fact.read(bill)
                if actual != fact.expected:
                    raise Mismatch(fact.what, fact.expected, actual, differs=fact.differs, prerequisite=fact.clause)
        return self.record.bill

    def expect(self, what: str, expected: Any, actual: Any, differs: str | None = None) -> None:
        if expected != actual:
            raise Mismatch(what, expected, actual, differs=differs)
