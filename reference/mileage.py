"""6.4.6 Mileage, and 6.1.3(A)(2) Direct Trunked Transport per segment.

6.4.6: "the V&H coordinates method ... If the calculation results in a fraction of a mile, always
round up to the next whole mile before determining the mileage and applying the rate." The V&H
formula itself is NECA Tariff F.C.C. No. 4's (not printed in the catalog): the industry-standard
sqrt(((V1 - V2)^2 + (H1 - H2)^2) / 10).
6.1.3(A)(2): "a Direct Trunked Facility rate per mile plus a Direct Trunked Termination rate applied at
each end of each measured segment"; "When the Direct Trunked Facility mileage is zero, neither the
Direct Trunked Facility rate nor the Direct Trunked Termination rate applies."
"""

from __future__ import annotations

import math


def airline_miles(a: tuple[int, int], b: tuple[int, int]) -> int:
    """V&H airline miles between two points, any fraction rounded up (6.4.6)."""
    squared = (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2
    # ceil(sqrt(squared / 10)) in integers: the smallest m with 10 * m^2 >= squared
    miles = math.isqrt(squared // 10)
    while 10 * miles * miles < squared:
        miles += 1
    return miles


def measured_miles(miles: int | None, a: tuple[int, int] | None, b: tuple[int, int] | None) -> int:
    """Miles given as already rounded, or computed from the V&H coordinates of both ends."""
    if miles is not None:
        return miles
    if a is None or b is None:
        raise ValueError("give the miles or the V&H coordinates of both ends")
    return airline_miles(a, b)
