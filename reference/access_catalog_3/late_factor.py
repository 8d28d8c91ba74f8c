"""The late factor shared by 2.4.1(C)(2), 2.4.1(D), 2.4.1(E) and the deposit interest of 2.4.1(A).

"The late factor shall be the lesser of: (a) the highest interest rate (in decimal value) which may
be levied by law for commercial transactions, compounded daily for the number of days from the
payment date to and including the date that the customer actually makes the payment..., or
(b) $0.000292 per day, compounded daily for the number of days from the payment date to and
including the date that the customer actually makes the payment."

Readings: late-factor-day-count, late-factor-compounding, legal-maximum-rate-basis (FLAG-03).
Compounding is monotone in the rate, so the lesser factor is the factor of the lesser daily rate.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, localcontext

CATALOG_DAILY_RATE = Decimal("0.000292")  # 2.4.1(C)(2)(b), printed as "$0.000292 per day"


def days_between(first: dt.date, last: dt.date, reading: str = "after-start") -> int:
    """Days 'from the first date to and including the last date' (late-factor-day-count)."""
    if last <= first:
        return 0
    days = (last - first).days
    return days + 1 if reading == "both-ends" else days


def daily_rate(legal_maximum: Decimal | None, basis: str = "annual") -> Decimal:
    """The lesser of the legal maximum, as a daily rate, and the catalog's 0.000292 per day."""
    if legal_maximum is None:
        return CATALOG_DAILY_RATE
    legal_daily = legal_maximum / Decimal(365) if basis == "annual" else legal_maximum
    return min(legal_daily, CATALOG_DAILY_RATE)


def late_factor(days: int, rate: Decimal, compounding: str = "compound") -> Decimal:
    """(1 + r)^n - 1 compounded daily, or r * n under the simple reading."""
    if days <= 0:
        return Decimal(0)
    with localcontext() as ctx:
        ctx.prec = 40
        if compounding == "simple":
            return rate * days
        return (Decimal(1) + rate) ** days - Decimal(1)
