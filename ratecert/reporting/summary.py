"""A JSON summary for machines and a shields-style SVG badge for READMEs, from the gate's decision."""

from __future__ import annotations

import json
from collections import defaultdict
from html import escape
from pathlib import Path

from ratecert.gate import Assessment
from ratecert.run_log import Run
from ratecert.verdicts import compliance, conformant, tally


def summary(run: Run, assessment: Assessment) -> dict[str, object]:
    per_doc: dict[str, list[str]] = defaultdict(list)
    for event in run.events:
        per_doc[event.get("document", "?")].append(event["verdict"])
    return {
        "sut": run.header.get("sut"), "implementation": run.header.get("implementation"),
        "spec_digest": run.header.get("spec_digest"), "started": run.header.get("started"),
        "finished": (run.footer or {}).get("finished"), "complete": run.complete,
        "conformant": assessment.conformant, "counts": assessment.counts, "compliance": assessment.compliance,
        "reasons": assessment.reasons,
        "waived": [{"tp": e.get("tp"), "clauses": e["clauses"], "ticket": w.ticket, "expires": str(w.expires)}
                   for e, w in assessment.waived],
        "unexpected_passes": [{"tp": e.get("tp"), "ticket": w.ticket} for e, w in assessment.unexpected_passes],
        "documents": {doc: {"counts": tally(v), "compliance": compliance(tally(v)), "all_passed": conformant(tally(v))}
                      for doc, v in per_doc.items()},
    }


def badge(assessment: Assessment) -> str:
    label = "ratecert"
    passed, applicable = assessment.counts["pass"], assessment.applicable
    message = f"{'conformant' if assessment.conformant else 'not conformant'} {passed}/{applicable}"
    colour = "#4c1" if assessment.conformant else "#e05d44"
    lw, mw = 6 * len(label) + 10, 6 * len(message) + 10
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{lw + mw}" height="20" role="img" '
            f'aria-label="{escape(label)}: {escape(message)}"><title>{escape(label)}: {escape(message)}</title>'
            f'<rect width="{lw}" height="20" fill="#555"/><rect x="{lw}" width="{mw}" height="20" fill="{colour}"/>'
            f'<g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11">'
            f'<text x="5" y="14">{escape(label)}</text><text x="{lw + 5}" y="14">{escape(message)}</text></g></svg>\n')


def render_summary(run: Run, assessment: Assessment, json_path: Path, badge_path: Path) -> None:
    json_path.write_text(json.dumps(summary(run, assessment), indent=2, default=str), encoding="utf-8")
    badge_path.write_text(badge(assessment), encoding="utf-8")
