"""The account: deposits - increase, interest, application on default (General Terms 3) - and the
documents before Frontier takes orders (4).

3.1: "A deposit will be returned with interest, at the Commission prescribed deposit rate, if and when
Carrier pays its undisputed bills on time for 24 consecutive months." The rate is the Commission's,
not in the sources, so a case gives it; how it accrues is interpretation ica-deposit-interest.
3.4: "Frontier reserves the right to increase the deposit requirements when, in its sole judgment, the
conditions justify such action; such conditions include but are not limited to: current deposit does
not cover two (2) months billing, history of late payment, or reconnection after disconnection for
non-payment, or a significant probability of a bankruptcy filing by Carrier." A listed condition
justifies an increase; without one the answer is Frontier's judgment, which no bill can decide.
3.5: "In the event that Carrier defaults on its account, service to Carrier will be terminated and any
deposits held will be applied to its account."
4: "Frontier will have no obligation to begin taking orders for service until after the necessary
documents have been provided to Frontier, and the necessary deposit requirements are met."
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ratecert_reference.ica_frontier_granite_2006.records import AccountSetup

YEAR_DAYS = Decimal(365)


def increase_justified(conditions: tuple[str, ...]) -> str:
    """3.4: "yes" when a listed condition holds, else "frontier-judgment"."""
    return "yes" if conditions else "frontier-judgment"


def deposit_interest(amount: Decimal, received: dt.date, returned: dt.date, annual_percent: Decimal,
                     reading: str) -> Decimal:
    """3.1: interest at the Commission's annual rate from receipt to return: simple on the days held,
    or compounded once a year (interpretation ica-deposit-interest)."""
    days = max(0, (returned - received).days)
    rate = annual_percent / 100
    if reading == "compound-annually":
        years, rest = divmod(days, 365)
        grown = amount * (1 + rate) ** years
        return grown * (1 + rate * rest / YEAR_DAYS) - amount
    return amount * rate * days / YEAR_DAYS


def applied_on_default(deposits: tuple, terminated: dt.date | None) -> list[tuple[str, Decimal]]:  # type: ignore[type-arg]
    """3.5: each deposit still held when service is terminated for default, applied to the account."""
    if terminated is None:
        return []
    return [(deposit.id, deposit.amount) for deposit in deposits if deposit.returned_on is None]


def may_take_orders(setup: AccountSetup) -> bool:
    """4: the questionnaire, the proofs of authority and of tariffs, a tax certificate where one is
    applicable, and the deposit requirements met."""
    tax = setup.tax_certificate or not setup.tax_exempt
    return setup.questionnaire and setup.authority and setup.tariffs and tax and setup.deposit_met
