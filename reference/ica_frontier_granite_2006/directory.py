"""Attachment 2: directory listings (A2-1.1, A2-1.4, A2-1.9).

1.1: listings submitted "prior to the directory listing publication cut-off date"; 1.4: "Carrier's End
Users' standard primary listing information in the telephone directories will be provided at no
charge"; 1.9: "Frontier's liability to Carrier in the event of a Frontier error in or omission of a
listing will not exceed the amount of charges actually paid by Carrier for such listing." Listings
other than standard primary ones are not priced by the agreement.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal


def in_this_directory(submitted: dt.date, cut_off: dt.date) -> bool:
    """A2-1.1: submitted "prior to the directory listing publication cut-off date"."""
    return submitted < cut_off


def listing_charge(kind: str) -> Decimal | None:
    """A2-1.4: $0 for a standard primary listing; None: not priced by the agreement."""
    return Decimal(0) if kind == "standard-primary" else None


def liability_limit(charges_paid: Decimal) -> Decimal:
    """A2-1.9: no more than the charges Carrier actually paid for the listing."""
    return charges_paid
