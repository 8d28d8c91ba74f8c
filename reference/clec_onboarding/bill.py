"""The onboarding "bill": no charges, only the decisions the onboarding pages make for a CLEC's facts."""

from __future__ import annotations

from ratecert.bill import Bill, Decision
from ratecert.terms import Terms
from ratecert_reference.clec_onboarding import onboarding, sequence
from ratecert_reference.clec_onboarding.records import OnboardingCase


def render_decisions(case: OnboardingCase, terms: Terms) -> Bill:
    facts = case.onboarding
    decided = [] if facts is None else [("clec", q, a, c) for q, a, c in onboarding.decisions(facts, terms.readings)] \
        + sequence.decisions(facts, terms.readings)
    return Bill(bill_date=case.bill_date, payment_date=None,
                decisions=tuple(Decision(ref=ref, question=q, answer=a, clause=terms.clause_id(c))
                                for ref, q, a, c in decided))
