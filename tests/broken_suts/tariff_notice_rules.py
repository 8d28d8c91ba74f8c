"""Applies the tariff's notice rule (Access Catalog 2.1.8(A): thirty days' written notice by mail or
e-mail) to the ICA: any discontinuance notice for non-payment is good thirty days after it is sent,
whatever its method, with or without a copy to the Commission or a lapsed cure period (ICA 25.1.1)."""

from __future__ import annotations

import datetime as dt

from ratecert.bill import Bill, Decision
from ratecert.case import CaseBase
from ratecert.oracle import ReferenceSut


class Sut(ReferenceSut):
    name = "broken: the tariff's notice rule under the ICA"

    def render(self, case: CaseBase) -> Bill:
        if case.document != "ica-frontier-granite-2006":   # the rule it breaks is this document's
            return super().render(case)
        bill = super().render(case)
        mine = {n.id for n in case.discontinuance_notices if n.to == "carrier"}
        kept = tuple(d for d in bill.decisions if d.ref not in mine)
        clause = "ica-frontier-granite-2006:25.1.1"
        ours = tuple(d for n in case.discontinuance_notices if n.to == "carrier" for d in (
            Decision(ref=n.id, question="discontinuance-notice-valid", answer="yes", clause=clause),
            Decision(ref=n.id, question="may-discontinue-from", answer=(n.sent + dt.timedelta(days=30)).isoformat(),
                     clause=clause)))
        return bill.model_copy(update={"decisions": kept + ours})
