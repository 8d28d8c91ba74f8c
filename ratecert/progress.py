"""Progress of a long certification on stderr (rich): a bar when a person watches a terminal,
a line every tenth of the run when the output is a CI log."""

from __future__ import annotations

import sys
from typing import Any

import pytest
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
from rich.progress import Progress as RichProgress


class Progress:
    def __init__(self, items: list[Any]) -> None:
        self.total = len(items)
        self.done = 0
        self.console = Console(stderr=True)
        self.live = self.console.is_terminal
        self._bar: RichProgress | None = None
        if self.live:
            self._bar = RichProgress(TextColumn("certifying"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                                     console=self.console, transient=True)
            self._task = self._bar.add_task("checks", total=self.total)
            self._bar.start()
        _ACTIVE_PROGRESS[:] = [self]

    def advance(self) -> None:
        self.done += 1
        if self._bar is not None:
            self._bar.advance(self._task)
        elif self.done == self.total or self.done % max(1, self.total // 10) == 0:
            print(f"ratecert: {self.done}/{self.total} checks", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
        _ACTIVE_PROGRESS.clear()


PROGRESS = pytest.StashKey[Progress]()
_ACTIVE_PROGRESS: list[Progress] = []
