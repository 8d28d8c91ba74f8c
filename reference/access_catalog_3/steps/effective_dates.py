"""Steps of effective dating: a page's rate is billed from the day the page took effect, and a
day before it (or before the catalog itself took effect) there is nothing to bill it by."""

from __future__ import annotations

from decimal import Decimal

from pytest_bdd import then

from ratecert.adapters import SutSkipped
from ratecert.gherkin.vocabulary import step
from ratecert.scenario import BillingScenario


@then(step('the charge for "{element}" at "{ref}" is not {amount:Money}'))
def charge_at_is_not(billing: BillingScenario, element: str, ref: str, amount: Decimal) -> None:
    """Passes when the SUT declines the case (no value in force) or bills anything but `amount`."""
    try:
        actual = billing.bill().charge(element, ref)
    except SutSkipped:
        return
    if actual == amount:
        billing.expect(f'charge for "{element}" at "{ref}"', f"anything but {amount}", actual)


@then("the case is declined: no catalog was in force on its bill date")
def declined(billing: BillingScenario) -> None:
    try:
        bill = billing.bill()
    except SutSkipped:
        return
    billing.expect("the case", "declined (the catalog took effect on 2013-07-02)",
                   f"a bill with payment date {bill.payment_date}")
