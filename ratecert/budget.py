"""The example budget of a slow SUT, applied to one property as it runs, and what a run's budget cut.

A billing system that takes half a second a bill spends a minute on 60 generated examples of one
property, and hypothesis may spend five more shrinking a failure: a certification of such a system
takes as long as its slowest properties. The budget (`Budget` of the settings) caps the examples
through hypothesis's `max_examples` and the time through the property's inner test: once the
property's seconds are spent, no new example begins. Hypothesis has no time cap of its own, so the
inner test ends the run by raising `BudgetSpent` - a BaseException, which hypothesis passes through
rather than taking for a failure. Before any failure that ends generation: the property passes on
the examples it ran. While a failure is being shrunk: the smallest failing example seen so far is
the verdict, its exception re-raised with a note that shrinking was cut. The final replay of a fully
shrunk example always runs. Each property's examples, and whether the budget cut it, go into its
event, and the report, summary and certificate say so.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pytest
from hypothesis.control import current_build_context

from ratecert.run_log import Run
from ratecert.settings import Budget


class BudgetSpent(BaseException):
    """A property's time is spent: no new example begins (not a failure, so not an Exception)."""


@dataclass
class PropertyBudget:
    """One check's hypothesis runs under a time cap: their examples and the last failure seen.

    `remember` returns what the check recorded of the example that just failed (its case and
    bills), `restore` puts it back when the cut leaves a later, passing example recorded."""

    seconds: float | None                   # None: examples are counted, time is not capped
    remember: Callable[[], Any] = field(default=lambda: None)
    restore: Callable[[Any], None] = field(default=lambda remembered: None)
    examples: int = 0                       # examples run before the first failure (the generation the verdict rests on)
    cut: bool = False                       # the cap ended generation or shrinking
    failure: Exception | None = None        # the latest failing example's exception (shrinking makes it smaller)
    remembered: Any = None
    _deadline: float | None = None

    def wrap(self, inner: Callable[..., Any]) -> Callable[..., Any]:
        """`inner` (hypothesis's `inner_test`) under the cap; the clock starts at the first example."""
        @functools.wraps(inner)
        def budgeted(*args: Any, **kwargs: Any) -> Any:
            now = time.monotonic()
            if self._deadline is None:
                self._deadline = now + self.seconds if self.seconds is not None else float("inf")
            if now >= self._deadline and not current_build_context().is_final:
                self.cut = True
                raise BudgetSpent
            if self.failure is None:
                self.examples += 1
            try:
                return inner(*args, **kwargs)
            except Exception as exc:
                self.failure, self.remembered = exc, self.remember()
                raise
        return budgeted

    @contextmanager
    def applied(self, test: Any) -> Iterator[None]:
        """Run `test` (a @given function: a property, or a law a Gherkin step runs) under the cap. A
        run cut before any failure ends normally - a pass on the examples run -; one cut while
        shrinking raises the last failure, noted, with what the check recorded of it."""
        handle = test.hypothesis
        inner = handle.inner_test
        handle.inner_test = self.wrap(inner)
        try:
            yield
        except BudgetSpent:
            if self.failure is not None:
                self.restore(self.remembered)
                self.failure.add_note(f"ratecert: the budget of {self.seconds or 0:g} s ran out while shrinking; this "
                                      "is the smallest failing example found by then")
                raise self.failure from None
        finally:
            handle.inner_test = inner

    def record(self) -> dict[str, Any]:
        """What the check's event says of its examples (nothing for a check that generated none)."""
        return {"examples": self.examples, "budget_cut": self.cut} if self.examples or self.cut else {}


BUDGET = pytest.StashKey[PropertyBudget]()   # the budget of the check an item runs, kept by the plugin


def reduced(run: Run) -> list[dict[str, Any]]:
    """The checks whose hypothesis runs the budget's time cap cut: they rest on fewer examples."""
    return [e for e in run.events if e.get("budget_cut")]


def budget_record(run: Run) -> dict[str, Any] | None:
    """The budget as the summary and the certificate state it: its limits, the profile's examples,
    and each property it cut with the examples its verdict rests on; None for a run without one."""
    if not run.header.get("budget"):
        return None
    return {"limits": run.header["budget"], "profile_examples": run.header.get("max_examples"),
            "cut": [{"tp": e.get("tp"), "examples": e["examples"], "verdict": e["verdict"]} for e in reduced(run)]}


def statement(run: Run) -> str | None:
    """The budget of a run and what it cut, in one paragraph; None for a run without a budget."""
    budget = run.header.get("budget")
    if not budget:
        return None
    text = (f"Example budget: {Budget.model_validate(budget).describe()} (the profile asks "
            f"{run.header.get('max_examples', '?')} examples each); scenarios of fixed cases are not cut.")
    cut = reduced(run)
    if not budget.get("seconds"):
        return text
    if not cut:
        return text + " No property reached the time cap."
    said = [f"{e.get('tp') or e.get('name')} passed on {e['examples']} examples" if e["verdict"] == "pass" else
            f"{e.get('tp') or e.get('name')}: {e['verdict']} at example {e['examples']}, its shrinking cut short"
            for e in cut]
    return text + f" Reached the time cap, so resting on fewer examples: {'; '.join(said)}."
