"""2.4.4 Credit allowance for service interruptions (and 2.6 Major Fraction Thereof).

(A) "An interruption period starts when an inoperative service is reported to the Telephone
Company, and ends when the service is operative."
(B) "any period during which the error performance is below that specified for the service will be
considered as an interruption" (7.7.1, 7.8.1 specify it; see below_specification).
(B)(1) Special Access and flat-rated Switched elements: "no credit shall be allowed for an
interruption of less than 30 minutes ... 1/1440 of the monthly charges ... for each period of 30
minutes or Major Fraction Thereof". (B)(2) usage-rated Switched elements: "less than 24 hours" none,
"1/30 of any applicable monthly rate or assumed minutes of use charge for each period of 24 hours
or major fraction thereof". (B)(3) credits "shall not exceed any monthly rate for the service
interrupted in any one monthly billing period". (C) no credit for customer negligence, customer
equipment, periods without access, negotiated releases, unauthorized replacement of special
construction (from the seventh day after notice to the day after authorization), declined
releases, or "an interruption or a group of interruptions, resulting from a common cause, that
would result in credit in an amount less than one dollar". (E) temporary surrender: "1/1440 of the
monthly rate for each period of 30 minutes or fraction thereof", never above the monthly rate.
2.6: "'Major Fraction Thereof' denotes any period of time in excess of ½ of the stated amount".
2.1.3(G): a failure excused by "labor difficulties, governmental orders, civil commotions, criminal
actions taken against the Telephone Company, acts of God" is still "subject to the Credit Allowance
for a Service Interruption" - credited as any interruption. 2.1.8(C): "During such period of
temporary discontinuance [for interference or impairment], credit allowance for service
interruptions as set forth in 2.4.4 following is not applicable."
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

HALF_HOUR = dt.timedelta(minutes=30)
DAY = dt.timedelta(hours=24)
ONE_DOLLAR = Decimal("1.00")
NO_CREDIT_CAUSES = {
    "customer-negligence": "2.4.4(C)(1)",
    "customer-equipment": "2.4.4(C)(2)",
    "declined-release": "2.4.4(C)(6)",
    "interference": "2.1.8(C)",
}

Window = tuple[dt.datetime, dt.datetime]

# 2.4.4(B): "For Digital Data Access, High Capacity, HC1, Special Access Services, any period during
# which the error performance is below that specified for the service will be considered as an
# interruption." What is specified: 7.7.1 (and 15.2.1(F), packages D1-D6) "a monthly average
# performance equal to or greater than 99.875% error-free seconds (if provided through a Digital Data
# hub)"; 7.8.1 (and 15.2.1(G)) "A channel with technical specifications package HC1 will be capable of
# an error-free second performance of 98.75% over a continuous 24 hour period".
DIGITAL_DATA_HUB_EFS = Decimal("99.875")
HC1_EFS = Decimal("98.75")
DIGITAL_DATA_PACKAGES = ("D1", "D2", "D3", "D4", "D5", "D6")


def specified_error_free_seconds(package: str | None, via_hub: bool) -> Decimal | None:
    """The error-free seconds (percent) the catalog specifies for a service, or None if none."""
    if package in DIGITAL_DATA_PACKAGES and via_hub:
        return DIGITAL_DATA_HUB_EFS
    return HC1_EFS if package == "HC1" else None


def below_specification(measured: Decimal, package: str | None, via_hub: bool) -> bool:
    """2.4.4(B): a usable service whose error performance is below its specification is interrupted;
    one that meets it ("equal to or greater than"), or has none specified, is not."""
    specified = specified_error_free_seconds(package, via_hub)
    return specified is not None and measured < specified


def periods_major_fraction(duration: dt.timedelta, unit: dt.timedelta) -> int:
    """Whole units plus one for a remainder in excess of half a unit (exactly half does not count)."""
    whole, rest = divmod(duration, unit)
    return whole + (1 if rest * 2 > unit else 0)


def periods_any_fraction(duration: dt.timedelta, unit: dt.timedelta) -> int:
    """Whole units plus one for any remainder ('or fraction thereof', 2.4.4(E))."""
    whole, rest = divmod(duration, unit)
    return whole + (1 if rest else 0)


def special_construction_window(notice_received: dt.date, authorization_received: dt.date,
                                reading: str = "through-day-after") -> Window:
    """(C)(5): no credit from the seventh day after notice to the day after authorization."""
    start = dt.datetime.combine(notice_received + dt.timedelta(days=7), dt.time())
    end_day = authorization_received + dt.timedelta(days=2 if reading == "through-day-after" else 1)
    return start, dt.datetime.combine(end_day, dt.time())


def creditable_duration(reported: dt.datetime, restored: dt.datetime, excluded: list[Window]) -> dt.timedelta:
    """The interruption period less every no-credit window it overlaps ((A) and (C)(3)-(5))."""
    spans = sorted((max(a, reported), min(b, restored)) for a, b in excluded if a < restored and b > reported)
    removed = dt.timedelta()
    cursor = reported
    for a, b in spans:
        a = max(a, cursor)
        if b > a:
            removed += b - a
            cursor = b
    return (restored - reported) - removed


@dataclass(frozen=True)
class CreditComputation:
    periods: int
    amount: Decimal          # exact, before rounding
    clause: str


def interruption_credit(kind: str, service_kind: str, duration: dt.timedelta, base: Decimal) -> CreditComputation:
    """Credit for one interruption or surrender of `duration` on a monthly `base` ((B)(1), (B)(2), (E))."""
    if kind == "surrender":
        periods = periods_any_fraction(duration, HALF_HOUR)
        return CreditComputation(periods, base * periods / 1440, "2.4.4(E)")
    if service_kind == "switched-usage":
        if duration < DAY:
            return CreditComputation(0, Decimal(0), "2.4.4(B)(2)")
        periods = periods_major_fraction(duration, DAY)
        return CreditComputation(periods, base * periods / 30, "2.4.4(B)(2)")
    if duration < HALF_HOUR:
        return CreditComputation(0, Decimal(0), "2.4.4(B)(1)")
    periods = periods_major_fraction(duration, HALF_HOUR)
    return CreditComputation(periods, base * periods / 1440, "2.4.4(B)(1)")
