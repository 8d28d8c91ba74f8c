"""Properties of the Access Catalog's billing rules, run against the SUT like the scenarios.

Differential: on generated cases the SUT's bill equals the reference's, under the SUT's own
declared readings, on what the property's clauses decide. Metamorphic laws check the SUT alone.
The laws themselves live in ratecert.laws (the Gherkin "for all generated ..." steps run them too).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ratecert_reference.access_catalog_3 import laws
from ratecert_reference.access_catalog_3.records import CatalogCase
from ratecert.plugin import SutSession
from ratecert_reference.access_catalog_3.strategies import (dates, delayed_bill_cases, deposit_cases, dispute_cases,
                                                           interruption_cases, labor_cases, miscellaneous_cases,
                                                           order_cases, ordering_cases, payment_cases,
                                                           records_request_cases, refusal_cases, service_month_cases)

DOCUMENT = "access-catalog-3"
DOC = pytest.mark.document(DOCUMENT)


@DOC
@pytest.mark.capability("late-payment")
@pytest.mark.clause("2.4.1(C)(2)")
@pytest.mark.clause("2.4.1(G)")
@pytest.mark.tp("AC3-PROP-001")
@given(case=payment_cases())
def test_penalties_agree_with_the_reference(request: pytest.FixtureRequest, sut: SutSession, case: CatalogCase) -> None:
    """Penalties are counted from the payment date, which is this property's prerequisite, not its check."""
    laws.assert_same_bill(request, sut, case, parts=("penalties",), payment_date_clause="access-catalog-3:2.4.1(C)(1)")


@DOC
@pytest.mark.capability("payment-dates")
@pytest.mark.clause("2.4.1(C)(1)")
@pytest.mark.clause("2.4.1(C)(2)")
@pytest.mark.tp("AC3-PROP-005")
@given(cases=delayed_bill_cases())
def test_delayed_bills_agree_with_the_reference(request: pytest.FixtureRequest, sut: SutSession,
                                                cases: tuple[CatalogCase, ...]) -> None:
    """A delayed bill's due date moves only on request and with proof: each example asks the four ways.
    The penalty a late payment bears from that date is compared only when the SUT claims late payment:
    a payment-dates system is not failed for a rule it does not claim (one cause, one finding)."""
    penalties = sut.started is not None and sut.started.ics.claims(DOCUMENT, "late-payment")
    for case in cases:
        laws.assert_same_bill(request, sut, case, parts=("payment_date", "penalties") if penalties else ("payment_date",),
                              payment_date_clause="access-catalog-3:2.4.1(C)(1)")


@DOC
@pytest.mark.capability("deposits")
@pytest.mark.clause("2.4.1(A)")
@pytest.mark.tp("AC3-PROP-006")
@given(case=deposit_cases())
def test_deposits_agree_with_the_reference(request: pytest.FixtureRequest, sut: SutSession, case: CatalogCase) -> None:
    laws.assert_same_bill(request, sut, case, parts=("deposits",))


@DOC
@pytest.mark.capability("credit-allowances")
@pytest.mark.clause("2.4.4(B)(1)")
@pytest.mark.clause("2.4.4(B)(3)")
@pytest.mark.clause("2.4.4(C)(7)")
@pytest.mark.clause("2.4.4(E)")
@pytest.mark.clause("2.4.4(B)(2)")
@pytest.mark.clause("2.4.4(B)")
@pytest.mark.clause("2.4.4(C)(1)")
@pytest.mark.clause("2.4.4(C)(2)")
@pytest.mark.clause("2.4.4(C)(3)")
@pytest.mark.clause("2.4.4(C)(4)")
@pytest.mark.clause("2.4.4(C)(5)")
@pytest.mark.clause("2.4.4(C)(6)")
@pytest.mark.clause("2.3.12(A)")
@pytest.mark.clause("7.2.7")
@pytest.mark.clause("2.1.3(G)")
@pytest.mark.clause("2.1.8(C)")
@pytest.mark.tp("AC3-PROP-002")
@given(case=interruption_cases())
def test_credits_agree_with_the_reference(request: pytest.FixtureRequest, sut: SutSession, case: CatalogCase) -> None:
    laws.assert_same_bill(request, sut, case, parts=("credits",))


@DOC
@pytest.mark.capability("disputes")
@pytest.mark.clause("2.4.1(D)")
@pytest.mark.clause("2.4.1(E)")
@pytest.mark.tp("AC3-PROP-009")
@given(case=dispute_cases())
def test_dispute_interest_agrees_with_the_reference(request: pytest.FixtureRequest, sut: SutSession,
                                                    case: CatalogCase) -> None:
    laws.assert_same_bill(request, sut, case, parts=("penalties", "refunds"),
                          payment_date_clause="access-catalog-3:2.4.1(C)(1)")


@DOC
@pytest.mark.capability("labor")
@pytest.mark.clause("13.1")
@pytest.mark.clause("13.2")
@pytest.mark.clause("13.3.2")
@pytest.mark.clause("17.6.3(A)")
@pytest.mark.clause("17.6.3(D)")
@pytest.mark.clause("7.1.6")
@pytest.mark.tp("AC3-PROP-003")
@given(case=labor_cases())
def test_labor_agrees_with_the_reference(request: pytest.FixtureRequest, sut: SutSession, case: CatalogCase) -> None:
    laws.assert_same_bill(request, sut, case, parts=("lines",))


@DOC
@pytest.mark.capability("miscellaneous-services")
@pytest.mark.clause("13.4(A)(3)(a)")
@pytest.mark.clause("13.4(A)(3)(b)")
@pytest.mark.clause("13.3.3(B)")
@pytest.mark.clause("13.3.1(A)(2)")
@pytest.mark.clause("13.4(A)(1)")
@pytest.mark.clause("13.4(A)(2)")
@pytest.mark.tp("AC3-PROP-004")
@given(case=miscellaneous_cases())
def test_miscellaneous_services_agree_with_the_reference(request: pytest.FixtureRequest, sut: SutSession,
                                                         case: CatalogCase) -> None:
    """The charges, and the presubscription decisions: which lists are processed, who is the IPIC."""
    laws.assert_same_bill(request, sut, case, parts=("lines", "decisions"))


@DOC
@pytest.mark.capability("labor")
@pytest.mark.capability("working-hours")
@pytest.mark.clause("13")
@pytest.mark.tp("AC3-PROP-015")
@given(case=labor_cases(scheduled=True))
def test_the_schedule_decides_the_time_class_as_the_reference_does(request: pytest.FixtureRequest, sut: SutSession,
                                                                   case: CatalogCase) -> None:
    """The work's time class follows from when it began and the employee's schedule, so the labor
    charges are compared: a system that claims working hours prices the labor it classes."""
    laws.assert_same_bill(request, sut, case, parts=("lines",))


@DOC
@pytest.mark.capability("access-ordering")
@pytest.mark.capability("order-charges")
@pytest.mark.capability("labor")
@pytest.mark.clause("5.1.1")
@pytest.mark.clause("5.1.2")
@pytest.mark.clause("5.2.5")
@pytest.mark.tp("AC3-PROP-016")
@given(case=ordering_cases())
def test_access_ordering_agrees_with_the_reference(request: pytest.FixtureRequest, sut: SutSession,
                                                   case: CatalogCase) -> None:
    """Whether an order's service date is accepted and when Direct Trunked Transport is due
    (decisions), and what an expedite and estimated Additional Engineering cost (lines). The orders
    bear their own Access Order Charges (5.4.1) and the engineering its half hours (13.1), so the
    property applies to a system that claims order charges and labor as well."""
    laws.assert_same_bill(request, sut, case, parts=("lines", "decisions"))


@DOC
@pytest.mark.capability("refusal-of-service")
@pytest.mark.clause("2.1.8(A)")
@pytest.mark.tp("AC3-PROP-017")
@given(case=refusal_cases())
def test_refusal_notices_agree_with_the_reference(request: pytest.FixtureRequest, sut: SutSession,
                                                  case: CatalogCase) -> None:
    laws.assert_same_bill(request, sut, case, parts=("decisions",))


@DOC
@pytest.mark.capability("customer-records")
@pytest.mark.clause("2.3.11(D)")
@pytest.mark.clause("2.3.13(F)(1)")
@pytest.mark.clause("2.3.13(F)(4)")
@pytest.mark.clause("3.6.3")
@pytest.mark.tp("AC3-PROP-018")
@given(case=records_request_cases())
def test_requests_for_records_agree_with_the_reference(request: pytest.FixtureRequest, sut: SutSession,
                                                       case: CatalogCase) -> None:
    laws.assert_same_bill(request, sut, case, parts=("decisions",))


@DOC
@pytest.mark.capability("late-payment")
@pytest.mark.clause("2.4.1(C)(2)")
@pytest.mark.tp("AC3-LAW-001")
@pytest.mark.negative
@given(case=payment_cases(), delay=st.integers(1, 200))
def test_paying_later_never_lowers_the_penalty(request: pytest.FixtureRequest, sut: SutSession, case: CatalogCase,
                                               delay: int) -> None:
    laws.paying_later_never_lowers_the_penalty(request, sut, case, delay)


@DOC
@pytest.mark.capability("credit-allowances")
@pytest.mark.clause("2.4.4(B)(3)")
@pytest.mark.clause("2.4.4(E)")
@pytest.mark.tp("AC3-LAW-002")
@pytest.mark.negative
@given(case=interruption_cases())
def test_credits_never_exceed_the_monthly_rate(request: pytest.FixtureRequest, sut: SutSession, case: CatalogCase) -> None:
    laws.credits_within_monthly_rate(request, sut, case)


@DOC
@pytest.mark.capability("payment-dates")
@pytest.mark.clause("2.4.1(C)(1)")
@pytest.mark.clause("2.6 Legal Holiday")
@pytest.mark.tp("AC3-LAW-003")
@given(bill_date=dates)
def test_payment_date_is_a_business_day_near_31_days(request: pytest.FixtureRequest, sut: SutSession,
                                                     bill_date: dt.date) -> None:
    laws.payment_date_is_a_business_day_near_31_days(request, sut, bill_date)


@DOC
@pytest.mark.capability("order-charges")
@pytest.mark.capability("switched-nonrecurring")
@pytest.mark.capability("cancellation")
@pytest.mark.capability("re-establishment")
@pytest.mark.clause("5.4.1")
@pytest.mark.clause("5.4.2")
@pytest.mark.clause("5.4.3(A)")
@pytest.mark.clause("5.4.3(B)")
@pytest.mark.clause("5.5.3(B)(3)")
@pytest.mark.clause("5.5.3(C)")
@pytest.mark.clause("5.5.3(D)")
@pytest.mark.clause("5.5.4")
@pytest.mark.clause("2.4.5(A)")
@pytest.mark.clause("2.4.5(B)")
@pytest.mark.clause("6.4.1(B)(1)")
@pytest.mark.clause("6.4.1(B)(3)")
@pytest.mark.clause("6.4.3")
@pytest.mark.clause("6.4.4(A)")
@pytest.mark.clause("7.2.3(A)")
@pytest.mark.clause("2.3.12(A)")
@pytest.mark.tp("AC3-PROP-007")
@given(case=order_cases())
def test_order_charges_agree_with_the_reference(request: pytest.FixtureRequest, sut: SutSession,
                                                case: CatalogCase) -> None:
    laws.assert_same_bill(request, sut, case, parts=("lines",))


@DOC
@pytest.mark.capability("proration")
@pytest.mark.capability("minimum-periods")
@pytest.mark.clause("2.4.1(F)")
@pytest.mark.clause("2.4.2(A)")
@pytest.mark.clause("2.4.2(B)")
@pytest.mark.clause("5.5.2")
@pytest.mark.tp("AC3-PROP-008")
@given(case=service_month_cases())
def test_prorated_and_minimum_period_charges_agree_with_the_reference(request: pytest.FixtureRequest,
                                                                      sut: SutSession, case: CatalogCase) -> None:
    laws.assert_same_bill(request, sut, case, parts=("lines",))
