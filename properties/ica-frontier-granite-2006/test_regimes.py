"""One account, two regimes: the same bill rendered under the Access Catalog and under the ICA
differs exactly where the regimes differ - the due date (30 days against 31, always back against
the split weekend rule) and the late penalty (1.5% a month or 18% a year against $0.000292 a day
compounded) - and nowhere else. Checked on the SUT alone: no oracle."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ratecert.differential import ask
from ratecert.bill import differences
from ratecert.case import CaseBase
from ratecert.packs import parse_case
from ratecert.plugin import SutSession
from ratecert.scenario import Mismatch
from ratecert.strategies import billing_dates

ICA = "ica-frontier-granite-2006"
CATALOG = "access-catalog-3"


@st.composite
def accounts(draw: st.DrawFn) -> tuple[CaseBase, CaseBase]:
    bill_date = draw(billing_dates(dt.date(2014, 1, 1)))
    amount = Decimal(draw(st.integers(min_value=10_000, max_value=10_000_000))) / 100   # a day late still earns a cent
    paid = bill_date + dt.timedelta(days=draw(st.integers(min_value=20, max_value=60)))
    body = {"id": "same-account", "bill_date": bill_date, "amount_due": amount,
            "payments": [{"id": "payment-1", "date": paid, "amount": amount}]}
    return parse_case({**body, "document": CATALOG}), parse_case({**body, "document": ICA})


@pytest.mark.document(ICA)
@pytest.mark.capability("payment-dates")
@pytest.mark.clause("24.2")
@pytest.mark.clause("24.3.4")
@pytest.mark.clause("access-catalog-3:2.4.1(C)(1)")
@pytest.mark.clause("access-catalog-3:2.4.1(C)(2)")
@pytest.mark.tp("XDOC-LAW-001")
@given(pair=accounts())
def test_the_regimes_differ_only_in_due_date_and_penalty(request: pytest.FixtureRequest, sut: SutSession,
                                                         pair: tuple[CaseBase, CaseBase]) -> None:
    catalog_case, ica_case = pair
    if sut.started is None or not sut.started.ics.claims(CATALOG, "late-payment") or not sut.started.ics.claims(ICA, "late-payment"):
        pytest.skip("n/a: the SUT does not claim late payment under both documents")
    catalog, ica = ask(request, sut, catalog_case), ask(request, sut, ica_case)
    if catalog.payment_date is None or ica.payment_date is None:
        raise Mismatch("due dates under the catalog and the ICA", "a date under each",
                       f"catalog {catalog.payment_date}, ICA {ica.payment_date}")
    other = [d for d in differences(catalog, ica) if not d[0].startswith(("payment_date", "penalties", "decisions"))]
    if other:
        raise Mismatch("the same account's bills outside due date and penalty", "no difference", other)
    # 30 days and always back: never later than the catalog's date, at most a weekend and a holiday earlier
    if not catalog.payment_date - dt.timedelta(days=5) <= ica.payment_date <= catalog.payment_date:
        raise Mismatch("ICA due date", f"from 5 days before to the catalog's {catalog.payment_date}", ica.payment_date)
    if ica.payment_date.weekday() >= 5:
        raise Mismatch("ICA due date", "a weekday", f"{ica.payment_date}, a {ica.payment_date:%A}")
    paid = catalog_case.payments[0].date
    penalties = f"ICA {ica.penalty('late-payment')}, catalog {catalog.penalty('late-payment')}"
    if paid <= ica.payment_date and (ica.penalty("late-payment") or catalog.penalty("late-payment")):
        raise Mismatch(f"late payment penalties of a payment on {paid}, by both due dates", "none", penalties)
    if paid > catalog.payment_date and not (ica.penalty("late-payment") > 0 and catalog.penalty("late-payment") > 0):
        raise Mismatch(f"late payment penalties of a payment on {paid}, after both due dates", "one under each",
                       penalties)
