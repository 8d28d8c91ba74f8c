"""The ICA's billing regime: General Terms 3 (deposits: 3.1, 3.2), 12.1 (term), 24 (charges and
payments: 24.2, 24.3.1, 24.3.4), and Attachment 3, 3.1.1 (A3-3.1.1, back-billing interest). Default
(25) is default.py. The rates MONTHLY and ANNUAL are those of 24.3.4 and A3-3.1.1.

Where it differs from the Access Catalog (the property in properties/cross-document/ pins this):
the bill is due 30 days after the bill date, not 31; a Saturday, Sunday or Legal Holiday always
moves the due date *back* to the last business day preceding; the late penalty is 1.5% a month or
18% a year or the legal maximum, whichever is less, with no factor of $0.000292 and, by default,
no compounding; a dispute resolved for the Billing Party bears the penalty from the due date, with
no 10-day grace.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal, localcontext

from ratecert_reference.legal_holidays import legal_holiday
from ratecert_reference.months import add_months, next_bill_date
from ratecert_reference.rounding import to_penny

DAY = dt.timedelta(days=1)
MONTHLY = Decimal("0.015")   # 24.3.4 "1.5% per month"
ANNUAL = Decimal("0.18")     # 24.3.4 "18% annually"
HOLIDAY_LISTS = {"federal": "federal", "catalog-list": "as-printed"}


def is_business_day(day: dt.date, holidays: str = "federal", local: frozenset[dt.date] = frozenset()) -> bool:
    """Not a Saturday, Sunday or Legal Holiday (24.2; "Legal Holiday" per ica-legal-holiday)."""
    return day.weekday() < 5 and legal_holiday(day, HOLIDAY_LISTS[holidays], "observed-weekday", local) is None


def last_business_day_on_or_before(day: dt.date, holidays: str = "federal",
                                   local: frozenset[dt.date] = frozenset()) -> dt.date:
    """24.2: "due on the last business day preceding the Saturday, Sunday or Legal Holiday"."""
    while not is_business_day(day, holidays, local):
        day -= DAY
    return day


def due_date(bill_date: dt.date, *, next_bill: str = "last-day-of-month", holidays: str = "federal",
             delayed_days: int = 0, order: str = "extend-then-shift",
             local: frozenset[dt.date] = frozenset()) -> dt.date:
    """24.2: thirty days after the bill date or the next bill date, whichever is shorter; a delayed
    bill extended by its days of delay; moved back off a weekend or Legal Holiday - under
    shift-then-extend the unextended date is moved first, and the extended date is moved again if it
    falls on one: "If such payment date would cause payment to be due on a Saturday, Sunday or Legal
    Holiday" holds of every due date."""
    due = min(bill_date + dt.timedelta(days=30), next_bill_date(bill_date, next_bill))
    if order == "shift-then-extend":
        due = last_business_day_on_or_before(due, holidays, local)
    return last_business_day_on_or_before(due + dt.timedelta(days=delayed_days), holidays, local)


def annual_rate(legal_maximum: Decimal | None) -> Decimal:
    """24.3.4 and A3-3.1.1: 18% a year, or the legal maximum (an annual rate from the PIXIT) if less."""
    return ANNUAL if legal_maximum is None else min(ANNUAL, legal_maximum)


def months_started(start: dt.date, end: dt.date) -> int:
    """Months or parts of a month from `start` (exclusive) to `end` (inclusive): the started-months
    readings of 24.3.4 (ica-late-penalty-basis) and 7.6 (ica-audit-interest-basis)."""
    months = 0
    while add_months(start, months) < end:
        months += 1
    return months


def penalty(principal: Decimal, due: dt.date, received: dt.date, legal_maximum: Decimal | None, *,
            basis: str = "simple-daily", day_count: str = "after-due-date") -> tuple[int, Decimal]:
    """24.3.4: (days late, penalty rounded to the penny) under reading ica-late-penalty-basis."""
    if received <= due:
        return 0, Decimal(0)
    days = (received - due).days + (1 if day_count == "including-due-date" else 0)
    annual = annual_rate(legal_maximum)
    with localcontext() as ctx:
        ctx.prec = 40
        if basis == "simple-daily":
            amount = principal * annual * days / Decimal(365)
        elif basis == "started-months":
            amount = principal * min(MONTHLY, annual / 12) * months_started(due, received)
        else:
            amount = principal * ((1 + annual / Decimal(365)) ** days - 1)
    return days, to_penny(amount)


def penalty_function(due: dt.date, legal_maximum: Decimal | None, *, basis: str,
                     day_count: str) -> Callable[[Decimal, dt.date], tuple[int, Decimal]]:
    """The 24.3.4 penalty as a function of (principal, day received), for settlement.late_portions."""
    def priced(principal: Decimal, received: dt.date) -> tuple[int, Decimal]:
        return penalty(principal, due, received, legal_maximum, basis=basis, day_count=day_count)
    return priced


def dispute_notice_timely(received_invoice: dt.date, filed: dt.date) -> bool:
    """24.3.1: written notice "within thirty (30) days of its receipt of the invoice"."""
    return filed <= received_invoice + dt.timedelta(days=30)


def back_billing_interest(amount: Decimal, back_billed_on: dt.date, paid_on: dt.date, legal_maximum: Decimal | None,
                          reading: str = "annual-over-365") -> tuple[int, Decimal]:
    """A3-3.1.1 (Attachment 3, 3.1.1): the lesser of 1.5% a month and 18% a year (or the legal maximum),
    compounded daily "from the back billing date to and including the date that Carrier actually
    makes the payment"."""
    days = max(0, (paid_on - back_billed_on).days)
    daily = annual_rate(legal_maximum) / Decimal(365) if reading == "annual-over-365" else MONTHLY / Decimal(30)
    if legal_maximum is not None:
        daily = min(daily, legal_maximum / Decimal(365))
    with localcontext() as ctx:
        ctx.prec = 40
        return days, to_penny(amount * ((1 + daily) ** days - 1))


def deposit_maximum(estimated_monthly_billing: Decimal) -> Decimal:
    """3.2: "may not exceed two (2) months' estimated billing"."""
    return 2 * estimated_monthly_billing


def deposit_returned(months_paid_on_time: int) -> bool:
    """3.1: returned "if and when Carrier pays its undisputed bills on time for 24 consecutive months"."""
    return months_paid_on_time >= 24


def first_business_day_after(day: dt.date, holidays: str = "federal") -> dt.date:
    """12.1: "effective upon the first business day following the date ... approved"."""
    day += DAY
    while not is_business_day(day, holidays):
        day += DAY
    return day


def term_end(effective: dt.date, as_of: dt.date, notice_given: dt.date | None,
             notice_by: str = "frontier") -> tuple[dt.date, bool]:
    """12.1: one year from the effective date, then successive six-month renewals, unless written
    notice is given at least ninety days before the end of a period; only Frontier may give notice
    to terminate (Carrier's notice asks to renegotiate and stops nothing). Returns the end of the
    period in force on `as_of` - or the end a timely notice fixed - and whether the agreement then
    renews."""
    stops = notice_given if notice_by == "frontier" else None
    months = 12
    while True:
        end = add_months(effective, months)   # counted from the effective date, so day 31 never drifts
        if stops is not None and stops <= end - dt.timedelta(days=90):
            return end, False
        if as_of < end:
            return end, True
        months += 6

