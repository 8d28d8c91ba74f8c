"""Steps that run a law over generated cases, so properties read as Gherkin and appear in the
clause matrix like scenarios: "Then for all generated ... under Access Catalog No. 3 ..."."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pytest_bdd import then

from ratecert.budget import run_law
from ratecert.gherkin.vocabulary import step
from ratecert.plugin import SutSession
from ratecert_reference.access_catalog_3 import laws
from ratecert_reference.access_catalog_3.records import CatalogCase
from ratecert_reference.access_catalog_3.strategies import dates, interruption_cases, labor_cases, payment_cases

CASES = {"payment": payment_cases(), "interruption": interruption_cases(), "labor": labor_cases()}
PARTS = {"penalties": ("penalties",), "credits": ("credits",), "bill lines": ("lines",), "bills": None}


@then(step("for all generated {kind} cases under Access Catalog No. 3 the {parts} agree with the reference"))
def generated_agree(request: pytest.FixtureRequest, sut: SutSession, kind: str, parts: str) -> None:
    @given(case=CASES[kind])
    def law(case: CatalogCase) -> None:
        laws.assert_same_bill(request, sut, case, parts=PARTS[parts])

    run_law(request.node, law)


@then("for all generated bill dates under Access Catalog No. 3 the payment date is a business day no later than the first business day after day 31")
def generated_payment_dates(request: pytest.FixtureRequest, sut: SutSession) -> None:
    @given(bill_date=dates)
    def law(bill_date: dt.date) -> None:
        laws.payment_date_is_a_business_day_near_31_days(request, sut, bill_date)

    run_law(request.node, law)


@then("for all generated payment cases under Access Catalog No. 3 paying later never lowers the late payment penalty")
def generated_paying_later(request: pytest.FixtureRequest, sut: SutSession) -> None:
    @given(case=payment_cases(), delay=st.integers(1, 200))
    def law(case: CatalogCase, delay: int) -> None:
        laws.paying_later_never_lowers_the_penalty(request, sut, case, delay)

    run_law(request.node, law)


@then("for all generated interruption cases under Access Catalog No. 3 no service is credited more than its monthly rate")
def generated_credit_cap(request: pytest.FixtureRequest, sut: SutSession) -> None:
    @given(case=interruption_cases())
    def law(case: CatalogCase) -> None:
        laws.credits_within_monthly_rate(request, sut, case)

    run_law(request.node, law)
