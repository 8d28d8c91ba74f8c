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
from ratecert_reference.dc_power_v12 import applications, power
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
    decisions += tuple(_application_decisions(case, terms))
    return Bill(bill_date=case.bill_date, payment_date=None, lines=lines, refunds=refunds, decisions=decisions,
                rejected=tuple(Rejection(ref=ref, reason=reason) for ref, reason in problems))


def _application_decisions(case: DcPowerCase, terms: Terms) -> list[Decision]:
    """Each application's gates, a deactivation, a restoration's source and charges, a cancellation;
    each fuse shortage notice's answer; each measurement request's due date."""
    collocation = case.collocation
    assert collocation is not None
    payment_day = terms.reading("dcp-cancel-payment-day")
    out = []
    for app in collocation.applications:
        refused = applications.refusals(collocation, app)
        out.append(Decision(ref=app.id, question="application-accepted", answer="no" if refused else "yes",
                            clause=terms.clause_id(refused[0][0] if refused else "ICA-TC")))
        if applications.treated_as_deactivation(collocation, app):
            out.append(Decision(ref=app.id, question="treated-as", answer="deactivation",
                                clause=terms.clause_id("SEC-ZERO-NORES")))
        if app.kind == "restoration" and not refused:
            out += [Decision(ref=app.id, question="power-source", answer=applications.power_source(app),
                             clause=terms.clause_id("REST-ALT")),
                    Decision(ref=app.id, question="restoration-charges", answer=applications.restoration_charges(app),
                             clause=terms.clause_id("REST-CHG"))]
        if app.cancel_requested is not None:
            out.append(Decision(ref=app.id, question="cancellable", clause=terms.clause_id("NO-CANCEL"),
                                answer="yes" if applications.cancellable(app, payment_day) else "no"))
    for notice in collocation.fuse_notices:
        out += [Decision(ref=notice.id, question="respond-by", answer=applications.respond_by(notice).isoformat(),
                         clause=terms.clause_id("FUSE-RECLAIM")),
                Decision(ref=notice.id, question="fuse-positions", clause=terms.clause_id("FUSE-RECLAIM"),
                         answer=applications.fuse_positions(notice, case.bill_date))]
    out += [Decision(ref=f"request {request.isoformat()}", question="measure-by",
                     answer=applications.measure_by(request).isoformat(), clause=terms.clause_id("MEAS-30D"))
            for request in collocation.measurement_requests]
    return out
