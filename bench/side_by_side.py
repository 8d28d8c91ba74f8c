"""Two or more ways of doing the same thing timed in one run, taking turns at going first, so a
machine that other work slows slows them alike; what each returned is kept to compare."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any


def take_turns(ways: dict[str, Callable[[int], Any]], rounds: int) -> tuple[dict[str, list[float]], list[dict[str, Any]]]:
    """Each way called with the round's number, `rounds` times: the seconds each round took, and
    what each way returned, round by round."""
    times: dict[str, list[float]] = {name: [] for name in ways}
    results: list[dict[str, Any]] = []
    for turn in range(rounds):
        answers = {}
        for name in (list(ways) if turn % 2 == 0 else list(reversed(ways))):
            began = time.perf_counter()
            answers[name] = ways[name](turn)
            times[name].append(time.perf_counter() - began)
        results.append(answers)
    return times, results


def print_medians(times: dict[str, list[float]]) -> None:
    """Each way's median round in ms, and its ratio to the first way's."""
    base = statistics.median(next(iter(times.values())))
    for name, spent in times.items():
        print(f"{name:24} {statistics.median(spent) * 1000:8.1f} ms  {statistics.median(spent) / base:5.2f}x")
