"""Access ordering: the service dates an order may ask for, the price of expediting it and the
ceiling on an Additional Engineering estimate (Section 5).

5.1.1: "The Telephone Company will not accept orders for service dates which exceed the applicable
service date by more than six months." Where NECA Tariff F.C.C. No. 4 shows no bona fide request for
Direct Trunked Transport and a customer orders it, the Telephone Company will "provide Direct
Trunked Transport within 90 days of receipt of an order."
5.1.2: an expedite's additional charges "will be billed at actual cost, not to exceed 10 percent over
estimated charges"; "When the request for expediting occurs subsequent to the issuance of the Access
Order, a Service Date Change Charge as set forth in Section 17 following also applies."
5.2.5: Additional Engineering declined - "the order will be withdrawn and no charges will apply";
once a firm order is established "the total charge to the customer for the Additional Engineering may
not exceed the estimated amount by more than 10%".
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ratecert_reference.months import add_months

MONTHS_BEYOND = 6
DIRECT_TRUNKED_DAYS = 90
ESTIMATE_MARGIN = Decimal("1.10")


def order_accepted(requested: dt.date, applicable: dt.date) -> bool:
    """5.1.1: accepted unless the requested date exceeds the applicable one by more than six months
    (six calendar months later to the day is not more than six months)."""
    return requested <= add_months(applicable, MONTHS_BEYOND)


def direct_trunked_by(received: dt.date) -> dt.date:
    """5.1.1: the day by which Direct Trunked Transport is provided, 90 days from the order's receipt."""
    return received + dt.timedelta(days=DIRECT_TRUNKED_DAYS)


def estimate_ceiling(estimate: Decimal) -> Decimal:
    """5.1.2 and 5.2.5: the most an estimated charge may come to - the estimate and ten percent of it."""
    return estimate * ESTIMATE_MARGIN


def expedite_charge(estimate: Decimal, cost: Decimal) -> Decimal:
    """5.1.2: actual cost, not above the estimate plus ten percent."""
    return min(cost, estimate_ceiling(estimate))
