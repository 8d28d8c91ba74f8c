"""Audits under the ICA (General Terms, Section 7): when one may be held, when its overpayment is
credited, and the interest on it.

One audit a year "at the conclusion of each calendar year" (7.1) - of a calendar year that has
concluded by the notice; whether of the year just concluded only is interpretation ica-audit-year -
and a single additional one when the previous audit found net variances in
favour of the Audited Party of no less than 5% of what the Auditing Party paid over the period it
covered (7.4) - so never more than two. The audit takes place no later than thirty days after its
notice (7.1). An overpayment comes back as a credit on the invoice for the first full billing cycle
after the Parties agree the results (7.2), with interest at 0.5% a month (7.6); when that interest
starts, and whether it is prorated or compounded, the ICA does not say (interpretations
ica-audit-credit-cycle, ica-audit-interest-basis, ica-audit-interest-start).
"""

from __future__ import annotations

import calendar
import datetime as dt
from decimal import Decimal, localcontext

from ratecert_reference.ica_frontier_granite_2006.records import Audit
from ratecert_reference.ica_frontier_granite_2006.billing import months_started
from ratecert_reference.months import add_months, next_bill_date
from ratecert_reference.rounding import to_penny

MONTHLY = Decimal("0.005")          # 7.6 "a rate of 0.5% per month"
EXTRA_AUDIT_VARIANCE = Decimal("0.05")  # 7.4 "no less than five percent (5%)"
NOTICE_DAYS = 30                    # 7.1 "no later than thirty (30) days after notice"


def year_concluded(audit: Audit, reading: str = "just-concluded") -> bool:
    """7.1: "once each year at the conclusion of each calendar year" - the year audited has concluded
    by the notice (under just-concluded, it is the year before the notice's)."""
    year = audit.notice.year - 1 if audit.year_audited is None else audit.year_audited
    return year == audit.notice.year - 1 if reading == "just-concluded" else year < audit.notice.year


def audit_allowed(audit: Audit, reading: str = "just-concluded") -> bool:
    """7.1: the first audit of a calendar year, of a concluded year (`reading`: ica-audit-year); 7.4: a
    single additional one "during any calendar year" if the previous audit found a net variance in
    favour of the Audited Party of at least 5% of the amount payable."""
    if audit.audits_this_year == 0:
        return year_concluded(audit, reading)
    if audit.audits_this_year > 1 or audit.previous_variance is None or audit.previous_payable is None:
        return False
    return audit.previous_variance / audit.previous_payable >= EXTRA_AUDIT_VARIANCE


def held_by(audit: Audit) -> dt.date:
    """7.1: at an agreed time "no later than thirty (30) days after notice thereof"."""
    return audit.notice + dt.timedelta(days=NOTICE_DAYS)


def _bill_date_on_or_after(day: dt.date, bill_day: int) -> dt.date:
    """The account's regular bill date (24.2: "a consistent, regular bill date") on or after `day`:
    the invoices among which 7.2 picks the one that credits an audit's overpayment."""
    def in_month(first: dt.date) -> dt.date:
        return first.replace(day=min(bill_day, calendar.monthrange(first.year, first.month)[1]))
    candidate = in_month(day.replace(day=1))
    return candidate if candidate >= day else in_month(add_months(day.replace(day=1), 1))


def credit_invoice(agreed: dt.date, bill_day: int, cycle: str = "cycle-starts-after",
                   short_month: str = "last-day-of-month") -> dt.date:
    """7.2: the date of "the invoice for the first full billing cycle after the Parties have agreed
    upon the accuracy of the audit results". A cycle ends on a bill date and its invoice bears it;
    under cycle-starts-after the first full cycle is the one that begins after the first bill date
    on or after the agreement, under next-invoice it is the first invoice dated after it."""
    if cycle == "next-invoice":
        return _bill_date_on_or_after(agreed + dt.timedelta(days=1), bill_day)
    return next_bill_date(_bill_date_on_or_after(agreed, bill_day), short_month)


def interest(audit: Audit, credited_on: dt.date, basis: str = "simple-daily",
             start: str = "overpaid") -> tuple[int, Decimal]:
    """7.6: (days, interest rounded to the penny) on the overpayment at 0.5% a month, from the
    overpayment (or the agreement on the results) to the invoice that credits it."""
    since = audit.overpaid_on if start == "overpaid" else audit.results_agreed
    assert since is not None, "Audit validates that an overpayment has its dates"
    days = max(0, (credited_on - since).days)
    with localcontext() as ctx:
        ctx.prec = 40
        if basis == "simple-daily":
            amount = audit.overpayment * MONTHLY * 12 * days / Decimal(365)
        elif basis == "started-months":
            amount = audit.overpayment * MONTHLY * months_started(since, credited_on)
        else:
            whole = months_started(since, credited_on)
            if whole and add_months(since, whole) > credited_on:
                whole -= 1
            amount = audit.overpayment * MONTHLY * whole
    return days, to_penny(amount)


def costs_borne_by(auditing_party: str) -> str:
    """7.5: "All audits will be conducted at the sole cost and expense of the Auditing Party"."""
    return auditing_party
