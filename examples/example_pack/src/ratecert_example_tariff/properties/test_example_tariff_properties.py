"""Properties of Example Tariff No. 1, run against the SUT like the scenarios."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ratecert.differential import ask, assert_same_bill
from ratecert.plugin import SutSession
from ratecert.scenario import Mismatch
from ratecert.strategies import billing_dates, money
from ratecert_example_tariff.records import ExampleCase

DOC = pytest.mark.document("example-tariff-1")
rated = billing_dates(dt.date(2026, 12, 1), dt.date(2030, 12, 31))


@st.composite
def months(draw: st.DrawFn) -> ExampleCase:
    """A month of lines coming and going on any day, listings, and payments around the payment date."""
    bill_date = draw(rated)
    day = st.integers(-5, 35).map(lambda k: bill_date + dt.timedelta(days=k))
    lines = [{"id": f"L-{i}", "established": draw(st.none() | day), "disconnected": draw(st.none() | day)}
             for i in range(draw(st.integers(0, 4)))]
    payments = [{"id": f"p{i}", "date": bill_date + dt.timedelta(days=draw(st.integers(10, 40))), "amount": draw(money)}
                for i in range(draw(st.integers(0, 2)))]
    return ExampleCase.model_validate({"bill_date": bill_date, "lines": lines, "listings": draw(st.integers(0, 20)),
                                       "payments": payments})


@DOC
@pytest.mark.capability("exchange-lines")
@pytest.mark.clause("3.1")
@pytest.mark.clause("3.2")
@pytest.mark.clause("4.1")
@pytest.mark.clause("4.2")
@pytest.mark.tp("ET1-PROP-001")
@given(case=months())
def test_bills_agree_with_the_reference(request: pytest.FixtureRequest, sut: SutSession, case: ExampleCase) -> None:
    assert_same_bill(request, sut, case)


@DOC
@pytest.mark.capability("exchange-lines")
@pytest.mark.clause("3.1")
@pytest.mark.tp("ET1-LAW-001")
@given(case=months())
def test_a_line_never_costs_more_than_the_monthly_rate(request: pytest.FixtureRequest, sut: SutSession,
                                                        case: ExampleCase) -> None:
    """3.1: days in service are at most thirty thirtieths, so no line bills more than $18.00 a month."""
    for line in ask(request, sut, case).lines:
        if line.element.startswith("access_line.") and line.amount > 18:
            raise Mismatch(f"access line charge for {line.ref}", "at most $18.00", line.amount)
