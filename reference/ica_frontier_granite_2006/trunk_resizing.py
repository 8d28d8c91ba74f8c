"""A1-3.4: "If a trunk group is under 75 percent of centum call seconds capacity on a
monthly average basis for each month of any six month period, either Party may issue an order to
resize the trunk group, which will be left with not less than 25 percent excess capacity."

Any six consecutive months all under 75% allow a resize (one month at 75% or more breaks the run).
The smallest group the resize may leave follows reading ica-resize-spare.
"""

from __future__ import annotations

import math
from decimal import Decimal

from ratecert_reference.ica_frontier_granite_2006.records import TrunkGroup

THRESHOLD = Decimal("0.75")
WINDOW = 6
SPARE = Decimal("0.25")


def resize_allowed(group: TrunkGroup) -> bool:
    """A1-3.4: six consecutive months each under 75 percent of the group's CCS capacity."""
    capacity = group.trunks * group.ccs_per_trunk
    run = 0
    for ccs in group.monthly_average_ccs:
        run = run + 1 if ccs < THRESHOLD * capacity else 0
        if run >= WINDOW:
            return True
    return False


def minimum_trunks(group: TrunkGroup, reading: str = "over-usage") -> int:
    """A1-3.4: the fewest trunks that leave 25 percent excess over the peak (or the highest month),
    under reading ica-resize-spare."""
    peak = group.peak_ccs if group.peak_ccs is not None else max(group.monthly_average_ccs)
    if reading == "over-usage":
        needed = peak * (1 + SPARE)
    else:
        needed = peak / (1 - SPARE)
    return max(1, math.ceil(needed / group.ccs_per_trunk))
