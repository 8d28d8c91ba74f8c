"""Hypothesis strategies every pack may build its cases from: billing dates biased to where rules
change (month ends, holiday seasons, a document's effective dates) and money from cents to millions.

Packs keep the strategies of their own records beside those records; these are the shared shapes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal

from hypothesis import strategies as st

LAST = dt.date(2030, 12, 31)


def billing_dates(first: dt.date, last: dt.date = LAST, effective: Iterable[dt.date] = ()) -> st.SearchStrategy[dt.date]:
    """Dates from `first` to `last`, with extra weight on month ends, on the months of year-end and
    summer holidays, and on the day before, of and after each `effective` date."""
    effective = tuple(effective)
    choices = [
        st.dates(first, last),
        st.builds(lambda y, m: dt.date(y, m, 28) + dt.timedelta(days=3), st.integers(first.year + 1, last.year),
                  st.integers(1, 12)).map(lambda d: d.replace(day=1) - dt.timedelta(days=1)),   # month ends
        st.builds(dt.date, st.integers(first.year + 1, last.year), st.sampled_from([1, 7, 11, 12]),
                  st.integers(1, 30)),
    ]
    if effective:
        choices.append(st.builds(lambda d, k: d + dt.timedelta(days=k), st.sampled_from(effective), st.integers(-1, 1))
                       .filter(lambda d: first <= d <= last))
    return st.one_of(choices)


money = st.one_of(
    st.decimals(Decimal("0.01"), Decimal("99.99"), places=2),
    st.decimals(Decimal("100.00"), Decimal("99999.99"), places=2),
    st.decimals(Decimal("100000.00"), Decimal("9999999.99"), places=2),
)
"""Amounts of a bill: cents, hundreds and millions, two places."""


class BuiltOnce:
    """`hypothesis.strategies` for composite strategies that build their parts inside each draw
    (`draw(st.sampled_from(["MF", "SS7"]))`): each strategy is built once per distinct arguments
    and reused, the same strategy object hypothesis would have built anew. A strategy built anew
    is validated and labelled again on its first draw: a fifth of the time of drawing a usage case,
    an eighth over the catalog's case strategies (bench/case_strategies.py, the same cases drawn). Arguments are told apart by type and value (`1` is not
    `True`, `Decimal("25.00")` is not `Decimal("25.0")`), strategies among them by identity; a
    call whose arguments are not plain data (a function, a set) builds anew, as hypothesis would.

        from ratecert.strategies import BuiltOnce
        st = BuiltOnce()
    """

    FACTORIES = frozenset({"sampled_from", "integers", "one_of", "lists", "tuples", "booleans", "just", "none",
                           "dates", "datetimes", "decimals", "text"})

    def __init__(self, limit: int = 4096) -> None:
        self._built: dict[tuple[object, ...], st.SearchStrategy[object]] = {}
        self._limit = limit

    def __getattr__(self, name: str) -> object:
        """Called once per name: what it returns is set on the instance, where later draws find it."""
        factory = getattr(st, name)
        if name not in self.FACTORIES:
            setattr(self, name, factory)
            return factory
        built = self._built

        def built_once(*args: object, **kwargs: object) -> st.SearchStrategy[object]:
            try:
                key = (name, _plain(args), _plain(tuple(sorted(kwargs.items()))) if kwargs else ())
                strategy = built.get(key)
            except TypeError:
                return factory(*args, **kwargs)
            if strategy is None:
                if len(built) >= self._limit:
                    built.clear()
                strategy = built[key] = factory(*args, **kwargs)
            return strategy

        setattr(self, name, built_once)
        return built_once


_BY_VALUE = frozenset({int, bool, dt.date, dt.timedelta, type(None)})
"""Types whose equal values draw alike: a key holds the value itself beside its exact type."""


def _plain(value: object) -> object:
    """A hashable key for an argument that tells apart what compares equal but draws differently
    (`1`, `True` and `1.0`; `Decimal("25.00")` and `Decimal("25.0")`; `0.0` and `-0.0`; a time in
    two zones). Read in every draw of a composite, so the common shapes take the short ways: a
    string is its own key (it equals only a string), a list of strings a tuple of them."""
    kind = type(value)
    if kind is str:
        return value
    if kind is list or kind is tuple:
        if all(type(v) is str for v in value):   # noqa: E721 - the exact type, as in the key
            return (kind, tuple(value))
        return (kind, tuple(map(_plain, value)))
    if kind in _BY_VALUE:
        return (kind, value)
    if isinstance(value, st.SearchStrategy):
        return ("strategy", value)   # by identity, and kept alive by the key: its id is never reused
    if isinstance(value, (str, int, float, Decimal, dt.date, dt.time, dt.timedelta)):
        return (kind, repr(value))
    raise TypeError(f"not plain data: {kind.__name__}")


def drawn(strategy: st.SearchStrategy[object], examples: int) -> list[object]:
    """What `strategy` draws for a derandomized property of `examples` examples, in order: the
    same list in every run of the same code (to compare two ways of building a strategy), drawn as
    a certification draws them (`ratecert.generation`)."""
    from hypothesis import HealthCheck, given, settings

    from ratecert.generation import without_local_constants

    without_local_constants()
    values: list[object] = []

    @settings(max_examples=examples, derandomize=True, database=None, deadline=None,
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def collect(value: object) -> None:
        values.append(value)

    collect()
    return values
