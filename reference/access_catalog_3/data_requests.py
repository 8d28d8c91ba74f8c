"""Requests the Telephone Company makes for the customer's records: how often it may make them,
when the answer is due, how far back they reach and who pays an independent audit.

2.3.11(D): "The Telephone Company will not request such data more than once a year. The customer
shall supply the data within thirty (30) days of the Telephone Company request."
2.3.13(F)(1): "Not more than twice in any year, the Telephone Company may request from the customer
..."; "the customer ... shall reasonably supply the requested data and information within 15 days of
the Telephone Company's request."
2.3.13(F)(4): "The Telephone Company shall limit audits of the customer's PVU factor to no more than
twice per year. The customer may request that the audit be conducted by an independent auditor. In
such cases, the associated auditing expenses will be paid by the customer."
3.6.3: "Requests for billing will relate back no more than 12 months prior to the current billing
period."
Whether "a year" is the calendar year of the request or any twelve months ending with it is
interpretation request-year.
"""

from __future__ import annotations

import datetime as dt

from ratecert_reference.access_catalog_3.records import DataRequest
from ratecert_reference.months import add_months

PER_YEAR = {"piu-support": 1, "pvu-verification": 2, "pvu-audit": 2}
REPLY_DAYS = {"piu-support": 30, "pvu-verification": 15}
CLAUSE = {"piu-support": "2.3.11(D)", "pvu-verification": "2.3.13(F)(1)", "pvu-audit": "2.3.13(F)(4)",
          "resale-billing": "3.6.3"}
RESALE_MONTHS_BACK = 12


def in_the_year(earlier: tuple[dt.date, ...], day: dt.date, reading: str) -> int:
    """Earlier requests that fall in the same year as `day`."""
    if reading == "calendar":
        return sum(1 for d in earlier if d.year == day.year)
    start = add_months(day, -12)
    return sum(1 for d in earlier if start < d <= day)


def request_allowed(request: DataRequest, current_period_start: dt.date, reading: str) -> bool:
    if request.kind == "resale-billing":
        assert request.covers_from is not None
        return request.covers_from >= add_months(current_period_start, -RESALE_MONTHS_BACK)
    return in_the_year(request.earlier, request.date, reading) < PER_YEAR[request.kind]


def reply_due(request: DataRequest) -> dt.date | None:
    days = REPLY_DAYS.get(request.kind)
    return request.date + dt.timedelta(days=days) if days is not None else None
