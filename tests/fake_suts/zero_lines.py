"""The reference in the two forms the protocol allows for what amounts to nothing (docs/protocol.md:
zero amounts may be omitted): `Omits` leaves off every line, penalty and credit of zero amount
(but the lines of access minutes, which the protocol requires with their minutes at any rate);
`Adds` bills a zero line for every element it bills (quantity and amount zero), a zero penalty for
every payment it does not penalise and a zero credit for every interruption it does not credit.
No check may tell them apart (tests/test_protocol_zero_amounts.py)."""

from __future__ import annotations

from decimal import Decimal

from ratecert.bill import Bill, BillLine, Credit, Penalty
from ratecert.case import CaseBase
from ratecert.oracle import ReferenceSut

ZERO = Decimal("0.00")


def _minutes(document: str, element: str) -> bool:
    """An element priced per access minute: the protocol's one zero line that is never omitted."""
    from ratecert.spec import load_spec

    rates = load_spec().document(document).rates
    return element in rates and "minute" in rates[element].unit


class Omits(ReferenceSut):
    name = "zero amounts omitted"

    def render(self, case: CaseBase) -> Bill:
        bill = super().render(case)
        kept = tuple(x for x in bill.lines if x.amount != 0 or _minutes(case.document, x.element))
        return bill.model_copy(update={"lines": kept,
                                       "penalties": tuple(x for x in bill.penalties if x.amount != 0),
                                       "credits": tuple(x for x in bill.credits if x.amount != 0)})


class Adds(ReferenceSut):
    name = "zero amounts added"

    def render(self, case: CaseBase) -> Bill:
        bill = super().render(case)
        zero_lines = {(x.element, x.ref): BillLine(element=x.element, quantity=ZERO, rate=x.rate, amount=ZERO,
                                                  clause=x.clause, ref=x.ref) for x in bill.lines}
        penalised = {p.ref for p in bill.penalties if p.kind == "late-payment"}
        zero_penalties = [Penalty(kind="late-payment", ref=p.id, principal=p.amount, days=0, amount=ZERO,
                                  clause=f"{case.document}:late payment") for p in case.payments if p.id not in penalised]
        credited = {c.ref for c in bill.credits}
        interruptions = getattr(case, "interruptions", ())
        zero_credits = [Credit(ref=i.id, service=i.service, periods=0, amount=ZERO, clause=f"{case.document}:credit")
                        for i in interruptions if i.id not in credited]
        return bill.model_copy(update={"lines": (*bill.lines, *zero_lines.values()),
                                       "penalties": (*bill.penalties, *zero_penalties),
                                       "credits": (*bill.credits, *zero_credits)})
