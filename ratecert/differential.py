"""Property checks against a SUT: ask it through its adapter, record the case for the run log,
and compare with the reference oracle under the SUT's own declared PIXIT."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ratecert.adapters import SutError
from ratecert.bill import Bill, difference_label, differences
from ratecert.case import CaseBase
from ratecert.oracle import render_case
from ratecert.plugin import CHECK, SutSession
from ratecert.protocol import PIXIT
from ratecert.reach import observe, readings_told_apart
from ratecert.scenario import Check, Mismatch
from ratecert.terms import Terms


def ask(request: pytest.FixtureRequest, sut: SutSession, case: CaseBase) -> Bill:
    """The SUT's bill for `case`; the case is recorded so a failure carries the (shrunk) example, and
    its facts (with --ratecert-reach, also the readings it tells apart) are counted as hypothesis
    events of the property (ratecert.reach)."""
    observe(case, told_apart(case, sut) if request.config.getoption("--ratecert-reach", False) else frozenset())
    record = request.node.stash.setdefault(CHECK, Check())
    record.case, record.bill, record.expected_bill = case, None, None
    if sut.adapter is None:
        raise SutError(sut.failure or "the SUT is not open", sut.stderr)
    return record.received(case, sut.adapter.bill(case))


def told_apart(case: CaseBase, sut: SutSession) -> set[str]:
    """The interpretations of the case's document whose other options the reference bills `case`
    differently under, starting from the SUT's declared readings."""
    from ratecert.oracle import declared_terms

    return told_apart_under(case, declared_terms(sut.started.pixit if sut.started else None))


def told_apart_under(case: CaseBase, terms: dict[str, Terms], prune: bool = True) -> set[str]:
    """`told_apart` under the terms of every document (`prune=False`: render every other option,
    not only those the render consulted - what tests/test_generator_reach.py compares against)."""
    from dataclasses import replace

    from ratecert.oracle import render
    from ratecert.spec import load_spec

    own = terms[case.document]

    def bill(readings: dict[str, str]) -> object:
        try:
            return render(case, {**terms, case.document: replace(own, readings=readings)})
        except Exception as exc:   # an option the case cannot be billed under tells it apart as well
            return f"{type(exc).__name__}: {exc}"

    options = {iid: tuple(i.options) for iid, i in load_spec().document(case.document).interpretations.items()}
    return readings_told_apart(case, own.readings, options, bill, prune=prune)


def expected(request: pytest.FixtureRequest, sut: SutSession, case: CaseBase) -> Bill:
    """What the reference bills for `case` under the SUT's declared readings and PIXIT values."""
    pixit = sut.started.pixit if sut.started else PIXIT()
    bill = render_case(case, pixit)
    check = request.node.stash[CHECK]
    check.expected_bill = bill
    check.references[id(case)] = (case, bill)
    return bill


def assert_same_bill(request: pytest.FixtureRequest, sut: SutSession, case: CaseBase,
                     parts: tuple[str, ...] | None = None, payment_date_clause: str | None = None) -> None:
    """The SUT's bill agrees with the reference on `parts` (default: everything), so that a
    property fails only for what its clauses decide.

    `payment_date_clause`, for a property of what is counted from the payment date (penalties,
    refund interest) that does not itself test it: the payment date is compared first, and a wrong
    one fails as that clause's prerequisite - one gap of the payment date, not of the penalty. (A
    property that compares the payment date too, a delayed bill's, names it the same way: its wrong
    penalty is the wrong date's consequence, not a second finding.)"""
    actual = ask(request, sut, case)
    want = expected(request, sut, case)
    if payment_date_clause and parts and want.payment_date != actual.payment_date:
        raise Mismatch(f"payment date of case {case.id}", want.payment_date, actual.payment_date,
                       differs="payment date", prerequisite=payment_date_clause)
    diffs = differences(want, actual, parts, extras=False)   # what the reference lacks is the run's finding
    if diffs:
        raise Mismatch(f"bill for case {case.id} differs from the reference in {', '.join(d[0] for d in diffs)}",
                       {what: want_value for what, want_value, _ in diffs},
                       {what: got_value for what, _, got_value in diffs},
                       differs=", ".join(sorted({difference_label(d[0]) for d in diffs})))


def promoted(config: pytest.Config, document: str, folder: Path | None) -> list[object]:
    """The counterexamples of `document` kept by `ratecert promote`: the pack's own (`folder`) and the
    certification's (`counterexamples/<document>/` of [tool.ratecert], or --ratecert-counterexamples),
    each a parameter carrying the clauses and test purpose of the check that found it."""
    from ratecert.plugin import SESSION

    folders = [folder] if folder is not None else []
    session = config.stash.get(SESSION, None)
    if session is not None and session.settings.counterexamples is not None:
        folders.append(Path(session.settings.counterexamples) / document)
    params = []
    for path in sorted(p for f in folders if f.is_dir() for p in f.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        marks = [pytest.mark.document(document), pytest.mark.tp(record.get("tp") or path.stem)]
        marks += [pytest.mark.clause(c) for c in record.get("clauses") or []]
        marks += [pytest.mark.capability(c) for c in record.get("capabilities") or []]
        params.append(pytest.param(record["case"], id=path.stem, marks=marks))
    return params


def check_promoted(request: pytest.FixtureRequest, sut: SutSession, case: dict[str, object]) -> None:
    """A promoted case's bill agrees with the reference's, whole."""
    from ratecert.packs import parse_case

    assert_same_bill(request, sut, parse_case(case))
