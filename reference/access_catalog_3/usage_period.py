"""2.4.1(B)(2): which usage a bill covers.

"The bill will cover nonusage sensitive service charges for the ensuing billing period ... and
unbilled usage charges for the period after the last bill day through the current bill day. Any
known unbilled usage charges for prior periods ... will be applied to this bill."

So a call before the last bill day that was never billed is still this bill's (a known unbilled
charge of a prior period), and a call after the current bill day is not: it is the next bill's. A
call's day is the day it ends - the disconnect recognized first (6.5.4-6.8.4), when its chargeable
minutes are known and its call detail written. How the bill says it left such a call off is
interpretation usage-after-bill-day: carried to the next bill (a decision naming that bill's date)
or rejected (named among the bill's rejected records).
"""

from __future__ import annotations

import datetime as dt

from ratecert_reference.access_catalog_3.records import CallRecord

QUESTION = "usage-billed-on"   # the decision a carried call gets: the date of the bill that carries it


def call_day(call: CallRecord) -> dt.date:
    """The day of a call: the day of the disconnect recognized first."""
    return min(t for t in (call.end_user_disconnect, call.customer_disconnect) if t is not None).date()


def split(calls: tuple[CallRecord, ...], bill_date: dt.date) -> tuple[tuple[CallRecord, ...], tuple[CallRecord, ...]]:
    """(the calls this bill covers, the calls after its bill day)."""
    return (tuple(c for c in calls if call_day(c) <= bill_date), tuple(c for c in calls if call_day(c) > bill_date))


def after_bill_day_reason(call: CallRecord, bill_date: dt.date) -> str:
    return (f"call {call.id} ended on {call_day(call).isoformat()}, after the bill day {bill_date.isoformat()}: "
            "its usage is billed on a later bill (2.4.1(B)(2))")
