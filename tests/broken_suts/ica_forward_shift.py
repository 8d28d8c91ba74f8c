"""Applies the Access Catalog's split weekend rule to the ICA: a Sunday or Monday-holiday due date
moves forward, where ICA 24.2 always moves it back to the last business day preceding."""

from __future__ import annotations

import datetime as dt

from ratecert.bill import Bill
from ratecert.case import CaseBase
from ratecert_reference.legal_holidays import legal_holiday
from ratecert_reference.access_catalog_3.payment_dates import shift_for_holidays
from ratecert_reference.months import next_bill_date
from ratecert.oracle import ReferenceSut


class Sut(ReferenceSut):
    name = "broken: moves an ICA due date forward off a Sunday"

    def render(self, case: CaseBase) -> Bill:
        bill = super().render(case)
        if case.document != "ica-frontier-granite-2006":
            return bill
        due = min(case.bill_date + dt.timedelta(days=30), next_bill_date(case.bill_date))
        return bill.model_copy(update={"payment_date": shift_for_holidays(
            due, lambda day: legal_holiday(day, "federal") is not None)})
