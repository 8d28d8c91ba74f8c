"""2.3.13(F)(4): which PVU factor bills the usage while a disputed factor is audited, and after.

(a) "If the customer's records are inadequate for audit, all contested periods are billed at the
most recent undisputed PVU. If no undisputed PVU exists, zero percent is used, until the audit is
completed." (b) "During the audit, the undisputed PVU factors from the previous reporting period
are used." (c) "The audited PVU is implemented in the next billing period or on the quarterly report
date, whichever is first. It applies for the next two quarters before the customer may submit new
factors." (d) "If the audit supports the customer's PVU, usage for the contested periods is adjusted
to the audited PVU."

A bill dated after the completion is in the next billing period (or later), so the audited factor
bills it; reports received within the two quarters after the completion do not displace it. The
audit supports the customer when the audited factor is the one the customer reported; the
adjustment then credits the contested minutes the audited factor moves to VoIP, at the Carrier
Common Line and Local Switching rates they were billed at (directly routed usage).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ratecert_reference.access_catalog_3.records import PvuAudit
from ratecert_reference.months import add_months

TWO_QUARTERS = 6   # months


def completed_by(audit: PvuAudit, bill_date: dt.date | None, same_bill: bool) -> bool:
    done = audit.completed
    return bool(done and bill_date and (done < bill_date or same_bill and done == bill_date))


def audit_factor(audit: PvuAudit, direction: str, bill_date: dt.date | None, same_bill: bool) -> Decimal | None:
    """The factor the audit imposes on a bill: the audited one once completed ((c)), else the
    undisputed one ((b)), or zero with inadequate records and none undisputed ((a))."""
    if completed_by(audit, bill_date, same_bill):
        return getattr(audit, f"audited_{direction}")
    factor = getattr(audit, f"undisputed_{direction}")
    return Decimal(0) if factor is None and audit.records_inadequate else factor


def reports_locked_until(audit: PvuAudit) -> dt.date | None:
    """(c): the customer may submit new factors only after the two quarters following the audit."""
    return add_months(audit.completed, TWO_QUARTERS) if audit.completed else None


def contested_adjustment_minutes(audit: PvuAudit, reported: Decimal | None, direction: str,
                                 feature_group: str) -> Decimal:
    """(d): the contested minutes of one direction and feature group that the audited factor moves to
    VoIP beyond the undisputed factor they were billed at; none unless the audit supports the customer."""
    audited, billed = getattr(audit, f"audited_{direction}"), getattr(audit, f"undisputed_{direction}")
    if audited is None or audited != reported or audit.completed is None:
        return Decimal(0)
    billed = billed or Decimal(0)
    minutes = sum((u.minutes for u in audit.contested
                   if u.direction == direction and u.feature_group == feature_group), Decimal(0))
    return max(Decimal(0), minutes * (audited - billed) / 100)
