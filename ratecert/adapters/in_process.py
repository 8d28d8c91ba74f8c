"""In-process adapter: a Python object that takes and returns protocol messages as dicts.

Same messages as the wire, so an in-process SUT is validated exactly like a subprocess one; an
exception raised by the SUT becomes an `error` verdict with its traceback, not a crash of the run.
"""

from __future__ import annotations

import importlib
import traceback
from typing import Any

from ratecert.adapters.base import Adapter, SutError


class InProcessAdapter(Adapter):
    def __init__(self, target: str, label: str) -> None:
        super().__init__(label)
        module_name, _, attr = target.partition(":")
        if not attr:
            raise ValueError(f"in-process SUT {target!r}: expected 'module:factory'")
        factory = getattr(importlib.import_module(module_name), attr)
        self._sut = factory()
        self._last_traceback = ""

    def _exchange(self, message: dict[str, Any]) -> dict[str, Any]:
        handler = getattr(self._sut, message["cmd"])
        try:
            return handler(message)
        except Exception as exc:  # the SUT's own failure, reported as an error verdict
            self._last_traceback = traceback.format_exc()
            raise SutError(f"SUT raised {type(exc).__name__}: {exc}", self._last_traceback) from exc

    def stderr_tail(self) -> str:
        return self._last_traceback
