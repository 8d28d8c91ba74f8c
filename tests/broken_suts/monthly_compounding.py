"""Compounds the late factor monthly (30-day periods) instead of daily."""

from __future__ import annotations

from decimal import Decimal, localcontext

from ratecert.bill import Bill
from ratecert.case import CaseBase
from ratecert_reference.access_catalog_3.late_factor import CATALOG_DAILY_RATE
from ratecert_reference.rounding import to_penny
from ratecert.oracle import ReferenceSut


def _monthly_factor(days: int) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = 40
        return (1 + CATALOG_DAILY_RATE * 30) ** (Decimal(days) / 30) - 1


class Sut(ReferenceSut):
    name = "broken: compounds the late factor monthly"

    def render(self, case: CaseBase) -> Bill:
        bill = super().render(case)
        penalties = tuple(p.model_copy(update={"amount": to_penny(p.principal * _monthly_factor(p.days))})
                          for p in bill.penalties)
        return bill.model_copy(update={"penalties": penalties})
