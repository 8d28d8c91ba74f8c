"""The five verdicts and the arithmetic of compliance over applicable checks (GUIDE 5)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from enum import Enum


class Verdict(str, Enum):
    passed = "pass"
    failed = "fail"
    error = "error"            # the run or the SUT broke: never counted as a pass or a fail
    not_applicable = "n/a"     # not claimed in the ICS, or a reading the SUT did not choose
    inconclusive = "inconclusive"  # the SUT skipped a check it claims


APPLICABLE = (Verdict.passed, Verdict.failed, Verdict.error, Verdict.inconclusive)


def tally(verdicts: Iterable[str]) -> dict[str, int]:
    counts = Counter(verdicts)
    return {v.value: counts.get(v.value, 0) for v in Verdict}


def conformant(counts: dict[str, int]) -> bool:
    """Conformant when at least one applicable check ran and every applicable check passed."""
    applicable = sum(counts[v.value] for v in APPLICABLE)
    return applicable > 0 and counts[Verdict.passed.value] == applicable


def compliance(counts: dict[str, int]) -> float | None:
    """Share of applicable checks that passed (None when nothing applied)."""
    applicable = sum(counts[v.value] for v in APPLICABLE)
    return counts[Verdict.passed.value] / applicable if applicable else None
