"""Adjusts DC power usage to the measured amps on every order, including those of 60 amps or less,
which the DC Power Overview says are never adjusted (USE-LE60)."""

from __future__ import annotations

from decimal import Decimal

from ratecert.bill import Bill, BillLine
from ratecert.case import CaseBase
from ratecert_reference.rounding import to_penny
from ratecert.oracle import ReferenceSut


class Sut(ReferenceSut):
    name = "broken: adjusts usage of a 60 amp order to the reading"

    def render(self, case: CaseBase) -> Bill:
        bill = super().render(case)
        colo = case.collocation
        if case.document != "dc-power-v12" or colo is None or not colo.readings or not colo.measurement_opted_in:
            return bill
        ordered = sum((f.amps for f in colo.feeds), Decimal(0))
        rate = colo.rates.usage_60_or_less
        if ordered > 60 or rate is None:
            return bill
        measured = max(r.amps for r in colo.readings)
        lines = tuple(BillLine(**{**ln.model_dump(), "quantity": measured, "amount": to_penny(measured * rate)})
                      if ln.element == "usage" else ln for ln in bill.lines)
        return bill.model_copy(update={"lines": lines})
