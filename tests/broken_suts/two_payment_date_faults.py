"""Wrong about the payment date in two distinct ways (2.4.1(C)(1)): a bill dated on an odd day is
due 31 days later with no shift at all (so some fall on a Saturday or Sunday), one dated on an
even day is due 40 days later (past the 31st day). A property that meets both raises two distinct
failures at once (an ExceptionGroup): the verdict must still be `fail`, naming both."""

from __future__ import annotations

import datetime as dt

from ratecert.bill import Bill
from ratecert.case import CaseBase
from ratecert.oracle import ReferenceSut


class Sut(ReferenceSut):
    name = "broken: payment date unshifted on odd days, 40 days on even days"

    def render(self, case: CaseBase) -> Bill:
        bill = super().render(case)
        days = 31 if case.bill_date.day % 2 else 40
        return bill.model_copy(update={"payment_date": case.bill_date + dt.timedelta(days=days)})
