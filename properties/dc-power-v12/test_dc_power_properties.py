"""Properties of DC power billing against the SUT: differential on generated collocations, and the
law of the 60 amp line - an order of 60 amps or less bills the same usage whatever its readings."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ratecert.differential import ask, assert_same_bill
from ratecert_reference.dc_power_v12.records import DcPowerCase
from ratecert.money import total
from ratecert.plugin import SutSession

DCP = "dc-power-v12"
DOC = pytest.mark.document(DCP)
PERIOD = {"start": "2025-04-01", "end": "2025-04-30"}
RATES = {"capacity": "10.35", "usage_60_or_less": "8.12", "usage_over_60": "9.47", "single": "14.99"}


@st.composite
def collocation_cases(draw: st.DrawFn, max_amps: int = 120) -> DcPowerCase:
    n = draw(st.integers(min_value=1, max_value=3))
    feeds = [{"id": f"feed-{i + 1}", "role": "primary" if i == 0 else "secondary",
              "amps": draw(st.integers(min_value=20, max_value=max_amps // n if max_amps // n >= 20 else 20))}
             for i in range(n)]
    readings = [{"taken": (dt.date(2025, 1, 1) + dt.timedelta(days=draw(st.integers(0, 119)))).isoformat(),
                 "amps": str(Decimal(draw(st.integers(0, 1500))) / 10)}
                for _ in range(draw(st.integers(min_value=0, max_value=3)))]
    return DcPowerCase.model_validate({
        "document": DCP, "id": "collocation", "bill_date": "2025-04-01", "period": PERIOD,
        "collocation": {"state": draw(st.sampled_from(["WA", "UT", "OR", "CO", "AZ"])), "feeds": feeds, "rates": RATES,
                        "measurement_opted_in": draw(st.booleans()), "readings": readings}})


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
@pytest.mark.capability("measurement")
@pytest.mark.clause("USE-LE60")
@pytest.mark.tp("DCP-LAW-001")
@given(case=collocation_cases(max_amps=60))
def test_usage_of_sixty_amps_or_less_ignores_readings(request: pytest.FixtureRequest, sut: SutSession,
                                                      case: DcPowerCase) -> None:
    assert case.collocation is not None
    if case.collocation.state in ("OR", "CO"):   # single-charge and self-certification states aside
        return
    with_readings = ask(request, sut, case)
    without = ask(request, sut, case.model_copy(update={
        "collocation": case.collocation.model_copy(update={"readings": ()})}))
    usage = [total(ln.amount for ln in b.lines if ln.element.startswith("usage"))
             for b in (with_readings, without)]
    ordered = total(f.amps for f in case.collocation.feeds)
    assert usage[0] == usage[1], f"a {ordered} amp order's usage changed with its readings: {usage[1]} -> {usage[0]}"
