"""The reference, in process, except that billing a case dated 2025-02-10 ends the whole process
at once (os._exit, as a crashing native extension would): with `-j 2` the worker running that
check dies, and the check must be an `error` that says so while every other verdict is kept."""

from __future__ import annotations

import datetime as dt
import os

from ratecert.bill import Bill
from ratecert.case import CaseBase
from ratecert.oracle import ReferenceSut

FATAL = dt.date(2025, 2, 10)


class Sut(ReferenceSut):
    name = "fake: exits its process on one case"

    def render(self, case: CaseBase) -> Bill:
        if getattr(case, "bill_date", None) == FATAL:
            os._exit(3)
        return super().render(case)
