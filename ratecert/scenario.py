"""The state of one conformance check: the case being built, the bill the SUT rendered, and the
check that failed (expected against actual), which the plugin copies into the run log.

Steps and properties never call the reference: they build a case and ask the SUT through its
adapter (GUIDE 3, "one path for every check").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from ratecert.bill import Bill
from ratecert.case import CaseBase
from ratecert.packs import parse_case


class Mismatch(AssertionError):
    """A check the SUT's bill did not meet: a `fail` verdict with expected and actual."""

    def __init__(self, what: str, expected: Any, actual: Any) -> None:
        super().__init__(f"{what}: expected {expected}, got {actual}")
        self.what = what
        self.expected = expected
        self.actual = actual


class MalformedCase(ValueError):
    """The case a scenario built is not valid: an `error` verdict naming the field."""


@dataclass
class Check:
    """One check's record: the case sent, the bill received, and the first failed expectation."""

    case: CaseBase | None = None
    bill: Bill | None = None
    expected_bill: Bill | None = None


@dataclass
class BillingScenario:
    """Builds a case step by step, renders it once through the adapter, then checks the bill."""

    adapter: Any
    document: str
    fields: dict[str, Any] = field(default_factory=dict)
    record: Check = field(default_factory=Check)
    counters: dict[str, int] = field(default_factory=dict)
    remembered: dict[str, Any] = field(default_factory=dict)   # facts later steps name, not case fields

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

    def bill(self) -> Bill:
        if self.record.bill is None:
            self.record.case = self.case()
            self.record.bill = self.adapter.bill(self.record.case)
        return self.record.bill

    def expect(self, what: str, expected: Any, actual: Any) -> None:
        if expected != actual:
            raise Mismatch(what, expected, actual)
