"""The reference, except that every amount it bills (lines, penalties, credits) is one unit in the
last place the bounds allow away from right: + 0.0000000001. Served as a real subprocess by
`ratecert serve --stdio --sut py:tests.fake_suts.off_by_one_unit:Sut`. Exact comparison must fail
every check of an amount; with a 28-digit context or a rounding comparison some would pass."""

from __future__ import annotations

from decimal import Decimal

from ratecert.bill import Bill
from ratecert.bounds import FRACTION_DIGITS
from ratecert.case import CaseBase
from ratecert.oracle import ReferenceSut

UNIT = Decimal(1).scaleb(-FRACTION_DIGITS)


class Sut(ReferenceSut):
    name = "off by one unit in the last place"

    def render(self, case: CaseBase) -> Bill:
        bill = super().render(case)
        return bill.model_copy(update={
            "lines": tuple(line.model_copy(update={"amount": line.amount + UNIT}) for line in bill.lines),
            "penalties": tuple(p.model_copy(update={"amount": p.amount + UNIT}) for p in bill.penalties),
            "credits": tuple(c.model_copy(update={"amount": c.amount + UNIT}) for c in bill.credits)})
