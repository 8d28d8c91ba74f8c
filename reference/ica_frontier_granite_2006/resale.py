"""Resale under the ICA (Attachment 3, Section 3; Attachment 4, Resale).

Only Basic Residential Line, Basic Business Line and Public Access Line service are discounted,
11.5% off the published local tariff rate (A4 Resale). Every other resalable service is billed at
retail; services for Carrier's own use at retail (A3-3.9); the Subscriber Line Charge without
discount on every line (A3-3.4). The A3-3.6 list is not available for resale at all: such a line
is rejected, not billed - except voice mail, and promotions of 90 days or more. A resold service
aggregating more than one End User's traffic is rejected (A3-3.2). The discount is A4-RES-2's. Fraud adjustments
(A3-3.8) and End Users' other arrangements on Carrier's exit (A3-7.1) are decisions.
"""

from __future__ import annotations

import datetime as dt

from dataclasses import dataclass
from decimal import Decimal

from ratecert_reference.ica_frontier_granite_2006.records import ResaleLine

DISCOUNTED = frozenset({"basic-residential", "basic-business", "public-access"})
NOT_FOR_RESALE = frozenset({"calling-card", "employee-concession", "grandfathered", "lifeline", "link-up",
                            "inside-wire", "installment-billing", "enhanced", "premises-equipment", "e911",
                            "interconnection", "mandated-discount"})
PROMOTION_DAYS = 90   # A3-3.6 "Promotional offers less than 90 days"


def not_for_resale(line: ResaleLine) -> str | None:
    """Why A3-3.6 (or A3-3.2, more than one End User) excludes the line from resale, or None
    (own-use lines, A3-3.9, are not resold at all)."""
    if line.own_use:
        return None
    if line.end_users > 1:
        return (f"a resold service carries the traffic of {line.end_users} End Users: \"Resold services cannot be used "
                "to aggregate traffic from more than one End User\" (Attachment 3, 3.2)")
    if line.service in NOT_FOR_RESALE:
        return f"{line.service} is not available for resale (Attachment 3, 3.6)"
    if line.service == "promotion" and (line.promotion_days or 0) < PROMOTION_DAYS:
        return f"a promotional offer of {line.promotion_days} days, less than 90, is not available for resale (3.6)"
    return None


@dataclass(frozen=True)
class ResaleCharge:
    line: str
    element: str
    rate: Decimal
    quantity: int
    clause: str
    description: str


def charges(line: ResaleLine, discount_percent: Decimal) -> list[ResaleCharge]:
    """The monthly charges of a resold (or own-use) line: the service (A4-RES-2, own use at retail
    A3-3.9), then its SLC without discount (A3-3.4)."""
    if line.own_use:
        service = ResaleCharge(line.id, "resale.retail", line.retail_rate, line.lines, "A3-3.9",
                               f"{line.service} for Carrier's own use, at retail")
    elif line.service in DISCOUNTED:
        rate = line.retail_rate * (1 - discount_percent / 100)
        service = ResaleCharge(line.id, "resale.discounted", rate, line.lines, "A4-RES-2",
                               f"{line.service} at {discount_percent}% off the retail rate")
    else:
        service = ResaleCharge(line.id, "resale.retail", line.retail_rate, line.lines, "A4-RES-2",
                               f"{line.service} resold without discount")
    out = [service]
    if line.subscriber_line_charge:
        out.append(ResaleCharge(line.id, "resale.subscriber_line_charge", line.subscriber_line_charge, line.lines,
                                "A3-3.4", "Subscriber Line Charge, without discount"))
    return out


EXIT_DAYS = 15


def fraud_adjustment_allowed(cause: str) -> bool:
    """A3-3.8: Frontier "will make no adjustments to Carrier s account in cases of fraud unless such fraud
    is the result of intentional misconduct or gross negligence of Frontier"."""
    return cause in ("frontier-intentional-misconduct", "frontier-gross-negligence")


def other_arrangements_by(end_user_notice_mailed: dt.date) -> dt.date:
    """A3-7.1: End Users who make no other arrangements "within fifteen (15) days of the date of notice
    provided by the Carrier" are served by Frontier at retail as new service."""
    return end_user_notice_mailed + dt.timedelta(days=EXIT_DAYS)
