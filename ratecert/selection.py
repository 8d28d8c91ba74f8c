"""Which checks a run executes: by clause prefix, test purpose or capability (`ratecert certify
--clause 2.4.4 --tp AC3-CRD-001`, `pytest --ratecert-clause ...`). A check that is not selected is
deselected - not run, not reported - unlike a document outside the certification, whose checks are
`n/a` and counted in the scope. Empty criteria select everything."""

from __future__ import annotations

import shlex
from dataclasses import dataclass


@dataclass(frozen=True)
class Selection:
    clauses: tuple[str, ...] = ()        # prefixes: "2.4.4" or "access-catalog-3:2.4.4"
    purposes: tuple[str, ...] = ()
    capabilities: tuple[str, ...] = ()

    def chooses(self, document: str, clauses: list[str], purposes: list[str], capabilities: list[str]) -> bool:
        """Every criterion given must hold: a clause under one of the prefixes, one of the purposes,
        one of the capabilities."""
        if self.clauses and not any(_under(clause, prefix, document) for clause in clauses for prefix in self.clauses):
            return False
        if self.purposes and not set(purposes) & set(self.purposes):
            return False
        return not self.capabilities or bool(set(capabilities) & set(self.capabilities))


def _under(clause: str, prefix: str, document: str) -> bool:
    """'access-catalog-3:2.4.4(B)(1)' is under '2.4.4' and '2.4.4(B)' but not under '2.4.41' or '2.4'-as-'2.4.4x'."""
    if ":" not in prefix:
        prefix = f"{document}:{prefix}"
    if clause == prefix:
        return True
    return clause.startswith(prefix) and clause[len(prefix)] in ".( "


@dataclass(frozen=True)
class Narrowing:
    """How a run was narrowed from the whole certification of its documents - a selection above, a
    pytest `-k`/`-m`/`--deselect`, node ids or paths of its own - so that a verdict over two checks
    never reads as a verdict over every capability the SUT claims. `checks`: how many it kept and
    `of`: how many it chose from, each None where not counted (`of` when it named node ids or paths:
    what it did not collect was not counted; both under pytest-xdist, whose workers collect)."""

    by: tuple[str, ...]
    checks: int | None
    of: int | None

    def record(self) -> dict[str, object]:
        return {"by": list(self.by), "checks": self.checks, "of": self.of}

    @classmethod
    def from_record(cls, record: object) -> Narrowing | None:
        if not isinstance(record, dict) or not record:
            return None
        checks, of = record.get("checks"), record.get("of")   # from a log: what is not a count is not counted
        return cls(tuple(str(b) for b in record.get("by") or ()), checks if isinstance(checks, int) else None,
                   of if isinstance(of, int) else None)

    def describe(self) -> str:
        """'the 2 checks selected by --tp AC3-PAY-010 (of 1,081)'."""
        count = "" if self.checks is None else f"{self.checks:,} "
        noun = "check" if self.checks == 1 else "checks"
        of = f" (of {self.of:,})" if self.of is not None else ""
        return f"the {count}{noun} selected by {' and '.join(self.by)}{of}"


def narrowing(selection: Selection, options: dict[str, str], targets_narrowed: bool, checks: int | None,
              deselected: int | None) -> Narrowing | None:
    """The run's narrowing, if any. `options`: the pytest options that deselect (`-k`: its
    expression), those given; `targets_narrowed`: the run named node ids or paths short of every
    pack's checks; `checks` kept and `deselected` by any means - None in a process that did not
    collect (pytest-xdist's controller), where the means given decide alone."""
    by = [shlex.join([f"--{flag}", value]) for flag, values in (("clause", selection.clauses),
                                                                ("tp", selection.purposes),
                                                                ("capability", selection.capabilities))
          for value in values]
    by += [shlex.join([option, value]) for option, value in options.items()]
    if targets_narrowed:
        by.append("the node ids or paths given")
    chose = bool(by) if deselected is None else bool(deselected)
    if not chose and not targets_narrowed:
        return None
    of = None if targets_narrowed or checks is None or deselected is None else checks + deselected
    return Narrowing(tuple(by) or ("a selection",), checks, of)
