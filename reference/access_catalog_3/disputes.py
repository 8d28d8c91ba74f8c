"""2.4.1(D) and 2.4.1(E): billing disputes and their penalty interest.

(D) "Late payment charges will apply to amounts withheld pending settlement of the dispute...
except that when the customer disputes the bill on or before the payment date and pays the
undisputed amount on or before the payment date, the penalty interest period shall not begin until
10 days following the payment date."

(E) "When a claim is filed within 90 days of the due date, the penalty interest period shall begin
on the payment date. When a claim is filed more than 90 days after the due date, the penalty
interest period shall begin from the date of the claim or the date of overpayment, whichever is
later. The penalty interest period shall end on the date that the Telephone Company actually
refunds the overpayment."
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ratecert_reference.access_catalog_3.late_factor import days_between, late_factor
from ratecert_reference.rounding import to_penny

GRACE = dt.timedelta(days=10)
CLAIM_WINDOW = 90


def withheld_penalty_start(payment_date: dt.date, disputed_on: dt.date, undisputed_paid_in_time: bool) -> dt.date:
    """When penalty interest on a withheld amount starts (2.4.1(D), the 10-day rule)."""
    if disputed_on <= payment_date and undisputed_paid_in_time:
        return payment_date + GRACE
    return payment_date


def refund_interest_start(payment_date: dt.date, claim_filed: dt.date, overpaid_on: dt.date) -> dt.date:
    """When penalty interest on an overpayment starts (2.4.1(E), the 90-day rule); day 90 is within."""
    if (claim_filed - payment_date).days <= CLAIM_WINDOW:
        return payment_date
    return max(claim_filed, overpaid_on)


def interest(principal: Decimal, start: dt.date, end: dt.date, daily: Decimal, *,
             day_count: str, compounding: str, ties: str) -> tuple[int, Decimal]:
    """Days and penny-rounded interest on `principal` from `start` to and including `end`."""
    days = days_between(start, end, day_count)
    return days, to_penny(principal * late_factor(days, daily, compounding), ties)
