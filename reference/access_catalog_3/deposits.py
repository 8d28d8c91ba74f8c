"""2.4.1(A) Deposits.

"The Telephone Company will only require a customer which has a proven history of late payments...
or does not have established credit, to make a deposit... No such deposit will be required of a
customer which is a successor of a company which has established credit and has no history of late
payments... Such deposit will not exceed the actual or estimated rates and charges for the service
for a two month period... refunded or credited... after the customer has established a one-year
prompt payment record... interest at the same percentage rate as (C)(2)(a) or (C)(2)(b), whichever
is lower... compounded daily for the number of days from the date the customer deposit is received
... to and including the date such deposit is credited... or refunded."
"""

from __future__ import annotations

from decimal import Decimal

from ratecert.case import Account

MONTHS_CAP = 2
PROMPT_PAYMENT_MONTHS = 12


def deposit_permitted(account: Account) -> bool:
    """Only late payers or customers without established credit, never a creditworthy successor."""
    if account.successor_of_creditworthy_company:
        return False
    return account.late_payment_history or not account.established_credit


def deposit_maximum(monthly_charges: Decimal) -> Decimal:
    """Two months of actual or estimated charges."""
    return monthly_charges * MONTHS_CAP


def refund_due(account: Account) -> bool:
    """Refund once credit is established or after a one-year prompt payment record."""
    return account.prompt_payment_months >= PROMPT_PAYMENT_MONTHS or (
        account.established_credit and not account.late_payment_history)
