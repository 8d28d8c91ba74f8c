"""The bill: what a billing system answers for a case, and how two bills are compared.

Amounts are exact decimals. Comparison normalises what may legitimately differ in form (line order,
lines split per unit, a zero credit present or absent) and nothing else.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal
from typing import Literal

from pydantic import ConfigDict, Field

from ratecert.bounds import BoundedModel
from ratecert.money import Exact, total


class _Record(BoundedModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class BillLine(_Record):
    element: str
    quantity: Exact
    rate: Exact | None = None
    amount: Exact
    clause: str
    ref: str | None = Field(None, description="the service, order or labor record the line bills")
    description: str = ""


class Penalty(_Record):
    kind: Literal["late-payment", "dispute", "back-billing"]
    ref: str
    principal: Exact
    days: int
    amount: Exact
    clause: str


class Credit(_Record):
    ref: str = Field(description="what is credited: the interruption id, or `surcharge-<service>` (7.3.4(D))")
    service: str
    periods: int = Field(description="credit periods of an interruption; days of a surcharge credit")
    amount: Exact
    clause: str


class DepositStatement(_Record):
    ref: str
    permitted: bool
    maximum: Exact
    interest: Exact
    refund_due: bool
    clause: str


class Refund(_Record):
    ref: str
    amount: Exact
    interest: Exact
    days: int
    clause: str


class Rejection(_Record):
    """An input record the catalog cannot rate, named, with the reason; the rest is still rated."""

    ref: str
    reason: str


class Decision(_Record):
    """A determination the document makes that is not money: a date, a yes or no, a quantity
    (a cure deadline, whether a trunk group may be resized, whether a CLEC may order)."""

    ref: str = Field(description="what it decides about: a notice, trunk group, request or the account")
    question: str = Field(description="a stable key, e.g. cure-by, resize-allowed, may-order")
    answer: str
    clause: str


class Bill(_Record):
    bill_date: dt.date
    payment_date: dt.date | None = Field(
        ..., description="the due date; null for a document that sets none (DC power, onboarding)")
    lines: tuple[BillLine, ...] = ()
    penalties: tuple[Penalty, ...] = ()
    credits: tuple[Credit, ...] = ()
    deposits: tuple[DepositStatement, ...] = ()
    refunds: tuple[Refund, ...] = ()
    rejected: tuple[Rejection, ...] = ()
    decisions: tuple[Decision, ...] = ()
    notes: tuple[str, ...] = ()

    def charge(self, prefix: str, ref: str | None = None) -> Decimal:
        """Sum of the lines whose element starts with `prefix` (and bill `ref`, when given)."""
        return total(ln.amount for ln in self.lines if ln.element.startswith(prefix) and (ref is None or ln.ref == ref))

    def has_charge(self, prefix: str, ref: str | None = None) -> bool:
        return any(ln.element.startswith(prefix) and (ref is None or ln.ref == ref) and ln.amount != 0
                   for ln in self.lines)

    def penalty(self, kind: str, ref: str | None = None) -> Decimal:
        return total(p.amount for p in self.penalties if p.kind == kind and (ref is None or p.ref == ref))

    def decision(self, ref: str, question: str) -> str | None:
        """The answer the bill gives to `question` about `ref`, or None when it gives none."""
        return next((d.answer for d in self.decisions if d.ref == ref and d.question == question), None)

    def refunded(self) -> tuple[Decimal, Decimal]:
        """(amounts refunded, interest on them) over every refund of the bill."""
        return total(r.amount for r in self.refunds), total(r.interest for r in self.refunds)

    def credit(self, ref: str) -> Decimal:
        return total(c.amount for c in self.credits if c.ref == ref)


def normalised(bill: Bill) -> dict[str, object]:
    """The comparable content of a bill: dates, and amounts keyed by what they bill.

    Amounts stay Decimals, summed exactly (`total`) and compared by value: `108.6` and `108.60`
    are the same amount, `108.600000001` is not."""
    lines: dict[tuple[str, str | None], list[Decimal]] = defaultdict(list)
    for line in bill.lines:
        lines[(line.element, line.ref)].append(line.amount)
    penalties: dict[tuple[str, str], list[Decimal]] = defaultdict(list)
    for p in bill.penalties:
        penalties[(p.kind, p.ref)].append(p.amount)
    credits: dict[str, list[Decimal]] = defaultdict(list)
    for c in bill.credits:
        credits[c.ref].append(c.amount)
    return {
        "payment_date": bill.payment_date.isoformat() if bill.payment_date else None,
        "lines": _nonzero_totals({f"{e}@{r}": a for (e, r), a in sorted(lines.items(), key=str)}),
        "penalties": _nonzero_totals({f"{k}@{r}": a for (k, r), a in sorted(penalties.items())}),
        "credits": _nonzero_totals(dict(sorted(credits.items()))),
        "deposits": {d.ref: {"permitted": d.permitted, "maximum": d.maximum, "interest": d.interest,
                             "refund_due": d.refund_due} for d in sorted(bill.deposits, key=lambda d: d.ref)},
        "refunds": {r.ref: {"amount": r.amount, "interest": r.interest}
                    for r in sorted(bill.refunds, key=lambda r: r.ref)},
        "decisions": {f"{d.question}@{d.ref}": d.answer for d in sorted(bill.decisions, key=lambda d: (d.question, d.ref))},
    }


def _nonzero_totals(amounts: dict[str, list[Decimal]]) -> dict[str, Decimal]:
    sums = {key: total(values) for key, values in amounts.items()}
    return {key: amount for key, amount in sums.items() if amount != 0}


def differences(expected: Bill, actual: Bill, parts: tuple[str, ...] | None = None,
                extras: bool = True) -> list[tuple[str, object, object]]:
    """(what, expected, actual) for each difference after normalisation; empty when they agree.
    `parts` limits the comparison to some of: payment_date, lines, penalties, credits, deposits, refunds,
    decisions. `extras=False` leaves out what `actual` has and `expected` lacks altogether (an
    unexplained line, say), which the run reports once as its own finding (ratecert.unexplained)."""
    want, got = normalised(expected), normalised(actual)
    out: list[tuple[str, object, object]] = []
    for key in parts or tuple(want):
        w, g = want[key], got[key]
        if isinstance(w, dict) and isinstance(g, dict):
            for k in sorted(set(w) | set(g) if extras else set(w)):
                if w.get(k) != g.get(k):
                    out.append((f"{key}[{k}]", w.get(k, "nothing"), g.get(k, "nothing")))
        elif w != g:
            out.append((key, w, g))
    return out


_LABELS = {"payment_date": "payment date", "lines": "charge {0}", "penalties": "{0} penalty",
           "credits": "credit allowance", "deposits": "deposit statement", "refunds": "refund",
           "decisions": "decision {0}", "rejected": "rejected records"}


def difference_label(key: str) -> str:
    """What a difference of `differences` is about, without the record it names: 'payment date',
    'charge local_switching_2.originating', 'late-payment penalty', 'decision cure-by'. Steps name
    their checks in the same words, so a scenario and a property that fail for one cause are one gap."""
    part, _, inner = key.partition("[")
    subject = inner.rstrip("]").split("@")[0]
    return _LABELS.get(part, part).format(subject).strip()
