"""Section 13 miscellaneous services with a filed price: PIC changes (13.4(A)(3), 17.6.3(H)),
Telecommunications Service Priority (13.3.3(B), 17.6.3(G)) and Additional Automatic Testing
(13.3.1(A)(2), 17.6.3(B)).

13.4(A)(3)(a): "End users and agents making their initial IPIC selections during the four months
following the applicable end office conversion date are not subject to a presubscription charge.
Within the four months ... an end user or agent may elect to change to another IPIC at no charge
once during that period. After the four month period has elapsed, a nonrecurring charge ... will
apply." (b): a new end user's initial selection, made when ordering exchange service, is free, and
so is one change during the four month period. The charge is one of four, by method (manual or
electronic) and by whether the interLATA PIC changes at the same time; an electronic request that
ends up processed by hand is still charged as electronic.

13.3.3(B): the TSP charge applies "when a request to provide or change a Telecommunications Service
Priority is received subsequent to the issuance of an Access Order to install the service", not
"when ... discontinued or when ordered coincident with an Access Order"; a request after the initial
installation also bears a Miscellaneous Service Order Charge.

13.3.1(A)(2): gain-slope and C-notched noise tests are charged; the routine tests (1004 Hz loss,
C-message noise, balance) are charged only when ordered "on an as-needed or more than routine
schedule" (17-24, note **). The rate is per test per transmission path.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from ratecert_reference.access_catalog_3.records import AutomaticTest, PicChange, TspRequest
from ratecert_reference.months import add_months

FOUR_MONTHS = 4


@dataclass(frozen=True)
class Charge:
    """One miscellaneous charge: the element billed, how many units, the clause that applies it."""

    element: str
    quantity: int
    clause: str
    ref: str


def within_four_months(day: dt.date, window_start: dt.date, reading: str) -> bool:
    """Interpretation pic-four-month-window: is `day` inside "the four months following" the start?"""
    end = add_months(window_start, FOUR_MONTHS)
    return day <= end if reading == "through-same-date" else day < end


def pic_change_charges(changes: Iterable[PicChange], reading: str) -> list[Charge]:
    """The charged PIC changes, line by line in date order: free are a new end user's initial
    selection, an existing end user's initial selection within the four months, and the first change
    within them; every other selection or change is charged by method."""
    out = []
    free_change_used: set[str] = set()
    for change in sorted(changes, key=lambda c: (c.line, c.date, c.id)):
        clause = "13.4(A)(3)(a)" if change.end_user == "existing" else "13.4(A)(3)(b)"
        inside = within_four_months(change.date, change.window_start, reading)
        if change.initial and (change.end_user == "new" or inside):
            continue
        if not change.initial and inside and change.line not in free_change_used:
            free_change_used.add(change.line)
            continue
        element = f"pic_change.{change.method}" + ("_simultaneous" if change.simultaneous else "")
        out.append(Charge(element, 1, clause, change.id))
    return out


def tsp_charges(request: TspRequest) -> list[Charge]:
    """13.3.3(B): the TSP charge after the Access Order, plus the Miscellaneous Service Order
    Charge after the initial installation; nothing for a discontinuance or a coincident order."""
    if request.action == "discontinue" or request.timing == "with-access-order":
        return []
    out = [Charge("telecommunications_service_priority", 1, "13.3.3(B)", request.id)]
    if request.timing == "after-installation":
        out.append(Charge(f"misc_service_order.{request.service_class}", 1, "13.3.3(B)", request.id))
    return out


def automatic_test_charge(test: AutomaticTest) -> Charge | None:
    """13.3.1(A)(2): per test per transmission path, unless it is a routine test on the routine schedule."""
    if test.routine:
        return None
    return Charge(f"additional_automatic_testing.{test.test}", test.paths, "13.3.1(A)(2)", test.id)
