"""The case records of Example Tariff No. 1: access lines with the days they came and went, and
additional listings. The account, the period, payments and the bill date are every document's."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from ratecert.case import CaseBase
from ratecert.records import Record


class AccessLine(Record):
    id: str
    established: dt.date | None = Field(None, description="3.1: in service from this day (None: before the month)")
    disconnected: dt.date | None = Field(None, description="3.1: out of service from this day (None: still in service)")


class ExampleCase(CaseBase):
    QUARANTINED = {"lines": ("access line", AccessLine)}

    document: Literal["example-tariff-1"] = "example-tariff-1"
    lines: tuple[AccessLine, ...] = ()
    listings: int = Field(0, ge=0, le=100_000, description="3.2: additional directory listings")
