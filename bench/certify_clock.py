"""A pytest plugin that bench/certify.py loads into every process of a certification (the
controller and each xdist worker, through PYTEST_PLUGINS): it clocks the adapter's `bill` calls -
what the run spends waiting for the SUT to bill a case, protocol round trip included - and, for a
SUT in its own process, that process's own CPU seconds, read from /proc just before the adapter
stops it. Each process writes its totals to $RATECERT_BENCH_CLOCK/<pid>.json when it ends; a
worker forked by `certify -j N` (ratecert.parallel) starts from zero and, as it ends with
os._exit and no pytest_unconfigure, writes them after each check and when it stops its SUT.

Not part of ratecert: the product has no bench hooks, so the bench wraps the adapter from outside.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from ratecert.adapters.base import Adapter
from ratecert.adapters.subprocess_lines import SubprocessAdapter

TICK = os.sysconf("SC_CLK_TCK")
TOTALS = {"bill_calls": 0, "bill_wall": 0.0, "bill_cpu": 0.0, "sut_cpu": 0.0}

_bill = Adapter.bill
_close = SubprocessAdapter.close


def _timed_bill(self: Adapter, case: Any) -> Any:
    wall, cpu = time.perf_counter(), time.thread_time()
    try:
        return _bill(self, case)
    finally:
        TOTALS["bill_calls"] += 1
        TOTALS["bill_wall"] += time.perf_counter() - wall
        TOTALS["bill_cpu"] += time.thread_time() - cpu   # in process: the reference's own billing


def process_cpu(pid: int) -> float:
    """User + system CPU seconds of a live process (fields 14 and 15 of /proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def _clocked_close(self: SubprocessAdapter) -> None:
    process = getattr(self, "_process", None)
    if process is not None:
        try:
            TOTALS["sut_cpu"] += process_cpu(process.proc.pid)
        except (OSError, IndexError, ValueError):
            pass
    _close(self)
    if os.getpid() != _STARTED_IN:
        _save()


def _forked() -> None:
    for key in TOTALS:
        TOTALS[key] = type(TOTALS[key])()


Adapter.bill = _timed_bill                 # type: ignore[method-assign]
SubprocessAdapter.close = _clocked_close   # type: ignore[method-assign]
os.register_at_fork(after_in_child=_forked)
_STARTED_IN = os.getpid()


def _save() -> None:
    folder = os.environ.get("RATECERT_BENCH_CLOCK")
    if folder:
        Path(folder, f"{os.getpid()}.json").write_text(json.dumps(TOTALS))


def pytest_runtest_logfinish(nodeid: str, location: Any) -> None:
    if os.getpid() != _STARTED_IN:   # a forked worker: it may end at any check
        _save()


def pytest_unconfigure(config: Any) -> None:
    _save()
