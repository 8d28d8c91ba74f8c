"""Charges every intraLATA PIC selection and change, ignoring the four free months after an end
office's conversion to equal access and the one free change in them (13.4(A)(3))."""

from __future__ import annotations

import datetime as dt

from ratecert.bill import Bill
from ratecert.case import CaseBase
from ratecert.oracle import ReferenceSut


class Sut(ReferenceSut):
    name = "broken: every PIC change charged"

    def render(self, case: CaseBase) -> Bill:
        if case.document != "access-catalog-3":   # the rule it breaks is this document's
            return super().render(case)
        long_ago = tuple(c.model_copy(update={"window_start": dt.date(1990, 1, 1), "end_user": "existing"})
                         for c in case.pic_changes)
        return super().render(case.model_copy(update={"pic_changes": long_ago}))
