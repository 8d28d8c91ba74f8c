"""A billing system that misreads every gate and decision of DC Power Reduction and Restoration the
DC Power Overview V12.0 sets (issue 20, Breadth 3), in its own process: the reference with those
rules replaced. Run: python -m tests.broken_suts.dc_power_misreadings MODE

  rolling-year-to-its-last-day  declares dcp-measurement-year=rolling and counts a reading taken 365
                         days after an earlier one as within its year ("a maximum of four (4)
                         readings per year", MEAS-MAX4: the rolling year ends the day before)
  applications-misread   takes applications without the ICA's terms (ICA-TC), outside a Central
                         Office (CO-ONLY), at a site under construction (RED-ACCEPTED), with a charge
                         thirty days past due counted against the CLEC (FIN-CURRENT), reduces and
                         restores feeds to 10 amps (RWOR-MIN20, RESTWOR), reserves a feed at any amps
                         (RWR-ZERO), restores past the original level (REST-MAX) and without spare
                         amps (RESTWR), calls no zeroed feed a deactivation (SEC-ZERO-NORES), connects
                         every restoration to the original source at the standard charges (REST-ALT,
                         REST-CHG), cancels after payment (NO-CANCEL), gives 31 days to answer a fuse
                         notice (FUSE-RECLAIM) and to measure (MEAS-30D), and bills a collocation
                         added between reporting periods on its self-certified readings (SC-NEWCOLLO)
  whole-months-from-the-next-month  declares dcp-backdate-proration=whole-months and bills a change
                         that takes effect on the first day of a billing period from the period after
                         it, as if "the first full month after the date" could not begin on the date
                         (REST-BILL, RED-BILL)

tests/test_broken_suts.py certifies it against the scenarios of these rules and shows that each
check fails it, naming its clause.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import ratecert_reference.dc_power_v12.applications as dcp_applications
import ratecert_reference.dc_power_v12.power as dcp_power
from ratecert.oracle import ReferenceSut
from ratecert.protocol import PIXIT
from tests.broken_suts import broken_name, serve_broken

IGNORED_GATES = {"ICA-TC", "CO-ONLY", "RED-ACCEPTED", "RWR-ZERO", "RESTWR", "REST-MAX"}


def _applications_misread() -> None:
    gates = dcp_applications.refusals
    dcp_applications.refusals = lambda collocation, app: [r for r in gates(collocation, app)
                                                          if r[0] not in IGNORED_GATES]
    dcp_applications.PAST_DUE_DAYS = 29
    dcp_applications.MINIMUM_AMPS = Decimal(10)
    dcp_applications.treated_as_deactivation = lambda collocation, app: False
    dcp_applications.power_source = lambda app: "original"
    dcp_applications.restoration_charges = lambda app: "standard-power-elements"
    dcp_applications.cancellable = lambda app, payment_day: True
    dcp_applications.RESPONSE_DAYS = 31
    dcp_applications.MEASURE_DAYS = 31
    readings = dcp_power.reading_changes
    dcp_power.reading_changes = lambda collocation, *args: readings(
        collocation.model_copy(update={"added_between_reports": False}), *args)


def _rolling_year_to_its_last_day() -> None:
    Sut.pixit = PIXIT(readings={"dcp-measurement-year": "rolling"})
    dcp_power.ROLLING_YEAR_DAYS = 366   # a reading 365 days later still counted in the earlier one's year


def _whole_months_from_the_next_month() -> None:
    Sut.pixit = PIXIT(readings={"dcp-backdate-proration": "whole-months"})
    segments = dcp_power.segments

    def from_the_next_month(initial, changes, period, proration):  # type: ignore[no-untyped-def]
        later = [replace(c, effective=c.effective + dt.timedelta(days=1)) if c.effective == period.start else c
                 for c in changes]
        return segments(initial, later, period, proration)
    dcp_power.segments = from_the_next_month


MODES = {"applications-misread": _applications_misread, "rolling-year-to-its-last-day": _rolling_year_to_its_last_day,
         "whole-months-from-the-next-month": _whole_months_from_the_next_month}


class Sut(ReferenceSut):
    name = broken_name()
    pixit = PIXIT()


if __name__ == "__main__":
    serve_broken(MODES, f"{__name__}:Sut")
