"""6.4.1(B)(1) and (B)(3): nonrecurring charges counted per 24 trunks or fraction, per order.

"...a trunk activation charge is applied ... per order, for each group of 24 ... trunks or fraction
thereof activated" (printed example: 18 circuits, then 3 more on a later order, are two charges).
"""

from __future__ import annotations

TRUNKS_PER_GROUP = 24


def groups_of_24(trunks: int) -> int:
    """Charge units for `trunks` activated or converted on one order: 24 or a fraction is one."""
    return -(-trunks // TRUNKS_PER_GROUP)
