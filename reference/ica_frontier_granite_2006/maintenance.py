"""The maintenance service charge on Interconnection trunks (ICA Attachment 1, Section 2).

"A maintenance service charge applies whenever either Party requests the dispatch of the other
Party's personnel for the purpose of performing maintenance activity on the Interconnection trunks,
and any of the following conditions exist: No trouble is found in the Interconnection trunks; or The
trouble condition results from equipment, facilities or systems not provided by the Party whose
personnel were dispatched; or Trouble clearance did not otherwise require a dispatch, and upon
dispatch requested for repair verification, the Interconnection trunk does not exceed maintenance
limits." (2.8, OCR unnumbered) "If a maintenance service charge has been applied and trouble is
subsequently found in the facilities of the Party whose personnel were dispatched, the charge will be
canceled." (2.8.4, OCR "8.4") "Billing for maintenance service is based on Frontier's respective
tariff" - not among the sources, so the bill decides whether the charge applies, not its amount.
"""

from __future__ import annotations

import datetime as dt

from ratecert_reference.ica_frontier_granite_2006.records import MaintenanceDispatch

CHARGEABLE = ("no-trouble", "other-equipment", "within-limits-on-verification")


def maintenance_charge(dispatch: MaintenanceDispatch, bill_date: dt.date) -> tuple[str, str]:
    """(answer, clause): "applies", "no" or "canceled" - canceled when trouble was found in the
    dispatched Party's facilities by the bill date, after a charge that applied."""
    if dispatch.found not in CHARGEABLE:
        return "no", "A1-2.8"
    if dispatch.trouble_later_found_on is not None and dispatch.trouble_later_found_on <= bill_date:
        return "canceled", "A1-2.8.4"
    return "applies", "A1-2.8"
