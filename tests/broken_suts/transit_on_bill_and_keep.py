"""Charges the transit rate on every minute it exchanges, bill-and-keep Local and ISP-Bound traffic
included (ICA Attachment 1, 4.1-4.2; Attachment 4, 1.1)."""

from __future__ import annotations

from decimal import Decimal

from ratecert.bill import Bill, BillLine
from ratecert.case import CaseBase
from ratecert_reference.rounding import to_penny
from ratecert.oracle import ReferenceSut

TRANSIT = Decimal("0.0061854")   # printed in Attachment 4; the broken part is where it is applied


class Sut(ReferenceSut):
    name = "broken: charges transit on bill-and-keep traffic"

    def render(self, case: CaseBase) -> Bill:
        if case.document != "ica-frontier-granite-2006":   # the rule it breaks is this document's
            return super().render(case)
        bill = super().render(case)
        extra = tuple(BillLine(element="transit_mou", quantity=t.minutes, rate=TRANSIT,
                               amount=to_penny(t.minutes * TRANSIT), clause="ica-frontier-granite-2006:A4-1.2",
                               ref=t.id, description="transit (wrongly) on bill-and-keep traffic")
                      for t in case.traffic if t.kind in ("local", "isp-bound", "enhanced-local"))
        return bill.model_copy(update={"lines": bill.lines + extra}) if extra else bill

