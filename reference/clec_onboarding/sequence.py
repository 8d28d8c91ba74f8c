"""The onboarding steps in the order the pages set them, checked on the dates a case gives
(Negotiation Process V17.0, Getting Started V42.0). Each check answers "yes" (in order) or "no".

NEG-NTA: "upon CenturyLink's receipt of CLEC legal information and decision relating to the
agreement, CenturyLink will prepare an Interconnection Agreement for your signature".
NEG-NEGOTIATOR: "Upon receipt of your Agreement Request Form and a request to negotiate, CenturyLink
will assign a Negotiator". NEG-CAM: "Once the agreement is executed, your Carrier Account Manager
(CAM) will assist with the implementation of the contract". A step on the same day as the last one
it waits for is in order: the pages order events, and a date cannot order them within a day.
NEG-ADOPTABLE: an opt-in adopts one of "the approved, adoptable CLEC Agreements".
GS-STEP5: "Once your pending Interconnection or Commercial Agreement is in place, and you have
submitted the required sections identified in our Customer Questionnaire" the network
interconnection activities follow (clec-step5-in-place: signed, or approved).
GS-EARLY-FIFO: "CenturyLink will implement your request in the order in which the completed
information was received".
"""

from __future__ import annotations

import datetime as dt

from ratecert_reference.clec_onboarding.records import Onboarding

Decided = tuple[str, str, str, str]   # (ref, question, answer, clause)


def after_all(step: dt.date, prerequisites: list[dt.date | None]) -> bool:
    """The step came on or after each prerequisite, and none is missing."""
    return all(p is not None and p <= step for p in prerequisites)


def interconnection_activities_may_start(facts: Onboarding, in_place: str) -> bool:
    """GS-STEP5: the agreement in place (signed by both, or approved as well) and the required
    sections of the Customer Questionnaire submitted."""
    required = facts.questionnaire_required_submitted
    submitted = facts.questionnaire_complete if required is None else required
    if facts.agreement == "none" or not facts.signed_by_both or not submitted:
        return False
    return in_place == "signed" or facts.approved or facts.agreement == "commercial"


def early_ordering_positions(facts: Onboarding) -> dict[str, int | None]:
    """GS-EARLY-FIFO: each request's place in the order its completed information was received;
    a request still incomplete holds no place."""
    received = sorted((r.completed_information, r.id) for r in facts.early_ordering_requests
                      if r.completed_information is not None)
    places: dict[str, int | None] = {r.id: None for r in facts.early_ordering_requests}
    places.update({ref: n for n, (_, ref) in enumerate(received, start=1)})
    return places


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def decisions(facts: Onboarding, readings: dict[str, str]) -> list[Decided]:
    out: list[Decided] = []
    if facts.agreement_prepared is not None:
        out.append(("clec", "agreement-prepared-in-order", _yes(after_all(
            facts.agreement_prepared, [facts.legal_information_received, facts.agreement_decision_received])), "NEG-NTA"))
    if facts.negotiator_assigned is not None:
        out.append(("clec", "negotiator-assigned-in-order", _yes(after_all(
            facts.negotiator_assigned, [facts.request_form_received, facts.negotiation_requested])), "NEG-NEGOTIATOR"))
    if facts.implementation_started is not None:
        out.append(("clec", "implementation-in-order", _yes(after_all(facts.implementation_started,
                                                                      [facts.executed])), "NEG-CAM"))
    facility_pages = facts.clec_type == "facility-based" or readings["clec-facility-based-scope"] == "all-clecs"
    if facts.agreement != "none" and facility_pages:
        out.append(("clec", "may-start-interconnection-activities",
                    _yes(interconnection_activities_may_start(facts, readings["clec-step5-in-place"])), "GS-STEP5"))
    out += [(ref, "early-ordering-place", "not-queued" if place is None else str(place), "GS-EARLY-FIFO")
            for ref, place in early_ordering_positions(facts).items()]
    return out
