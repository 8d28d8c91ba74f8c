"""Systems that do no billing at all, kept to prove no check passes without earning it.

`Null` answers every case with an empty bill; `Constant` answers every case with the same bill
(the reference's bill of one fixed case, nothing like any case a check builds). A check either of
them passes must be a declared negative check ("nothing is charged"); every other check must
fail for them (tests/test_unearned_passes.py)."""

from __future__ import annotations


from ratecert.bill import Bill
from ratecert.case import CaseBase
from ratecert.oracle import ReferenceSut


class Null(ReferenceSut):
    name = "idle: an empty bill for every case"

    def render(self, case: CaseBase) -> Bill:
        return Bill(bill_date=case.bill_date, payment_date=None)


class Constant(ReferenceSut):
    name = "idle: the same bill for every case"

    def render(self, case: CaseBase) -> Bill:
        return CONSTANT


def _constant() -> Bill:
    """The reference's bill of a month nothing checks: a late payment and two hours of labor in 2030."""
    from ratecert.oracle import render_case
    from ratecert.packs import parse_case

    return render_case(parse_case({
        "document": "access-catalog-3", "id": "the-constant-case", "bill_date": "2030-03-15", "amount_due": "4321.09",
        "payments": [{"id": "constant-payment", "date": "2030-06-02", "amount": "4321.09"}],
        "labor": [{"id": "constant-labor", "date": "2030-03-02", "kind": "other", "minutes": 120}]}))


CONSTANT = _constant()
