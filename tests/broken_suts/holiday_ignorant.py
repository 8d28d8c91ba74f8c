"""Ignores Legal Holidays when setting the payment date (moves only off weekends)."""

from __future__ import annotations

import datetime as dt

from ratecert.bill import Bill
from ratecert.case import Case
from reference.payment_dates import delay_days, next_bill_date, shift_for_holidays, thirty_one_day_date
from reference.sut import ReferenceSut


class Sut(ReferenceSut):
    name = "broken: ignores the Legal Holiday shift"

    def render(self, case: Case) -> Bill:
        bill = super().render(case)
        due = min(thirty_one_day_date(case.bill_date), next_bill_date(case.bill_date))
        receipt = case.bill_receipt
        if receipt is not None and receipt.extension_requested and receipt.proof_of_late_receipt:
            due += dt.timedelta(days=delay_days(case.bill_date, receipt.received))
        return bill.model_copy(update={"payment_date": shift_for_holidays(due, lambda day: False)})
