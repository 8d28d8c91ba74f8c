"""Which assembly renders a case: one per document, chosen by `case.document`.

The Access Catalog and the ICA render full bills; DC power renders the collocation's monthly power
charges (its payment terms are the CLEC's ICA's, so the bill carries no payment date); onboarding
renders decisions only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from functools import lru_cache

from ratecert.bill import Bill, BillLine, Decision, Refund, Rejection
from ratecert.case import Case, Period
from ratecert.protocol import PIXIT
from reference import dc_power, onboarding
from reference.billing import render_bill
from reference.ica_bill import render_ica_bill
from reference.payment_dates import next_bill_date
from reference.rounding import to_penny
from reference.terms import Terms, terms_for


def render_dc_power_bill(case: Case, terms: Terms) -> Bill:
    """The month's DC power charges of `case.collocation` (period: the case's, else the month from the bill date)."""
    if case.collocation is None:
        return Bill(bill_date=case.bill_date, payment_date=None)
    period = case.period or Period(start=case.bill_date, end=next_bill_date(case.bill_date) - dt.timedelta(days=1))
    charges, problems = dc_power.charges(case.collocation, period, terms.readings)
    lines = tuple(BillLine(element=c.element, quantity=c.amps, rate=c.rate, amount=to_penny(c.amps * c.rate * c.share),
                           clause=terms.clause_id(c.clause), ref=case.collocation.id, description=c.description)
                  for c in charges)
    rates = case.collocation.rates
    refunds = tuple(Refund(ref=r.feed, amount=rates.power_maintenance * r.maintenance_months_collected,
                           interest=Decimal(0), days=0, clause=terms.clause_id("PMC-REFUND"))
                    for r in case.collocation.reserved if r.exhausted and rates.power_maintenance is not None)
    decisions = tuple(Decision(ref=a.id, question="quote-expired", answer="no" if dc_power.quote_paid(a) else "yes",
                               clause=terms.clause_id("QUOTE-30D")) for a in case.collocation.applications)
    missed = terms.reading("dcp-missed-appointment")
    decisions += tuple(Decision(ref=a.id, question="minimum-maintenance-charge", clause=terms.clause_id("APPT-48H"),
                                answer="yes" if dc_power.minimum_maintenance_charge(a, missed) else "no")
                       for a in case.collocation.applications if a.appointment is not None)
    return Bill(bill_date=case.bill_date, payment_date=None, lines=lines, refunds=refunds, decisions=decisions,
                rejected=tuple(Rejection(ref=ref, reason=reason) for ref, reason in problems))


def render_onboarding_bill(case: Case, terms: Terms) -> Bill:
    decided = onboarding.decisions(case.onboarding, terms.readings) if case.onboarding else []
    return Bill(bill_date=case.bill_date, payment_date=None,
                decisions=tuple(Decision(ref="clec", question=q, answer=a, clause=terms.clause_id(c))
                                for q, a, c in decided))


RENDERERS: dict[str, Callable[[Case, Terms], Bill]] = {
    "access-catalog-3": render_bill,
    "ica-frontier-granite-2006": render_ica_bill,
    "dc-power-v12": render_dc_power_bill,
    "clec-onboarding": render_onboarding_bill,
}


def document_terms(pixit: PIXIT | None = None) -> dict[str, Terms]:
    """The terms of every document for a SUT that declared `pixit` (an unknown reading raises)."""
    return {document: terms_for(pixit, document) for document in RENDERERS}


def render(case: Case, terms: dict[str, Terms]) -> Bill:
    """The bill the reference renders for `case` under the document it names."""
    renderer = RENDERERS.get(case.document)
    if renderer is None:
        raise KeyError(f"no reference assembly for document {case.document!r}; known: {sorted(RENDERERS)}")
    bill = renderer(case, terms[case.document])
    if not case.malformed:
        return bill
    # whatever the document: a record set aside as malformed is named, and the rest was rated around it
    named = tuple(Rejection(ref=m.ref, reason=m.reason) for m in case.malformed)
    return bill.model_copy(update={"rejected": (*named, *bill.rejected)})


@lru_cache(maxsize=16)
def _document_terms(pixit_json: str) -> dict[str, Terms]:
    return document_terms(PIXIT.model_validate_json(pixit_json))


def render_case(case: Case, pixit: PIXIT | None = None) -> Bill:
    """`render` under the terms of `pixit`, for callers that hold a PIXIT rather than terms (the
    oracle of properties, replay); the terms are built once per distinct PIXIT."""
    return render(case, _document_terms((pixit or PIXIT()).model_dump_json()))
