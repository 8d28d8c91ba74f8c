"""Deliberately broken billing systems. Each is the reference with one classic error, so that a
certification that catches it proves the suite can see that error (and only that error).

The systems that replace a rule inside the reference's own modules run in a process of their own
(`cmd:python -m tests.broken_suts.MODULE MODE`), so the patch never reaches the reference that the
certifying process uses as its oracle; `serve_broken` is their entry point."""

from __future__ import annotations

import sys
from collections.abc import Callable


def broken_name() -> str:
    """The SUT's name: the mode it was started in."""
    return "broken: " + (sys.argv[1] if len(sys.argv) > 1 else "?")


def serve_broken(modes: dict[str, Callable[[], None]], sut: str) -> None:
    """Replace the one rule of the mode named on the command line, in this process only, then speak
    the protocol on stdin/stdout as the SUT class `sut` ("module:Class")."""
    from ratecert.adapters.in_process import InProcessAdapter
    from ratecert.serve import serve_stdio

    modes[sys.argv[1]]()
    serve_stdio(InProcessAdapter(sut, label=sys.argv[1]))
