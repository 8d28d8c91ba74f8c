"""The DC power bill: the collocation's monthly power charges, with refunds of maintenance charges
collected on exhausted reservations and the decisions the overview makes (quote expiry, minimum
maintenance charge for a missed appointment). Payment terms are the CLEC's ICA's, so the bill
carries no payment date."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ratecert.bill import Bill, BillLine, Decision, Refund, Rejection
from ratecert.case import Period
from ratecert.terms import Terms
from ratecert_reference.dc_power_v12 import power
from ratecert_reference.dc_power_v12.records import DcPowerCase
from ratecert_reference.months import next_bill_date
from ratecert_reference.rounding import to_penny


def render_power_bill(case: DcPowerCase, terms: Terms) -> Bill:
    """The month's DC power charges of `case.collocation` (period: the case's, else the month from the bill date)."""
    if case.collocation is None:
        return Bill(bill_date=case.bill_date, payment_date=None)
    period = case.period or Period(start=case.bill_date, end=next_bill_date(case.bill_date) - dt.timedelta(days=1))
    charges, problems = power.charges(case.collocation, period, terms.readings)
    lines = tuple(BillLine(element=c.element, quantity=c.amps, rate=c.rate, amount=to_penny(c.amps * c.rate * c.share),
                           clause=terms.clause_id(c.clause), ref=case.collocation.id, description=c.description)
                  for c in charges)
    rates = case.collocation.rates
    refunds = tuple(Refund(ref=r.feed, amount=rates.power_maintenance * r.maintenance_months_collected,
                           interest=Decimal(0), days=0, clause=terms.clause_id("PMC-REFUND"))
                    for r in case.collocation.reserved if r.exhausted and rates.power_maintenance is not None)
    decisions = tuple(Decision(ref=a.id, question="quote-expired", answer="no" if power.quote_paid(a) else "yes",
                               clause=terms.clause_id("QUOTE-30D")) for a in case.collocation.applications)
    missed = terms.reading("dcp-missed-appointment")
    decisions += tuple(Decision(ref=a.id, question="minimum-maintenance-charge", clause=terms.clause_id("APPT-48H"),
                                answer="yes" if power.minimum_maintenance_charge(a, missed) else "no")
                       for a in case.collocation.applications if a.appointment is not None)
    return Bill(bill_date=case.bill_date, payment_date=None, lines=lines, refunds=refunds, decisions=decisions,
                rejected=tuple(Rejection(ref=ref, reason=reason) for ref, reason in problems))
