"""A system that misreads the order of the onboarding steps (issue 20, Breadth 3), in its own
process: the reference with those rules replaced. Run: python -m tests.broken_suts.onboarding_misreadings MODE

  steps-misread   takes every step as in order whatever its date (NEG-NTA, NEG-NEGOTIATOR, NEG-CAM),
                  any agreement as adoptable (NEG-ADOPTABLE), starts the network interconnection
                  activities without the questionnaire's required sections (GS-STEP5), queues early
                  ordering requests as listed, incomplete ones too (GS-EARLY-FIFO), and applies the
                  Facility-Based page to Resellers (GS-SCOPE)
  whole-questionnaire-for-step-5  declares clec-step5-in-place=approved; starts the network interconnection activities only once the whole Customer
                  Questionnaire is complete, not its required sections (GS-STEP5)

tests/test_broken_suts.py certifies it against the scenarios of these rules and shows that each
check fails it, naming its clause.
"""

from __future__ import annotations

import ratecert_reference.clec_onboarding.onboarding as clec_onboarding
import ratecert_reference.clec_onboarding.sequence as clec_sequence
from ratecert.oracle import ReferenceSut
from tests.broken_suts import broken_name, serve_broken


def _steps_misread() -> None:
    clec_sequence.after_all = lambda step, prerequisites: True
    clec_sequence.interconnection_activities_may_start = lambda facts, in_place: facts.signed_by_both
    clec_sequence.early_ordering_positions = lambda facts: {r.id: n for n, r in
                                                            enumerate(facts.early_ordering_requests, start=1)}
    decisions = clec_onboarding.decisions
    clec_onboarding.decisions = lambda facts, readings: decisions(
        facts.model_copy(update={"adopted_agreement_adoptable": True}),
        {**readings, "clec-facility-based-scope": "all-clecs"})
    sequence_decisions = clec_sequence.decisions
    clec_sequence.decisions = lambda facts, readings: sequence_decisions(
        facts, {**readings, "clec-facility-based-scope": "all-clecs"})


def _whole_questionnaire_for_step_5() -> None:
    """GS-STEP5 asks for "the required sections" of the Customer Questionnaire; a system that keys
    readiness to the questionnaire's one completion flag holds back a carrier that has sent them.
    It declares clec-step5-in-place=approved, so the approved reading's rows see it too."""
    Sut.pixit = Sut.pixit.model_copy(update={"readings": {"clec-step5-in-place": "approved"}})
    original = clec_sequence.interconnection_activities_may_start
    clec_sequence.interconnection_activities_may_start = lambda facts, in_place: original(
        facts.model_copy(update={"questionnaire_required_submitted": facts.questionnaire_complete}), in_place)


MODES = {"steps-misread": _steps_misread, "whole-questionnaire-for-step-5": _whole_questionnaire_for_step_5}


class Sut(ReferenceSut):
    name = broken_name()


if __name__ == "__main__":
    serve_broken(MODES, f"{__name__}:Sut")
