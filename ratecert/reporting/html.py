"""The HTML compliance report: the verdict and its basis up front, the failing clauses linked, then
per document a clause matrix (clause -> test purposes -> verdicts, with summary and citation),
every failure with expected against actual, the case, the readings in force and the replay line,
waivers, untested and untestable clauses, and charts where people would rather look than read.

pandas builds the matrices; jinja2 renders with autoescaping, so text from the SUT never becomes
markup; the page carries a Content-Security-Policy that forbids every script."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pandas as pd
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from ratecert.budget import statement
from ratecert.clause_order import section_key
from ratecert.coverage import coverage
from ratecert.gate import Assessment, assess
from ratecert.reporting.charts import stacked_bars
from ratecert.reporting.summary import headline
from ratecert.run_log import Run
from ratecert.scope import scope
from ratecert.resources import templates
from ratecert.spec import Spec
from ratecert.untrusted_text import visible
from ratecert.verdicts import Verdict

VERDICTS = [v.value for v in Verdict]


def citation(spec: Spec, clause_id: str) -> str:
    """'pages 2-27, 2-28 (Original, effective 2013-07-02)' for a clause, from the page index."""
    doc_id, _, section = clause_id.partition(":")
    doc = spec.documents.get(doc_id)
    if doc is None or section not in doc.clauses:
        return "(not in the registry)"
    pages = doc.clauses[section].pages
    revs = {f"{doc.pages[p].revision}, effective {doc.pages[p].effective}" for p in pages if p in doc.pages}
    return f"{doc.title}, page{'s' if len(pages) > 1 else ''} {', '.join(pages)} ({'; '.join(sorted(revs))})"


def clause_matrix(run: Run, spec: Spec, document: str | None = None) -> pd.DataFrame:
    """One row per clause cited by a check: title, summary, citation, test purposes, verdict counts."""
    rows = [{"clause": c, "verdict": e["verdict"], "tp": e.get("tp") or e.get("name")}
            for e in run.events for c in e["clauses"] if document is None or c.startswith(document + ":")]
    columns = ["clause", "title", "summary", "citation", "purposes", *VERDICTS, "outcome"]
    if not rows:
        return pd.DataFrame(columns=columns)
    frame = pd.DataFrame(rows)
    table = pd.crosstab(frame["clause"], frame["verdict"]).reindex(columns=VERDICTS, fill_value=0)
    purposes = frame.groupby("clause")["tp"].agg(lambda s: ", ".join(sorted(set(map(str, s)))))
    table.insert(0, "purposes", purposes)
    table.insert(0, "citation", [citation(spec, c) for c in table.index])
    table.insert(0, "summary", [_clause_field(spec, c, "summary") for c in table.index])
    table.insert(0, "title", [_clause_field(spec, c, "title") for c in table.index])
    table["outcome"] = [_outcome(row) for _, row in table.iterrows()]
    table = table.reset_index()[columns]
    return table.iloc[sorted(range(len(table)), key=lambda i: section_key(table["clause"].iloc[i]))]


def _clause_field(spec: Spec, clause_id: str, name: str) -> str:
    try:
        return getattr(spec.clause(clause_id), name)
    except KeyError:
        return "(not in the registry)"


def _outcome(row: pd.Series) -> str:
    for verdict in ("error", "fail", "inconclusive"):
        if row[verdict]:
            return verdict
    return "pass" if row["pass"] else "n/a"


def _section(clause_id: str) -> str:
    """The section a clause belongs to, prefixed with its document."""
    document, _, section = clause_id.partition(":")
    section = section.split(" ")[0].split("(")[0].rsplit(".", 1)[0] if "." in section else section
    return f"{document} {section}"


def charts(run: Run, spec: Spec, covered: list[Any]) -> list[Markup]:
    by_section: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for event in run.events:
        for clause in {_section(c) for c in event["clauses"]}:
            by_section[clause][event["verdict"]] += 1
    sections = sorted(by_section.items(), key=lambda kv: section_key(kv[0].replace(" ", ":", 1)))
    coverage_rows = [(r.document, {"tested": len(r.tested), "untestable": len(r.untestable), "untested": len(r.untested)})
                     for r in covered]
    return [Markup(stacked_bars("Checks per section", [(s, dict(c)) for s, c in sections], VERDICTS)),
            Markup(stacked_bars("Clause coverage per document", coverage_rows, ["tested", "untestable", "untested"]))]


def render_html(run: Run, spec: Spec, path: Path, assessment: Assessment | None = None) -> None:
    assessment = assessment or assess(run)
    env = Environment(loader=FileSystemLoader(templates()), autoescape=select_autoescape(["html", "j2"]),
                      finalize=_shown)
    env.globals["id"] = id
    found = assessment.gaps
    waived = [e for e, _ in assessment.waived]
    groups = [(gap.describe(), gap, gap.events) for gap in found] + ([("waived", None, waived)] if waived else [])
    waived_ids = {id(e) for e in waived}
    covered = coverage(spec)
    cov = {r.document: r for r in covered}
    documents = []
    for doc in spec.documents.values():
        matrix = clause_matrix(run, spec, doc.id)
        documents.append({"id": doc.id, "title": doc.title, "spec_version": doc.spec_version,
                          "matrix": matrix.to_dict("records"),
                          "untestable": [(cid, c) for cid, c in doc.clauses.items() if c.status == "untestable"],
                          "untested": [(cid, doc.clauses[cid]) for cid in cov[doc.id].untested] if doc.id in cov else []})
    failing = [row for d in documents for row in d["matrix"] if row["outcome"] in ("fail", "error", "inconclusive")]
    html = env.get_template("report.html.j2").render(
        header=run.header, footer=run.footer, a=assessment, counts=assessment.counts, documents=documents,
        failing=failing, groups=groups, waived_ids=waived_ids, headline=headline(run, assessment),
        other_reasons=[r for r in assessment.reasons if r not in {gap.describe() for gap in found}],
        scope=scope(run), compared=sum(e.get("compared", 0) for e in run.events),
        negative=[e for e in run.events if e.get("negative") and e.get("kind") != "finding"],
        not_applicable=[e for e in run.events if e["verdict"] == "n/a"],
        generated=[e for e in run.events if e.get("statistics")],
        charts=charts(run, spec, covered), pretty=_pretty, budget=statement(run),
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")


def _shown(value: Any) -> Any:
    """Every text the template prints, with control characters shown as escapes (a SUT's reasons
    and stderr come verbatim from the log); markup ratecert made itself is left as it is."""
    return visible(value, lines=True) if isinstance(value, str) and not isinstance(value, Markup) else value


def _pretty(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, indent=2, default=str, ensure_ascii=False)
