"""Adapters: the seam between the harness and any billing system.

A SUT is named by a string:
  reference                 the reference core, in process (the default SUT; any other bare NAME is looked
                            up like ep:NAME)
  py:package.module:factory an in-process Python SUT: `factory()` returns an object with
                            `start(message) -> dict` and `bill(message) -> dict` (protocol messages)
  ep:NAME                   an in-process SUT registered under the `ratecert.suts` entry point group
                            (ratecert registers `reference` there)
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
    if name.startswith("py:"):
        return InProcessAdapter(name[3:], label=name)
    if name.startswith("ep:") or name.isidentifier():
        registered = name.removeprefix("ep:")
        found = entry_points(group="ratecert.suts", name=registered)
        if not found:
            known = sorted(ep.name for ep in entry_points(group="ratecert.suts"))
            raise BadInput(f"no SUT registered as {registered!r} in the ratecert.suts entry points "
                             f"(registered: {', '.join(known) or 'none'})")
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
