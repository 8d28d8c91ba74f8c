"""Properties of DC power billing against the SUT: differential on generated collocations, and the
law of the 60 amp line - an order of 60 amps or less bills the same usage whatever its readings."""

from __future__ import annotations


import pytest
from hypothesis import given

from ratecert.differential import ask, assert_same_bill
from ratecert.money import total
from ratecert.plugin import SutSession
from ratecert.scenario import Mismatch
from ratecert_reference.dc_power_v12.records import DcPowerCase
from ratecert_reference.dc_power_v12.strategies import DCP, collocation_cases

DOC = pytest.mark.document(DCP)


@DOC
@pytest.mark.capability("power-billing")
@pytest.mark.clause("CAP-BASIS")
@pytest.mark.clause("USE-GT60")
@pytest.mark.clause("USE-MIN1")
@pytest.mark.clause("STATES-SINGLE")
@pytest.mark.tp("DCP-PROP-001")
@given(case=collocation_cases())
def test_power_charges_agree_with_the_reference(request: pytest.FixtureRequest, sut: SutSession, case: DcPowerCase) -> None:
    assert_same_bill(request, sut, case, parts=("lines",))


@DOC
@pytest.mark.capability("power-billing")
@pytest.mark.capability("power-orders")
@pytest.mark.capability("measurement")
@pytest.mark.capability("self-certification")
@pytest.mark.capability("reduction-restoration")
@pytest.mark.clause("FEED-MIN20")
@pytest.mark.clause("FUSE-125")
@pytest.mark.clause("FEED-ROLES")
@pytest.mark.clause("MEAS-BACKDATE")
@pytest.mark.clause("MEAS-MAX4")
@pytest.mark.clause("SC-EBD")
@pytest.mark.clause("SC-INCOMPLETE")
@pytest.mark.clause("PMC")
@pytest.mark.clause("PMC-REFUND")
@pytest.mark.clause("ONE-QPF")
@pytest.mark.clause("QUOTE-30D")
@pytest.mark.clause("APPT-48H")
@pytest.mark.clause("RED-BILL")
@pytest.mark.clause("REST-BILL")
@pytest.mark.tp("DCP-PROP-002")
@given(case=collocation_cases(everything=True))
def test_orders_readings_and_applications_agree_with_the_reference(request: pytest.FixtureRequest, sut: SutSession,
                                                                   case: DcPowerCase) -> None:
    assert_same_bill(request, sut, case, parts=("lines", "refunds", "decisions"))


@DOC
@pytest.mark.capability("measurement")
@pytest.mark.clause("USE-LE60")
@pytest.mark.tp("DCP-LAW-001")
@pytest.mark.negative
@given(case=collocation_cases(max_amps=60))
def test_usage_of_sixty_amps_or_less_ignores_readings(request: pytest.FixtureRequest, sut: SutSession,
                                                      case: DcPowerCase) -> None:
    if case.collocation is None or case.collocation.state in ("OR", "CO"):   # single-charge and self-certification states aside
        return
    with_readings = ask(request, sut, case)
    without = ask(request, sut, case.model_copy(update={
        "collocation": case.collocation.model_copy(update={"readings": ()})}))
    usage = [total(ln.amount for ln in b.lines if ln.element.startswith("usage"))
             for b in (with_readings, without)]
    ordered = total(f.amps for f in case.collocation.feeds)
    if usage[0] != usage[1]:
        raise Mismatch(f"usage charge of a {ordered} amp order with its readings", f"{usage[1]}, as without them",
                       usage[0], differs="charge usage")
