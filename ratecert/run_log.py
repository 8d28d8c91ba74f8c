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

from ratecert.inputs import BadInput, read_text
from ratecert.selection import Narrowing
from ratecert.untrusted_text import json_text
from ratecert.verdicts import Verdict

VERDICTS = frozenset(v.value for v in Verdict)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class RunLogWriter:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._file: TextIO = path.open("w", encoding="utf-8")

    def write(self, record: dict[str, Any], durable: bool = False) -> None:
        self._file.write(json_text(record) + "\n")
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

    @property
    def narrowing(self) -> Narrowing | None:
        """How the run was narrowed from the whole certification (None: it was not)."""
        return Narrowing.from_record((self.footer or {}).get("selection"))


def read_run(path: Path) -> Run:
    """Read a run log; a torn last line (a crash mid-write) is recorded, not fatal.

    A file that does not begin with a run log's header is refused (BadInput) rather than rendered
    as an empty run; a line that is not a verdict event ratecert could have written (no known
    verdict, no list of clauses) is recorded as damaged, so a report is never built from it."""
    text = read_text(path, "run log")
    run = Run(header={})
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (ValueError, RecursionError):
            record = None
        kind = record.get("type") if isinstance(record, dict) else None
        if not run.header and kind != "header":
            raise BadInput(f"{path} is not a run log: line {number} is not its header "
                           "(a run log is the results.jsonl of `ratecert certify`)")
        if kind == "header":
            run.header = record   # type: ignore[assignment]
        elif kind == "footer":
            run.footer = record   # type: ignore[assignment]
        elif kind == "verdict" and _is_event(record):
            run.events.append(record)   # type: ignore[arg-type]
        else:
            run.damaged_lines.append(number)
    if not run.header:
        raise BadInput(f"{path} is not a run log: it is empty")
    return run


def _is_event(record: Any) -> bool:
    return record.get("verdict") in VERDICTS and isinstance(record.get("clauses"), list)
