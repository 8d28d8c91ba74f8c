"""2.4.1(F) Proration of charges.

"Adjustments for the quantities of services established or discontinued in any billing period
beyond the minimum period set forth for services in other sections of this catalog will be
prorated to the number of days based on a 30 day month."

So a partial month is days / 30 of the monthly charge, whatever the calendar month's length.
"""

from __future__ import annotations

import datetime as dt

MONTH_DAYS = 30


def days_in_service(period_start: dt.date, period_end: dt.date, start: dt.date | None, end: dt.date | None,
                    reading: str = "start-inclusive") -> int:
    """Days of the period (inclusive) the service was in service (proration-day-count)."""
    first = max(period_start, start) if start else period_start
    if end is None:
        last = period_end
    else:
        last = min(period_end, end if reading == "both-inclusive" else end - dt.timedelta(days=1))
    return max(0, (last - first).days + 1)


def whole_period(period_start: dt.date, period_end: dt.date, start: dt.date | None, end: dt.date | None) -> bool:
    """In service the whole period: nothing was established or discontinued in it."""
    return (start is None or start <= period_start) and (end is None or end > period_end)
