"""Nonrecurring charges of a local service request under the ICA (General Terms 6.12; Attachment
4, Supplemental PON, Miscellaneous, Preferential/Vanity and Concurrence charges).

Each supplement the request lists is charged by its kind (1 cancel; 2 and 3 by class and order
type). A due-date change follows 6.12: "Supplemental charges will apply when a request for a new due
date is received after the LSR has been confirmed via firm order commitment (FOC)" - a Supplement 2;
to an earlier date, the expedite applies to each number; "within twenty-four (24) hours of the
scheduled due date, Carrier will be subject to charges for work and labor-related expenses already
completed" (no amount is filed: a decision, not a line). The text does not confine the supplemental
charge to requests made at least 24 hours ahead; whether it and the work already done stack is
interpretation ica-late-due-date-change. Expedites, vanity numbers and concurrences are charged per
number.

Coordinated transfers of service (6.3) bear no premium charge between 8:00 a.m. and 5:00 p.m.,
Monday to Friday, excluding holidays; outside those hours Frontier may charge under its tariff
(not among the sources, so a decision, not a line). Whether a transfer that straddles 5:00 p.m. is
"scheduled outside" the hours is interpretation ica-transfer-straddle.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ratecert_reference.ica_frontier_granite_2006.records import CoordinatedTransfer, ServiceRequest
from ratecert_reference.ica_frontier_granite_2006.billing import is_business_day

NOTICE = dt.timedelta(hours=24)   # 6.12 "within twenty-four (24) hours of the scheduled due date"
OPENS, CLOSES = dt.time(8, 0), dt.time(17, 0)   # 6.3 "between the hours of 8:00 a.m. and 5:00 p.m."


@dataclass(frozen=True)
class OrderCharge:
    request: str
    element: str
    quantity: int
    clause: str
    description: str


def supplement_element(request: ServiceRequest, kind: str) -> str:
    if kind == "cancel":
        return "supplement_1_cancel"
    return f"supplement_23.{request.service_class}_{request.order_type}"


def charges(request: ServiceRequest, late_change: str = "both") -> tuple[list[OrderCharge], dict[str, str]]:
    """(the charges, the 6.12 decisions) of one request; `late_change`: ica-late-due-date-change."""
    out = [OrderCharge(request.id, supplement_element(request, s.kind), 1, "A4-SUPP",
                       f"Supplement ({s.kind}) received {s.received.isoformat()}") for s in request.supplements]
    decisions: dict[str, str] = {}
    change = request.due_date_change
    if change is not None and request.scheduled_due is not None:
        within = change.requested > request.scheduled_due - NOTICE
        decisions["liable-for-completed-work"] = "yes" if within else "no"
        replaced = within and late_change == "work-only"
        if not replaced and request.foc is not None and change.requested > request.foc:
            out.append(OrderCharge(request.id, supplement_element(request, "due-date"), 1, "6.12",
                                   "new desired due date after the firm order commitment (Supplement 2)"))
        if change.new_due < request.scheduled_due.date():
            out.append(OrderCharge(request.id, f"expedite.{request.service_class}", request.telephone_numbers,
                                   "6.12", "due date changed to an earlier date: expedite per number"))
    per_number = (("expedite", request.expedited_numbers, "A4-EXP", "expedited numbers"),
                  ("vanity", request.vanity_numbers, "A4-VAN", "preferential/vanity numbers"),
                  ("concurrence", request.concurrence_numbers, "A4-CONC", "numbers needing concurrence"))
    for family, count, clause, what in per_number:
        if count:
            out.append(OrderCharge(request.id, f"{family}.{request.service_class}", count, clause, what))
    if request.stopped_ports_reappointed:
        out.append(OrderCharge(request.id, "expedite.porting_stopped", request.stopped_ports_reappointed, "A4-EXP",
                               "porting stopped on the due date and re-appointed"))
    return out, decisions


def premium_chargeable(transfer: CoordinatedTransfer, straddle: str = "any-part-outside", holidays: str = "federal",
                       local: frozenset[dt.date] = frozenset()) -> bool:
    """6.3: whether the transfer is "scheduled outside of the specified hours" (a weekday that is
    not a holiday, 8:00 a.m. to 5:00 p.m.): by its start alone, or by any part of it."""
    def inside(moment: dt.datetime, closing_included: bool) -> bool:
        closes_ok = moment.time() <= CLOSES if closing_included else moment.time() < CLOSES
        return is_business_day(moment.date(), holidays, local) and OPENS <= moment.time() and closes_ok
    if straddle == "start-outside":
        return not inside(transfer.start, closing_included=False)
    same_day = transfer.start.date() == transfer.end.date()
    return not (same_day and inside(transfer.start, False) and inside(transfer.end, True))
