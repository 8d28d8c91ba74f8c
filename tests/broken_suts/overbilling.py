"""Ignores every exemption, threshold and condition: on top of the reference's bill it charges one
cent of every rate element of the document (one unit) for every record the case names - and with
no record - a late payment penalty on every payment, a dispute penalty on every dispute, a credit
for every interruption (and the PVU audit and surcharge credits of every end office and service),
a refund for every dispute and audit, and it rejects every record. Every check that something is
*not* charged, credited, counted or rejected (a declared negative check) must fail for it; the
mutation matrix (docs/mutation-matrix.md) shows that they do."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from ratecert.bill import Bill, BillLine, Credit, Penalty, Refund, Rejection
from ratecert.case import CaseBase
from ratecert.oracle import ReferenceSut

CENT = Decimal("0.01")
SYNTHETIC = ("cancellation-charge", "minimum-period-charge", "special_access_surcharge")   # the reference's own


def _names(value: Any) -> Iterator[str]:
    """Every record id, end office and service the case names, however deep."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key in ("id", "end_office", "service") and isinstance(item, str) and item:
                yield item
            yield from _names(item)
    elif isinstance(value, list):
        for item in value:
            yield from _names(item)


class Sut(ReferenceSut):
    name = "broken: bills everything it can name"

    def render(self, case: CaseBase) -> Bill:
        from ratecert.spec import load_spec

        bill = super().render(case)
        data = case.model_dump(mode="json")
        names = sorted(set(_names({k: v for k, v in data.items() if k != "id"})))
        clause = f"{case.document}:everything"
        elements = [*load_spec().document(case.document).rates, *SYNTHETIC]
        lines = [BillLine(element=e, quantity=Decimal(1), rate=CENT, amount=CENT, clause=clause, ref=ref)
                 for e in elements for ref in (None, *names)]
        penalties = [Penalty(kind="late-payment", ref=p.id, principal=p.amount, days=1, amount=CENT, clause=clause)
                     for p in case.payments]
        penalties += [Penalty(kind="dispute", ref=d.id, principal=d.amount, days=1, amount=CENT, clause=clause)
                      for d in case.disputes]
        credits = [Credit(ref=ref, service=name, periods=1, amount=CENT, clause=clause)
                   for name in names for ref in (name, f"pvu-audit-{name}", f"surcharge-{name}")]
        refunds = [Refund(ref=name, amount=CENT, interest=CENT, days=1, clause=clause) for name in names]
        return bill.model_copy(update={
            "lines": (*bill.lines, *lines), "penalties": (*bill.penalties, *penalties),
            "credits": (*bill.credits, *credits), "refunds": (*bill.refunds, *refunds),
            "rejected": (*bill.rejected, *(Rejection(ref=name, reason="rejected") for name in names))})
