"""Step definitions for the CLEC onboarding features: a carrier's onboarding facts and the answers
the pages give. No step calls the reference."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from pytest_bdd import given, parsers, then

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


# The onboarding steps in order: each event of the pages with its date
EVENTS = {"CenturyLink received the CLEC's legal information": "legal_information_received",
          "CenturyLink received the CLEC's decision on the agreement": "agreement_decision_received",
          "CenturyLink prepared the agreement for signature": "agreement_prepared",
          "CenturyLink received the Agreement Request Form": "request_form_received",
          "CenturyLink received a request to negotiate": "negotiation_requested",
          "CenturyLink assigned a Negotiator": "negotiator_assigned",
          "the agreement was executed": "executed",
          "the Carrier Account Manager began the implementation": "implementation_started"}


@given(parsers.re(rf"(?P<event>{'|'.join(re.escape(e) for e in EVENTS)}) on (?P<day>\d{{4}}-\d{{2}}-\d{{2}})"))
def event_on(billing: BillingScenario, event: str, day: str) -> None:
    _set(billing, **{EVENTS[event]: dt.date.fromisoformat(day).isoformat()})


@given("the adopted agreement is not one of the approved, adoptable agreements")
def not_adoptable(billing: BillingScenario) -> None:
    _set(billing, adopted_agreement_adoptable=False)


@given(parsers.re(r"it (?P<did>has|has not) submitted the required sections of its Customer Questionnaire"))
def required_sections(billing: BillingScenario, did: str) -> None:
    _set(billing, questionnaire_required_submitted=did == "has")


@given(parsers.re(r'an early ordering request "(?P<ref>[^"]+)" (?:whose completed information arrived on '
                  r'(?P<received>\d{4}-\d{2}-\d{2} \d{2}:\d{2})|still incomplete)'))
def early_request(billing: BillingScenario, ref: str, received: str | None) -> None:
    completed = dt.datetime.fromisoformat(received).isoformat() if received else None
    _set(billing, early_ordering_requests=[*_facts(billing).get("early_ordering_requests", []),
                                           {"id": ref, "completed_information": completed}])
