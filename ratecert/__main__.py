"""`python -m ratecert` is the `ratecert` command."""

from ratecert.cli import run

run()
