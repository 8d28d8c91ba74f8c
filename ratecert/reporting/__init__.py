"""Renderers of a run log: JUnit XML for CI gates and the HTML compliance report (jinja2 + pandas).
Every output is rendered from the log, so `ratecert report LOG` can re-render any of them later."""

from ratecert.reporting.html import render_html
from ratecert.reporting.junit import render_junit

__all__ = ["render_html", "render_junit"]
