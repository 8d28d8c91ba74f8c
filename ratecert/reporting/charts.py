"""Inline SVG bar charts for the report: no script, no external resource, so the page stays
self-contained under its Content-Security-Policy."""

from __future__ import annotations

from html import escape

COLOURS = {"pass": "#2e7d32", "fail": "#c62828", "error": "#6a1b9a", "inconclusive": "#ef6c00", "n/a": "#9e9e9e",
           "tested": "#2e7d32", "untestable": "#9e9e9e", "untested": "#f9a825", "waived": "#1565c0"}


def stacked_bars(title: str, rows: list[tuple[str, dict[str, int]]], keys: list[str]) -> str:
    """One horizontal stacked bar per row; `rows` is [(label, {key: count})]."""
    width, bar, label_w, gap = 760, 16, 190, 6
    height = 34 + len(rows) * (bar + gap) + 24
    out = [f'<svg class="chart" role="img" aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg" '
           f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
           f'<text x="0" y="16" font-size="14" font-weight="bold">{escape(title)}</text>']
    scale = (width - label_w - 60) / max((sum(c.values()) for _, c in rows), default=1) if rows else 1
    for i, (label, counts) in enumerate(rows):
        y = 30 + i * (bar + gap)
        out.append(f'<text x="0" y="{y + 12}" font-size="11">{escape(label[:32])}</text>')
        x = float(label_w)
        for key in keys:
            n = counts.get(key, 0)
            if n:
                w = n * scale
                out.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar}" fill="{COLOURS[key]}">'
                           f'<title>{escape(label)}: {n} {escape(key)}</title></rect>')
                x += w
        out.append(f'<text x="{x + 4:.1f}" y="{y + 12}" font-size="11">{sum(counts.values())}</text>')
    legend_y = height - 8
    for j, key in enumerate(keys):
        out.append(f'<rect x="{j * 110}" y="{legend_y - 10}" width="10" height="10" fill="{COLOURS[key]}"/>'
                   f'<text x="{j * 110 + 14}" y="{legend_y}" font-size="11">{escape(key)}</text>')
    out.append("</svg>")
    return "".join(out)
