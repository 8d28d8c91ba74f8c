"""2.4.1(G) Rounding of charges.

"When a rate as set forth in this catalog is shown to more than two decimal places, the charges
will be determined using the rate shown. The resulting amount will then be rounded to the nearest
penny." Exact halves follow interpretation penny-rounding-ties.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

PENNY = Decimal("0.01")
_TIES = {"half-up": ROUND_HALF_UP, "half-even": ROUND_HALF_EVEN}


def to_penny(amount: Decimal, ties: str = "half-up") -> Decimal:
    """Round a resulting amount (never a rate) to the nearest penny (2.4.1(G))."""
    return amount.quantize(PENNY, rounding=_TIES[ties])
