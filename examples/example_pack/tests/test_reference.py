"""The reference of Example Tariff No. 1 on the tariff's own words (pytest tests, with the pack installed)."""

import datetime as dt
from decimal import Decimal

from ratecert.case import Period
from ratecert_example_tariff.bill import days_in_service, late_charge, payment_date
from ratecert_example_tariff.records import AccessLine

DECEMBER = Period(start=dt.date(2026, 12, 1), end=dt.date(2026, 12, 31))


def test_a_month_is_thirty_days_however_long():
    assert days_in_service(AccessLine(id="L"), DECEMBER) == 30
    assert days_in_service(AccessLine(id="L", established=dt.date(2026, 12, 22)), DECEMBER) == 10


def test_the_saturday_reading_decides_only_saturdays():
    assert payment_date(dt.date(2026, 12, 6), "business-day") == dt.date(2026, 12, 26)
    assert payment_date(dt.date(2026, 12, 6), "closed") == dt.date(2026, 12, 28)
    assert payment_date(dt.date(2026, 12, 7), "business-day") == dt.date(2026, 12, 28)


def test_the_late_charge_is_never_below_a_dollar():
    assert late_charge(Decimal("80.00")) == Decimal("1.00")
    assert late_charge(Decimal("500.00")) == Decimal("5.00")
