"""Ignores Legal Holidays when setting the payment date (moves only off weekends)."""

from __future__ import annotations

import datetime as dt

from ratecert.bill import Bill
from ratecert.case import CaseBase
from ratecert_reference.access_catalog_3.payment_dates import delay_days, shift_for_holidays, thirty_one_day_date
from ratecert_reference.months import next_bill_date
from ratecert.oracle import ReferenceSut


class Sut(ReferenceSut):
    name = "broken: ignores the Legal Holiday shift"

    def render(self, case: CaseBase) -> Bill:
        bill = super().render(case)
        if case.document != "access-catalog-3":   # the rule it breaks is the catalog's
            return bill
        due = min(thirty_one_day_date(case.bill_date), next_bill_date(case.bill_date))
        receipt = case.bill_receipt
        if receipt is not None and receipt.extension_requested and receipt.proof_of_late_receipt:
            due += dt.timedelta(days=delay_days(case.bill_date, receipt.received))
        return bill.model_copy(update={"payment_date": shift_for_holidays(due, lambda day: False)})
