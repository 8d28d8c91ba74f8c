"""2.4.1(C)(2) Late payment penalty.

"...if no payment is received by the payment date or if a payment or any portion of a payment is
received by the Telephone Company after the payment date..., or ...in funds which are not
immediately available..., then a late payment penalty shall be due... The late payment penalty
shall be the payment or the portion of the payment not received by the payment date times a late
factor."

Payments settle the undisputed amount in the order received; funds that are not immediately
available count as received when they become available. Each late portion bears its own penalty,
rounded to the penny (2.4.1(G)).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from ratecert.case import Payment
from reference.late_factor import days_between, late_factor
from reference.rounding import to_penny


@dataclass(frozen=True)
class LatePortion:
    payment: str
    principal: Decimal
    received: dt.date
    days: int
    penalty: Decimal


def effective_receipt(payment: Payment) -> dt.date:
    """The day the funds are immediately available to the Telephone Company (2.6, 2.4.1(C)(2))."""
    if payment.funds_available_on is not None and payment.funds_available_on > payment.date:
        return payment.funds_available_on
    return payment.date


def late_portions(amount_due: Decimal, payments: tuple[Payment, ...], payment_date: dt.date,
                  penalty: Callable[[Decimal, dt.date], tuple[int, Decimal]]) -> list[LatePortion]:
    """Split the payments of `amount_due` into on-time and late portions; price each late one with
    `penalty(principal, received)` -> (days, amount), the document's own formula."""
    outstanding = amount_due
    out = []
    for payment in sorted(payments, key=lambda p: (effective_receipt(p), p.id)):
        if outstanding <= 0:
            break
        portion = min(payment.amount, outstanding)
        outstanding -= portion
        received = effective_receipt(payment)
        if received <= payment_date:
            continue
        days, amount = penalty(portion, received)
        out.append(LatePortion(payment.id, portion, received, days, amount))
    return out


def catalog_penalty(payment_date: dt.date, daily: Decimal, *, day_count: str, compounding: str,
                    ties: str) -> Callable[[Decimal, dt.date], tuple[int, Decimal]]:
    """2.4.1(C)(2): the portion times the late factor from the payment date, rounded (2.4.1(G))."""
    def penalty(principal: Decimal, received: dt.date) -> tuple[int, Decimal]:
        days = days_between(payment_date, received, day_count)
        return days, to_penny(principal * late_factor(days, daily, compounding), ties)
    return penalty
