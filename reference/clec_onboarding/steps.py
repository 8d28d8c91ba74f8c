"""Step definitions for the CLEC onboarding features: a carrier's onboarding facts and the answers
the pages give. No step calls the reference."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pytest_bdd import given, then

from ratecert.gherkin.vocabulary import iso, step
from ratecert.gherkin.bill_steps import *  # noqa: F403 - the steps every document shares
from ratecert.scenario import BillingScenario

ONBOARDING = "clec-onboarding"


def _facts(billing: BillingScenario) -> dict[str, Any]:
    return billing.fields.setdefault("onboarding", {})


def _states(text: str) -> list[str]:
    return [] if text.strip() == "none" else [s.strip() for s in text.split(",")]


@given(step("a {kind} CLEC that wants to interconnect in {states}, certified in {certified}"))
def clec(billing: BillingScenario, kind: str, states: str, certified: str) -> None:
    billing.set(document=ONBOARDING, bill_date="2025-01-02",
                onboarding={"clec_type": kind, "states": _states(states), "certified_states": _states(certified)})


def _set(billing: BillingScenario, **facts: Any) -> None:
    billing.set(onboarding={**_facts(billing), **facts})


@given(step("it has a negotiated agreement {signed}"))
def negotiated(billing: BillingScenario, signed: str) -> None:
    _set(billing, agreement="negotiated", signed_by_both=signed == "signed by both parties")


@given(step("it has a commercial agreement {signed}"))
def commercial(billing: BillingScenario, signed: str) -> None:
    _set(billing, agreement="commercial", signed_by_both=signed == "signed by both parties")


@given(step("it opts in to an agreement expiring on {day:Date} {how}"))
def opts_in(billing: BillingScenario, day: dt.date, how: str) -> None:
    _set(billing, agreement="opt-in", signed_by_both=True, adopted_agreement_expires=iso(day),
         adopted_in_entirety=how == "in its entirety")


@given(step("the agreement is {status}"))
def approval(billing: BillingScenario, status: str) -> None:
    _set(billing, approved=status == "approved")


@given(step("its Customer Questionnaire is {status}"))
def questionnaire(billing: BillingScenario, status: str) -> None:
    _set(billing, questionnaire_complete=status == "complete")


@given(step("it {executed} an Early Ordering Letter Agreement"))
def early_letter(billing: BillingScenario, executed: str) -> None:
    _set(billing, early_ordering_letter=executed == "has executed")


@then(step('the answer to "{question}" is "{answer}"'))
def answer_is(billing: BillingScenario, question: str, answer: str) -> None:
    billing.expect(f"answer to {question}", answer, billing.bill().decision("clec", question))
