"""6.8.6 Network Blocking Charge (FGD), priced by 17.4.2(B).

"If the order for additional capacity has not been received ... within 15 days of the notification,
the Telephone Company will bill ... for each overflow in excess of the blocking threshold when (1)
the average '30 day period' overflow exceeds the threshold level for any particular hour and (2) the
'30 day period' measured average originating or two-way usage for the same clock hour exceeds the
capacity purchased." Thresholds by trunks in service: the 1% column for paths direct between an end
office and the customer's premises, the 1/2% column for first-routed traffic via an access tandem.
"""

from __future__ import annotations

import math
from decimal import Decimal

from ratecert_reference.access_catalog_3.records import BlockingHour, BlockingStudy

GRACE_DAYS = 15
# trunks in service (lowest of the band) -> (1% column: direct, 1/2% column: via a tandem), in percent
THRESHOLDS = ((7, Decimal("3.0"), Decimal("2.0")), (5, Decimal("4.0"), Decimal("2.5")),
              (3, Decimal("5.0"), Decimal("3.5")), (1, Decimal("7.0"), Decimal("4.5")))


def threshold(trunks: int, routing: str) -> Decimal:
    """The blocking threshold, in percent, for a group of `trunks` trunks."""
    for lowest, direct, via_tandem in THRESHOLDS:
        if trunks >= lowest:
            return direct if routing == "direct" else via_tandem
    raise ValueError("a trunk group has at least one trunk")


def grace_expired(study: BlockingStudy) -> bool:
    """No order for capacity received within 15 days of the notification."""
    return study.capacity_ordered_on is None or (study.capacity_ordered_on - study.notified_on).days > GRACE_DAYS


def overflows_in_excess(hour: BlockingHour, limit: Decimal) -> int:
    """Overflows above the threshold in an hour that is both over threshold and over capacity."""
    if not hour.attempts or hour.overflows * 100 <= limit * hour.attempts:
        return 0
    if hour.average_usage_minutes <= hour.capacity_minutes:
        return 0
    return hour.overflows - math.floor(limit * hour.attempts / 100)


def billable_overflows(study: BlockingStudy) -> int:
    if not grace_expired(study):
        return 0
    limit = threshold(study.trunks_in_service, study.routing)
    return sum(overflows_in_excess(hour, limit) for hour in study.hours)
