"""Ignores Legal Holidays when setting the payment date (moves only off weekends)."""

from __future__ import annotations

from ratecert.bill import Bill
from ratecert.case import Case
from reference.payment_dates import next_bill_date, shift_for_holidays, thirty_one_day_date
from reference.sut import ReferenceSut


class Sut(ReferenceSut):
    name = "broken: ignores the Legal Holiday shift"

    def render(self, case: Case) -> Bill:
        bill = super().render(case)
        due = min(thirty_one_day_date(case.bill_date), next_bill_date(case.bill_date))
        return bill.model_copy(update={"payment_date": shift_for_holidays(due, lambda day: False)})
