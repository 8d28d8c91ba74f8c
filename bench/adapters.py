"""Cases per second through each adapter against the same billing rules, and the protocol's
overhead per case. Run: python3 bench/adapters.py [N]  (not a test: figures go to docs/benchmarks.md)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import threading
import time

from ratecert.adapters import open_sut
from ratecert.case import Payment
from ratecert_reference.access_catalog_3.records import CatalogCase
from ratecert.terms import terms_for
from ratecert_reference.access_catalog_3.billing import render_bill


def cases(n: int) -> list[CatalogCase]:
    start = dt.date(2019, 1, 1)
    return [CatalogCase(id=f"bench-{i}", bill_date=start + dt.timedelta(days=i % 3000), amount_due="1000.00",
                 payments=(Payment(date=start + dt.timedelta(days=i % 3000 + 35), amount="1000.00"),))
            for i in range(n)]


def rate(label: str, fn, batch: list[CatalogCase]) -> float:  # type: ignore[no-untyped-def]
    for case in batch[:200]:  # warm caches (holiday calendars, rate lookups, the subprocess)
        fn(case)
    began = time.perf_counter()
    for case in batch:
        fn(case)
    per_case = (time.perf_counter() - began) / len(batch)
    print(f"{label:48} {1 / per_case:10.0f} cases/s  {per_case * 1e6:8.1f} us/case")
    return per_case


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    batch = cases(n)
    terms = terms_for()
    direct = rate("reference, direct call", lambda c: render_bill(c, terms), batch)
    results = {"direct": direct}
    from ratecert.adapters import InProcessAdapter
    from ratecert.serve import make_server

    server = make_server(InProcessAdapter("ratecert.oracle:ReferenceSut", label="reference"))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    suts = [("in-process adapter (reference)", "reference"),
            ("subprocess adapter (reference behind serve --stdio)", f"cmd:{sys.executable} -m ratecert serve --stdio"),
            ("subprocess adapter (ACME example)", "cmd:python3 examples/acme_billing/acme_billing.py"),
            ("HTTP adapter (reference behind ratecert serve)", f"http://127.0.0.1:{server.server_address[1]}/")]
    node = None
    if shutil.which("node"):
        node = subprocess.Popen(["node", "examples/node_billing/server.js"], stdout=subprocess.PIPE, text=True)
        suts.append(("HTTP adapter (Node.js example)", node.stdout.readline().split()[-1]))
    for label, name in suts:
        adapter = open_sut(name)
        adapter.start()
        results[label] = rate(label, adapter.bill, batch)
        adapter.close()
    server.shutdown()
    if node:
        node.kill()
    print(f"protocol overhead in process: {(results['in-process adapter (reference)'] - direct) * 1e6:.1f} us/case")
    print(f"subprocess over in-process, same SUT: "
          f"{(results['subprocess adapter (reference behind serve --stdio)'] - results['in-process adapter (reference)']) * 1e6:.1f} us/case")
    print(f"HTTP over in-process, same SUT: "
          f"{(results['HTTP adapter (reference behind ratecert serve)'] - results['in-process adapter (reference)']) * 1e6:.1f} us/case")


if __name__ == "__main__":
    main()
