"""ratecert.strategies.BuiltOnce draws the very cases hypothesis.strategies would: the catalog's
case strategies use it, and a certification's verdicts must not depend on it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import strategies as hypothesis_strategies

from ratecert.strategies import BuiltOnce, drawn
from ratecert_reference.access_catalog_3 import strategies as catalog


def _cases(strategy: str, namespace: object) -> list[object]:
    catalog.st, built = namespace, catalog.st
    try:
        return drawn(getattr(catalog, strategy)(), 25)
    finally:
        catalog.st = built


def test_the_catalog_strategies_draw_the_same_cases_built_once_or_anew() -> None:
    for strategy in ("usage_cases", "special_access_cases", "interruption_cases"):
        assert _cases(strategy, catalog.st) == _cases(strategy, hypothesis_strategies), strategy


def test_arguments_that_compare_equal_but_draw_differently_build_different_strategies() -> None:
    st = BuiltOnce()
    assert st.sampled_from([1, 0]) is st.sampled_from([1, 0])
    assert st.sampled_from([1, 0]) is not st.sampled_from([True, False])
    assert st.just(Decimal("25.00")) is not st.just(Decimal("25.0"))
    assert st.just(0.0) is not st.just(-0.0)
    assert st.sampled_from(["1"]) is not st.sampled_from([1]) is not st.sampled_from(("1",))
    assert st.sampled_from(["a", 1]) is not st.sampled_from(["a", True])
    assert st.just(dt.date(2020, 1, 1)) is not st.just(dt.datetime(2020, 1, 1))
    assert st.just(dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc)) is not st.just(
        dt.datetime(2020, 1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=1))))   # the same instant
    assert st.just(len) is not st.just(len)   # not plain data: built anew, as hypothesis would
    assert st.composite is hypothesis_strategies.composite
