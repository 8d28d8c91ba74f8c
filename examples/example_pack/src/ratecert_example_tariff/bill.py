"""The reference of Example Tariff No. 1, clause by clause."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ratecert.bill import Bill, BillLine, Penalty
from ratecert.case import Period
from ratecert.terms import Terms
from ratecert_example_tariff.records import AccessLine, ExampleCase
from ratecert_reference.legal_holidays import legal_holiday
from ratecert_reference.months import THIRTY_DAY_MONTH, next_bill_date
from ratecert_reference.rounding import to_penny
from ratecert_reference.settlement import effective_receipt

LATE_RATE, LATE_MINIMUM = Decimal("0.01"), Decimal("1.00")   # 4.2 "one percent ... not less than $1.00"


def days_in_service(line: AccessLine, period: Period) -> int:
    """3.1 "billed for the days it is in service": from establishment to the day before disconnection."""
    first = max(period.start, line.established or period.start)
    last = min(period.end, (line.disconnected or period.end + dt.timedelta(days=1)) - dt.timedelta(days=1))
    return max(0, min(THIRTY_DAY_MONTH, (last - first).days + 1))


def payment_date(bill_date: dt.date, saturday: str) -> dt.date:
    """4.1 twenty days after the bill date; a Sunday or federal holiday moves to the next business
    day, and so does a Saturday unless read as a business day (example-saturday)."""
    def closed(day: dt.date) -> bool:
        return (day.weekday() == 6 or (day.weekday() == 5 and saturday == "closed")
                or legal_holiday(day, "federal") is not None)

    due = bill_date + dt.timedelta(days=20)
    while closed(due):
        due += dt.timedelta(days=1)
    return due


def late_charge(principal: Decimal) -> Decimal:
    """4.2 "An amount unpaid on the payment date bears a charge of one percent (1%) of the amount
    unpaid, but not less than $1.00": one charge on what the payment date left unpaid."""
    return max(LATE_MINIMUM, to_penny(principal * LATE_RATE))


def render_bill(case: ExampleCase, terms: Terms) -> Bill:
    period = case.period or Period(start=case.bill_date, end=next_bill_date(case.bill_date) - dt.timedelta(days=1))
    lines = []
    for line in case.lines:
        rate, _, _ = terms.rate("access_line.monthly", period.start)
        days = days_in_service(line, period)
        if days:
            lines.append(BillLine(element="access_line.monthly", quantity=Decimal(days), rate=rate,
                                  amount=to_penny(rate * days / THIRTY_DAY_MONTH), ref=line.id,
                                  clause=terms.clause_id("3.1"), description=f"days in service: {days} of 30"))
    if case.listings:
        rate, _, _ = terms.rate("listing.monthly", period.start)
        lines.append(BillLine(element="listing.monthly", quantity=Decimal(case.listings), rate=rate,
                              amount=to_penny(rate * case.listings), clause=terms.clause_id("3.2")))
    due = payment_date(case.bill_date, terms.reading("example-saturday"))
    amount_due = case.amount_due if case.amount_due is not None else sum((ln.amount for ln in lines), Decimal(0))
    unpaid = amount_due - sum((p.amount for p in case.payments if effective_receipt(p) <= due), Decimal(0))
    penalties = (Penalty(kind="late-payment", ref="unpaid", principal=unpaid, days=0, amount=late_charge(unpaid),
                         clause=terms.clause_id("4.2")),) if unpaid > 0 and case.payments else ()
    return Bill(bill_date=case.bill_date, payment_date=due, lines=tuple(lines), penalties=penalties)
