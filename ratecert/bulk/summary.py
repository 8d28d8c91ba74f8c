"""The audit's HTML summary: the verdict, the counts by clause, the first departures and the
expected lines, rendered from what the driver kept (no data frame library: the tables are small).

Written with Python's own strings, escaped as jinja2's autoescape escapes: one page of fixed shape
does not need a template engine, and jinja2's import and the template's compilation were 0.05-0.1 s
of CPU - a tenth of an audit of a million records.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ratecert.bulk.discrepancies import SCHEMA, ExpectedLine, Writer

if TYPE_CHECKING:
    from ratecert.bulk.audit import AuditResult

SHOWN = 200

_HEAD = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>ratecert bill audit</title>
<style>
 body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:75rem;padding:0 1rem;color:#1b1b1b}
 table{border-collapse:collapse;width:100%;font-size:.88rem;margin:1rem 0}
 th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;overflow-wrap:anywhere}
 th{background:#f2f2f2} .verdict{font-size:1.4rem;padding:.5rem 1rem;border-radius:.4rem;display:inline-block}
 .ok{background:#d7f5dd;color:#0a5a1c}.bad{background:#fde0e0;color:#8a0c0c}
</style>
</head>
<body>
<h1>Bill audit</h1>
"""


def escape(value: object) -> str:
    """`value` as HTML text: & < > " ' escaped (as markupsafe writes them)."""
    return (str(value).replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
            .replace("'", "&#39;").replace('"', "&#34;"))


def _row(cells: Iterable[object], tag: str = "td") -> str:
    return "<tr>" + "".join(f"<{tag}>{escape(c)}</{tag}>" for c in cells) + "</tr>"


def render(result: AuditResult, usage: str, by_clause: Sequence[tuple[str, str, int]], first: Sequence[dict[str, str]],
           lines: Sequence[ExpectedLine], total_lines: int) -> str:
    r = result
    out = [_HEAD,
           f"<p>Usage <code>{escape(usage)}</code>: {escape(r.records)} records re-rated in "
           f"{escape('%.1f' % r.seconds)} s\n ({escape(f'{r.records_per_second:,.0f}')} records/s); "
           f"{escape(r.rejected)} records rejected by the catalog's rules.</p>\n",
           f'<p class="verdict {"ok" if r.clean else "bad"}" id="verdict">\n'
           f" {escape(r.record_discrepancies)} record and {escape(r.line_discrepancies)} bill line discrepancies</p>\n"]
    if r.unknown_accounts:
        count = len(r.unknown_accounts)
        named = ", ".join(f"{escape(account)} ({escape(n)})" for account, n in r.unknown_accounts.items())
        out.append(f'\n<p class="verdict bad" id="unknown-accounts">{escape(sum(r.unknown_accounts.values()))}\n'
                   f" records of {escape(count)} account{'s' if count != 1 else ''} the terms do not know, not priced:\n"
                   f" {named}</p>\n")
    columns = SCHEMA.names
    out += ["\n<h2>Discrepancies by clause</h2>\n",
            "<table><thead><tr><th>kind</th><th>clause</th><th>discrepancies</th></tr></thead><tbody>\n",
            *(_row(row) + "\n" for row in by_clause),
            "</tbody></table>\n",
            f"<h2>Discrepancies (first {escape(len(first))}; all in discrepancies.parquet and .csv)</h2>\n",
            "<table><thead>" + _row(columns, "th") + "</thead><tbody>\n",
            *(_row(d[c] for c in columns) + "\n" for d in first),
            "</tbody></table>\n",
            f"<h2>The catalog's bill lines ({escape(total_lines)}; all in expected_lines.csv)</h2>\n",
            "<table><thead><tr><th>account</th><th>month</th><th>element</th><th>ref</th><th>amount</th><th>clause</th>"
            "</tr></thead><tbody>\n",
            *(_row((ln.account, ln.month, ln.element, ln.ref, ln.amount, ln.clause)) + "\n" for ln in lines),
            "</tbody></table>\n</body>\n</html>"]
    return "".join(out)


def write_summary(result: AuditResult, writer: Writer, expected: Sequence[ExpectedLine], usage: Path) -> Path:
    by_clause = sorted(((kind, clause, n) for (kind, clause), n in writer.counts.items()), key=lambda r: (r[0], r[1]))
    html = render(result, str(usage), by_clause, writer.first, [line for _, line in zip(range(SHOWN), expected)],
                  len(expected))
    path = result.out / "audit.html"
    path.write_text(html, encoding="utf-8")
    return path
