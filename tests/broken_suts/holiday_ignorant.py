"""Ignores Legal Holidays when setting the catalog's payment date (moves it only off weekends), and
bills by that date: its late payment and dispute penalties follow from it, as a real system's would.
One missing shift - the certification must report one gap (the payment date of 2.4.1(C)(1) and
2.6 Legal Holiday), not every late payment check whose date a holiday would move.

The rule is replaced inside the reference's own module for the length of this system's render
only, so the reference the certifying process keeps as its oracle never sees it (one thread
renders one bill at a time in-process)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import ratecert_reference.access_catalog_3.payment_dates as payment_dates
from ratecert.bill import Bill
from ratecert.case import CaseBase
from ratecert.oracle import ReferenceSut

SHIFT = payment_dates.shift_for_holidays


def _weekends_only(day: dt.date, is_holiday: Callable[[dt.date], bool]) -> dt.date:
    return SHIFT(day, lambda _: False)


class Sut(ReferenceSut):
    name = "broken: ignores the Legal Holiday shift"

    def render(self, case: CaseBase) -> Bill:
        payment_dates.shift_for_holidays = _weekends_only
        try:
            return super().render(case)
        finally:
            payment_dates.shift_for_holidays = SHIFT
