"""Properties of the onboarding decisions: differential on generated carriers, and the law that a
carrier missing a required certification may never make its initial contact. Each example is one
carrier per ordering path (ratecert_reference.clec_onboarding.strategies), so every path is checked
in every run."""

from __future__ import annotations

import pytest
from hypothesis import given

from ratecert.differential import ask, assert_same_bill
from ratecert.plugin import SutSession
from ratecert.scenario import Mismatch
from ratecert_reference.clec_onboarding.records import OnboardingCase
from ratecert_reference.clec_onboarding.strategies import ONBOARDING, carriers

DOC = pytest.mark.document(ONBOARDING)


@DOC
@pytest.mark.capability("onboarding")
@pytest.mark.clause("NEG-CERT")
@pytest.mark.clause("GS-READY")
@pytest.mark.clause("GS-EARLY")
@pytest.mark.clause("NEG-PUC-REJECT")
@pytest.mark.clause("NEG-FILING")
@pytest.mark.clause("NEG-OPTIN")
@pytest.mark.clause("NEG-RESELLER-EXEMPT")
@pytest.mark.clause("GS-CQ")
@pytest.mark.clause("NEG-NTA")
@pytest.mark.clause("NEG-NEGOTIATOR")
@pytest.mark.clause("NEG-CAM")
@pytest.mark.clause("NEG-ADOPTABLE")
@pytest.mark.clause("GS-STEP5")
@pytest.mark.clause("GS-EARLY-FIFO")
@pytest.mark.tp("CLEC-PROP-001")
@given(cases=carriers())
def test_decisions_agree_with_the_reference(request: pytest.FixtureRequest, sut: SutSession,
                                            cases: tuple[OnboardingCase, ...]) -> None:
    for case in cases:
        assert_same_bill(request, sut, case, parts=("decisions",))


@DOC
@pytest.mark.capability("onboarding")
@pytest.mark.clause("NEG-CERT")
@pytest.mark.tp("CLEC-LAW-001")
@given(cases=carriers())
def test_no_contact_without_a_required_certification(request: pytest.FixtureRequest, sut: SutSession,
                                                     cases: tuple[OnboardingCase, ...]) -> None:
    for case in cases:
        facts = case.onboarding
        if facts is None:
            continue
        exempt = {"CO", "IA"} if facts.clec_type == "reseller" else set()
        missing = [s for s in facts.states if s not in facts.certified_states and s not in exempt]
        answer = ask(request, sut, case).decision("clec", "may-contact")
        expected = "no" if missing else "yes"
        if answer != expected:
            raise Mismatch(f"may-contact with {', '.join(missing) or 'no state'} uncertified", expected, answer,
                           differs="decision may-contact")
