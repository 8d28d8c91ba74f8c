"""What a verdict covers: for each document certified, the capabilities claimed out of those the
pack defines, the readings in force, and how many checks applied. A "CONFORMANT" that covers 6 of
17 capabilities of one document says so wherever the verdict is shown (summary, badge, report,
certificate), read from the run log's header alone; a run narrowed to some checks says that first."""

from __future__ import annotations

from dataclasses import dataclass

from ratecert.run_log import Run
from ratecert.verdicts import APPLICABLE


@dataclass(frozen=True)
class DocumentScope:
    document: str
    claimed: tuple[str, ...]
    defined: tuple[str, ...]
    applicable: int
    checks: int

    def describe(self) -> str:
        return f"{len(self.claimed)} of {len(self.defined)} capabilities of {self.document}"


def scope(run: Run) -> list[DocumentScope]:
    """The documents certified, in order, each with what the SUT claimed of it."""
    header = run.header
    claims = ((header.get("ics") or {}).get("documents") or {})
    defined = header.get("capabilities") or {}
    applicable = {v.value for v in APPLICABLE}
    out = []
    for document in header.get("certified_documents") or sorted(defined):
        if document not in claims:
            continue
        events = [e for e in run.events if e.get("document") == document]
        out.append(DocumentScope(document=document, claimed=tuple(claims[document].get("capabilities") or ()),
                                 defined=tuple(defined.get(document) or ()), checks=len(events),
                                 applicable=sum(e["verdict"] in applicable for e in events)))
    return out


def selection(run: Run) -> dict[str, object] | None:
    """The run's narrowing as the summary and the certificate carry it (None: the whole certification)."""
    narrowed = run.narrowing
    return narrowed.record() if narrowed is not None else None


def describe(run: Run) -> str:
    """'6 of 17 capabilities of access-catalog-3; 2 of 12 capabilities of ica-frontier-granite-2006' -
    or, for a run narrowed from the whole certification, 'the 2 checks selected by --tp AC3-PAY-010
    (of 1,081) only, not all of 6 of 17 capabilities of access-catalog-3': what the SUT claims is
    not what two checks decide."""
    parts = [s.describe() for s in scope(run)]
    claimed = "; ".join(parts) if parts else "no document claimed"
    narrowed = run.narrowing
    return claimed if narrowed is None else f"{narrowed.describe()} only, not all of {claimed}"
