"""The words of Example Tariff No. 1's features (the steps every document shares come with them)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pytest_bdd import given, then, when

from ratecert.gherkin.bill_steps import *  # noqa: F403 - the steps every document shares
from ratecert.gherkin.vocabulary import iso, money, step
from ratecert.scenario import BillingScenario


@given(step('access line "{line}" in service all month'))
def line_all_month(billing: BillingScenario, line: str) -> None:
    billing.append("lines", {"id": line})


@given(step('access line "{line}" established on {day:Date}'))
def line_established(billing: BillingScenario, line: str, day: dt.date) -> None:
    billing.append("lines", {"id": line, "established": iso(day)})


@given(step('access line "{line}" disconnected on {day:Date}'))
def line_disconnected(billing: BillingScenario, line: str, day: dt.date) -> None:
    billing.append("lines", {"id": line, "disconnected": iso(day)})


@given(step("{count:d} additional directory listings"))
def listings(billing: BillingScenario, count: int) -> None:
    billing.set(listings=count)


@when(step("the customer pays {amount:Money} on {day:Date}"))
def pays(billing: BillingScenario, amount: Decimal, day: dt.date) -> None:
    billing.append("payments", {"id": billing.next_id("payment"), "date": iso(day), "amount": money(amount)})


@then(step('the access line charge for "{line}" is {amount:Money}'))
def line_charge_is(billing: BillingScenario, line: str, amount: Decimal) -> None:
    billing.expect(f'access line charge for "{line}"', amount, billing.bill().charge("access_line.", line))


@then(step("the directory listing charge is {amount:Money}"))
def listing_charge_is(billing: BillingScenario, amount: Decimal) -> None:
    billing.expect("directory listing charge", amount, billing.bill().charge("listing."))


@then(step("the payment date is {day:Date}"))
def payment_date_is(billing: BillingScenario, day: dt.date) -> None:
    billing.expect("payment date", day, billing.bill().payment_date)
