"""Which checks a run executes: by clause prefix, test purpose or capability (`ratecert certify
--clause 2.4.4 --tp AC3-CRD-001`, `pytest --ratecert-clause ...`). A check that is not selected is
deselected - not run, not reported - unlike a document outside the certification, whose checks are
`n/a` and counted in the scope. Empty criteria select everything."""

from __future__ import annotations

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
