"""The onboarding "bill": no charges, only the decisions the onboarding pages make for a CLEC's facts."""

from __future__ import annotations

from ratecert.bill import Bill, Decision
from ratecert.terms import Terms
from ratecert_reference.clec_onboarding import onboarding
from ratecert_reference.clec_onboarding.records import OnboardingCase


def render_decisions(case: OnboardingCase, terms: Terms) -> Bill:
    decided = onboarding.decisions(case.onboarding, terms.readings) if case.onboarding else []
    return Bill(bill_date=case.bill_date, payment_date=None,
                decisions=tuple(Decision(ref="clec", question=q, answer=a, clause=terms.clause_id(c))
                                for q, a, c in decided))
