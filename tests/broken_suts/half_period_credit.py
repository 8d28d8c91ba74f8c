"""Grants a credit period for exactly half a period (reads "major fraction" as "half or more")."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ratecert.bill import Bill
from ratecert.case import CaseBase
from ratecert_reference.rounding import to_penny
from ratecert.oracle import ReferenceSut


class Sut(ReferenceSut):
    name = "broken: credits exactly half a period"

    def render(self, case: CaseBase) -> Bill:
        if case.document != "access-catalog-3":   # the rule it breaks is this document's
            return super().render(case)
        bill = super().render(case)
        services = {s.id: s for s in case.services}
        events = {e.id: e for e in case.interruptions}
        credits = []
        for credit in bill.credits:
            event = events.get(credit.ref)
            if event is None:   # not an interruption's credit (e.g. a surcharge credit, 7.3.4(D))
                credits.append(credit)
                continue
            service = services[event.service]
            unit = dt.timedelta(hours=24) if service.kind == "switched-usage" else dt.timedelta(minutes=30)
            exact_half = (event.restored - event.reported) % unit == unit / 2
            if event.kind == "interruption" and credit.periods and exact_half:
                base = credit.amount / credit.periods if credit.periods else Decimal(0)
                credit = credit.model_copy(update={"periods": credit.periods + 1,
                                                   "amount": to_penny(base * (credit.periods + 1))})
            credits.append(credit)
        return bill.model_copy(update={"credits": tuple(credits)})
