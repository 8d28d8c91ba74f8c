"""Calendar months as billing documents count them: the same date in the following month, whole
months added to a date, and the 30-day month of proration.

Shared legal machinery, not any one document's rule: the Access Catalog's next bill date (2.4.1(C)(1),
"same date in the following month as the bill date") and the ICA's (24.2) are the same arithmetic, each
with its own recorded reading of what days 29 to 31 become in a shorter month; the catalog's proration
(2.4.1(F), "based on a 30 day month") and DC power's daily-30 reading share the 30-day month.
"""

from __future__ import annotations

import calendar
import datetime as dt

THIRTY_DAY_MONTH = 30


def next_bill_date(bill_date: dt.date, reading: str = "last-day-of-month") -> dt.date:
    """The same date in the following month. A day the next month lacks (29-31) becomes that month's
    last day (`last-day-of-month`) or spills the missing days into the month after (`overflow`), as
    the document's reading of its short months says."""
    year, month = (bill_date.year + 1, 1) if bill_date.month == 12 else (bill_date.year, bill_date.month + 1)
    last = calendar.monthrange(year, month)[1]
    if bill_date.day <= last:
        return dt.date(year, month, bill_date.day)
    if reading == "last-day-of-month":
        return dt.date(year, month, last)
    return dt.date(year, month, last) + dt.timedelta(days=bill_date.day - last)


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` moved by whole calendar months, kept within the month it lands in (January 31 + 1: February's last day)."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
