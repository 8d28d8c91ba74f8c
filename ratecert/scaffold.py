"""`ratecert new-document NAME`: a document pack of one's own, ready to install and certify.

The scaffold is a working pack of a short fictional tariff - a monthly rate element, a payment rule
with one recorded interpretation, a late payment charge - laid out as every pack is: the spec
(`spec/`, each value cited to a page of the tariff's text in `source/`), the case model
(`records.py`), the reference (`bill.py`, using the shared legal machinery of `ratecert_reference`),
the step vocabulary (`steps.py`), the scenarios (`features/`), a property (`properties/`) and a test
of the reference (`tests/`). `pip install` it and `ratecert coverage` and `ratecert certify` count it;
then replace the fictional text with the carrier's own, clause by clause.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from string import Template

SOURCE = """EXAMPLE TELEPHONE COMPANY - $title
Original Page 1 - Issued 2025-01-01 - Effective 2025-02-01

1. RATES
1.1 Line Charge. A Line Charge of $$12.50 applies per access line, per month.

2. PAYMENT
2.1 Payment Date. Payment is due 25 days after the bill date.
2.2 Late Payment. An amount not received by the payment date bears a late payment charge of
    1.5 percent of the amount not received.
"""

FILES: dict[str, str] = {
    "pyproject.toml": """[build-system]
requires = ["setuptools>=68"]
build-backend = "setuptools.build_meta"

[project]
name = "$distribution"
version = "0.1.0"
description = "A ratecert document pack: $title"
requires-python = ">=3.11"
dependencies = ["ratecert>=0.2"]

[project.entry-points."ratecert.documents"]
$document = "$module:PACK"

[tool.setuptools.packages.find]
where = ["src"]

[tool.setuptools.package-data]
"*" = ["*.yaml", "*.json", "*.feature", "*.txt"]
""",
    "README.md": """# $title - a ratecert document pack

`pip install .` registers the document `$document` with ratecert (entry point `ratecert.documents`):
`ratecert coverage` lists its clauses, `ratecert certify` runs its scenarios and properties. The
layout is every pack's: `src/$module/spec/` (the clauses as data, each value cited to a page of
`source/`), `records.py` (the case), `bill.py` (the reference), `steps.py` (the Gherkin vocabulary),
`features/`, `properties/`; `tests/` tests the reference itself (`pytest tests`).
""",
    "src/$module/source/tariff.txt": SOURCE,
    "src/$module/__init__.py": '''"""The $title pack."""

from ratecert.packs import DocumentPack
from $module.bill import render_bill
from $module.records import ${case_model}

PACK = DocumentPack.located(__name__, id="$document", case_model=${case_model}, render=render_bill,
                            capabilities=("line-charges", "payment-dates", "late-payment"))
''',
    "src/$module/records.py": '''"""The case records of $title: the lines billed (the account, payments and the bill date
are every document's, from ratecert.case)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ratecert.case import CaseBase


class ${case_model}(CaseBase):
    document: Literal["$document"] = "$document"
    lines: int = Field(0, ge=0, le=1_000_000, description="access lines billed the Line Charge (1.1)")
''',
    "src/$module/bill.py": '''"""The reference of $title, clause by clause."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ratecert.bill import Bill, BillLine, Penalty
from ratecert.terms import Terms
from ratecert_reference.rounding import to_penny
from ratecert_reference.settlement import late_portions
from $module.records import ${case_model}

LATE_RATE = Decimal("0.015")   # 2.2 "1.5 percent of the amount not received"


def payment_date(bill_date: dt.date, weekend: str) -> dt.date:
    """2.1 "Payment is due 25 days after the bill date"; a weekend day per `payment-date-weekend`."""
    due = bill_date + dt.timedelta(days=25)
    while weekend == "next-business-day" and due.weekday() >= 5:
        due += dt.timedelta(days=1)
    return due


def render_bill(case: ${case_model}, terms: Terms) -> Bill:
    """1.1 the Line Charge per line; 2.1 the payment date; 2.2 the late payment charge on each
    amount received after it (payments settle the bill in the order received)."""
    lines = []
    if case.lines:
        rate, _, _ = terms.rate("line.monthly", case.bill_date)
        lines.append(BillLine(element="line.monthly", quantity=Decimal(case.lines), rate=rate,
                              amount=to_penny(rate * case.lines), clause=terms.clause_id("1.1")))
    due = payment_date(case.bill_date, terms.reading("payment-date-weekend"))
    amount_due = case.amount_due if case.amount_due is not None else sum((ln.amount for ln in lines), Decimal(0))
    late = late_portions(amount_due, case.payments, due, lambda principal, received: (
        (received - due).days, to_penny(principal * LATE_RATE)))
    penalties = tuple(Penalty(kind="late-payment", ref=p.payment, principal=p.principal, days=p.days,
                              amount=p.penalty, clause=terms.clause_id("2.2")) for p in late)
    return Bill(bill_date=case.bill_date, payment_date=due, lines=tuple(lines), penalties=penalties)
''',
    "src/$module/steps.py": '''"""The words of $title's features (the steps every document shares come with them)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pytest_bdd import given, then, when

from ratecert.gherkin.bill_steps import *  # noqa: F403 - the steps every document shares
from ratecert.gherkin.vocabulary import iso, money, step
from ratecert.scenario import BillingScenario


@given(step("a customer with {count:d} access lines"))
def customer_lines(billing: BillingScenario, count: int) -> None:
    billing.set(lines=count)


@when(step("the customer pays {amount:Money} on {day:Date}"))
def pays(billing: BillingScenario, amount: Decimal, day: dt.date) -> None:
    billing.append("payments", {"id": billing.next_id("payment"), "date": iso(day), "amount": money(amount)})


@then(step('the charge for "{element}" is {amount:Money}'))
def charge_is(billing: BillingScenario, element: str, amount: Decimal) -> None:
    billing.expect(f'charge for "{element}"', amount, billing.bill().charge(element))


@then(step("the payment date is {day:Date}"))
def payment_date_is(billing: BillingScenario, day: dt.date) -> None:
    billing.expect("payment date", day, billing.bill().payment_date)
''',
    "src/$module/spec/document.yaml": """id: $document
title: $title
issuer: Example Telephone Company
jurisdiction: fictional
regulator: null
kind: tariff
original_effective: 2025-02-01
source: source/tariff.txt
spec_version: "0.1.0"
""",
    "src/$module/spec/pages.yaml": """# The tariff is one page of source/tariff.txt; the digest is that file's.
"1": {revision: Original, issued: 2025-01-01, effective: 2025-02-01, transmittal: null, file: tariff.txt, lines: [1, 10], sha256: "$digest"}
""",
    "src/$module/spec/rates.yaml": """line.monthly:
  title: Line Charge
  unit: per access line, per month
  clause: "1.1"
  values:
    - {from: 2025-02-01, amount: "12.50", page: "1"}
""",
    "src/$module/spec/clauses.yaml": """"1.1":
  title: Line Charge
  pages: ["1"]
  summary: A Line Charge of $$12.50 applies per access line, per month.
  status: testable
"2.1":
  title: Payment Date
  pages: ["1"]
  summary: Payment is due 25 days after the bill date.
  status: testable
"2.2":
  title: Late Payment
  pages: ["1"]
  summary: An amount not received by the payment date bears a charge of 1.5 percent of the amount.
  status: testable
""",
    "src/$module/spec/interpretations.yaml": """payment-date-weekend:
  clauses: ["2.1"]
  question: Payment is due 25 days after the bill date; the tariff does not say what happens when that day is a Saturday or Sunday.
  options:
    next-business-day: the following Monday
    as-printed: the 25th day, whatever day it is
  default: next-business-day
  why: A customer cannot pay on a day the company is closed; the common tariff practice moves the date forward.
""",
    "src/$module/features/billing.feature": """@document:$document
Feature: $title - rates and payment

  Background:
    Given a bill dated 2025-03-03

  @clause:1.1 @tp:${prefix}-RATE-001 @capability:line-charges
  Scenario: three lines bear three Line Charges
    Given a customer with 3 access lines
    When the bill is rendered
    Then the charge for "line.monthly" is $$37.50

  @clause:2.1 @tp:${prefix}-PAY-001 @capability:payment-dates
  Scenario: the payment date is 25 days after the bill date
    When the bill is rendered
    Then the payment date is 2025-03-28

  @clause:2.1 @tp:${prefix}-PAY-002 @capability:payment-dates @interpretation:payment-date-weekend=next-business-day
  Scenario: a payment date on a Saturday moves to the Monday
    Given a bill dated 2025-03-11
    When the bill is rendered
    Then the payment date is 2025-04-07

  @clause:2.2 @tp:${prefix}-LATE-001 @capability:late-payment
  Scenario: a payment a day late bears 1.5 percent
    Given a customer with 4 access lines
    When the customer pays $$50.00 on 2025-03-29
    Then the late payment penalty is $$0.75
""",
    "src/$module/features/test_${module}_features.py": '''"""Binds the scenarios of this folder to pytest, with the pack's step vocabulary."""

from pathlib import Path

import pytest
from pytest_bdd import scenarios

from $module.steps import *  # noqa: F403 - the document's steps (and the shared ones)

pytestmark = pytest.mark.document("$document")

scenarios(".", features_base_dir=Path(__file__).parent)
''',
    "src/$module/properties/test_${module}_properties.py": '''"""Properties of $title, run against the SUT like the scenarios."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ratecert.differential import assert_same_bill
from ratecert.plugin import SutSession
from ratecert.strategies import billing_dates, money
from $module.records import ${case_model}


@st.composite
def cases(draw: st.DrawFn) -> ${case_model}:
    bill_date = draw(billing_dates(dt.date(2025, 2, 1)))
    paid = [{"id": f"p{i}", "date": bill_date + dt.timedelta(days=draw(st.integers(0, 60))), "amount": draw(money)}
            for i in range(draw(st.integers(0, 2)))]
    return ${case_model}(bill_date=bill_date, lines=draw(st.integers(0, 500)), payments=paid)


@pytest.mark.document("$document")
@pytest.mark.capability("late-payment")
@pytest.mark.clause("1.1")
@pytest.mark.clause("2.1")
@pytest.mark.clause("2.2")
@pytest.mark.tp("${prefix}-PROP-001")
@given(case=cases())
def test_bills_agree_with_the_reference(request: pytest.FixtureRequest, sut: SutSession, case: ${case_model}) -> None:
    assert_same_bill(request, sut, case, parts=("lines", "payment_date", "penalties"))
''',
    "tests/test_reference.py": '''"""The reference of $title on the tariff's own numbers (run with `pytest tests`)."""

import datetime as dt

from $module.bill import payment_date


def test_a_saturday_payment_date_moves_to_monday_unless_read_as_printed():
    assert payment_date(dt.date(2025, 3, 11), "next-business-day") == dt.date(2025, 4, 7)
    assert payment_date(dt.date(2025, 3, 11), "as-printed") == dt.date(2025, 4, 5)
''',
}


class ScaffoldError(ValueError):
    """A name that cannot become a pack, or a folder that would be overwritten."""


def new_document(document: str, into: Path, title: str | None = None) -> list[Path]:
    """Write the pack of `document` (a lower-case id like `example-tariff-1`) under `into`."""
    if not re.fullmatch(r"[a-z][a-z0-9]*(-[a-z0-9]+)*", document):
        raise ScaffoldError(f"{document!r}: a document id is lower-case words and digits joined by hyphens")
    if into.exists() and any(into.iterdir()):
        raise ScaffoldError(f"{into} exists and is not empty")
    module = "ratecert_" + document.replace("-", "_")
    words = {
        "document": document, "module": module, "distribution": f"ratecert-{document}",
        "title": title or document.replace("-", " ").title(),
        "case_model": "".join(part.title() for part in document.split("-")) + "Case",
        "prefix": "".join(part[0] for part in document.split("-")).upper(),
    }
    source = Template(SOURCE).substitute(words)
    words["digest"] = hashlib.sha256(source.encode()).hexdigest()
    written = []
    for name, text in FILES.items():
        path = into / Template(name).substitute(words)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(Template(text).substitute(words), encoding="utf-8")
        written.append(path)
    return written
