"""Hypothesis strategies for onboarding cases, stratified by the path the ordering decision takes.

Whether a carrier may order turns on five facts (its type, the Customer Questionnaire, the kind of
agreement, both signatures, the approval) and the Early Ordering Letter. Drawn independently, some
paths come up once in 64 or 128 carriers - a signed Commercial Agreement pending approval without a
letter, once in 128 - and 60 examples miss them. So each example is one carrier per path
(`ORDERING_PATHS`, GS-CQ, GS-READY, GS-EARLY), plus a Reseller; every other fact is drawn freely. No
path depends on the seed.
"""

from __future__ import annotations

from typing import Any

from ratecert.strategies import BuiltOnce
from ratecert_reference.clec_onboarding.records import OnboardingCase

st = BuiltOnce()   # hypothesis.strategies, each built once: `carrier` builds its parts in every draw

ONBOARDING = "clec-onboarding"
STATES = ["AZ", "CO", "IA", "ID", "MN", "WA"]
AGREEMENTS = ["negotiated", "opt-in", "commercial"]
NEEDS_APPROVAL = ["negotiated", "opt-in"]

# The ordering paths of a Facility-Based CLEC: the facts each fixes (a list: one of them is drawn)
ORDERING_PATHS: dict[str, dict[str, Any]] = {
    "questionnaire-incomplete": {"questionnaire_complete": [False]},
    "no-agreement": {"questionnaire_complete": [True], "agreement": ["none"]},
    "unsigned": {"questionnaire_complete": [True], "agreement": AGREEMENTS, "signed_by_both": [False]},
    "commercial": {"questionnaire_complete": [True], "agreement": ["commercial"], "signed_by_both": [True]},
    "approved": {"questionnaire_complete": [True], "agreement": NEEDS_APPROVAL, "signed_by_both": [True],
                 "approved": [True]},
    "pending-with-letter": {"questionnaire_complete": [True], "agreement": NEEDS_APPROVAL, "signed_by_both": [True],
                            "approved": [False], "early_ordering_letter": [True]},
    "pending-without-letter": {"questionnaire_complete": [True], "agreement": NEEDS_APPROVAL,
                               "signed_by_both": [True], "approved": [False], "early_ordering_letter": [False]},
}


# The dated steps of the pages (NEG-NTA, NEG-NEGOTIATOR, NEG-CAM), each absent or on one of three days around the others
EVENTS = ("legal_information_received", "agreement_decision_received", "agreement_prepared", "request_form_received",
          "negotiation_requested", "negotiator_assigned", "executed", "implementation_started")
DAYS = [None, "2025-03-01", "2025-03-02", "2025-03-03"]
COMPLETED = [None, "2025-03-01T09:00:00", "2025-03-01T17:00:00", "2025-03-02T09:00:00"]   # GS-EARLY-FIFO


@st.composite
def carrier(draw: st.DrawFn, clec_type: str, fixed: dict[str, list[Any]] | None = None) -> OnboardingCase:
    """One carrier: `fixed` facts drawn from their listed values, the rest from every value."""
    fixed = fixed or {}

    def pick(name: str, values: list[Any]) -> Any:
        return draw(st.sampled_from(fixed.get(name, values)))

    states = draw(st.lists(st.sampled_from(STATES), min_size=1, max_size=3, unique=True))
    facts = {"clec_type": clec_type, "states": states,
             "certified_states": draw(st.lists(st.sampled_from(STATES), max_size=4, unique=True)),
             "agreement": pick("agreement", ["none", *AGREEMENTS]),
             "signed_by_both": pick("signed_by_both", [True, False]), "approved": pick("approved", [True, False]),
             "early_ordering_letter": pick("early_ordering_letter", [True, False]),
             "questionnaire_complete": pick("questionnaire_complete", [True, False]),
             "adopted_in_entirety": draw(st.booleans()),
             "adopted_agreement_expires": draw(st.sampled_from([None, "2027-03-09", "2031-12-31"])),
             "adopted_agreement_adoptable": draw(st.booleans()),
             "questionnaire_required_submitted": draw(st.sampled_from([None, True, False])),
             **{event: draw(st.sampled_from(DAYS)) for event in EVENTS},
             "early_ordering_requests": [{"id": state, "completed_information": draw(st.sampled_from(COMPLETED))}
                                         for state in states]}
    return OnboardingCase.model_validate({"document": ONBOARDING, "id": "carrier", "bill_date": "2025-01-02",
                                          "onboarding": facts})


def carriers() -> st.SearchStrategy[tuple[OnboardingCase, ...]]:
    """One Facility-Based CLEC on each ordering path and one Reseller, in every example."""
    return st.tuples(*(carrier("facility-based", fixed) for fixed in ORDERING_PATHS.values()), carrier("reseller"))
