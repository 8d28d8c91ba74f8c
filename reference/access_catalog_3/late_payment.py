"""2.4.1(C)(2) Late payment penalty.

"...if no payment is received by the payment date or if a payment or any portion of a payment is
received by the Telephone Company after the payment date..., or ...in funds which are not
immediately available..., then a late payment penalty shall be due... The late payment penalty
shall be the payment or the portion of the payment not received by the payment date times a late
factor."

Which portion of each payment is late is the shared settlement rule (ratecert_reference.settlement);
this module prices a late portion the catalog's way: the late factor from the payment date, rounded
to the penny (2.4.1(G)).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from ratecert_reference.access_catalog_3.late_factor import days_between, late_factor
from ratecert_reference.rounding import to_penny


def catalog_penalty(payment_date: dt.date, daily: Decimal, *, day_count: str, compounding: str,
                    ties: str) -> Callable[[Decimal, dt.date], tuple[int, Decimal]]:
    """2.4.1(C)(2): the portion times the late factor from the payment date, rounded (2.4.1(G))."""
    def penalty(principal: Decimal, received: dt.date) -> tuple[int, Decimal]:
        days = days_between(payment_date, received, day_count)
        return days, to_penny(principal * late_factor(days, daily, compounding), ties)
    return penalty
