"""2.4.1(C)(1) Payment dates, with 2.4.1(B) bill dates and 2.6 Legal Holidays.

"...due 31 days (payment date) after the bill day or by the next bill date (i.e., same date in the
following month as the bill date), whichever is the shortest interval..." A Sunday, or a Legal
Holiday observed on a Monday, moves "to the first non-Holiday day following"; a Saturday, or a
Legal Holiday observed Tuesday to Friday, moves "to the last non-Holiday day preceding". "If the
customer does not receive a bill at least 20 days prior to the 31 day payment due date, then the
bill shall be considered delayed", and on request with proof the due date is extended by the days
of delay.

A "non-Holiday day" is taken to be a weekday that is not a Legal Holiday; with the printed list a
shift never reaches a weekend, so the reading only matters for runs of local holidays.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ratecert_reference.legal_holidays import legal_holiday
from ratecert_reference.months import next_bill_date

DAY = dt.timedelta(days=1)


def thirty_one_day_date(bill_date: dt.date) -> dt.date:
    """'31 days (payment date) after the bill day' (2.4.1(C)(1))."""
    return bill_date + dt.timedelta(days=31)


def delay_days(bill_date: dt.date, received: dt.date) -> int:
    """Days a bill was delayed: received later than 20 days before the 31-day due date (2.4.1(C)(1))."""
    return max(0, (received - (thirty_one_day_date(bill_date) - dt.timedelta(days=20))).days)


def shift_for_holidays(day: dt.date, is_holiday: Callable[[dt.date], bool]) -> dt.date:
    """Move a payment date off a Saturday, Sunday or Legal Holiday as 2.4.1(C)(1) directs."""
    def closed(d: dt.date) -> bool:
        return d.weekday() >= 5 or is_holiday(d)

    weekday = day.weekday()
    if weekday == 6 or (weekday == 0 and is_holiday(day)):
        step = DAY            # Sunday or Monday holiday: first non-Holiday day following
    elif weekday == 5 or (1 <= weekday <= 4 and is_holiday(day)):
        step = -DAY           # Saturday or Tuesday-Friday holiday: last non-Holiday day preceding
    else:
        return day
    day += step
    while closed(day):
        day += step
    return day


def payment_date(bill_date: dt.date, *, next_bill: str = "last-day-of-month", holiday_list: str = "as-printed",
                 holiday_weekend: str = "observed-weekday", local_holidays: frozenset[dt.date] = frozenset(),
                 delayed_by: int = 0, extension: str = "before-shift") -> dt.date:
    """The payment date of a bill dated `bill_date` (2.4.1(C)(1))."""
    due = min(thirty_one_day_date(bill_date), next_bill_date(bill_date, next_bill))

    def is_holiday(d: dt.date) -> bool:
        return legal_holiday(d, holiday_list, holiday_weekend, local_holidays) is not None

    if extension == "before-shift":
        return shift_for_holidays(due + dt.timedelta(days=delayed_by), is_holiday)
    return shift_for_holidays(due, is_holiday) + dt.timedelta(days=delayed_by)
