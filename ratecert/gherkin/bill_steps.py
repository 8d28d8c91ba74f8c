"""The steps every document's features share: a bill's date, amount and period, the customer's
credit and deposits, "the bill is rendered", and the checks of penalties, deposits and decisions
that read the same on any bill. A pack's step module star-imports them beside its own, so the
binding module of its features sees one vocabulary.

Given/When steps add to the case; the first Then step renders it once through the SUT's adapter;
Then steps compare one thing on the bill and raise `Mismatch` with expected and actual.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pytest_bdd import given, then, when

from ratecert.bill import DepositStatement
from ratecert.gherkin.vocabulary import iso, money, step
from ratecert.scenario import BillingScenario


@given(step("a bill dated {day:Date}"))
def bill_dated(billing: BillingScenario, day: dt.date) -> None:
    billing.set(bill_date=iso(day))


@given(step("the bill is for {amount:Money}"))
def bill_amount(billing: BillingScenario, amount: Decimal) -> None:
    billing.set(amount_due=money(amount))


@given(step("the billing period runs from {start:Date} to {end:Date}"))
def billing_period(billing: BillingScenario, start: dt.date, end: dt.date) -> None:
    billing.set(period={"start": iso(start), "end": iso(end)})


@given("the customer has no established credit")
def no_credit(billing: BillingScenario) -> None:
    billing.set(account={**billing.fields.get("account", {}), "established_credit": False})


@given(step("the customer has {months:d} consecutive months of prompt payment"))
def prompt_months(billing: BillingScenario, months: int) -> None:
    billing.set(account={**billing.fields.get("account", {}), "prompt_payment_months": months})


@given(step("a cash deposit of {amount:Money} received on {day:Date} for service with monthly charges of {monthly:Money}"))
def deposit(billing: BillingScenario, amount: Decimal, day: dt.date, monthly: Decimal) -> None:
    billing.append("deposits", {"id": billing.next_id("deposit"), "amount": money(amount), "received": iso(day),
                                "monthly_charges": money(monthly)})

@given(step("the checks below count from its payment date, {day:Date} ({clause})"))
def assumed_payment_date(billing: BillingScenario, day: dt.date, clause: str) -> None:
    """A prerequisite, not a check: a wrong payment date fails naming `clause`, the one gap behind
    every penalty counted from it."""
    billing.assume("payment date", day, lambda bill: bill.payment_date, clause)


@when("the bill is rendered")
def rendered(billing: BillingScenario) -> None:
    billing.bill()


@then(step("the late payment penalty is {amount:Money}"))
def late_penalty_is(billing: BillingScenario, amount: Decimal) -> None:
    billing.expect("late payment penalty", amount, billing.bill().penalty("late-payment"), differs="late-payment penalty")


@then(step("the penalty on the withheld amount is {amount:Money}"))
def dispute_penalty_is(billing: BillingScenario, amount: Decimal) -> None:
    billing.expect("penalty on the withheld amount", amount, billing.bill().penalty("dispute"), differs="dispute penalty")


def deposit_statement(billing: BillingScenario) -> DepositStatement:
    statements = billing.bill().deposits
    if not statements:
        billing.expect("deposit statement", "one deposit statement", "none")
    return statements[0]


@then("the deposit is permitted")
def deposit_permitted(billing: BillingScenario) -> None:
    billing.expect("deposit permitted", True, deposit_statement(billing).permitted)


@then(step("the deposit may not exceed {amount:Money}"))
def deposit_maximum(billing: BillingScenario, amount: Decimal) -> None:
    billing.expect("deposit maximum", amount, deposit_statement(billing).maximum)


@then("the deposit is due for refund")
def deposit_refund_due(billing: BillingScenario) -> None:
    billing.expect("deposit due for refund", True, deposit_statement(billing).refund_due)


@then("the deposit is not yet due for refund")
def deposit_refund_not_due(billing: BillingScenario) -> None:
    billing.expect("deposit due for refund", False, deposit_statement(billing).refund_due)


@then(step('the decision "{question}" on "{ref}" is "{answer}"'))
def decision_is(billing: BillingScenario, question: str, ref: str, answer: str) -> None:
    billing.expect(f"decision {question} on {ref}", answer, billing.bill().decision(ref, question),
                   differs=f"decision {question}")


@then(step('the bill gives no decision "{question}" on "{ref}"'))
def no_decision(billing: BillingScenario, question: str, ref: str) -> None:
    billing.expect(f"decision {question} on {ref}", None, billing.bill().decision(ref, question),
                   differs=f"decision {question}")
