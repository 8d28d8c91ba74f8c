"""Billing systems that each misread one rule of the Access Catalog the way the reference once
did (issues 19 and 20): the reference with that one rule replaced. Each class names the clause it
gets wrong; tests/test_broken_suts.py shows the suite catches each with that clause named.

They work on the case or on the bill the reference renders, never by patching the reference's
modules: they run in the certifying process, beside the reference the differential properties use.
"""

from __future__ import annotations

from ratecert.bill import Bill
from ratecert.case import Case
from reference.sut import ReferenceSut


class MixedUseCreditOnFullRate(ReferenceSut):
    """2.4.4(B)(1) with 7.2.7: credits a mixed-use facility's interruption on its full monthly rate,
    although the catalog bills only the Special Access share of it (issue 19)."""

    name = "broken: credits a mixed-use facility on its full rate"

    def render(self, case: Case) -> Bill:
        bill = super().render(case)
        whole = tuple(s.model_copy(update={"mixed_use": None}) for s in case.services)
        return bill.model_copy(update={"credits": super().render(case.model_copy(update={"services": whole})).credits})
