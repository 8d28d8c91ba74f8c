"""A fixed number of bill exchanges through one adapter, for timing from outside with farm-bench
against another checkout's adapters (issue 18 put deadlines, process groups and answer checks into
the subprocess and HTTP adapters; this shows what they cost):

    farm-bench -n 7 -- python3 bench/adapter_exchanges.py http 3000 \\
        --vs "sh -c 'cd OTHER_CHECKOUT && PYTHONPATH=. exec python3 bench/adapter_exchanges.py http 3000'"

KIND is `subprocess` (the reference behind `ratecert serve --stdio`) or `http` (behind
`ratecert serve`, in this process). Not a test: figures go to docs/benchmarks.md."""

from __future__ import annotations

import datetime as dt
import sys
import threading

from ratecert.adapters import InProcessAdapter, open_sut
from ratecert.case import Payment
from ratecert_reference.access_catalog_3.records import CatalogCase
from ratecert.serve import make_server


def main() -> None:
    kind, n = sys.argv[1], int(sys.argv[2])
    if kind == "http":
        server = make_server(InProcessAdapter("reference.sut:ReferenceSut", label="reference"))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        name = f"http://127.0.0.1:{server.server_address[1]}/"
    else:
        name = f"cmd:{sys.executable} -m ratecert serve --stdio"
    start = dt.date(2019, 1, 1)
    batch = [CatalogCase(id=f"bench-{i}", bill_date=start + dt.timedelta(days=i % 3000), amount_due="1000.00",
                  payments=(Payment(date=start + dt.timedelta(days=i % 3000 + 35), amount="1000.00"),))
             for i in range(n)]
    adapter = open_sut(name)
    adapter.start()
    for case in batch:
        adapter.bill(case)
    adapter.close()


if __name__ == "__main__":
    main()
