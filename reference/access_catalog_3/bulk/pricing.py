"""From accumulated milliseconds to bills: round per accumulation unit (6.5.4-6.7.4, reading
access-minute-rounding), sum to (end office, FG, direction, routing, jurisdiction), and let the
reference price those minutes with the account's terms, one bill per account and month. The
vectorised path and the per-record reference share this pricing, so they can differ only where
measurement differs - which a property test rules out."""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from decimal import Decimal
from typing import Any

import pandas as pd

from ratecert.bill import Bill
from ratecert_reference.access_catalog_3.records import CatalogCase
from ratecert_reference.access_catalog_3.billing import render_bill
from ratecert.terms import Terms

MINUTE_MS = 60_000


def rounded_minutes(ms, reading: str):  # type: ignore[no-untyped-def]
    """Whole minutes of an accumulation unit (an int, or a Series of them): up (Section 6) or
    nearest, half up (3.7.2)."""
    return (ms + MINUTE_MS - 1) // MINUTE_MS if reading == "up" else (ms + MINUTE_MS // 2) // MINUTE_MS


def bill_date(month: str, bill_day: int) -> dt.date:
    """The bill that carries a month's usage in arrears: the bill day of the following month."""
    year, number = (int(part) for part in month.split("-"))
    year, number = (year + 1, 1) if number == 12 else (year, number + 1)
    return dt.date(year, number, min(bill_day, calendar.monthrange(year, number)[1]))


def bills(partials: pd.DataFrame, templates: dict[str, dict[str, Any]], terms: Terms,
          bill_day: int = 1) -> dict[tuple[str, str], Bill]:
    """One bill per (account, month) for the accumulated usage in `partials`."""
    reading = terms.reading("access-minute-rounding")
    minutes = rounded_minutes(partials["ms"].astype("int64"), reading)
    buckets = (partials.assign(minutes=minutes)
               .groupby(["account", "month", "end_office", "feature_group", "direction", "routing", "jurisdiction"],
                        sort=True)["minutes"].sum())
    usage: dict[tuple[str, str], dict[tuple[str, ...], int]] = defaultdict(dict)
    for (account, month, *key), total in buckets.items():
        usage[(account, month)][tuple(key)] = int(total)
    out = {}
    for (account, month), buckets in sorted(usage.items()):
        summaries = [{"id": f"{office}-{fg}-{direction}-{routing}-{jurisdiction or 'projected'}", "end_office": office,
                      "feature_group": fg, "direction": direction, "routing": routing, "minutes": str(Decimal(minutes)),
                      "jurisdiction": jurisdiction or None}
                     for (office, fg, direction, routing, jurisdiction), minutes in sorted(buckets.items())]
        case = CatalogCase.model_validate({**templates.get(account, {}), "id": f"{account}-{month}",
                                    "bill_date": bill_date(month, bill_day).isoformat(), "usage": summaries})
        out[(account, month)] = render_bill(case, terms)
    return out
