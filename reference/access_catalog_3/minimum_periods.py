"""2.4.2 Minimum periods and 5.5.1-5.5.2 minimum period charges.

2.4.2: "The minimum period ... is one month except for those usage rated services set forth in
Section 6 ... and those services set forth in 6.1.3 (Switched Access High Capacity DS3 Entrance
Facility and High Capacity DS3 Direct Trunked Transport) and 7.2.8 (High Capacity DS1 and DS3
Service)..." (A) "a one month charge will apply at the rate level in effect at the time service is
discontinued." (B) "...except for DS3 monthly service the applicable charge will be the lesser of
(1) the Telephone Company's total nonrecoverable costs less the net salvage value... or (2) the
total monthly charges ... for the remainder of the minimum period."
5.5.2: "...charges are applicable for the balance of the minimum period."

The months of a longer minimum are counted as calendar months from the start date; the remainder
is prorated on the 30-day month of 2.4.1(F).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ratecert_reference.access_catalog_3.proration import MONTH_DAYS

USAGE_RATED = "switched-usage"


def minimum_months(service_kind: str, element_minimum: int | None) -> int:
    """No minimum for usage-rated Switched services (5.5.1); the element's own (DS3: 12); else one month."""
    if service_kind == USAGE_RATED:
        return 0
    return element_minimum or 1


def one_month_shortfall(monthly: Decimal, days_used: int, reading: str = "one-full-month") -> Decimal:
    """2.4.2(A): what early discontinuance adds to the days already charged."""
    if reading == "additional-month":
        return monthly
    return max(Decimal(0), monthly - monthly * min(days_used, MONTH_DAYS) / MONTH_DAYS)


def longer_minimum_charge(monthly: Decimal, end: dt.date, minimum_ends: dt.date, nonrecoverable: Decimal | None,
                          ds3_monthly: bool, reading: str = "lesser-of") -> Decimal:
    """2.4.2(B): the lesser of nonrecoverable costs less salvage and the remaining monthly charges."""
    remaining = monthly * Decimal((minimum_ends - end).days) / MONTH_DAYS
    if nonrecoverable is None or (ds3_monthly and reading == "remaining-charges"):
        return remaining
    return min(nonrecoverable, remaining)
