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
    reserve: bool = Field(False, description="reduction: With Reservation - secondary feeds to zero, fuse positions "
                                             "and cabling kept")
    original_amps: Exact | None = Field(None, ge=0, description="restoration: the feeds' amps before their reduction")
    spare_amps: Exact | None = Field(None, ge=0, description="restoration: spare amps at the power source when the "
                                                             "request is validated")
    cabling_exists: bool = Field(True, description="restoration: the power cabling to the original source exists")
    capacity_at_original_source: bool = Field(True, description="restoration: capacity, protector size included, "
                                                                "at the original power board or BDFB")
    cancel_requested: dt.date | None = Field(None, description="when the CLEC asked to cancel the application")


class FuseNotice(_Record):
    """CenturyLink's notice that a shortage of fuse positions is imminent, to a CLEC holding reserved
    feeds, and the CLEC's answer (Reduction terms: restore to 20 amps or return the positions)."""

    id: str
    received: dt.date
    response: Literal["restore", "return"] | None = None
    responded: dt.date | None = None


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
    central_office: bool = Field(True, description="a Central Office based collocation")
    ica_reduction_terms: bool = Field(True, description="the ICA has terms and conditions for DC Power Reduction")
    ica_restoration_terms: bool = Field(True, description="the ICA has terms and conditions for DC Power Restoration")
    site_accepted: bool = Field(True, description="the CLEC has accepted the collocation site")
    under_construction: bool = False
    unpaid_quoted_nrc: Exact = Field(0, ge=0, description="quoted nonrecurring charges of the site not yet paid")
    mrc_days_past_due: int = Field(0, ge=0, description="days the oldest monthly charge not formally disputed is past due")
    added_between_reports: bool = Field(False, description="self-certification: the collocation was added since "
                                                           "the last reporting period")
    fuse_notices: tuple[FuseNotice, ...] = ()
    measurement_requests: tuple[dt.date, ...] = Field((), description="written requests for a measurement after the "
                                                                      "CLEC installed or removed equipment")


class DcPowerCase(CaseBase):
    """A month of a collocation's DC power: its feeds, readings, reservations and applications
    (case version 2). Payment terms are the CLEC's ICA's, so the bill carries no payment date."""

    VERSION_2_FIELDS = ("collocation",)

    document: Literal["dc-power-v12"] = "dc-power-v12"
    collocation: Collocation | None = None
