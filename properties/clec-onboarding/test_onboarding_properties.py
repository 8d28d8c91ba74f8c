"""Properties of the onboarding decisions: differential on generated carriers, and the law that a
carrier missing a required certification may never make its initial contact."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ratecert.differential import ask, assert_same_bill
from ratecert_reference.clec_onboarding.records import OnboardingCase
from ratecert.plugin import SutSession

ONBOARDING = "clec-onboarding"
DOC = pytest.mark.document(ONBOARDING)
STATES = ["AZ", "CO", "IA", "ID", "MN", "WA"]
# The dated steps of the pages, each absent or on one of three days around the others
EVENTS = ("legal_information_received", "agreement_decision_received", "agreement_prepared", "request_form_received",
          "negotiation_requested", "negotiator_assigned", "executed", "implementation_started")
DAYS = st.sampled_from([None, "2025-03-01", "2025-03-02", "2025-03-03"])


@st.composite
def carriers(draw: st.DrawFn) -> OnboardingCase:
    states = draw(st.lists(st.sampled_from(STATES), min_size=1, max_size=3, unique=True))
    return OnboardingCase.model_validate({"document": ONBOARDING, "id": "carrier", "bill_date": "2025-01-02", "onboarding": {
        "clec_type": draw(st.sampled_from(["facility-based", "reseller"])), "states": states,
        "certified_states": draw(st.lists(st.sampled_from(STATES), max_size=4, unique=True)),
        "agreement": draw(st.sampled_from(["none", "negotiated", "opt-in", "commercial"])),
        "signed_by_both": draw(st.booleans()), "approved": draw(st.booleans()),
        "early_ordering_letter": draw(st.booleans()), "questionnaire_complete": draw(st.booleans()),
        "adopted_agreement_expires": "2027-03-09", "adopted_agreement_adoptable": draw(st.booleans()),
        "questionnaire_required_submitted": draw(st.sampled_from([None, True, False])),
        **{event: draw(DAYS) for event in EVENTS},
        "early_ordering_requests": [{"id": s, "completed_information": draw(st.sampled_from(
            [None, "2025-03-01T09:00:00", "2025-03-01T17:00:00", "2025-03-02T09:00:00"]))} for s in states]}})


@DOC
@pytest.mark.capability("onboarding")
@pytest.mark.clause("NEG-CERT")
@pytest.mark.clause("GS-READY")
@pytest.mark.clause("GS-EARLY")
@pytest.mark.clause("NEG-PUC-REJECT")
@pytest.mark.clause("NEG-NTA")
@pytest.mark.clause("NEG-NEGOTIATOR")
@pytest.mark.clause("NEG-CAM")
@pytest.mark.clause("NEG-ADOPTABLE")
@pytest.mark.clause("GS-STEP5")
@pytest.mark.clause("GS-EARLY-FIFO")
@pytest.mark.tp("CLEC-PROP-001")
@given(case=carriers())
def test_decisions_agree_with_the_reference(request: pytest.FixtureRequest, sut: SutSession, case: OnboardingCase) -> None:
    assert_same_bill(request, sut, case, parts=("decisions",))


@DOC
@pytest.mark.capability("onboarding")
@pytest.mark.clause("NEG-CERT")
@pytest.mark.tp("CLEC-LAW-001")
@given(case=carriers())
def test_no_contact_without_a_required_certification(request: pytest.FixtureRequest, sut: SutSession,
                                                     case: OnboardingCase) -> None:
    facts = case.onboarding
    assert facts is not None
    exempt = {"CO", "IA"} if facts.clec_type == "reseller" else set()
    missing = [s for s in facts.states if s not in facts.certified_states and s not in exempt]
    answer = ask(request, sut, case).decision("clec", "may-contact")
    assert answer == ("no" if missing else "yes"), f"may-contact {answer} with {missing or 'nothing'} uncertified"
