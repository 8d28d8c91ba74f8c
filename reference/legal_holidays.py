"""2.6 Legal Holiday: the days a payment date may not fall on (with Saturdays and Sundays).

"The term 'Legal Holiday' denotes days other than Saturday or Sunday for which the Telephone Company
is normally closed. These include New Year's Day, Independence Day, Thanksgiving Day, Christmas Day
and a day when Washington's Birthday, Memorial Day or Columbus Day is legally observed and other
locally observed holidays when the Telephone Company is closed."

Dates come from the `holidays` package's US calendar, filtered to the printed list; interpretation
legal-holiday-labor-day widens the list, legal-holiday-weekend decides whether a weekend holiday is
observed on the adjacent weekday. Locally observed holidays come from the SUT's PIXIT.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

AS_PRINTED = frozenset({
    "New Year's Day", "Independence Day", "Thanksgiving Day", "Christmas Day",
    "Washington's Birthday", "Memorial Day", "Columbus Day",
})
_LISTS = {
    "as-printed": AS_PRINTED,
    "with-labor-day": AS_PRINTED | {"Labor Day"},
    "federal": None,  # every US federal holiday
}
_OBSERVED = " (observed)"


@lru_cache(maxsize=512)
def _year(year: int, listing: str, weekend: str) -> dict[dt.date, str]:
    import holidays   # here: 0.05 s to import, and a bill without a payment date (the bulk audit) needs none

    observed = weekend == "observed-weekday"
    calendar = holidays.US(years=(year - 1, year, year + 1), observed=observed)
    names = _LISTS[listing]
    out = {}
    for day, name in calendar.items():
        base = name.removesuffix(_OBSERVED)
        if names is not None and base not in names:
            continue
        if observed and day.weekday() >= 5:
            continue  # the weekday it is observed on stands in for it
        out[day] = base
    return out


def legal_holiday(day: dt.date, listing: str = "as-printed", weekend: str = "observed-weekday",
                  local: frozenset[dt.date] = frozenset()) -> str | None:
    """The name of the Legal Holiday on `day`, or None (2.6 Legal Holiday)."""
    if day in local:
        return "locally observed holiday"
    return _year(day.year, listing, weekend).get(day)
