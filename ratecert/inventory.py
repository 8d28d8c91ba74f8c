"""Accounting for an outside index of the documents' rules: every rule row maps to a clause that is
tested or untestable, and every flagged inconsistency is an interpretation or a recorded note.

An index (e.g. `../shared/inventory/*.md`) is Markdown: tables whose first column is headed `id` hold
one rule per row; tables whose first column is headed `flag` are registers of inconsistencies and
damaged text. Each pack keeps, in `spec/<document>/inventory.yaml`, the rows it accounts for with
their clause, per index file with the file's digest, and a note for each flag no interpretation
records. So the counts come from spec/ alone (`recorded`), and `reconcile` checks them against the
index itself when it is at hand: a row no pack lists, a row on a clause that is neither tested nor
untestable, a listed row the index no longer has, a file changed since, a flag nowhere recorded.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ratecert.coverage import DocumentCoverage
from ratecert.spec import Spec

_CELL = re.compile(r"^\|(.*)\|\s*$")
_SEPARATOR = re.compile(r"^\|(\s*:?-{3,}:?\s*\|)+\s*$")


@dataclass(frozen=True)
class IndexRow:
    """One row of an index table: its id and where it stands."""

    id: str
    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.id} ({self.file}:{self.line})"


@dataclass
class Index:
    """What an index folder holds: rule rows and flags per file, and each file's SHA-256."""

    rows: dict[str, list[IndexRow]] = field(default_factory=dict)
    flags: dict[str, list[IndexRow]] = field(default_factory=dict)
    digests: dict[str, str] = field(default_factory=dict)


def _cells(line: str) -> list[str] | None:
    match = _CELL.match(line.strip())
    return [c.strip() for c in match.group(1).split("|")] if match else None


def read_index(folder: Path) -> Index:
    """Every `*.md` of `folder`: its rule rows (first column headed `id`) and flags (headed `flag`),
    each id once per file (a later table repeating an id, e.g. a register of damaged amounts that
    names the row again, is the same rule)."""
    if not folder.is_dir():
        raise FileNotFoundError(f"no inventory folder {folder}")
    index = Index()
    for path in sorted(folder.glob("*.md")):
        data = path.read_bytes()
        index.digests[path.name] = hashlib.sha256(data).hexdigest()
        rows: dict[str, IndexRow] = {}
        flags: dict[str, IndexRow] = {}
        lines = data.decode("utf-8").splitlines()
        kind = None
        for number, line in enumerate(lines, 1):
            cells = _cells(line)
            if cells is None:
                kind = None
                continue
            if _SEPARATOR.match(line.strip()):
                continue
            following = lines[number] if number < len(lines) else ""
            if kind is None or _SEPARATOR.match(following.strip()):
                kind = cells[0].lower()   # a header row: the next line is the separator
                continue
            target = rows if kind == "id" else flags if kind == "flag" else None
            if target is not None and cells[0]:
                target.setdefault(cells[0], IndexRow(cells[0], path.name, number))
        index.rows[path.name] = list(rows.values())
        index.flags[path.name] = list(flags.values())
    return index


@dataclass
class Recorded:
    """One document's inventory rows as spec/ records them, by the status of their clause."""

    document: str
    rows: int = 0
    tested: int = 0
    untestable: int = 0
    untested: dict[str, str] = field(default_factory=dict)    # row -> its untested clause


def recorded(spec: Spec, results: list[DocumentCoverage]) -> list[Recorded]:
    """Per document with an inventory.yaml: its rows counted by their clause's coverage."""
    out = []
    for result in results:
        inventory = spec.document(result.document).inventory
        if inventory is None:
            continue
        counts = Recorded(result.document)
        for row, clause in inventory.rows.items():
            counts.rows += 1
            if clause in result.tested:
                counts.tested += 1
            elif clause in result.untestable:
                counts.untestable += 1
            else:
                counts.untested[row] = clause
        out.append(counts)
    return out


def untestable_rows(spec: Spec, results: list[DocumentCoverage]) -> list[tuple[str, str, list[str], str]]:
    """(document, clause, its inventory rows, why it is untestable) for each untestable clause that
    carries inventory rows: the judgement an auditor reads first, since no check stands behind it."""
    out = []
    for result in results:
        inventory = spec.document(result.document).inventory
        if inventory is None:
            continue
        by_clause: dict[str, list[str]] = {}
        for row, clause in inventory.rows.items():
            if clause in result.untestable:
                by_clause.setdefault(clause, []).append(row)
        out.extend((result.document, clause, rows, result.untestable[clause]) for clause, rows in by_clause.items())
    return out


def untestable_table(rows: list[tuple[str, str, list[str], str]]) -> str:
    """`untestable_rows` as one Markdown table (a cell's `|` escaped)."""
    lines = ["| document | clause | inventory rows | why no check can decide it |", "|---|---|---|---|"]
    for document, clause, ids, reason in rows:
        cells = [document, clause, ", ".join(ids), reason]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines)


@dataclass
class Reconciliation:
    """The index against spec/: what is not accounted for, each line naming the row or file."""

    rows: int
    accounted: int
    flags: int
    flags_recorded: int
    unaccounted: list[str] = field(default_factory=list)
    unrecorded_flags: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not (self.unaccounted or self.unrecorded_flags or self.stale or self.changed)


def reconcile(spec: Spec, results: list[DocumentCoverage], folder: Path) -> Reconciliation:
    """Check the index in `folder` against every document's inventory.yaml and clause coverage."""
    index = read_index(folder)
    status = {r.document: r for r in results}
    listed: dict[str, dict[str, tuple[str, str]]] = {}      # file -> row -> (document, clause)
    recorded_digests: dict[str, set[str]] = {}
    notes: set[str] = set()
    readings: set[str] = set()
    for doc in spec.documents.values():
        readings.update(i.flag for i in doc.interpretations.values() if i.flag)
        if doc.inventory is None:
            continue
        notes.update(doc.inventory.flags)
        for name, source in doc.inventory.sources.items():
            recorded_digests.setdefault(name, set()).add(source.sha256)
            for row, clause in source.rows.items():
                listed.setdefault(name, {})[row] = (doc.id, clause)

    rows = [row for file_rows in index.rows.values() for row in file_rows]
    result = Reconciliation(rows=len(rows), accounted=0, flags=sum(len(f) for f in index.flags.values()),
                            flags_recorded=0)
    for row in rows:
        owner = listed.get(row.file, {}).get(row.id)
        if owner is None:
            result.unaccounted.append(f"{row}: no document's inventory.yaml lists it")
            continue
        document, clause = owner
        coverage = status.get(document)
        if coverage is None or (clause not in coverage.tested and clause not in coverage.untestable):
            result.unaccounted.append(f"{row}: its clause {document}:{clause} is neither tested nor untestable")
            continue
        result.accounted += 1
    for name, file_rows in listed.items():
        present = {r.id for r in index.rows.get(name, [])}
        result.stale.extend(f"{row} ({name}): listed in spec/ but not in the index"
                            for row in file_rows if row not in present)
    for name, digests in recorded_digests.items():
        actual = index.digests.get(name)
        if actual is None:
            result.changed.append(f"{name}: recorded in spec/ but not in {folder}")
        elif digests != {actual}:
            result.changed.append(f"{name}: changed since it was reconciled (sha256 {actual}, "
                                  f"recorded {', '.join(sorted(digests))})")
    for file_flags in index.flags.values():
        for flag in file_flags:
            if flag.id in readings or flag.id in notes:
                result.flags_recorded += 1
            else:
                result.unrecorded_flags.append(f"{flag}: no interpretation cites it and no inventory.yaml notes it")
    duplicates = Counter(f.id for file_flags in index.flags.values() for f in file_flags)
    result.unrecorded_flags.extend(f"{flag}: in the registers {n} times" for flag, n in duplicates.items() if n > 1)
    return result
