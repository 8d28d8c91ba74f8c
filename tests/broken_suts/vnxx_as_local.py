"""Treats every call dialed as local as Local Traffic, by its NXX: VNXX traffic between End Users in
different local calling areas, with no dedicated channel, goes bill and keep (ICA 2.18)."""

from __future__ import annotations

from ratecert.case import CaseBase
from ratecert.bill import Bill
from ratecert.oracle import ReferenceSut


class Sut(ReferenceSut):
    name = "broken: Local Traffic by the NXX"

    def render(self, case: CaseBase) -> Bill:
        if case.document != "ica-frontier-granite-2006":   # the rule it breaks is this document's
            return super().render(case)
        by_nxx = tuple(t.model_copy(update={"physically_local": True}) for t in case.traffic)
        return super().render(case.model_copy(update={"traffic": by_nxx}))
