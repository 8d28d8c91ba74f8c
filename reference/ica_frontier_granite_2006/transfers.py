"""Transfers of service between the Parties (General Terms 6.4, 6.6, 6.9).

6.4: the Party obtaining a Letter of Authorization maintains "the original document, for a minimum
of twenty-four (24) months"; in a conflict between an End User and Carrier, "Frontier will honor the
latest dated Letter of Authorization". Two letters of the same latest date: undetermined.
6.6: "The Parties agree that the installation date will precede the disconnection date."
6.9: "The Parties agree to process bulk transfer of service requests for End Users having the same
billing account number."
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ratecert_reference.ica_frontier_granite_2006.records import LetterOfAuthorization
from ratecert_reference.months import add_months

RETENTION_MONTHS = 24


def retain_until(signed: dt.date) -> dt.date:
    """6.4: the original kept "for a minimum of twenty-four (24) months"."""
    return add_months(signed, RETENTION_MONTHS)


def honored(letters: Iterable[LetterOfAuthorization]) -> str:
    """6.4: "the latest dated Letter of Authorization"; two of the same latest date: undetermined."""
    letters = list(letters)
    latest = max(letter.signed for letter in letters)
    winners = [letter.id for letter in letters if letter.signed == latest]
    return winners[0] if len(winners) == 1 else "undetermined"


def dates_valid(installation: dt.date, disconnection: dt.date) -> bool:
    """6.6: "the installation date will precede the disconnection date"."""
    return installation < disconnection


def bulk_accepted(billing_accounts: tuple[str, ...]) -> bool:
    """6.9: bulk transfers for End Users "having the same billing account number"."""
    return len(set(billing_accounts)) == 1
