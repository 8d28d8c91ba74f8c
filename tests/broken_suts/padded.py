"""The reference, with a $999.99 `junk_fee` line added to every bill - citing a real clause of the
document, as a hostile vendor would. Every scenario checks only the charges it names, so without the
whole-bill comparison this system was certified CONFORMANT (issue 17). It must not be: the junk
line is one unexplained charge, reported once as one finding under the clause it cites."""

from __future__ import annotations

from decimal import Decimal

from ratecert.bill import Bill, BillLine
from ratecert.case import CaseBase
from ratecert.oracle import ReferenceSut

CITED = {"access-catalog-3": "access-catalog-3:2.4.1(B)(2)", "ica-frontier-granite-2006": "ica-frontier-granite-2006:24.1"}


class Sut(ReferenceSut):
    name = "padded: a $999.99 junk fee on every bill"

    def render(self, case: CaseBase) -> Bill:
        bill = super().render(case)
        junk = BillLine(element="junk_fee", quantity=Decimal(1), rate=Decimal("999.99"), amount=Decimal("999.99"),
                        clause=CITED.get(case.document, f"{case.document}:fees"), description="Account maintenance")
        return bill.model_copy(update={"lines": (*bill.lines, junk)})


class OutsideItsClaims(ReferenceSut):
    """Claims only payment dates and late payment of the catalog, and bills an hour of labor on every
    bill, citing the labor clause: the charge of a capability it does not claim, on a case its claimed
    checks build. Not padding - it is conformant over what it claims."""

    name = "bills an unclaimed capability's charge"

    def start(self, message: dict[str, object]) -> dict[str, object]:
        reply = super().start(message)
        reply["ics"] = {"documents": {"access-catalog-3": {"capabilities": ["payment-dates", "late-payment"]}}}
        return reply

    def render(self, case: CaseBase) -> Bill:
        bill = super().render(case)
        labor = BillLine(element="additional_labor.other.basic", quantity=Decimal(2), rate=Decimal("29.34"),
                         amount=Decimal("58.68"), clause="access-catalog-3:13.2.5", ref="its-own-labor")
        return bill.model_copy(update={"lines": (*bill.lines, labor)})
