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
