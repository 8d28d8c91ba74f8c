"""Properties of DC Power Reduction and Restoration applications against the SUT: the gates and
decisions agree with the reference on generated collocations, and the law of the gates - an
application refused at them changes no charge of the month."""

from __future__ import annotations

import pytest
from hypothesis import given

from ratecert.differential import ask, assert_same_bill
from ratecert.money import total
from ratecert.plugin import SutSession
from ratecert.scenario import Mismatch
from ratecert.strategies import BuiltOnce
from ratecert_reference.dc_power_v12.records import DcPowerCase

DCP = "dc-power-v12"
DOC = pytest.mark.document(DCP)
st = BuiltOnce()   # hypothesis.strategies, each built once: `application_cases` builds its parts in every draw
RATES = {"capacity": "10.35", "usage_60_or_less": "8.12", "usage_over_60": "9.47", "power_maintenance": "25.00"}
# Each a standing that fails one gate of the Terms and Conditions (the empty one fails none)
STANDINGS = [{}, {"ica_reduction_terms": False}, {"ica_restoration_terms": False}, {"central_office": False},
             {"under_construction": True}, {"site_accepted": False}, {"mrc_days_past_due": 31},
             {"mrc_days_past_due": 30}, {"unpaid_quoted_nrc": "0.01"}]


@st.composite
def application_cases(draw: st.DrawFn) -> DcPowerCase:
    """A primary and a secondary feed, one reduction or restoration of one of them at amps around the
    20 amp line and the original level, on a collocation of any standing."""
    feed = draw(st.sampled_from(["feed-1", "feed-2"]))
    kind = draw(st.sampled_from(["reduction", "restoration"]))
    app = {"id": "application-1", "kind": kind, "feeds": [feed],
           "new_amps": draw(st.sampled_from(["0", "10", "19.99", "20", "30", "40", "40.01"])),
           "accepted": "2025-03-10", "quote_received": "2025-03-10", "paid_in_full": "2025-03-10",
           "reserve": kind == "reduction" and draw(st.booleans()),
           "original_amps": draw(st.sampled_from([None, "40"])),
           "cancel_requested": draw(st.sampled_from([None, "2025-03-09", "2025-03-10", "2025-03-11"])),
           "capacity_at_original_source": draw(st.booleans()), "cabling_exists": draw(st.booleans())}
    if kind == "restoration":
        app["completed"] = "2025-03-10"
    notices = [{"id": "notice-1", "received": draw(st.sampled_from(["2025-03-01", "2025-03-02"])),
                **draw(st.sampled_from([{}, {"response": "restore", "responded": "2025-03-31"},
                                        {"response": "return", "responded": "2025-04-01"}]))}]
    return DcPowerCase.model_validate({
        "document": DCP, "id": "application", "bill_date": "2025-04-01",
        "period": {"start": "2025-04-01", "end": "2025-04-30"},
        "collocation": {"state": "WA", "rates": RATES, "applications": [app], "fuse_notices": notices,
                        "feeds": [{"id": "feed-1", "role": "primary", "amps": "50"},
                                  {"id": "feed-2", "role": "secondary", "amps": "50"}],
                        "measurement_requests": ["2025-03-10"], **draw(st.sampled_from(STANDINGS))}})


@DOC
@pytest.mark.capability("reduction-restoration")
@pytest.mark.clause("ICA-TC")
@pytest.mark.clause("FIN-CURRENT")
@pytest.mark.clause("RWOR-MIN20")
@pytest.mark.clause("RESTWOR")
@pytest.mark.clause("REST-CHG")
@pytest.mark.clause("NO-CANCEL")
@pytest.mark.clause("FUSE-RECLAIM")
@pytest.mark.tp("DCP-PROP-002")
@given(case=application_cases())
def test_application_decisions_agree_with_the_reference(request: pytest.FixtureRequest, sut: SutSession,
                                                        case: DcPowerCase) -> None:
    assert_same_bill(request, sut, case, parts=("decisions", "lines"))


@DOC
@pytest.mark.capability("reduction-restoration")
@pytest.mark.clause("CO-ONLY")
@pytest.mark.clause("RED-ACCEPTED")
@pytest.mark.clause("RWR-ZERO")
@pytest.mark.tp("DCP-LAW-002")
@pytest.mark.negative   # a refused application changes nothing: a system that bills nothing agrees
@given(case=application_cases())
def test_a_refused_application_changes_no_charge(request: pytest.FixtureRequest, sut: SutSession,
                                                 case: DcPowerCase) -> None:
    bill = ask(request, sut, case)
    if case.collocation is None or bill.decision("application-1", "application-accepted") != "no":
        return
    without = ask(request, sut, case.model_copy(update={
        "collocation": case.collocation.model_copy(update={"applications": ()})}))
    totals = [total(ln.amount for ln in b.lines) for b in (bill, without)]
    if totals[0] != totals[1]:
        raise Mismatch("the month's charges with a refused application", f"{totals[1]}, as without it", totals[0],
                       differs="charges of a refused application")
