"""Default under the ICA (General Terms, Section 25): cure periods, and when services may be
discontinued for non-payment.

A breach is noticed in writing (25.1). Non-payment is cured within ten days of *receiving* that
notice (25.1.1), any other breach within sixty days of the notice itself (25.1.4). Amounts disputed
in good faith are not "amounts due" (25.1.1): only undisputed non-payment lets Frontier discontinue
existing services, on thirty days' written notice by overnight delivery or certified U.S. mail with
a copy to the Commission (25.1.1 (3)) - no e-mail, unlike the tariff's 2.1.8(A). Services to an
affiliate of an indebted Carrier may be terminated unless the debt is paid within thirty days after
notice by certified U.S. mail (25.1.3). Whether the thirty days' notice may run during the ten-day
cure, and whether notice periods run from sending or receipt, the ICA does not say (interpretations
ica-discontinuance-cure, ica-notice-clock).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ratecert_reference.ica_frontier_granite_2006.records import DiscontinuanceNotice

NON_PAYMENT_CURE = dt.timedelta(days=10)   # 25.1.1 "within ten (10) days of receiving such notice"
OTHER_CURE = dt.timedelta(days=60)         # 25.1.4 "within sixty (60) days of such notice"
NOTICE_PERIOD = dt.timedelta(days=30)      # 25.1.1 (3) "thirty (30) days' written notice"; 25.1.3
DISCONTINUANCE_METHODS = ("overnight", "certified-mail")   # 25.1.1 (3)


def cure_by(kind: str, sent: dt.date, received: dt.date) -> dt.date:
    """25.1.1: non-payment cured "within ten (10) days of receiving such notice"; 25.1.4: other
    breaches "within sixty (60) days of such notice"."""
    return received + NON_PAYMENT_CURE if kind == "non-payment" else sent + OTHER_CURE


@dataclass(frozen=True)
class Discontinuance:
    """Whether a discontinuance notice is good, why not if it is not, and from when it lets Frontier act."""

    valid: bool
    reason: str
    effective: dt.date | None
    clause: str


def discontinuance(notice: DiscontinuanceNotice, cure_ends: dt.date | None, *, cure: str = "after-cure",
                   clock: str = "sent") -> Discontinuance:
    """25.1.1 (3) for Carrier, 25.1.3 for an affiliate; `cure_ends` is the last day of the ten-day
    cure of the non-payment notice the discontinuance follows, if any."""
    start = notice.sent if clock == "sent" or notice.received is None else notice.received
    if notice.to == "affiliate":
        return _affiliate(notice, start)
    if notice.undisputed_past_due <= 0:
        return _refused("25.1.1", "nothing undisputed is past due: amounts disputed in good faith are not amounts due")
    if notice.method not in DISCONTINUANCE_METHODS:
        return _refused("25.1.1", f"sent by {notice.method}: overnight delivery or certified U.S. mail is required")
    if not notice.commission_copy:
        return _refused("25.1.1", "no copy to the Commission")
    if cure_ends is None:
        return _refused("25.1.1", "no written notice of the non-payment preceded it (25.1)")
    if cure == "after-cure" and notice.sent <= cure_ends:
        return _refused("25.1.1", f"given before the ten-day cure period ended on {cure_ends.isoformat()}")
    return Discontinuance(True, "", max(start + NOTICE_PERIOD, cure_ends + dt.timedelta(days=1)), "25.1.1")


def _affiliate(notice: DiscontinuanceNotice, start: dt.date) -> Discontinuance:
    """25.1.3: terminated "unless Carrier satisfies the indebtedness ... within thirty (30) days
    after written notification", made "by certified U. S. mail" - so from the thirty-first day."""
    if notice.undisputed_past_due <= 0:
        return _refused("25.1.3", "Carrier owes Frontier nothing")
    if notice.method != "certified-mail":
        return _refused("25.1.3", f"sent by {notice.method}: certified U.S. mail is required")
    return Discontinuance(True, "", start + NOTICE_PERIOD + dt.timedelta(days=1), "25.1.3")


def _refused(clause: str, reason: str) -> Discontinuance:
    return Discontinuance(False, reason, None, clause)
