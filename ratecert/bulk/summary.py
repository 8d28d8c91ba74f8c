"""The audit's HTML summary: the verdict, the counts by clause, the first departures and the
expected lines, rendered from what the driver kept (no data frame library: the tables are small
and the template writes them, escaped)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ratecert.bulk.discrepancies import ExpectedLine, Writer

if TYPE_CHECKING:
    from ratecert.bulk.audit import AuditResult

SHOWN = 200


def write_summary(result: AuditResult, writer: Writer, expected: Sequence[ExpectedLine], usage: Path) -> Path:
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    from ratecert.resources import templates

    env = Environment(loader=FileSystemLoader(templates()), autoescape=select_autoescape(["html", "j2"]))
    by_clause = sorted(((kind, clause, n) for (kind, clause), n in writer.counts.items()), key=lambda r: (r[0], r[1]))
    html = env.get_template("audit.html.j2").render(
        r=result, usage=str(usage), by_clause=by_clause, first=writer.first,
        lines=[line for _, line in zip(range(SHOWN), expected)], total_lines=len(expected))
    path = result.out / "audit.html"
    path.write_text(html, encoding="utf-8")
    return path
