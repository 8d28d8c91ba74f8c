"""Properties of switched access rating (calls, summarized usage, assumed minutes, transport) and of
Special Access circuits, against the SUT: differential with the reference, and the metamorphic laws
of ratecert.laws."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ratecert_reference.access_catalog_3 import laws
from ratecert_reference.access_catalog_3.records import CatalogCase
from ratecert.plugin import SutSession
from ratecert_reference.access_catalog_3.strategies import (blocking_and_db800_cases, rated_usage_cases,
                                                          special_access_cases, usage_cases)

DOC = pytest.mark.document("access-catalog-3")
USAGE = pytest.mark.capability("switched-usage")
PRICING = pytest.mark.capability("usage-pricing")
TRANSPORT = pytest.mark.capability("local-transport")
SPECIAL = pytest.mark.capability("special-access")


@DOC
@USAGE
@TRANSPORT
@pytest.mark.clause("6.5.4")
@pytest.mark.clause("6.6.4")
@pytest.mark.clause("6.7.4")
@pytest.mark.clause("2.3.11(C)(1)")
@pytest.mark.clause("2.4.7(B)(3)(c)")
@pytest.mark.clause("6.1.3(A)(2)")
@pytest.mark.tp("AC3-PROP-010")
@given(case=usage_cases())
def test_usage_and_transport_agree_with_the_reference(request: pytest.FixtureRequest, sut: SutSession,
                                                      case: CatalogCase) -> None:
    laws.assert_same_bill(request, sut, case, parts=("lines",))


@DOC
@PRICING
@pytest.mark.clause("3.7.4")
@pytest.mark.clause("6.1.3(B)(1)")
@pytest.mark.clause("6.4.1(A)(1)")
@pytest.mark.clause("2.4.1(G)")
@pytest.mark.tp("AC3-PROP-014")
@given(case=rated_usage_cases())
def test_usage_rated_elsewhere_is_priced_as_the_reference_prices_it(request: pytest.FixtureRequest, sut: SutSession,
                                                                  case: CatalogCase) -> None:
    laws.assert_same_bill(request, sut, case, parts=("lines",))


@DOC
@USAGE
@TRANSPORT
@pytest.mark.clause("2.3.11(C)(2)")
@pytest.mark.clause("2.3.11(C)(3)")
@pytest.mark.clause("2.3.13(E)")
@pytest.mark.clause("2.3.13(F)(4)(d)")
@pytest.mark.clause("6.4.1(C)(3)(b)(ii)")
@pytest.mark.clause("6.4.6(D)")
@pytest.mark.clause("6.4.6(E)")
@pytest.mark.clause("6.4.6(F)")
@pytest.mark.clause("6.4.6(G)")
@pytest.mark.clause("6.7.4")
@pytest.mark.clause("3.2.3")
@pytest.mark.clause("6.5.4")    # unmeasured lines with one direction measured: the other filled to 3596
@pytest.mark.clause("6.6.4")
@pytest.mark.tp("AC3-PROP-012")
@given(case=usage_cases(everything=True))
def test_every_fact_of_an_end_office_agrees_with_the_reference(request: pytest.FixtureRequest, sut: SutSession,
                                                              case: CatalogCase) -> None:
    laws.assert_same_bill(request, sut, case, parts=("lines", "credits"))


@DOC
@USAGE
@pytest.mark.capability("db800")
@pytest.mark.clause("6.8.6")
@pytest.mark.clause("6.4.1(C)(6)")
@pytest.mark.tp("AC3-PROP-013")
@given(case=blocking_and_db800_cases())
def test_network_blocking_and_800_queries_agree_with_the_reference(request: pytest.FixtureRequest, sut: SutSession,
                                                                   case: CatalogCase) -> None:
    laws.assert_same_bill(request, sut, case, parts=("lines",))


@DOC
@USAGE
@pytest.mark.clause("6.6.4")
@pytest.mark.clause("3.7.2")
@pytest.mark.tp("AC3-LAW-010")
@pytest.mark.negative
@given(case=usage_cases(), cut=st.integers(0, 20))
def test_a_months_calls_in_two_batches_rate_the_same(request: pytest.FixtureRequest, sut: SutSession, case: CatalogCase,
                                                     cut: int) -> None:
    laws.batches_do_not_matter(request, sut, case, cut)


@DOC
@USAGE
@pytest.mark.clause("2.3.11(C)(2)")
@pytest.mark.clause("2.3.11(C)(3)")
@pytest.mark.tp("AC3-LAW-011")
@pytest.mark.negative
@given(case=usage_cases(), step_up=st.integers(1, 100))
def test_more_interstate_never_raises_intrastate_charges(request: pytest.FixtureRequest, sut: SutSession,
                                                         case: CatalogCase, step_up: int) -> None:
    laws.more_interstate_never_raises_intrastate_charges(request, sut, case, step_up)


@DOC
@TRANSPORT
@pytest.mark.clause("6.4.6")
@pytest.mark.clause("6.1.3(A)(2)")
@pytest.mark.tp("AC3-LAW-012")
@pytest.mark.negative
@given(case=usage_cases(), farther=st.integers(1, 500))
def test_farther_never_lowers_mileage(request: pytest.FixtureRequest, sut: SutSession, case: CatalogCase,
                                      farther: int) -> None:
    laws.farther_never_lowers_mileage(request, sut, case, farther)


@DOC
@SPECIAL
@pytest.mark.clause("7.2.1(B)")
@pytest.mark.clause("7.2.5")
@pytest.mark.clause("2.4.7(B)(3)(f)")
@pytest.mark.clause("7.2.7")
@pytest.mark.clause("2.3.11(A)")
@pytest.mark.clause("7.3.4(A)")
@pytest.mark.clause("7.3.4(D)")
@pytest.mark.tp("AC3-PROP-011")
@given(case=special_access_cases())
def test_special_access_circuits_agree_with_the_reference(request: pytest.FixtureRequest, sut: SutSession,
                                                          case: CatalogCase) -> None:
    laws.assert_same_bill(request, sut, case, parts=("lines", "credits"))


@DOC
@SPECIAL
@pytest.mark.clause("7.2.5")
@pytest.mark.clause("7.2.1(B)(2)")
@pytest.mark.tp("AC3-LAW-013")
@pytest.mark.negative
@given(case=special_access_cases(), farther=st.integers(1, 500))
def test_farther_never_lowers_channel_mileage(request: pytest.FixtureRequest, sut: SutSession, case: CatalogCase,
                                             farther: int) -> None:
    laws.farther_never_lowers_mileage(request, sut, case, farther, field="channel_mileage")


@DOC
@USAGE
@pytest.mark.clause("6.6.4")
@pytest.mark.clause("6.1.1(A)")
@pytest.mark.clause("2.3.11(C)(2)")
@pytest.mark.tp("AC3-LAW-014")
@given(case=usage_cases(), field=st.sampled_from(["calls", "end_offices"]))
def test_a_bad_record_changes_nothing_else(request: pytest.FixtureRequest, sut: SutSession, case: CatalogCase,
                                           field: str) -> None:
    laws.a_bad_record_changes_nothing_else(request, sut, case, field)


@DOC
@USAGE
@pytest.mark.clause("2.4.1(B)(2)")
@pytest.mark.tp("AC3-LAW-015")
@given(case=usage_cases())
def test_a_call_after_the_bill_day_waits_for_the_next_bill(request: pytest.FixtureRequest, sut: SutSession,
                                                          case: CatalogCase) -> None:
    laws.a_later_call_waits_for_the_next_bill(request, sut, case)
