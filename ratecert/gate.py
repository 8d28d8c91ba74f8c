"""The gate: one decision about a run, shared by the exit code, the reports, the badge and the
certificate. It reads only the run log (waivers and their as-of date are recorded in its header),
so any output re-rendered later reaches the same decision."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ratecert.run_log import Run
from ratecert.verdicts import APPLICABLE, Verdict, compliance, tally
from ratecert.waivers import Waiver


@dataclass
class Assessment:
    counts: dict[str, int]
    conformant: bool
    complete: bool
    compliance: float | None
    waived: list[tuple[dict[str, Any], Waiver]] = field(default_factory=list)
    unexpected_passes: list[tuple[dict[str, Any], Waiver]] = field(default_factory=list)
    expired: list[Waiver] = field(default_factory=list)
    blocking: list[dict[str, Any]] = field(default_factory=list)   # fail, error, inconclusive not waived
    undecided: str | None = None   # why the run could not decide (the SUT did not start, ...): exit 2

    @property
    def applicable(self) -> int:
        return sum(self.counts[v.value] for v in APPLICABLE)

    @property
    def reasons(self) -> list[str]:
        out = []
        if self.undecided:   # already says why: "the SUT did not start: ...", "no applicable check ran"
            out.append(self.undecided)
        if not self.complete:
            out.append("the run did not finish (the log has no footer)")
        if not self.applicable and not self.undecided:
            out.append("no applicable check ran")
        # one line per verdict, clauses and test purpose, however many examples or rows share it
        blocking: dict[str, int] = {}
        for e in self.blocking:
            line = f"{e['verdict']}: {', '.join(e['clauses'])} {e.get('tp')}"
            blocking[line] = blocking.get(line, 0) + 1
        out += [line if n == 1 else f"{line} - {n} checks" for line, n in blocking.items()]
        out += [f"expired waiver ({w.expires}): {w.tp or w.clause} - {w.ticket}" for w in self.expired]
        return out


def waivers_of(run: Run) -> tuple[list[Waiver], dt.date]:
    header = run.header
    as_of = dt.date.fromisoformat(header.get("as_of") or str(header.get("started", ""))[:10] or dt.date.today().isoformat())
    return [Waiver.model_validate(w) for w in header.get("waivers") or []], as_of


def assess(run: Run) -> Assessment:
    waivers, as_of = waivers_of(run)
    counts = tally(e["verdict"] for e in run.events)
    result = Assessment(counts=counts, conformant=False, complete=run.complete, compliance=compliance(counts),
                        undecided=(run.footer or {}).get("broken") or run.header.get("start_error"))
    result.expired = [w for w in waivers if w.expired(as_of)]
    live = [w for w in waivers if not w.expired(as_of)]
    for event in run.events:
        waiver = next((w for w in live if w.covers(event)), None)
        if event["verdict"] == Verdict.failed.value and waiver is not None:
            result.waived.append((event, waiver))
        elif event["verdict"] == Verdict.passed.value and waiver is not None:
            result.unexpected_passes.append((event, waiver))
        elif event["verdict"] in (Verdict.failed.value, Verdict.error.value, Verdict.inconclusive.value):
            result.blocking.append(event)
    result.conformant = not result.reasons
    return result
