"""Bulk audit benchmarks: records per second and peak memory of (a) the per-record reference,
(b) the vectorised path on Arrow/pandas, (c) Dask on a local cluster, at 1M, 10M and 100M records.

    python3 bench/audit.py [--sizes 1000000,10000000,100000000] [--data /tmp/ratecert-bench]

Each run is its own process; peak memory is the largest total RSS of its process tree (Dask
workers included), sampled every 50 ms from /proc. Data are generated once per size (not timed).
Results are printed as a Markdown table and appended to docs/bulk-audit.md by hand.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUN = """
import json, sys, time
from pathlib import Path
from ratecert_reference.access_catalog_3.bulk.audit import audit, per_record
usage, terms, engine, out = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], Path(sys.argv[4])
began = time.perf_counter()
if engine == "per-record":
    records, _ = per_record(usage, terms)
else:
    records = audit(usage, terms, out, engine=engine, progress=False).records
print(json.dumps({"records": records, "seconds": time.perf_counter() - began}))
"""


def tree_rss(pid: int) -> int:
    """Total resident memory (bytes) of a process and its descendants."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/status") as status:
                total += next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmRSS"))
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    stack += [int(c) for c in children.read().split()]
        except (FileNotFoundError, ProcessLookupError, StopIteration):
            continue
    return total


def run(usage: Path, terms: Path, engine: str, out: Path) -> dict[str, float]:
    proc = subprocess.Popen([sys.executable, "-c", RUN, str(usage), str(terms), engine, str(out)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], tree_rss(proc.pid))
            time.sleep(0.05)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    stdout, _ = proc.communicate()
    done.set()
    thread.join()
    result = json.loads(stdout.strip().splitlines()[-1])
    return {**result, "peak_mib": peak[0] / 2**20, "per_second": result["records"] / result["seconds"]}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000000,10000000,100000000")
    parser.add_argument("--data", type=Path, default=Path("/tmp/ratecert-bench"))
    parser.add_argument("--per-record-max", type=int, default=1_000_000, help="largest size for the per-record path")
    parser.add_argument("--dask-max", type=int, default=100_000_000)
    parser.add_argument("--engines", default="arrow,dask,per-record")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from ratecert_reference.access_catalog_3.bulk.synthetic import generate, write_terms

    args.data.mkdir(parents=True, exist_ok=True)
    terms = args.data / "terms.json"
    write_terms(terms)
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        usage = args.data / f"usage-{size}.parquet"
        if not usage.exists():
            began = time.perf_counter()
            generate(usage, size, plant_every=1_000_000)
            print(f"generated {size:,} records in {time.perf_counter() - began:.0f} s "
                  f"({usage.stat().st_size / 2**20:,.0f} MiB)", file=sys.stderr)
        wanted = args.engines.split(",")
        engines = [e for e in ("arrow", "dask", "per-record") if e in wanted and
                   (e != "dask" or size <= args.dask_max) and (e != "per-record" or size <= args.per_record_max)]
        for engine in engines:
            result = run(usage, terms, engine, args.data / f"out-{engine}-{size}")
            rows.append((size, engine, result))
            print(f"{size:>11,} {engine:10} {result['per_second']:>12,.0f} records/s "
                  f"{result['seconds']:8.1f} s  peak {result['peak_mib']:7,.0f} MiB", file=sys.stderr, flush=True)
    print("| records | path | records/s | seconds | peak memory (MiB) |\n|---:|---|---:|---:|---:|")
    for size, engine, result in rows:
        print(f"| {size:,} | {engine} | {result['per_second']:,.0f} | {result['seconds']:.1f} | {result['peak_mib']:,.0f} |")


if __name__ == "__main__":
    main()
