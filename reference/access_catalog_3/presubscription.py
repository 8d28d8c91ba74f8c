"""13.4(A) intraLATA presubscription at an end office's conversion to equal access.

(1): "The Telephone Company will process all IC End User and Agent Lists that are received 30 days
prior to conversion of an end office to equal access." (2): "When a discrepancy is determined
regarding an end user's or agent's designation of an IPIC, the IC whose letter of agency bears the
latest authorization date shall become the end user's or agent's IPIC." Two letters of the same
latest date leave the discrepancy unresolved by the catalog: the answer is "undetermined".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ratecert_reference.access_catalog_3.records import IpicLetter

LIST_DAYS = 30


def list_processed(received: dt.date, conversion: dt.date) -> bool:
    """Received thirty days or more before the conversion."""
    return received <= conversion - dt.timedelta(days=LIST_DAYS)


def ipic(letters: Iterable[IpicLetter]) -> str:
    """The IC of the latest authorization date among the letters for one line."""
    letters = list(letters)
    latest = max(letter.authorized for letter in letters)
    winners = sorted({letter.ic for letter in letters if letter.authorized == latest})
    return winners[0] if len(winners) == 1 else "undetermined"
