"""5.5.3 Cancellation of an Access Order and 5.5.4 partial cancellation.

(B)(2) "Where the customer cancels an Access Order prior to the start of installation of access
facilities, no charges shall apply." (B)(3) "...the charges specified in (a) or (b) following,
whichever is lower": (a) costs incurred less estimated net salvage, (b) the minimum period charges
of 5.5.2. (C) "When a customer cancels an order for the discontinuance of service, no charges
apply." (D) a service date missed "by more than 30 days" for reasons not the customer's (acts of
God, governmental requirements, work stoppages and civil commotions excluded) lets the customer
cancel free. 5.5.4: any decrease is a partial cancellation charged per 5.5.3(B).
5.5.3(A) and (B)(1) are lost (blank page 5-22).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

EXCUSED_DELAYS = frozenset({"customer", "act-of-god", "government", "work-stoppage", "civil-commotion"})


def cancellation_charge(*, cancelled_on: dt.date, is_discontinuance: bool, installation_started_on: dt.date | None,
                        service_date: dt.date | None, delay_cause: str, costs_incurred: Decimal | None,
                        minimum_period_charges: Decimal) -> tuple[Decimal, str]:
    """The cancellation charge and the clause that decides it."""
    if is_discontinuance:
        return Decimal(0), "5.5.3(C)"
    if service_date is not None and (cancelled_on - service_date).days > 30 and delay_cause not in EXCUSED_DELAYS:
        return Decimal(0), "5.5.3(D)"
    if installation_started_on is None or installation_started_on > cancelled_on:
        return Decimal(0), "5.5.3(B)(2)"
    if costs_incurred is None:
        return minimum_period_charges, "5.5.3(B)(3)"
    return min(costs_incurred, minimum_period_charges), "5.5.3(B)(3)"
