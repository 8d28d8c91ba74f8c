"""6.4.1(B)(1) and 6.4.1(B)(3): nonrecurring charges counted per 24 trunks or fraction, per order; and
6.4.3, the changes of Feature Group whose equal access conversion charges are waived.

"...a trunk activation charge is applied ... per order, for each group of 24 ... trunks or fraction
thereof activated" (printed example: 18 circuits, then 3 more on a later order, are two charges).
6.4.3: a change of Feature Group is a discontinuance and a new start with nonrecurring charges,
except "When a customer upgrades a Feature Group A or B service to a Feature Group D service and
when Feature Group C is upgraded to Feature Group D coincident with the availability of Feature
Group D in an end office, the nonrecurring charges associated with the equal access conversion will
not apply" - for FGA/FGB only if the disconnect order is submitted within 30 days after the final
allocation results are received and takes effect no later than 60 days after. "Nonrecurring charges
for other associated service requests (e.g., a simultaneous change from multifrequency address
signaling to SS7 signaling) will apply."
"""

from __future__ import annotations

import datetime as dt

from ratecert_reference.access_catalog_3.records import FeatureGroupChange

DISCONNECT_ORDER_DAYS = 30
DISCONNECT_EFFECTIVE_DAYS = 60

TRUNKS_PER_GROUP = 24


def groups_of_24(trunks: int) -> int:
    """Charge units for `trunks` activated or converted on one order: 24 or a fraction is one."""
    return -(-trunks // TRUNKS_PER_GROUP)


def equal_access_conversion_waived(change: FeatureGroupChange | None) -> bool:
    """6.4.3: the conversion's nonrecurring charges are waived for an FGA/FGB upgrade to FGD that
    meets the two allocation deadlines, and for an FGC upgrade coincident with FGD availability."""
    if change is None or change.to_group != "D":
        return False
    if change.from_group == "C":
        return change.coincident_with_fgd_availability
    if change.from_group not in ("A", "B"):
        return False
    results, ordered, effective = (change.allocation_results_received, change.disconnect_ordered,
                                   change.disconnect_effective)
    assert results and ordered and effective, "FeatureGroupChange requires the three dates of an FGA/FGB upgrade"
    return (ordered <= results + dt.timedelta(days=DISCONNECT_ORDER_DAYS)
            and effective <= results + dt.timedelta(days=DISCONNECT_EFFECTIVE_DAYS))

