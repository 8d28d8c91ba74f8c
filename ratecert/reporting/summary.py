"""A JSON summary for machines, a Markdown or text summary for a CI job, a shields-style SVG badge
and a shields.io endpoint (`badge.json`) for READMEs, from the gate's decision and the run's scope."""

from __future__ import annotations

import json
from collections import defaultdict
from html import escape
from pathlib import Path

from ratecert.budget import budget_record, statement
from ratecert.gaps import Gap
from ratecert.gate import Assessment
from ratecert.run_log import Run
from ratecert.scope import describe, scope, selection
from ratecert.untrusted_text import visible
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
        "scope": [{"document": d.document, "capabilities_claimed": list(d.claimed), "capabilities_defined": len(d.defined),
                   "checks": d.checks, "applicable": d.applicable,
                   "readings": (run.header.get("readings") or {}).get(d.document, {})} for d in scope(run)],
        "verdict": headline(run, assessment),
        "selection": selection(run),
        "gaps": [{"document": g.document, "clauses": sorted(g.clauses), "differs": g.differs, "verdict": g.verdict,
                  "checks": len(g.events), "purposes": dict(g.purposes)} for g in assessment.gaps],
        "budget": budget_record(run),
        "reasons": assessment.reasons,
        "waived": [{"tp": e.get("tp"), "clauses": e["clauses"], "ticket": w.ticket, "expires": str(w.expires)}
                   for e, w in assessment.waived],
        "unexpected_passes": [{"tp": e.get("tp"), "ticket": w.ticket} for e, w in assessment.unexpected_passes],
        "documents": {doc: {"counts": tally(v), "compliance": compliance(tally(v)), "all_passed": conformant(tally(v))}
                      for doc, v in per_doc.items()},
    }


def headline(run: Run, assessment: Assessment) -> str:
    """'CONFORMANT for 6 of 17 capabilities of access-catalog-3 (88 of 88 applicable checks passed)', or
    'NO VERDICT: the SUT did not start: ...' for a run that could not decide."""
    if assessment.undecided:
        return f"NO VERDICT: {assessment.undecided}"
    decision = "CONFORMANT" if assessment.conformant else "NOT CONFORMANT"
    found = len(assessment.gaps)
    gaps = f": {found} distinct gap{'s' if found > 1 else ''}" if found else ""
    return (f"{decision} for {describe(run)} ({assessment.counts['pass']} of {assessment.applicable} applicable "
            f"checks passed){gaps}")


def _badge_message(run: Run, assessment: Assessment) -> str:
    verdict = f"{'conformant' if assessment.conformant else 'not conformant'} " \
              f"{assessment.counts['pass']}/{assessment.applicable}"
    narrowed = run.narrowing
    if narrowed is not None:
        return f"{verdict} ({'' if narrowed.checks is None else f'{narrowed.checks} '}selected checks)"
    documents = scope(run)
    claimed = sum(len(d.claimed) for d in documents)
    defined = sum(len(d.defined) for d in documents)
    return f"{verdict} ({claimed}/{defined} capabilities)"


def endpoint(run: Run, assessment: Assessment) -> dict[str, object]:
    """The shields.io endpoint badge: https://img.shields.io/endpoint?url=<where badge.json is served>."""
    return {"schemaVersion": 1, "label": "ratecert", "message": _badge_message(run, assessment),
            "color": "brightgreen" if assessment.conformant else "red"}


def badge(run: Run, assessment: Assessment) -> str:
    label = "ratecert"
    message = _badge_message(run, assessment)
    colour = "#4c1" if assessment.conformant else "#e05d44"
    lw, mw = 6 * len(label) + 10, 6 * len(message) + 10
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{lw + mw}" height="20" role="img" '
            f'aria-label="{escape(label)}: {escape(message)}"><title>{escape(label)}: {escape(message)}</title>'
            f'<rect width="{lw}" height="20" fill="#555"/><rect x="{lw}" width="{mw}" height="20" fill="{colour}"/>'
            f'<g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11">'
            f'<text x="5" y="14">{escape(label)}</text><text x="{lw + 5}" y="14">{escape(message)}</text></g></svg>\n')


def text_summary(run: Run, assessment: Assessment) -> str:
    """For a terminal or a CI log: what a SUT or a log could hold is made visible, never acted on."""
    budget = statement(run)
    lines = [f"ratecert: {run.header.get('sut')}: {headline(run, assessment)}"] + ([f"  {budget}"] if budget else [])
    lines += [f"  {reason}" for reason in assessment.reasons if reason != assessment.undecided]
    return visible("\n".join(lines), lines=True)


def markdown_summary(run: Run, assessment: Assessment) -> str:
    """For $GITHUB_STEP_SUMMARY or a merge request note: the verdict and its scope, the counts, the
    documents, then what blocks the gate."""
    implementation = run.header.get("implementation") or {}
    who = f"{implementation.get('name', run.header.get('sut'))} {implementation.get('version', '')}".strip()
    declared = ((run.header.get("pixit") or {}).get("readings") or {})
    budget = statement(run)
    lines = [f"## ratecert: {who}", "", f"**{_md(headline(run, assessment))}**", ""] + ([_md(budget), ""] if budget else [])
    lines += ["| document | capabilities claimed | checks | applicable | readings declared (the rest at their default) |",
              "|---|---|---:|---:|---|"]
    lines += [f"| {d.document} | {len(d.claimed)} of {len(d.defined)} | {d.checks} | {d.applicable} | "
              f"{_md(_declared(run, d.document, declared))} |" for d in scope(run)]
    lines += ["", "| " + " | ".join(assessment.counts) + " |", "|" + "---:|" * len(assessment.counts),
              "| " + " | ".join(str(n) for n in assessment.counts.values()) + " |"]
    found = assessment.gaps
    if found:
        lines += ["", f"### {len(found)} distinct gap{'s' if len(found) > 1 else ''}", ""]
        lines += [f"{n}. {_md(gap.describe())}{_md(_for_example(gap))}" for n, gap in enumerate(found, 1)]
    described = {gap.describe() for gap in found}
    others = [reason for reason in assessment.reasons if reason not in described]
    if others:
        lines += ["", "### What else blocks the gate", ""] + [f"- {_md(reason)}" for reason in others]
    lines += ["", f"Spec digest `{run.header.get('spec_digest')}`."]
    return "\n".join(lines)


def _declared(run: Run, document: str, declared: dict[str, str]) -> str:
    """The readings in force for `document` that the SUT declared, 'none' when all are defaults."""
    readings = (run.header.get("readings") or {}).get(document) or {}
    return ", ".join(f"{iid}={option}" for iid, option in readings.items() if iid in declared) or "none"


def _for_example(gap: Gap) -> str:
    """'; for example, payment date: expected 2025-05-27, got 2025-05-26' from the gap's first check."""
    reason = str(gap.example.get("reason") or "").splitlines()
    return f"; for example, {reason[0]}" if reason else ""


def _md(text: str) -> str:
    """SUT-controlled text made inert in Markdown: no HTML, no links, no table breaks."""
    return escape(text, quote=False).replace("|", "\\|").replace("[", "\\[").replace("`", "'")


def render_summary(run: Run, assessment: Assessment, json_path: Path, badge_path: Path) -> None:
    json_path.write_text(json.dumps(summary(run, assessment), indent=2, default=str), encoding="utf-8")
    badge_path.write_text(badge(run, assessment), encoding="utf-8")
    badge_path.with_suffix(".json").write_text(json.dumps(endpoint(run, assessment), indent=2), encoding="utf-8")
    json_path.with_suffix(".md").write_text(markdown_summary(run, assessment) + "\n", encoding="utf-8")
