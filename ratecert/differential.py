"""Property checks against a SUT: ask it through its adapter, record the case for the run log,
and compare with the reference oracle under the SUT's own declared PIXIT."""

from __future__ import annotations

import pytest

from ratecert.bill import Bill, differences
from ratecert.case import CaseBase
from ratecert.oracle import render_case
from ratecert.plugin import CHECK, SutSession
from ratecert.protocol import PIXIT
from ratecert.scenario import Check, Mismatch


def ask(request: pytest.FixtureRequest, sut: SutSession, case: CaseBase) -> Bill:
    """The SUT's bill for `case`; the case is recorded so a failure carries the (shrunk) example."""
    record = request.node.stash.setdefault(CHECK, Check())
    record.case, record.bill, record.expected_bill = case, None, None
    assert sut.adapter is not None
    record.bill = sut.adapter.bill(case)
    return record.bill


def expected(request: pytest.FixtureRequest, sut: SutSession, case: CaseBase) -> Bill:
    """What the reference bills for `case` under the SUT's declared readings and PIXIT values."""
    pixit = sut.started.pixit if sut.started else PIXIT()
    bill = render_case(case, pixit)
    request.node.stash[CHECK].expected_bill = bill
    return bill


def assert_same_bill(request: pytest.FixtureRequest, sut: SutSession, case: CaseBase,
                     parts: tuple[str, ...] | None = None) -> None:
    """The SUT's bill agrees with the reference on `parts` (default: everything), so that a
    property fails only for what its clauses decide."""
    actual = ask(request, sut, case)
    want = expected(request, sut, case)
    diffs = differences(want, actual, parts)
    if diffs:
        raise Mismatch(f"bill for case {case.id} differs from the reference in {', '.join(d[0] for d in diffs)}",
                       {what: want_value for what, want_value, _ in diffs},
                       {what: got_value for what, _, got_value in diffs})
