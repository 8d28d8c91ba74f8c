"""Adapters: the seam between the harness and any billing system.

A SUT is named by a string:
  reference                 the reference core, in process (the default SUT)
  py:package.module:factory an in-process Python SUT: `factory()` returns an object with
                            `start(message) -> dict` and `bill(message) -> dict` (protocol messages)
  cmd:ARGV...               a persistent subprocess speaking JSON lines on stdin/stdout (never a shell)
"""

from __future__ import annotations

import shlex

from ratecert.adapters.base import Adapter, SutError, SutSkipped
from ratecert.adapters.in_process import InProcessAdapter
from ratecert.adapters.subprocess_lines import SubprocessAdapter

__all__ = ["Adapter", "SutError", "SutSkipped", "open_sut"]


def open_sut(name: str, *, timeout: float = 10.0) -> Adapter:
    """The adapter for a SUT name (see the module docstring)."""
    if name == "reference":
        return InProcessAdapter("reference.sut:ReferenceSut", label=name)
    if name.startswith("py:"):
        return InProcessAdapter(name[3:], label=name)
    if name.startswith("cmd:"):
        argv = shlex.split(name[4:])
        if not argv:
            raise ValueError("cmd: needs a program to run")
        return SubprocessAdapter(argv, timeout=timeout, label=name)
    raise ValueError(f"unknown SUT {name!r}: use 'reference', 'py:module:factory' or 'cmd:PROGRAM ARGS'")
