"""Billing systems that each misread one rule of the Frontier/Granite ICA the way the reference once
did (issue 20), each in its own process: the reference declaring the damaged amounts (as
tests/declaring_sut does, so the checks that need them run) with that one rule replaced.
Run: python -m tests.broken_suts.ica_misreadings MODE

  no-supplement-within-24-hours   a new due date asked within 24 hours bears no supplemental charge,
                                  although it came after the FOC (6.12)
  une-billed-as-resale            a supplement of the "UlLlUNE" columns billed at the Resale column's
                                  amount (Attachment 4, Supplemental PON charges)
  audit-of-a-running-year         the annual audit allowed whatever year it examines, also one not yet
                                  concluded (7.1 "at the conclusion of each calendar year")
  sunday-after-extension          declares ica-delay-and-shift=shift-then-extend, and adds the delay to the
                                  shifted date without moving it off a weekend again (24.2)
  maintenance-never-canceled      a maintenance service charge kept after trouble is found in the
                                  dispatched Party's facilities (Attachment 1, 2.8.4)
  maintenance-charged-for-own-trouble  the maintenance service charge applied also when the trouble is in
                                  the dispatched Party's own facilities (Attachment 1, 2.8)

tests/test_broken_suts.py certifies each against the scenarios of its rule and shows the suite
names the clause it gets wrong.
"""

from __future__ import annotations

import datetime as dt

import ratecert_reference.ica_frontier_granite_2006.audits as ica_audits
import ratecert_reference.ica_frontier_granite_2006.billing as ica_billing
import ratecert_reference.ica_frontier_granite_2006.maintenance as ica_maintenance
import ratecert_reference.ica_frontier_granite_2006.orders as ica_orders
from tests.broken_suts import broken_name, serve_broken
from tests.declaring_sut import Sut as DeclaringSut


def _no_supplement_within_24_hours() -> None:
    original = ica_orders.charges
    ica_orders.charges = lambda request, late_change="both": original(request, "work-only")


def _une_billed_as_resale() -> None:
    original = ica_orders.supplement_element

    def element(request, kind):  # type: ignore[no-untyped-def]
        return original(request.model_copy(update={"order_type": "resale"}) if request.order_type == "une" else request,
                        kind)
    ica_orders.supplement_element = element


def _audit_of_a_running_year() -> None:
    ica_audits.year_concluded = lambda audit, reading="just-concluded": True


def _sunday_after_extension() -> None:
    Sut.pixit = Sut.pixit.model_copy(update={"readings": {"ica-delay-and-shift": "shift-then-extend"}})
    original = ica_billing.due_date

    def due_date(bill_date, *, delayed_days=0, **terms):  # type: ignore[no-untyped-def]
        return original(bill_date, **terms) + dt.timedelta(days=delayed_days)
    ica_billing.due_date = due_date


def _maintenance_never_canceled() -> None:
    original = ica_maintenance.maintenance_charge
    ica_maintenance.maintenance_charge = lambda dispatch, bill_date: original(
        dispatch.model_copy(update={"trouble_later_found_on": None}), bill_date)


def _maintenance_charged_for_own_trouble() -> None:
    ica_maintenance.CHARGEABLE = (*ica_maintenance.CHARGEABLE, "dispatched-party-facilities")


MODES = {"no-supplement-within-24-hours": _no_supplement_within_24_hours,
         "une-billed-as-resale": _une_billed_as_resale,
         "audit-of-a-running-year": _audit_of_a_running_year,
         "sunday-after-extension": _sunday_after_extension,
         "maintenance-never-canceled": _maintenance_never_canceled,
         "maintenance-charged-for-own-trouble": _maintenance_charged_for_own_trouble}


class Sut(DeclaringSut):
    name = broken_name()


if __name__ == "__main__":
    serve_broken(MODES, f"{__name__}:Sut")
