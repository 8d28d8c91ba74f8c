"""Which part of a bill each payment settles, and when: the portions a late payment penalty is charged on.

Shared by the documents whose penalty runs on "the payment or the portion of the payment not
received by the payment date" (Access Catalog 2.4.1(C)(2); ICA 24.3.4): payments settle the amount
due in the order received; funds that are not immediately available count as received when they
become available (the catalog's 2.6 "immediately available funds"). Each document prices a late
portion with its own formula, passed in as `penalty`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from ratecert.case import Payment


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
