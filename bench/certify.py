"""A full certification against the time its SUT spends billing: `ratecert certify` of the
reference (in process), of the ACME example (its own process, JSON lines) and of the Node.js
example (over HTTP), serial and with -j 2, each a fresh process timed from its start to its exit.

    python3 bench/certify.py [--runs 3] [--suts reference,acme,node] [--jobs 1,2] [--cases drawn,kept]

Printed per SUT and job count, medians over the runs (min-max beside the wall):

- wall and CPU of the whole certification (the certify process and every process it waited for:
  the xdist workers, the SUT processes they started);
- bill calls: the wall time inside the adapter's `bill` calls, summed over the processes that
  billed - the time the run waited for the SUT, protocol round trip included (for the reference
  in process that is the reference billing, plus about 20 us of protocol per case);
- SUT CPU: the SUT's own CPU seconds (in process: CPU inside the bill calls; a subprocess SUT:
  its processes' CPU read from /proc before they are stopped; the Node.js server: its CPU over
  the run, read from /proc before and after);
- the floor of a certification on this machine: the bill calls divided by the processes that
  billed in parallel, and `wall / floor`;
- per SUT, its fixed start - a certification that selects no check, timed the same way - and each
  configuration's wall against issue 21's aim: twice the time its SUT spends billing (the bill
  calls) plus that fixed start.

Each configuration runs twice over, by where its properties' cases come from (`--cases`):

- drawn: hypothesis draws them, as on a machine that never certified this release (the cache
  folder holds the loaded spec but no casebook);
- kept: the casebooks a first, untimed certification of the reference kept (ratecert.casebook)
  are replayed, as on every later certification of the same release and packs.

The runs of one SUT alternate serial and parallel (1, 2, 1, 2, ...) so a machine that other work
slows slows both alike, and each SUT ends with the ratio of each job count's wall to the first's,
pair by pair (median, min-max). Every run's verdict events (results.jsonl, in order, all but their
timestamps and durations) must equal the first serial run's: the bench stops with the difference
otherwise. The bench's clock is a
pytest plugin (bench/certify_clock.py) loaded into every process through PYTEST_PLUGINS.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from certify_clock import process_cpu  # noqa: E402 - the bench folder is not a package

SUTS = {"reference": "reference", "acme": f"cmd:{sys.executable} examples/acme_billing/acme_billing.py"}


VOLATILE = {"at", "duration", "worker"}   # what two serial runs of one certification differ in


def verdicts(log: Path) -> list[dict[str, object]]:
    """The run's verdict events in order, timestamps and durations left out."""
    events = [json.loads(line) for line in log.read_text().splitlines() if line.strip()]
    return [{k: v for k, v in e.items() if k not in VOLATILE} for e in events if e.get("type") == "verdict"]


NO_CHECK = ("--", "-k", "no_check_is_named_this")   # a certification's fixed start: everything but checks


def certify(sut: str, jobs: int, clock: Path, out: Path, cache: Path, *extra: str) -> dict[str, float]:
    """One certification in a fresh process: wall, CPU (itself and what it waited for), clocks."""
    for stale in clock.glob("*.json"):
        stale.unlink()
    env = {**os.environ, "PYTEST_PLUGINS": "certify_clock", "RATECERT_BENCH_CLOCK": str(clock),
           "RATECERT_CACHE": str(cache),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(BENCH), os.environ.get("PYTHONPATH")]))}
    argv = [sys.executable, "-m", "ratecert", "certify", "--sut", sut, "--out", str(out), "-j", str(jobs), *extra]
    with tempfile.TemporaryFile() as stderr:
        began = time.perf_counter()
        proc = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=stderr)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - began
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode not in ((2,) if extra == NO_CHECK else (0, 1)):   # no check ran: exit 2, as it should
            stderr.seek(0)
            raise SystemExit(f"certify {sut} -j {jobs} exited {proc.returncode}:\n{stderr.read().decode()[-3000:]}")
    totals = [json.loads(p.read_text()) for p in clock.glob("*.json")]
    billing = [t for t in totals if t["bill_calls"]]
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "exit": proc.returncode,
            "bill_calls": sum(t["bill_calls"] for t in totals), "bill_wall": sum(t["bill_wall"] for t in totals),
            "sut_cpu": sum(t["sut_cpu"] if sut.startswith("cmd:") else t["bill_cpu"] for t in totals),
            "billers": len(billing)}


def caches(scratch: Path) -> dict[str, Callable[[], Path]]:
    """The cache folder of each way of getting the cases: `kept` is warmed once by a certification of
    the reference (its spec and every casebook); `drawn` is a fresh copy of it without casebooks."""
    kept = scratch / "kept"
    subprocess.run([sys.executable, "-m", "ratecert", "certify", "--out", str(scratch / "warm-up")], cwd=ROOT,
                   env={**os.environ, "RATECERT_CACHE": str(kept)}, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=False)
    assert any(kept.glob("casebooks/*/*.pickle")), "the warm-up kept no casebook"

    def drawn() -> Path:
        folder = scratch / "drawn"
        shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(kept, folder, ignore=shutil.ignore_patterns("casebooks"))
        return folder
    return {"drawn": drawn, "kept": lambda: kept}


def start_node() -> tuple[subprocess.Popen[str], str]:
    node = subprocess.Popen(["node", str(ROOT / "examples/node_billing/server.js"), "0"],
                            stdout=subprocess.PIPE, text=True)
    assert node.stdout is not None
    return node, node.stdout.readline().split()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--suts", default="reference,acme,node")
    parser.add_argument("--jobs", default="1,2")
    parser.add_argument("--cases", default="drawn,kept")
    args = parser.parse_args()
    jobs = [int(j) for j in args.jobs.split(",")]
    modes = args.cases.split(",")
    print(f"{'SUT':10} {'cases':5} {'-j':>2} {'wall s':>7} {'(min-max)':>13} {'CPU s':>6} {'bill calls s':>12} "
          f"{'SUT CPU s':>9} {'cases':>6} {'floor s':>7} {'wall/floor':>10}  verdicts")
    with tempfile.TemporaryDirectory(prefix="ratecert-bench-") as scratch:
        clock, out = Path(scratch, "clock"), Path(scratch, "out")
        clock.mkdir()
        cache = caches(Path(scratch))
        for name in args.suts.split(","):
            node = None
            if name == "node":
                if not shutil.which("node"):
                    print("node: not installed, skipped")
                    continue
                node, sut = start_node()
            else:
                sut = SUTS[name]
            runs: dict[tuple[str, int], list[dict[str, float]]] = {(m, j): [] for m in modes for j in jobs}
            expected: list[dict[str, object]] | None = None
            starts: list[float] = []
            try:
                for _ in range(args.runs):
                    starts.append(certify(sut, 1, clock, out, cache["kept"](), *NO_CHECK)["wall"])
                    for mode, j in runs:
                        before = process_cpu(node.pid) if node else 0.0
                        run = certify(sut, j, clock, out, cache[mode]())
                        if node:
                            run["sut_cpu"] = process_cpu(node.pid) - before
                            run["billers"] = j
                        seen = verdicts(out / "results.jsonl")
                        expected = expected if expected is not None else seen
                        if seen != expected:
                            differ = [(a.get("nodeid"), b.get("nodeid")) for a, b in zip(expected, seen) if a != b]
                            raise SystemExit(f"{name} {mode} -j {j}: {len(seen)} verdict events against {len(expected)}, "
                                             f"differing from the first run's at {differ[:5]}")
                        run["verdicts"] = len(seen)
                        runs[mode, j].append(run)
            finally:
                if node:
                    node.terminate()
                    node.wait()
            medians = {config: {key: statistics.median(r[key] for r in done) for key in done[0]}
                       for config, done in runs.items()}
            counts = collections.Counter(str(event["verdict"]) for event in expected or [])
            for mode, j in runs:
                median = medians[mode, j]
                walls = [r["wall"] for r in runs[mode, j]]
                floor = median["bill_wall"] / max(1, median["billers"])
                print(f"{name:10} {mode:5} {j:>2} {median['wall']:7.2f} {f'({min(walls):.1f}-{max(walls):.1f})':>13} "
                      f"{median['cpu']:6.1f} {median['bill_wall']:12.2f} {median['sut_cpu']:9.2f} "
                      f"{int(median['bill_calls']):>6} {floor:7.2f} {median['wall'] / floor if floor else 0:10.1f}  "
                      f"{int(median['verdicts'])} ({', '.join(f'{v} {n}' for v, n in sorted(counts.items()))})",
                      flush=True)
            for mode in modes:
                for j in jobs[1:]:
                    ratios = [b["wall"] / a["wall"] for a, b in zip(runs[mode, jobs[0]], runs[mode, j])]
                    print(f"{name:10} {mode:5} -j {j} / -j {jobs[0]} wall: {statistics.median(ratios):.2f} "
                          f"({min(ratios):.2f}-{max(ratios):.2f}, {len(ratios)} pairs)", flush=True)
            start = statistics.median(starts)
            print(f"{name:10} fixed start: {start:.2f} s ({min(starts):.1f}-{max(starts):.1f}), a certification that "
                  f"selects no check (imports, spec, the SUT started, collection, the report)", flush=True)
            for mode, j in runs:   # issue 21: within 2x of the time the SUT spends billing, plus a fixed start
                wall, billing = medians[mode, j]["wall"], medians[mode, j]["bill_wall"]
                target = 2 * billing + start
                print(f"{name:10} {mode:5} -j {j}: {wall:.2f} s against 2 x {billing:.2f} s of bill calls + "
                      f"{start:.2f} s = {target:.2f} s: {wall / target:.2f}x", flush=True)


if __name__ == "__main__":
    main()
