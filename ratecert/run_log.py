"""The run log: one JSON object per line, a header first and a footer last.

Every line is flushed to the operating system as it is written, so a crash of ratecert loses at
most the line being written; the header and the footer are also fsynced, so a run whose footer is
on disk is on disk whole (an fsync per event cost 2.7 s of a 20 s certification). A log without a
footer is an incomplete run, and every report is rendered from the log.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class RunLogWriter:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._file: TextIO = path.open("w", encoding="utf-8")

    def write(self, record: dict[str, Any], durable: bool = False) -> None:
        self._file.write(json.dumps(record, default=str, ensure_ascii=False) + "\n")
        self._file.flush()
        if durable:
            os.fsync(self._file.fileno())

    def header(self, **fields: Any) -> None:
        self.write({"type": "header", "started": _now(), **fields}, durable=True)

    def event(self, **fields: Any) -> None:
        self.write({"type": "verdict", "at": _now(), **fields})

    def footer(self, **fields: Any) -> None:
        self.write({"type": "footer", "finished": _now(), **fields}, durable=True)
        self._file.close()


@dataclass
class Run:
    header: dict[str, Any]
    events: list[dict[str, Any]] = field(default_factory=list)
    footer: dict[str, Any] | None = None
    damaged_lines: list[int] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return self.footer is not None


def read_run(path: Path) -> Run:
    """Read a run log; a torn last line (a crash mid-write) is recorded, not fatal."""
    run = Run(header={})
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            run.damaged_lines.append(number)
            continue
        kind = record.get("type")
        if kind == "header":
            run.header = record
        elif kind == "footer":
            run.footer = record
        else:
            run.events.append(record)
    return run
