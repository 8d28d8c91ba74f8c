"""In-process adapter: a Python object that takes and returns protocol messages as dicts.

Same messages as the wire, so an in-process SUT is validated exactly like a subprocess one; an
exception raised by the SUT becomes an `error` verdict with its traceback, not a crash of the run.
"""

from __future__ import annotations

import importlib
import traceback
from typing import Any

from ratecert.adapters.base import Adapter, SutError
from ratecert.inputs import BadInput


class InProcessAdapter(Adapter):
    def __init__(self, target: str, label: str) -> None:
        super().__init__(label)
        module_name, _, attr = target.partition(":")
        if not attr:
            raise BadInput(f"in-process SUT {target!r}: expected 'module:factory'")
        try:
            factory = getattr(importlib.import_module(module_name), attr)
        except (ImportError, AttributeError) as exc:   # a misspelt module or factory: the name is wrong
            raise BadInput(f"in-process SUT {target!r}: {type(exc).__name__}: {exc}") from None
        self._last_traceback = ""
        self._broken: SutError | None = None
        try:
            self._sut = factory()
        except (Exception, SystemExit) as exc:   # the SUT failed to make itself: it did not start
            self._last_traceback = traceback.format_exc()
            self._broken = SutError(f"the SUT raised {type(exc).__name__} when made: {exc}", self._last_traceback)

    def _exchange(self, message: dict[str, Any]) -> dict[str, Any]:
        if self._broken is not None:
            raise SutError(self._broken.reason, self._broken.stderr)   # a fresh one: no traceback grows
        handler = getattr(self._sut, message["cmd"])
        try:
            return handler(message)
        except (Exception, SystemExit) as exc:  # the SUT's own failure (even sys.exit), an error verdict
            self._last_traceback = traceback.format_exc()
            raise SutError(f"the SUT raised {type(exc).__name__}: {exc}", self._last_traceback) from exc

    def stderr_tail(self) -> str:
        return self._last_traceback
