"""When does the audit on a Dask cluster beat the local stream? Measured with LocalCluster worker
counts on this machine, then modelled for more workers.

    python3 bench/audit.py --scale-out [--size 10000000] [--runs 3]

Each configuration runs in a fresh process; the clock covers the `audit()` call only, with the
cluster already up (as a real cluster would be) - the time to start a LocalCluster is measured
apart. Per configuration:

    local stream       T_local(N) = a_local + N / r_local      (fitted to N/10 and N records)
    Dask, W workers    T_dask(N, W) = a_dask + N * c / W       (c: a task's seconds per record on its
                                                               worker, by the tasks' own clocks, one
                                                               worker alone; a_dask: the one-worker
                                                               time at N/10 less its records' share)

and the break-even size N* = (a_dask - a_local) / (1 / r_local - c / W), the size above which W
workers finish first - also with 1 s and 5 s more fixed cost, for a scheduler across a network
rather than on the same machine. The model assumes what a cluster gives and this machine cannot: one core per
worker, and storage that serves every worker at the rate one worker reads here (the file's bytes
per record x W / c); where storage is slower, it caps W.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHILD = """
import json, sys, time
from pathlib import Path
from ratecert.bulk.audit import audit
usage, terms, out, engine, workers = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4], int(sys.argv[5])
scheduler, cluster, started = None, None, 0.0
if engine == "dask":
    from distributed import LocalCluster
    began = time.perf_counter()
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, memory_limit="4GiB",
                           dashboard_address=None)
    started = time.perf_counter() - began
    scheduler = cluster.scheduler_address
audit(usage, terms, out, engine=engine, scheduler=scheduler, progress=False, workers=workers)   # warm-up
began = time.perf_counter()
result = audit(usage, terms, out, engine=engine, scheduler=scheduler, progress=False, workers=workers)
seconds = time.perf_counter() - began
if cluster is not None:
    cluster.close()
print(json.dumps({"seconds": seconds, "task_seconds": result.task_seconds, "records": result.records,
                  "cluster_start": started}))
"""


def _run(usage: Path, terms: Path, engine: str, workers: int) -> dict[str, float]:
    proc = subprocess.run([sys.executable, "-c", CHILD, str(usage), str(terms), f"/tmp/ratecert-scale-out-{engine}",
                           engine, str(workers)], cwd=ROOT, capture_output=True, text=True, timeout=1800)
    if proc.returncode != 0:
        raise SystemExit(f"{engine} x{workers} failed: {proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _median(runs: list[dict[str, float]], key: str) -> float:
    return statistics.median(r[key] for r in runs)


def _breakeven(extra_fixed: float, saved_per_record: float) -> str:
    """The size above which the cluster finishes first: never when a record costs it no less; from
    the first record when its fixed cost is no larger."""
    if saved_per_record <= 0:
        return "never"
    if extra_fixed <= 0:
        return "any size (no larger fixed cost measured)"
    return f"{extra_fixed / saved_per_record:,.0f}"


def scale_out(size: int, runs: int, data: Path, ensure: Callable[[Path, int], tuple[Path, Path]]) -> None:
    small = size // 10
    (usage_small, terms), (usage, _) = ensure(data, small), ensure(data, size)
    bytes_per_record = usage.stat().st_size / size
    measured: dict[tuple[str, int, int], list[dict[str, float]]] = {}
    for run in range(runs):
        for engine, workers, n, path in (("arrow", 2, small, usage_small), ("arrow", 2, size, usage),
                                         ("dask", 1, small, usage_small), ("dask", 1, size, usage),
                                         ("dask", 2, size, usage)):
            result = _run(path, terms, engine, workers)
            measured.setdefault((engine, workers, n), []).append(result)
            print(f"run {run + 1} {engine:5} x{workers} {n:>11,}: {result['seconds']:6.2f} s "
                  f"(tasks {result['task_seconds']:.2f} s, cluster start {result['cluster_start']:.2f} s)",
                  file=sys.stderr, flush=True)
    t_small, t_large = (_median(measured[("arrow", 2, n)], "seconds") for n in (small, size))
    r_local = (size - small) / (t_large - t_small)
    a_local = t_large - size / r_local
    # c and a_dask from the one-worker runs: a worker alone on a core, as on a cluster node (two
    # workers here share two cores with everything else the machine runs: they are the check)
    single = measured[("dask", 1, size)]
    c = statistics.median(r["task_seconds"] / r["records"] for r in single)
    t_small_dask = _median(measured[("dask", 1, small)], "seconds")
    a_dask = t_small_dask - small * c     # fitted like a_local: from the smaller file
    start = statistics.median(r["cluster_start"] for k, rs in measured.items() if k[0] == "dask" for r in rs)

    def t_dask(n: float, w: int) -> float:
        return a_dask + n * c / w

    print(f"# {time.strftime('%Y-%m-%d %H:%M')}, measured on this machine (medians of {runs} runs)")
    print("| configuration | records | seconds (median) |\n|---|---:|---:|")
    for (engine, workers, n), rs in sorted(measured.items()):
        label = "local stream, 2 threads" if engine == "arrow" else f"Dask LocalCluster, {workers} worker(s)"
        print(f"| {label} | {n:,} | {_median(rs, 'seconds'):.2f} |")
    print(f"\nlocal stream: a_local = {a_local:.2f} s, r_local = {r_local:,.0f} records/s")
    print(f"Dask: a_dask = {a_dask:.2f} s (scheduling, transfers, merge, pricing), c = {c * 1e9:.0f} ns per record "
          f"on one worker ({1 / c:,.0f} records/s a worker); a LocalCluster starts in {start:.1f} s")
    pair = measured[("dask", 2, size)]
    print(f"model check, 2 workers at {size:,}: predicted {t_dask(size, 2):.2f} s, measured "
          f"{_median(pair, 'seconds'):.2f} s, with the tasks taking {_median(pair, 'task_seconds') / size * 1e9:.0f} ns "
          f"a record each instead of {c * 1e9:.0f} (the two workers' share of this machine's two cores)")
    print("\n| workers | break-even records | ... if the cluster's fixed cost is 1 s more | ... 5 s more "
          "| 100M: Dask vs local (s) | 1B: Dask vs local (s) | storage read rate needed |"
          "\n|---:|---:|---:|---:|---:|---:|---:|")
    for w in (2, 8, 64):
        row = [_breakeven(a_dask + extra - a_local, 1 / r_local - c / w) for extra in (0, 1, 5)]
        for n in (1e8, 1e9):
            row.append(f"{t_dask(n, w):,.1f} vs {a_local + n / r_local:,.1f}")
        row.append(f"{bytes_per_record * w / c / 2**30:,.1f} GiB/s")
        print(f"| {w} | " + " | ".join(row) + " |")
