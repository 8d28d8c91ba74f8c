"""Properties of the physical arrangement (issue 20, Breadth 2): on generated cases that state what
was built - channel ends, legs, hubs, signaling links, the FGA off-hook point, the subscriber lines
behind a tandem, the hours in service, the queries of the data base - the SUT derives the elements
and quantities the reference derives (differential, under the SUT's own readings)."""

from __future__ import annotations

import pytest
from hypothesis import given

from ratecert.plugin import SutSession
from ratecert_reference.access_catalog_3 import arrangement_strategies as facts
from ratecert_reference.access_catalog_3 import laws
from ratecert_reference.access_catalog_3.records import CatalogCase

DOC = pytest.mark.document("access-catalog-3")


@DOC
@pytest.mark.capability("special-access")
@pytest.mark.clause("7.2.1(A)")
@pytest.mark.clause("7.6.3(J)")
@pytest.mark.tp("AC3-PROP-ARR-001")
@given(case=facts.termination_cases())
def test_channel_terminations_follow_the_premises_wires_and_loops(request: pytest.FixtureRequest, sut: SutSession,
                                                                 case: CatalogCase) -> None:
    laws.assert_same_bill(request, sut, case, parts=("lines",))


@DOC
@pytest.mark.capability("credit-allowances")
@pytest.mark.clause("2.4.4(B)(1)(b)")
@pytest.mark.tp("AC3-PROP-ARR-002")
@given(case=facts.multipoint_cases())
def test_a_multipoint_service_is_credited_on_its_failed_legs(request: pytest.FixtureRequest, sut: SutSession,
                                                             case: CatalogCase) -> None:
    laws.assert_same_bill(request, sut, case, parts=("credits", "lines"))


@DOC
@pytest.mark.capability("special-access")
@pytest.mark.clause("7.2.5")
@pytest.mark.clause("2.6 Hub")
@pytest.mark.tp("AC3-PROP-ARR-003")
@given(case=facts.hub_cases())
def test_only_a_bridging_or_multiplexing_hub_divides_the_mileage(request: pytest.FixtureRequest, sut: SutSession,
                                                                 case: CatalogCase) -> None:
    laws.assert_same_bill(request, sut, case, parts=("lines",))


@DOC
@pytest.mark.capability("local-transport")
@pytest.mark.clause("6.4.1(C)(5)")
@pytest.mark.tp("AC3-PROP-ARR-004")
@given(case=facts.signaling_cases())
def test_a_signaling_link_bears_its_elements(request: pytest.FixtureRequest, sut: SutSession, case: CatalogCase) -> None:
    laws.assert_same_bill(request, sut, case, parts=("lines",))


@DOC
@pytest.mark.capability("switched-usage")
@pytest.mark.clause("6.5.4")
@pytest.mark.clause("6.10.1(C)")
@pytest.mark.tp("AC3-PROP-ARR-005")
@given(case=facts.off_hook_cases())
def test_fga_off_hook_before_answer_adds_no_ncta(request: pytest.FixtureRequest, sut: SutSession,
                                                  case: CatalogCase) -> None:
    laws.assert_same_bill(request, sut, case, parts=("lines",))


@DOC
@pytest.mark.capability("switched-usage")
@pytest.mark.clause("6.6.4")
@pytest.mark.tp("AC3-PROP-ARR-006")
@given(case=facts.tandem_cases())
def test_tandem_minutes_are_shared_by_subscriber_lines(request: pytest.FixtureRequest, sut: SutSession,
                                                       case: CatalogCase) -> None:
    laws.assert_same_bill(request, sut, case, parts=("lines",))


@DOC
@pytest.mark.capability("credit-allowances")
@pytest.mark.clause("7.8.1")
@pytest.mark.clause("7.7.1")
@pytest.mark.tp("AC3-PROP-ARR-007")
@given(case=facts.in_service_cases())
def test_error_free_seconds_are_a_share_of_the_seconds_in_service(request: pytest.FixtureRequest, sut: SutSession,
                                                                   case: CatalogCase) -> None:
    laws.assert_same_bill(request, sut, case, parts=("credits",))


@DOC
@pytest.mark.capability("db800")
@pytest.mark.clause("6.4.1(C)(6)")
@pytest.mark.tp("AC3-PROP-ARR-008")
@given(case=facts.db800_cases())
def test_completed_queries_are_billed_whether_or_not_delivered(request: pytest.FixtureRequest, sut: SutSession,
                                                               case: CatalogCase) -> None:
    laws.assert_same_bill(request, sut, case, parts=("lines",))
