"""Distinct gaps: the failures of a run grouped by cause, so a reader counts what is wrong with the
system rather than how many checks happened to meet it.

A cause is the clause and the field or element that differs: one missing holiday shift fails nine
rows of a payment date outline, two of another and a property, and is one gap (2.4.1(C)(1), 2.6
Legal Holiday: the payment date), not twelve. Failures of one document and verdict that differ in
the same field (`differs`, named by the step or property in shared words) are one gap when the
clauses behind them overlap; the clauses behind a failure are its own, or the clause of the
prerequisite it names when that is what failed. Errors and inconclusive checks are grouped the same
way, by their reason. Read from run log events only, so every report groups alike.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ratecert.clause_order import section_key


@dataclass
class Gap:
    document: str
    verdict: str
    differs: str
    clauses: set[str] = field(default_factory=set)
    events: list[dict[str, Any]] = field(default_factory=list)

    @property
    def purposes(self) -> list[tuple[str, int]]:
        """(test purpose, checks) behind the gap, most first."""
        counts = Counter(str(e.get("tp") or e.get("name") or "?") for e in self.events)
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))

    @property
    def prerequisite(self) -> int:
        """How many of its checks failed on a prerequisite (a fact they build on) rather than on what they test."""
        return sum(1 for e in self.events if e.get("prerequisite"))

    @property
    def example(self) -> dict[str, Any]:
        return self.events[0]

    def where(self) -> str:
        """'access-catalog-3 2.4.1(C)(1), 2.6 Legal Holiday' (or the document alone)."""
        sections = sorted({c.partition(":")[2] or c for c in self.clauses}, key=section_key)
        return " ".join(part for part in (self.document, ", ".join(sections)) if part)

    def describe(self) -> str:
        """'fail: access-catalog-3 2.4.1(C)(1), 2.6 Legal Holiday - payment date: 12 checks
        (AC3-PAY-010 x9, AC3-PAY-013 x2, AC3-LAW-003)'."""
        behind = ", ".join(p if n == 1 else f"{p} x{n}" for p, n in self.purposes)
        checks = len(self.events)
        return (f"{self.verdict}: {self.where()} - {self.differs}: {checks} check{'s' if checks > 1 else ''}"
                f" ({behind})")


def _differs(event: dict[str, Any]) -> str:
    if event.get("differs"):
        return str(event["differs"])
    reason = str(event.get("reason") or "no reason given").splitlines()[0]
    return reason if len(reason) <= 120 else reason[:117] + "..."


def _behind(event: dict[str, Any]) -> set[str]:
    return {event["prerequisite"]} if event.get("prerequisite") else set(event.get("clauses") or ())


def gaps(events: Iterable[dict[str, Any]]) -> list[Gap]:
    """The distinct gaps behind `events` (the failed, errored and inconclusive checks the gate
    counts), the gap with most checks first."""
    out: list[Gap] = []
    for event in events:
        key = (str(event.get("document") or ""), str(event.get("verdict")), _differs(event))
        clauses = _behind(event)
        joined = [g for g in out if (g.document, g.verdict, g.differs) == key
                  and (g.clauses & clauses or not (g.clauses or clauses))]
        gap = joined[0] if joined else Gap(*key)
        for other in joined[1:]:   # this event's clauses link gaps that were apart
            gap.clauses |= other.clauses
            gap.events += other.events
            out.remove(other)
        if not joined:
            out.append(gap)
        gap.clauses |= clauses
        gap.events.append(event)
    return sorted(out, key=lambda g: (-len(g.events), g.where(), g.differs))

