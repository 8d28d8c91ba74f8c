"""The bulk audit against what a data engineer would write instead: ratecert's `audit` command, one
DuckDB query and one Polars query implementing the same rules - the catalog's access-minute
measurement (6.5.4-6.8.4: the start event by feature group, direction, signaling and routing; the
first disconnect; unanswered calls zero; a stop before the start rejected) and the monthly sums that
are priced (milliseconds per accumulation unit rounded up to whole minutes, summed per account,
month, end office, feature group, direction, routing and jurisdiction) - on the same Parquet files.

    python3 bench/audit.py [--sizes 1000000,10000000,100000000] [--runs 3] [--data /tmp/ratecert-bench]
    python3 bench/audit.py --scale-out [--size 10000000]     # the Dask model (see docs/bulk-audit.md)

Each run is a fresh process, timed from its start to its exit (interpreter, imports and set-up
included: what a user waits for; ratecert's bytecode compiled first, as an install has it -
`--as-checkout` to skip), with its peak resident memory from the kernel (wait4). The three
engines run in turn, run after run, so a machine that other work slows slows them alike; medians are
printed with min and max. ratecert does its whole job (it also compares each record with the
vendor's column, prices the bills through the reference and writes its reports); the queries only
measure and sum - the strictest comparison for ratecert. The bench asserts that the three produce
identical sums, row for row. Data are generated once per size (not timed).
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ENGINES = ("ratecert", "duckdb", "polars")
SUMS = ["account", "month", "end_office", "feature_group", "direction", "routing", "jurisdiction", "minutes"]

DUCKDB_QUERY = """
WITH calls AS (
  SELECT account, end_office, feature_group AS fg, direction, signaling, routing, line, jurisdiction,
         CASE WHEN direction = 'terminating' THEN answer
              WHEN feature_group = 'A' THEN off_hook
              WHEN signaling = 'SS7' AND feature_group IN ('C', 'D')
                   THEN CASE WHEN routing = 'direct' THEN iam_sent ELSE exit_message END
              ELSE answer END AS start,
         least(end_user_disconnect, customer_disconnect) AS stop
  FROM read_parquet('{path}')
), measured AS (
  SELECT *, CASE WHEN start IS NULL THEN 0 ELSE epoch_ms(stop) - epoch_ms(start) END AS ms
  FROM calls
  WHERE fg IN ('A', 'B', 'C', 'D') AND direction IN ('originating', 'terminating')
    AND coalesce(signaling, 'MF') IN ('MF', 'SS7') AND coalesce(routing, 'direct') IN ('direct', 'tandem')
    AND coalesce(jurisdiction, '') IN ('', 'intrastate', 'interstate')
    AND stop IS NOT NULL AND (start IS NULL OR stop >= start)
), units AS (
  SELECT account, date_trunc('month', stop) AS month, end_office,
         CASE WHEN fg = 'A' THEN coalesce(line, '') ELSE '' END AS unit,
         fg, direction, routing, coalesce(jurisdiction, '') AS jurisdiction, sum(ms) AS ms
  FROM measured GROUP BY ALL
)
SELECT account, strftime(month, '%Y-%m') AS month, end_office, fg, direction, routing, jurisdiction,
       sum((ms + 59999) // 60000)::BIGINT AS minutes
FROM units GROUP BY ALL ORDER BY ALL
"""


def run_duckdb(path: Path) -> list[tuple]:
    import duckdb

    return duckdb.connect().execute(DUCKDB_QUERY.format(path=str(path).replace("'", "''"))).fetchall()


def run_polars(path: Path) -> list[tuple]:
    import polars as pl

    c = pl.col
    fg, direction, signaling, routing = c("feature_group"), c("direction"), c("signaling"), c("routing")
    ss7_cd = (signaling == "SS7") & fg.is_in(["C", "D"])
    start = (pl.when(direction == "terminating").then(c("answer"))
             .when(fg == "A").then(c("off_hook"))
             .when(ss7_cd & (routing == "direct")).then(c("iam_sent"))
             .when(ss7_cd & (routing == "tandem")).then(c("exit_message"))
             .otherwise(c("answer")))
    stop = pl.min_horizontal("end_user_disconnect", "customer_disconnect")
    measured = (pl.scan_parquet(path)
                .with_columns(start=start, stop=stop)
                .filter(fg.is_in(["A", "B", "C", "D"]) & direction.is_in(["originating", "terminating"])
                        & signaling.fill_null("MF").is_in(["MF", "SS7"])
                        & routing.fill_null("direct").is_in(["direct", "tandem"])
                        & c("jurisdiction").cast(pl.String).fill_null("").is_in(["", "intrastate", "interstate"])
                        & c("stop").is_not_null() & (c("start").is_null() | (c("stop") >= c("start"))))
                .with_columns(ms=pl.when(c("start").is_null()).then(0)
                              .otherwise((c("stop") - c("start")).dt.total_milliseconds()),
                              month=c("stop").dt.truncate("1mo"),
                              unit=pl.when(fg == "A").then(c("line").cast(pl.String).fill_null("")).otherwise(pl.lit("")),
                              jurisdiction=c("jurisdiction").cast(pl.String).fill_null("")))
    keys = ["account", "month", "end_office", "feature_group", "direction", "routing", "jurisdiction"]
    sums = (measured.group_by([*keys, "unit"]).agg(c("ms").sum())
            .with_columns(minutes=(c("ms") + 59_999) // 60_000)
            .group_by(keys).agg(c("minutes").sum())
            .with_columns(c("month").dt.strftime("%Y-%m"), *(c(k).cast(pl.String) for k in keys if k != "month"))
            .sort(keys))
    return sums.collect(engine="streaming").rows()


def child(engine: str, usage: Path, terms: Path, out: Path) -> None:
    """One timed process: the alternatives write their sums to `out`/quantities.csv, as ratecert does."""
    rows = run_duckdb(usage) if engine == "duckdb" else run_polars(usage)
    out.mkdir(parents=True, exist_ok=True)
    with (out / "quantities.csv").open("w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(SUMS)
        writer.writerows(rows)


def command(engine: str, usage: Path, terms: Path, out: Path) -> list[str]:
    if engine == "ratecert":
        return [sys.executable, "-m", "ratecert", "audit", str(usage), "--terms", str(terms), "--out", str(out)]
    return [sys.executable, __file__, "--child", engine, str(usage), str(terms), str(out)]


def timed(cmd: list[str]) -> tuple[float, float, float]:
    """Wall seconds from spawn to exit, the child's peak RSS (MiB) and CPU seconds (user + system)
    from wait4 - the CPU time is what a loaded machine distorts least."""
    with tempfile.TemporaryFile() as errors:
        began = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - began
        code = os.waitstatus_to_exitcode(status)
        proc.returncode = code
        if code not in (0, 1):   # ratecert exits 1 on the planted discrepancies
            errors.seek(0)
            raise SystemExit(f"{' '.join(cmd[:4])} failed ({code}): {errors.read().decode()[-2000:]}")
    return wall, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def sums(out: Path) -> list[tuple[str, ...]]:
    with (out / "quantities.csv").open(newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == SUMS, rows[0]
    return sorted(tuple(r) for r in rows[1:])


def ensure(data: Path, size: int) -> tuple[Path, Path]:
    sys.path.insert(0, str(ROOT))
    from ratecert_reference.access_catalog_3.bulk.synthetic import write_terms

    data.mkdir(parents=True, exist_ok=True)
    terms, usage = data / "terms.json", data / f"usage-{size}.parquet"
    write_terms(terms)
    if not usage.exists():
        began = time.perf_counter()
        partial = data / f".usage-{size}.parquet"
        # in a process of its own: a child's peak memory (wait4's ru_maxrss) counts the pages it
        # shared with this process when it was spawned, so a bench that had generated a file itself
        # reported that footprint as every engine's peak
        subprocess.run([sys.executable, __file__, "--generate", str(size), str(partial)], check=True)
        partial.rename(usage)
        print(f"generated {size:,} records in {time.perf_counter() - began:.0f} s "
              f"({usage.stat().st_size / 2**20:,.0f} MiB)", file=sys.stderr)
    return usage, terms


def compiled() -> str:
    """ratecert as installed: its modules' bytecode written once, not timed - pip compiles a wheel's
    modules when it installs them, and DuckDB and Polars are installed packages. A checkout compiles
    every module it imports at every run when bytecode cannot be written (PYTHONDONTWRITEBYTECODE,
    set on the project's machine): 0.1 s of CPU at each audit. Python ignores bytecode older than
    its source."""
    import compileall
    from importlib.util import find_spec

    folders = [Path(found.origin).parent for name in ("ratecert", "ratecert_reference")
               if (found := find_spec(name)) is not None and found.origin]
    ok = all(compileall.compile_dir(folder, quiet=1) for folder in folders)
    return f"bytecode of {', '.join(str(f) for f in folders)} {'compiled' if ok else 'NOT all compiled'}"


def compare(sizes: list[int], runs: int, data: Path, compile_first: bool = True) -> None:
    print(f"# {time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} cores, load average before: "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    print(f"# {compiled() if compile_first else 'ratecert run as a checkout (bytecode not compiled first)'}; "
          f"PYTHONDONTWRITEBYTECODE={os.environ.get('PYTHONDONTWRITEBYTECODE', '')!r}", flush=True)
    table = []
    for size in sizes:
        usage, terms = ensure(data, size)
        results: dict[str, list[tuple[float, float, float]]] = {e: [] for e in ENGINES}
        with tempfile.TemporaryDirectory(prefix="ratecert-audit-bench-") as scratch:
            for run in range(runs):
                for engine in ENGINES:
                    out = Path(scratch) / engine
                    wall, peak, cpu = timed(command(engine, usage, terms, out))
                    results[engine].append((wall, peak, cpu))
                    print(f"{size:>11,} run {run + 1} {engine:8} {wall:7.2f} s  {size / wall:>12,.0f} records/s  "
                          f"cpu {cpu:6.2f} s  peak {peak:7,.0f} MiB", file=sys.stderr, flush=True)
                reference = sums(Path(scratch) / "ratecert")
                for engine in ENGINES[1:]:
                    assert sums(Path(scratch) / engine) == reference, f"{engine} sums differ from ratecert's at {size:,}"
            print(f"{size:>11,}: the three engines' sums are identical ({len(reference):,} rows, "
                  f"{sum(int(r[-1]) for r in reference):,} minutes)", file=sys.stderr, flush=True)
        medians = {e: statistics.median(w for w, _, _ in results[e]) for e in ENGINES}
        for engine in ENGINES:
            walls = [w for w, _, _ in results[engine]]
            table.append((size, engine, medians[engine], min(walls), max(walls), max(p for _, p, _ in results[engine]),
                          statistics.median(c for _, _, c in results[engine]),
                          medians[engine] / min(medians["duckdb"], medians["polars"])))
    print(f"# load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print("| records | engine | records/s (median) | seconds: median (min-max) | CPU seconds (median) "
          "| peak memory (MiB) | wall vs the faster query |\n|---:|---|---:|---:|---:|---:|---:|")
    for size, engine, median, low, high, peak, cpu, ratio in table:
        print(f"| {size:,} | {engine} | {size / median:,.0f} | {median:.2f} ({low:.2f}-{high:.2f}) | {cpu:.2f} "
              f"| {peak:,.0f} | {ratio:.2f}x |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000000,10000000,100000000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--data", type=Path, default=Path("/tmp/ratecert-bench"))
    parser.add_argument("--scale-out", action="store_true", help="measure the Dask model instead")
    parser.add_argument("--size", type=int, default=10_000_000, help="records for --scale-out")
    parser.add_argument("--as-checkout", action="store_true",
                        help="do not compile ratecert's bytecode first (a checkout that cannot write it compiles "
                             "every module at every run)")
    parser.add_argument("--child", nargs=4, metavar=("ENGINE", "USAGE", "TERMS", "OUT"), help=argparse.SUPPRESS)
    parser.add_argument("--generate", nargs=2, metavar=("SIZE", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.generate:
        from ratecert_reference.access_catalog_3.bulk.synthetic import generate

        generate(Path(args.generate[1]), int(args.generate[0]), plant_every=1_000_000)
        return
    if args.child:
        engine, usage, terms, out = args.child
        child(engine, Path(usage), Path(terms), Path(out))
        return
    if args.scale_out:
        from scale_out_model import scale_out   # bench/scale_out_model.py

        scale_out(args.size, args.runs, args.data, ensure)
        return
    compare([int(s) for s in args.sizes.split(",")], args.runs, args.data, compile_first=not args.as_checkout)


if __name__ == "__main__":
    main()
