"""Properties of the Access Catalog's billing rules, run against the SUT like the scenarios.

Differential: on generated cases the SUT's bill equals the reference's, under the SUT's own
declared readings. Metamorphic laws check the SUT alone: paying later never lowers the penalty;
credits never exceed the monthly rate; a payment date is never a Saturday, Sunday or Legal Holiday.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ratecert.case import Case
from ratecert.differential import ask, assert_same_bill
from ratecert.plugin import SutSession
from ratecert.scenario import Mismatch
from ratecert.spec import load_spec
from ratecert.strategies import dates, interruption_cases, labor_cases, payment_cases
from reference.legal_holidays import legal_holiday

DOC = pytest.mark.document("access-catalog-3")


@DOC
@pytest.mark.capability("late-payment")
@pytest.mark.clause("2.4.1(C)(2)")
@pytest.mark.clause("2.4.1(C)(1)")
@pytest.mark.clause("2.4.1(G)")
@pytest.mark.tp("AC3-PROP-001")
@given(case=payment_cases())
def test_penalties_agree_with_the_reference(request: pytest.FixtureRequest, sut: SutSession, case: Case) -> None:
    assert_same_bill(request, sut, case, parts=("penalties",))


@DOC
@pytest.mark.capability("credit-allowances")
@pytest.mark.clause("2.4.4(B)(1)")
@pytest.mark.clause("2.4.4(B)(3)")
@pytest.mark.clause("2.4.4(C)(7)")
@pytest.mark.clause("2.4.4(E)")
@pytest.mark.tp("AC3-PROP-002")
@given(case=interruption_cases())
def test_credits_agree_with_the_reference(request: pytest.FixtureRequest, sut: SutSession, case: Case) -> None:
    assert_same_bill(request, sut, case, parts=("credits",))


@DOC
@pytest.mark.capability("labor")
@pytest.mark.clause("13.1")
@pytest.mark.clause("13.2")
@pytest.mark.tp("AC3-PROP-003")
@given(case=labor_cases())
def test_labor_agrees_with_the_reference(request: pytest.FixtureRequest, sut: SutSession, case: Case) -> None:
    assert_same_bill(request, sut, case, parts=("lines",))


@DOC
@pytest.mark.capability("late-payment")
@pytest.mark.clause("2.4.1(C)(2)")
@pytest.mark.tp("AC3-LAW-001")
@given(case=payment_cases(), delay=st.integers(1, 200))
def test_paying_later_never_lowers_the_penalty(request: pytest.FixtureRequest, sut: SutSession, case: Case,
                                               delay: int) -> None:
    later = case.model_copy(update={"payments": tuple(
        p.model_copy(update={"date": p.date + dt.timedelta(days=delay)}) for p in case.payments)})
    before = ask(request, sut, case).penalty("late-payment")
    after = ask(request, sut, later).penalty("late-payment")
    if after < before:
        raise Mismatch(f"penalty when every payment is {delay} days later", f"at least {before}", after)


@DOC
@pytest.mark.capability("credit-allowances")
@pytest.mark.clause("2.4.4(B)(3)")
@pytest.mark.clause("2.4.4(E)")
@pytest.mark.tp("AC3-LAW-002")
@given(case=interruption_cases())
def test_credits_never_exceed_the_monthly_rate(request: pytest.FixtureRequest, sut: SutSession, case: Case) -> None:
    bill = ask(request, sut, case)
    service = case.services[0]
    day = case.interruptions[0].reported.date()
    spec = load_spec()  # the monthly rate as printed, not a billing rule
    monthly = sum((spec.rate(case.document, eq.element, day)[1].decimal * eq.quantity for eq in service.elements))
    for kind in ("interruption", "surrender"):
        refs = {i.id for i in case.interruptions if i.kind == kind}
        total = sum((c.amount for c in bill.credits if c.ref in refs))
        if total > monthly:
            raise Mismatch(f"{kind} credits for {service.id} in one billing period", f"at most {monthly}", total)


@DOC
@pytest.mark.capability("payment-dates")
@pytest.mark.clause("2.4.1(C)(1)")
@pytest.mark.clause("2.6 Legal Holiday")
@pytest.mark.tp("AC3-LAW-003")
@given(bill_date=dates)
def test_payment_date_is_a_business_day_near_31_days(request: pytest.FixtureRequest, sut: SutSession,
                                                     bill_date: dt.date) -> None:
    case = Case(id="generated-payment-date", bill_date=bill_date)
    paid_by = ask(request, sut, case).payment_date
    listing = sut.reading("legal-holiday-labor-day")
    weekend = sut.reading("legal-holiday-weekend")
    local = frozenset(sut.started.pixit.local_holidays) if sut.started else frozenset()

    def closed(day: dt.date) -> bool:
        return day.weekday() >= 5 or legal_holiday(day, listing, weekend, local) is not None

    if closed(paid_by):
        raise Mismatch("payment date", "a day that is not a Saturday, Sunday or Legal Holiday", paid_by.isoformat())
    latest = bill_date + dt.timedelta(days=31)
    while closed(latest):   # a Sunday or Monday holiday on day 31 moves forward (2.4.1(C)(1))
        latest += dt.timedelta(days=1)
    if not bill_date < paid_by <= latest:
        raise Mismatch("payment date", f"after {bill_date} and no later than {latest}", paid_by.isoformat())
