"""6.4.1(C)(6): 800 Data Base queries, and their allocation to end offices.

"...each end office's minutes/queries for a customer = the unidentified originating 800 series
minutes at that end office / total unidentified originating minutes of use in all end offices
subtending the tandem or SSP x the customer's tandem/SSP total." (Printed example: EO-1 2,000 of
10,000 minutes = 20%; IC-A 4,000 -> 800, IC-B 6,000 -> 1,200.)
"""

from __future__ import annotations

from decimal import Decimal


def allocated(tandem_total: Decimal, end_office_minutes: dict[str, Decimal], end_office: str) -> Decimal:
    total = sum(end_office_minutes.values(), Decimal(0))
    if not total:
        return Decimal(0)
    return tandem_total * end_office_minutes[end_office] / total
