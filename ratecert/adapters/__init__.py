"""Adapters: the seam between the harness and any billing system.

A SUT is named by a string:
  reference                 the reference core, in process (the default SUT)
  tryton                    Tryton 7.0 through examples/tryton_billing (pip extra ratecert[tryton])
  py:package.module:factory an in-process Python SUT: `factory()` returns an object with
                            `start(message) -> dict` and `bill(message) -> dict` (protocol messages)
  ep:NAME                   an in-process SUT registered under the `ratecert.suts` entry point group
  cmd:ARGV...               a persistent subprocess speaking JSON lines on stdin/stdout (never a shell)
  http://HOST:PORT/PATH     a server that takes each message as a JSON POST and answers JSON
"""

from __future__ import annotations

import shlex
from importlib.metadata import entry_points

from ratecert.adapters.base import Adapter, SutError, SutSkipped
from ratecert.adapters.http_json import HttpAdapter
from ratecert.adapters.in_process import InProcessAdapter
from ratecert.adapters.subprocess_lines import SubprocessAdapter
from ratecert.inputs import BadInput

__all__ = ["Adapter", "InProcessAdapter", "SutError", "SutSkipped", "open_sut"]


def open_sut(name: str, *, timeout: float = 10.0, validate_protocol: bool = False) -> Adapter:
    """The adapter for a SUT name (see the module docstring)."""
    adapter = _adapter(name, timeout)
    adapter.validate_protocol = validate_protocol
    return adapter


def _adapter(name: str, timeout: float) -> Adapter:
    if name == "reference":
        return InProcessAdapter("reference.sut:ReferenceSut", label=name)
    if name == "tryton":
        import sys

        from ratecert.spec import project_root
        script = project_root() / "examples" / "tryton_billing" / "tryton_sut.py"
        return SubprocessAdapter([sys.executable, str(script)], timeout=max(timeout, 120.0), label=name)
    if name.startswith("py:"):
        return InProcessAdapter(name[3:], label=name)
    if name.startswith("ep:"):
        found = entry_points(group="ratecert.suts", name=name[3:])
        if not found:
            raise BadInput(f"no SUT registered as {name[3:]!r} in the ratecert.suts entry points")
        return InProcessAdapter(next(iter(found)).value, label=name)
    if name.startswith("cmd:"):
        try:
            argv = shlex.split(name[4:])
        except ValueError as exc:   # an unclosed quote
            raise BadInput(f"cmd: {exc}") from None
        if not argv:
            raise BadInput("cmd: needs a program to run")
        return SubprocessAdapter(argv, timeout=timeout, label=name)
    if name.startswith(("http://", "https://")):
        return HttpAdapter(name, timeout=timeout, label=name)
    raise BadInput(f"unknown SUT {name!r}: use reference, py:module:factory, ep:NAME, cmd:PROGRAM ARGS or http://...")
