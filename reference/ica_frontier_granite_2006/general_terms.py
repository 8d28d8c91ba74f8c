"""The agreement's general terms that decide a date, an amount or a yes or no: dispute resolution
(8), force majeure (9), changes of law (10.2), approval expenses (10.4), amendments and waivers (14,
15), limitation of liability (17), assignment (20), proprietary information (26) and notices (30).

8: "the aggrieved Party shall first discuss the default or dispute with the other Party and seek
resolution prior to taking any action before any court or regulator or before authorizing any public
statement"; then "submit the matter to the Commission or another mutually agreed upon mediator for
non-binding mediation. If mediation is unsuccessful, recourse may be had by either Party to the
Commission ... or to an appropriate court"; "Each Party shall bear the cost of preparing and presenting
its case".
9: "the Party affected, upon giving notice to the other Party, will be excused from such performance on
a day-for-day basis to the extent of such prevention".
10.2: "In the event the Parties cannot agree on an amendment within thirty (30) days from the date any
such rules regulations or orders become effective, then the Parties shall resolve their dispute under
the applicable procedures set forth in the Dispute Resolution Section".
10.4: the Parties "share equally the expenses associated with obtaining Commission approval".
14: no waiver, amendment or modification "unless such a waiver, amendment or modification is in
writing, dated, and signed by both Parties". 15: no waiver or consent "unless the same shall be in
writing and properly executed by or on behalf of the Party against whom such waiver or consent is
claimed".
17: liability "shall be limited to the total amount that is or would have been charged to the other
Party by such breaching Party for the service(s) or function(s) not performed or improperly performed".
20: an assignment "to any non-affiliated entity or to any affiliated entity that is not certificated as
a local exchange Carrier ... without the prior written consent of the other Party shall be void"; to a
certificated affiliate the assignor "shall provide written notice".
26: information is proprietary if "provided in tangible form" and "marked proprietary or confidential";
"Information disclosed orally will not be considered proprietary unless such information is reduced to
writing by the disclosing Party and a copy is delivered to the other Party within thirty (30) business
days after such oral disclosure"; nondisclosure "for a period of three (3) years from the date of
disclosure".
30: notices are given "in writing and delivered in person or deposited in the United States mail
certified mail, postage prepaid, return receipt requested, or delivered by prepaid overnight express
mail".
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ratecert_reference.ica_frontier_granite_2006.billing import is_business_day
from ratecert_reference.ica_frontier_granite_2006.records import (Assignment, Disclosure, DisputeStep, FormalNotice,
                                                                  WrittenChange)
from ratecert_reference.months import add_months

LAW_CHANGE_DAYS = 30
ORAL_WRITING_BUSINESS_DAYS = 30
NONDISCLOSURE_YEARS = 3


def step_in_order(step: DisputeStep) -> bool:
    """8: discussion before any action; mediation, unsuccessful, before the Commission or a court."""
    discussed = step.discussed is not None and step.discussed <= step.taken
    if step.action in ("mediation", "public-statement"):
        return discussed
    return discussed and step.mediated is not None and step.mediated <= step.taken


def performance_due(due: dt.date, days_prevented: int, notice_given: bool) -> dt.date:
    """9: day for day, once notice is given."""
    return due + dt.timedelta(days=days_prevented) if notice_given else due


def dispute_resolution_from(effective: dt.date, agreed: dt.date | None) -> dt.date | None:
    """10.2: the day after the thirty days to agree an amendment; None when it was agreed within them."""
    last = effective + dt.timedelta(days=LAW_CHANGE_DAYS)
    return None if agreed is not None and agreed <= last else last + dt.timedelta(days=1)


def other_partys_share(amount: Decimal) -> Decimal:
    """10.4: the Parties "share equally" the expenses of Commission approval."""
    return amount / 2


def change_effective(change: WrittenChange) -> bool:
    """14: an amendment or waiver written, dated and signed by both Parties; 15: a waiver or consent
    written and executed by the Party against whom it is claimed."""
    if not change.written:
        return False
    if change.kind == "amendment":
        return change.dated and {"frontier", "carrier"} <= set(change.signed_by)
    return change.against is not None and change.against in change.signed_by


def liability_limit(charges: Decimal, claimed: Decimal) -> Decimal:
    """17.1: limited to what was or would have been charged for the service not performed."""
    return min(charges, claimed)


def assignment_valid(assignment: Assignment) -> bool:
    """20: to a certificated LEC affiliate on written notice; otherwise only with prior written consent."""
    if assignment.to == "certificated-lec-affiliate":
        return assignment.written_notice or assignment.prior_written_consent
    return assignment.prior_written_consent


def business_days_after(start: dt.date, count: int, holidays: str) -> dt.date:
    """26.2: "thirty (30) business days after such oral disclosure"."""
    day = start
    for _ in range(count):
        day += dt.timedelta(days=1)
        while not is_business_day(day, holidays):
            day += dt.timedelta(days=1)
    return day


def proprietary(disclosure: Disclosure, holidays: str) -> bool:
    """26.2: tangible and marked, or oral and reduced to writing within thirty business days."""
    if disclosure.form == "tangible":
        return disclosure.marked
    written = disclosure.reduced_to_writing
    return written is not None and written <= business_days_after(disclosure.disclosed, ORAL_WRITING_BUSINESS_DAYS,
                                                                  holidays)


def protected_until(disclosed: dt.date) -> dt.date:
    """26.3: the last day of the three years: from then the information may be disclosed (26.4.4)."""
    return add_months(disclosed, 12 * NONDISCLOSURE_YEARS)


def ported_call_charge_allowed(charge: Decimal, frontier_non_queried: Decimal) -> bool:
    """A1-1.10 (Attachment 1, 1.10): "not to exceed Frontier s charge for an non-queried call"."""
    return charge <= frontier_non_queried


def notice_valid(notice: FormalNotice) -> bool:
    """30: in person, by certified mail with return receipt requested, or by prepaid overnight express."""
    if notice.method == "certified-mail":
        return notice.receipt_requested
    return notice.method in ("personal", "overnight-express")
