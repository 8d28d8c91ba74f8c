"""Case records for collocation DC power (case version 2): the feeds of a collocation order, their
readings, reserved feeds, and reduction or restoration applications, with the CLEC's ICA rates
(the DC Power Overview prints none)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from ratecert.case import CaseBase
from ratecert.money import Exact
from ratecert.records import Record as _Record


class PowerRates(_Record):
    """Monthly per-amp rates from the CLEC's ICA; which apply depends on the state."""

    capacity: Exact | None = Field(None, ge=0)
    usage_60_or_less: Exact | None = Field(None, ge=0, description="the discounted rate of orders of 60 amps or less")
    usage_over_60: Exact | None = Field(None, ge=0)
    single: Exact | None = Field(None, ge=0, description="North Dakota, Oregon, South Dakota")
    power_maintenance: Exact | None = Field(None, ge=0)
    quote_preparation: Exact | None = Field(None, ge=0)


class PowerFeed(_Record):
    id: str
    role: Literal["primary", "secondary"]
    amps: Exact = Field(gt=0, description="ordered -48 V amps")
    fuse_amps: Exact | None = Field(None, gt=0)


class PowerReading(_Record):
    """A measurement of a collocation's usage: CenturyLink's semi-annual or requested reading, or
    a self-certified report (due in a month)."""

    taken: dt.date
    amps: Exact = Field(ge=0)
    kind: Literal["semi-annual", "requested", "self-certified"] = "semi-annual"
    requested_on: dt.date | None = Field(None, description="the CLEC's written request, for a requested reading")
    due: dt.date | None = Field(None, description="for a self-certified report: the date the readings were due")


class ReservedFeed(_Record):
    """A secondary feed reduced to zero with its fuse positions reserved (Reduction With Reservation)."""

    identity = ("feed",)

    feed: str
    accepted: dt.date
    maintenance_months_collected: int = Field(0, ge=0)
    exhausted: bool = Field(False, description="restoration refused: power capacity exhausted")


class Appointment(_Record):
    """The CLEC's request to be present at the reduction or restoration work (APPT-48H)."""

    scheduled: dt.datetime
    kept: bool
    notified: dt.datetime | None = Field(None, description="when the CLEC notified CenturyLink it would not attend")


class PowerApplication(_Record):
    """A DC Power Reduction or Restoration application."""

    id: str
    kind: Literal["reduction", "restoration"]
    feeds: tuple[str, ...] = Field(min_length=1)
    new_amps: Exact = Field(ge=0, description="the amps each named feed is reduced or restored to")
    accepted: dt.date = Field(description="when the CPMC accepted the application")
    quote_received: dt.date
    paid_in_full: dt.date | None = None
    completed: dt.date | None = Field(None, description="restoration: when the order completed")
    appointment: Appointment | None = Field(None, description="present only if the CLEC asked to be present")


class Collocation(_Record):
    id: str = "collo-1"
    state: str = Field(pattern=r"^[A-Z]{2}$")
    feeds: tuple[PowerFeed, ...] = Field(min_length=1)
    rates: PowerRates
    measurement_opted_in: bool = False
    measured_power_amendment: bool = Field(False, description="the CLEC Measured Power Amendment (self-certification)")
    self_certified_list_complete: bool = True
    readings: tuple[PowerReading, ...] = ()
    reserved: tuple[ReservedFeed, ...] = ()
    applications: tuple[PowerApplication, ...] = ()


class DcPowerCase(CaseBase):
    """A month of a collocation's DC power: its feeds, readings, reservations and applications
    (case version 2). Payment terms are the CLEC's ICA's, so the bill carries no payment date."""

    VERSION_2_FIELDS = ("collocation",)

    document: Literal["dc-power-v12"] = "dc-power-v12"
    collocation: Collocation | None = None
