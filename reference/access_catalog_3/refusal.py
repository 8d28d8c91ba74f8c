"""2.1.8(A) Refusal and discontinuance of service for noncompliance, e.g. nonpayment.

1st Revised Page 2-7 (effective May 1, 2019): "the Telephone Company may, on thirty (30) days written
notice by mail or by email if the customer is billed electronically or consents to receiving
electronic notification, take the following actions: - refuse additional applications for service
and/or refuse to complete any pending orders for service, and/or - discontinue the provision of
service to the customer." The words allowing email came with that revision (marked (C)); the
Original page's text is not in the sources, so whether an email notice sent before May 1, 2019 was
valid is interpretation refusal-notice-email-before-revision. Whether the thirty days run from the
notice's sending or its receipt is interpretation refusal-notice-clock.
"""

from __future__ import annotations

import datetime as dt

from ratecert_reference.access_catalog_3.records import RefusalNotice

REVISED = dt.date(2019, 5, 1)   # 1st Revised Page 2-7, Transmittal 19-02A
NOTICE_DAYS = 30


def notice_valid(notice: RefusalNotice, email_reading: str) -> bool:
    """Written notice by mail, or by email to a customer billed electronically or consenting to it."""
    if notice.method == "mail":
        return True
    if notice.method != "email" or not (notice.billed_electronically or notice.consented_to_email):
        return False
    return notice.sent >= REVISED or email_reading == "always"


def may_act_from(notice: RefusalNotice, clock: str) -> dt.date:
    """The first day the Telephone Company may refuse or discontinue: thirty days after the notice."""
    start = (notice.received or notice.sent) if clock == "received" else notice.sent
    return start + dt.timedelta(days=NOTICE_DAYS)
