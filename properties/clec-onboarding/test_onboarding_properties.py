"""Properties of the onboarding decisions: differential on generated carriers, and the law that a
carrier missing a required certification may never make its initial contact."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ratecert.differential import ask, assert_same_bill
from ratecert_reference.clec_onboarding.records import OnboardingCase
from ratecert.plugin import SutSession
from ratecert.scenario import Mismatch

ONBOARDING = "clec-onboarding"
DOC = pytest.mark.document(ONBOARDING)
STATES = ["AZ", "CO", "IA", "ID", "MN", "WA"]


@st.composite
def carriers(draw: st.DrawFn) -> OnboardingCase:
    states = draw(st.lists(st.sampled_from(STATES), min_size=1, max_size=3, unique=True))
    return OnboardingCase.model_validate({"document": ONBOARDING, "id": "carrier", "bill_date": "2025-01-02", "onboarding": {
        "clec_type": draw(st.sampled_from(["facility-based", "reseller"])), "states": states,
        "certified_states": draw(st.lists(st.sampled_from(STATES), max_size=4, unique=True)),
        "agreement": draw(st.sampled_from(["none", "negotiated", "opt-in", "commercial"])),
        "signed_by_both": draw(st.booleans()), "approved": draw(st.booleans()),
        "early_ordering_letter": draw(st.booleans()), "questionnaire_complete": draw(st.booleans()),
        "adopted_agreement_expires": "2027-03-09"}})


@DOC
@pytest.mark.capability("onboarding")
@pytest.mark.clause("NEG-CERT")
@pytest.mark.clause("GS-READY")
@pytest.mark.clause("GS-EARLY")
@pytest.mark.clause("NEG-PUC-REJECT")
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
    if facts is None:
        return
    exempt = {"CO", "IA"} if facts.clec_type == "reseller" else set()
    missing = [s for s in facts.states if s not in facts.certified_states and s not in exempt]
    answer = ask(request, sut, case).decision("clec", "may-contact")
    expected = "no" if missing else "yes"
    if answer != expected:
        raise Mismatch(f"may-contact with {', '.join(missing) or 'no state'} uncertified", expected, answer,
                       differs="decision may-contact")
