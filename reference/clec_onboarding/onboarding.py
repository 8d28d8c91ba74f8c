"""CLEC onboarding as decisions (Negotiation Process V17.0, Getting Started V42.0): may the carrier
make its initial contact, will a filed agreement be rejected, may it order, and when does an
opted-in agreement expire. Answers are "yes"/"no" or a date."""

from __future__ import annotations

from ratecert_reference.clec_onboarding.records import Onboarding

RESELLER_EXEMPT_STATES = frozenset({"CO", "IA"})   # NEG-RESELLER-EXEMPT


def needs_certification(facts: Onboarding, state: str) -> bool:
    """NEG-CERT, except a Reseller in Colorado or Iowa (NEG-RESELLER-EXEMPT)."""
    return not (facts.clec_type == "reseller" and state in RESELLER_EXEMPT_STATES)


def uncertified(facts: Onboarding) -> list[str]:
    return [s for s in facts.states if needs_certification(facts, s) and s not in facts.certified_states]


def decisions(facts: Onboarding, readings: dict[str, str]) -> list[tuple[str, str, str]]:
    """(question, answer, clause) for the facts of one carrier."""
    missing = uncertified(facts)
    exempted = not missing and any(not needs_certification(facts, s) for s in facts.states)
    out = [("may-contact", "no" if missing else "yes", "NEG-RESELLER-EXEMPT" if exempted else "NEG-CERT")]
    if facts.agreement != "none":
        out.append(("may-file", "yes" if facts.signed_by_both else "no", "NEG-FILING"))
        no_record = [s for s in facts.states if s not in facts.certified_states]
        if readings["clec-reseller-exemption-filing"] == "exempt":
            no_record = [s for s in no_record if needs_certification(facts, s)]
        out.append(("filing-rejected", "yes" if no_record else "no", "NEG-PUC-REJECT"))
    if facts.agreement == "opt-in":
        if not facts.adopted_agreement_adoptable:
            out.append(("opt-in-valid", "no", "NEG-ADOPTABLE"))
        elif not facts.adopted_in_entirety:
            out.append(("opt-in-valid", "no", "NEG-OPTIN"))
        elif facts.adopted_agreement_expires is not None:
            out.append(("opt-in-valid", "yes", "NEG-OPTIN"))
            out.append(("agreement-expires", facts.adopted_agreement_expires.isoformat(), "NEG-OPTIN"))
    if facts.clec_type == "facility-based" or readings["clec-facility-based-scope"] == "all-clecs":
        out.append(_may_order(facts, readings))
    return out


def _may_order(facts: Onboarding, readings: dict[str, str]) -> tuple[str, str, str]:
    """GS-CQ, GS-READY, GS-EARLY."""
    if not facts.questionnaire_complete:
        return "may-order", "no", "GS-CQ"
    if facts.agreement == "commercial" and facts.signed_by_both:
        return "may-order", "yes", "GS-READY"
    if facts.agreement == "none" or not facts.signed_by_both:
        return "may-order", "no", "GS-READY"
    if facts.approved:
        return "may-order", "yes", "GS-READY"
    if readings["clec-pending-approval-ordering"] == "signed-suffices" or facts.early_ordering_letter:
        return "may-order", "yes", "GS-EARLY"
    return "may-order", "no", "GS-EARLY"
