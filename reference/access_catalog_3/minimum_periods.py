"""2.4.2 Minimum periods and 5.5.1-5.5.2 minimum period charges.

2.4.2: "The minimum period ... is one month except for those usage rated services set forth in
Section 6 ... and those services set forth in 6.1.3 (Switched Access High Capacity DS3 Entrance
Facility and High Capacity DS3 Direct Trunked Transport) and 7.2.8 (High Capacity DS1 and DS3
Service)..." (A) "a one month charge will apply at the rate level in effect at the time service is
discontinued." (B) "...except for DS3 monthly service the applicable charge will be the lesser of
(1) the Telephone Company's total nonrecoverable costs less the net salvage value... or (2) the
total monthly charges ... for the remainder of the minimum period."
5.5.2: "...charges are applicable for the balance of the minimum period."

A minimum period is counted in months of 30 days: "For billing purposes, each month is considered
to have 30 days" (7.2.2(A)), and proration is "based on a 30 day month" (2.4.1(F), 6.4.2). So a
minimum of N months is N x 30 days in service, and its remainder is the days short of that, each
1/30 of the monthly charge. Counting the end of the minimum in calendar months but its remainder in
days (as the reference once did) charged a service disconnected the day after installation more
than the whole minimum, and let one day more of service lower the total (issue 20). Days in service
are counted as proration counts them (interpretation proration-day-count).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ratecert_reference.access_catalog_3.proration import MONTH_DAYS, days_in_service

USAGE_RATED = "switched-usage"


def minimum_months(service_kind: str, element_minimum: int | None) -> int:
    """No minimum for usage-rated Switched services (5.5.1); the element's own (DS3: 12); else one month."""
    if service_kind == USAGE_RATED:
        return 0
    return element_minimum or 1


def remainder_days(start: dt.date, end: dt.date, months: int, day_count: str = "start-inclusive") -> int:
    """The days of a minimum of `months` 30-day months still to run when a service established on
    `start` is disconnected on `end`; 0 when the minimum period has expired."""
    return max(0, months * MONTH_DAYS - days_in_service(start, end, start, end, day_count))


def one_month_shortfall(monthly: Decimal, remainder: int, reading: str = "one-full-month") -> Decimal:
    """2.4.2(A): what discontinuance `remainder` days before the end of a one-month minimum adds to
    the days already charged: "a one month charge will apply"."""
    if not remainder:
        return Decimal(0)
    if reading == "additional-month":
        return monthly
    return monthly * remainder / MONTH_DAYS


def longer_minimum_charge(monthly: Decimal, remainder: int, nonrecoverable: Decimal | None,
                          ds3_monthly: bool, reading: str = "lesser-of") -> Decimal:
    """2.4.2(B): the lesser of nonrecoverable costs less salvage and "the total monthly charges ...
    for the remainder of the minimum period" (`remainder` days, each 1/30 of a month)."""
    remaining = monthly * remainder / MONTH_DAYS
    if nonrecoverable is None or (ds3_monthly and reading == "remaining-charges"):
        return remaining
    return min(nonrecoverable, remaining)
