"""Tryton 7.0 behind the protocol: the time to start (template database) and the time per case,
for a plain invoice and for late payments that run Tryton's dunning once per 30-day level.
Run: python3 bench/tryton.py [N]  (needs pip install -e ".[tryton]"; figures go to docs/tryton.md).
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time

from ratecert.adapters import open_sut
from ratecert.case import Payment
from ratecert_reference.access_catalog_3.records import CatalogCase, EndOfficeTerms, Labor, UsageSummary

BILL_DATE = dt.date(2025, 4, 1)


def labor_case(i: int) -> CatalogCase:
    return CatalogCase(id=f"labor-{i}", bill_date=BILL_DATE,
                labor=(Labor(id="w", date=BILL_DATE, kind="engineering", time="overtime", minutes=30 + i % 90),))


def late_case(i: int, days_late: int) -> CatalogCase:
    due = dt.date(2025, 5, 2)   # 31 days after the bill date
    return CatalogCase(id=f"late-{i}", bill_date=BILL_DATE, amount_due="1000.00",
                payments=(Payment(id="p", date=due + dt.timedelta(days=days_late), amount="1000.00"),))


def usage_case(i: int) -> CatalogCase:
    return CatalogCase(id=f"usage-{i}", bill_date=BILL_DATE, end_offices=(EndOfficeTerms(end_office="EO-1", percent_intrastate=100),),
                usage=(UsageSummary(id="o", end_office="EO-1", feature_group="D", direction="originating",
                                    minutes=9000 + i),
                       UsageSummary(id="t", end_office="EO-1", feature_group="D", direction="terminating",
                                    minutes=4000 + i)))


def per_case(adapter, cases: list[CatalogCase]) -> float:  # type: ignore[no-untyped-def]
    times = []
    for case in cases:
        began = time.perf_counter()
        adapter.bill(case)
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    began = time.perf_counter()
    adapter = open_sut("cmd:python3 examples/tryton_billing/tryton_sut.py", timeout=120.0)
    adapter.start()
    print(f"start (template database, DB_CACHE warm)      {time.perf_counter() - began:6.2f} s")
    print(f"invoice with one labor line, per case          {per_case(adapter, [labor_case(i) for i in range(n)]):6.2f} s")
    print(f"usage as consumption (4 subscription lines), per case {per_case(adapter, [usage_case(i) for i in range(n)]):6.2f} s")
    for days in (0, 40, 100, 400):
        levels = 0 if days == 0 else 1 + (days - 1) // 30
        median = per_case(adapter, [late_case(i, days) for i in range(n)])
        print(f"paid {days:3d} days late ({levels:2d} dunning levels), per case {median:6.2f} s")
    adapter.close()


if __name__ == "__main__":
    main()
