"""The requirements traceability matrix, generated from the run and the registry (never edited):
clause -> test purposes -> verdicts, including clauses with no test (untestable with the reason, or
untested), as CSV, and as XLSX with a second sheet in the other direction (test -> clauses)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ratecert.reporting.html import citation
from ratecert.run_log import Run
from ratecert.spec import Spec


def rtm_frames(run: Run, spec: Spec) -> tuple[pd.DataFrame, pd.DataFrame]:
    rows = []
    cited = set()
    for event in run.events:
        for clause in event["clauses"]:
            cited.add(clause)
            rows.append({"clause": clause, "test_purpose": event.get("tp") or "", "kind": event.get("kind", ""),
                         "check": event.get("name", ""), "example": event.get("example") or "",
                         "verdict": event["verdict"]})
    by_clause = pd.DataFrame(rows, columns=["clause", "test_purpose", "kind", "check", "example", "verdict"])
    registry = []
    for doc in spec.documents.values():
        for cid, clause in doc.clauses.items():
            full = f"{doc.id}:{cid}"
            registry.append({"clause": full, "title": clause.title, "citation": citation(spec, full),
                             "registry_status": clause.status, "untestable_reason": clause.reason or "",
                             "coverage": "untestable" if clause.status == "untestable" else
                             ("tested" if full in cited else "untested")})
    table = pd.DataFrame(registry).merge(by_clause, on="clause", how="left").fillna("")
    by_test = (by_clause.groupby(["test_purpose", "kind", "check"], dropna=False)
               .agg(clauses=("clause", lambda s: "; ".join(sorted(set(s)))),
                    verdicts=("verdict", lambda s: ", ".join(f"{v} x{n}" for v, n in s.value_counts().items())))
               .reset_index())
    return table, by_test


def render_rtm(run: Run, spec: Spec, csv_path: Path, xlsx_path: Path) -> None:
    by_clause, by_test = rtm_frames(run, spec)
    csv_path.parent.mkdir(parents=True, exist_ok=True)
    by_clause.to_csv(csv_path, index=False)
    with pd.ExcelWriter(xlsx_path, engine="openpyxl") as writer:
        by_clause.to_excel(writer, sheet_name="clause to tests", index=False)
        by_test.to_excel(writer, sheet_name="test to clauses", index=False)
