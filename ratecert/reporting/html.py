"""The HTML compliance report: the verdict and its basis up front, a per-clause table, and every
failure or error with expected against actual, the case, the readings in force and the replay line.

pandas builds the clause matrix (clause x verdict counts); jinja2 renders with autoescaping on, so
text that came from the SUT can never become markup.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
from jinja2 import Environment, FileSystemLoader, select_autoescape

from ratecert.run_log import Run
from ratecert.spec import Spec
from ratecert.verdicts import APPLICABLE, Verdict, compliance, conformant, tally

TEMPLATES = Path(__file__).resolve().parents[2] / "reports" / "templates"


def clause_matrix(run: Run, spec: Spec) -> pd.DataFrame:
    """One row per (document, clause): the counts of each verdict of the checks that cite it."""
    rows = [{"clause": clause, "verdict": event["verdict"]} for event in run.events for clause in event["clauses"]]
    columns = [v.value for v in Verdict]
    if not rows:
        return pd.DataFrame(columns=["clause", "title", *columns])
    frame = pd.DataFrame(rows)
    table = pd.crosstab(frame["clause"], frame["verdict"]).reindex(columns=columns, fill_value=0)
    table.insert(0, "title", [_title(spec, c) for c in table.index])
    table["outcome"] = [_outcome(row) for _, row in table.iterrows()]
    return table.reset_index()


def _title(spec: Spec, clause_id: str) -> str:
    try:
        return spec.clause(clause_id).title
    except KeyError:
        return "(not in the registry)"


def _outcome(row: pd.Series) -> str:
    for verdict in ("error", "fail", "inconclusive"):
        if row[verdict]:
            return verdict
    return "pass" if row["pass"] else "n/a"


def render_html(run: Run, spec: Spec, path: Path) -> None:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "j2"]))
    counts = tally(e["verdict"] for e in run.events)
    matrix = clause_matrix(run, spec)
    problems = [e for e in run.events if e["verdict"] in ("fail", "error", "inconclusive")]
    html = env.get_template("report.html.j2").render(
        header=run.header, footer=run.footer, complete=run.complete, counts=counts,
        conformant=conformant(counts) and run.complete, compliance=compliance(counts),
        applicable=sum(counts[v.value] for v in APPLICABLE),
        matrix=matrix.to_dict("records"), problems=problems,
        not_applicable=[e for e in run.events if e["verdict"] == "n/a"],
        untestable=[(doc.id, cid, c) for doc in spec.documents.values() for cid, c in doc.clauses.items()
                    if c.status == "untestable"],
        pretty=_pretty,
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")


def _pretty(value: Any) -> str:
    return json.dumps(value, indent=2, default=str, ensure_ascii=False)
