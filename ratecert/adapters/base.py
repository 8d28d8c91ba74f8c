"""What every adapter does the same way: the start handshake, sequence numbers, and turning any
answer into a validated bill, a skip, or an error the verdict can carry."""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from typing import Any

from pydantic import ValidationError

from ratecert.bill import Bill
from ratecert.case import PROTOCOL, CaseBase
from ratecert.protocol import BillReply, StartReply


MAX_REASON = 2000
MAX_STDERR = 8000
MAX_CONTEXT = 8000


class SutError(Exception):
    """The SUT crashed, hung, answered garbage or said it errored: an `error` verdict, never `fail`.

    What the SUT said travels into the run log, a bundle and the report for every case it breaks,
    so each part is bounded here, once: a SUT that answers four megabytes of context for six hundred
    cases must not write 2.4 GB of log."""

    def __init__(self, reason: str, stderr: str = "", context: Any = None) -> None:
        if len(reason) > MAX_REASON:
            reason = f"{reason[:MAX_REASON]}... ({len(reason)} characters)"
        super().__init__(reason)
        self.reason = reason
        self.stderr = stderr[-MAX_STDERR:]
        self.context = _bounded(context)


def _bounded(context: Any) -> Any:
    """`context` as is when small, else the start of its JSON text, marked as cut."""
    if context is None:
        return None
    try:
        text = json.dumps(context, default=str)
    except (ValueError, TypeError, RecursionError):   # an in-process SUT's object that is not data
        return {"unprintable": type(context).__name__}
    return context if len(text) <= MAX_CONTEXT else {"truncated": text[:MAX_CONTEXT], "characters": len(text)}


class SutSkipped(Exception):
    """The SUT declined a case it claims to implement: `inconclusive`."""


class Adapter(ABC):
    """A connection to one SUT for one run."""

    label: str
    started: StartReply | None = None

    def __init__(self, label: str) -> None:
        self.label = label
        self._seq = 0
        self.validate_protocol = False

    def _send(self, request: str, reply: str, message: dict[str, Any]) -> dict[str, Any]:
        """Exchange one message; with --validate-protocol both sides are checked against the schemas."""
        if self.validate_protocol:
            from ratecert.adapters.validation import check
            check(request, message, from_sut=False)
        answer = self._exchange(message)
        if self.validate_protocol:
            from ratecert.adapters.validation import check
            check(reply, answer, from_sut=True)
        return answer

    @abstractmethod
    def _exchange(self, message: dict[str, Any]) -> dict[str, Any]:
        """Send one protocol message and return the SUT's answer as a JSON object."""

    def stderr_tail(self) -> str:
        return ""

    def close(self) -> None:
        """Say stop and release the SUT (idempotent)."""

    def start(self) -> StartReply:
        answer = self._send("start-request", "start-reply", {"cmd": "start", "protocol": PROTOCOL})
        try:
            self.started = StartReply.model_validate(answer)
        except ValidationError as exc:
            raise SutError(f"the SUT's start answer breaks the protocol schema at {_first(exc)}", self.stderr_tail(),
                           answer) from None
        return self.started

    def bill(self, case: CaseBase) -> Bill:
        self._seq += 1
        seq = self._seq
        answer = self._send("bill-request", "bill-reply", {"cmd": "bill", "seq": seq, "case": case.model_dump(mode="json")})
        try:
            reply = BillReply.model_validate(answer)
        except ValidationError as exc:
            raise SutError(f"the SUT's answer to case {case.id!r} breaks the protocol schema at {_first(exc)}",
                           self.stderr_tail(), answer) from None
        if reply.seq != seq:
            raise SutError(f"the SUT's answer carries seq {reply.seq}, expected {seq}", self.stderr_tail(), answer)
        if reply.errored:
            said = reply.context.get("error") if isinstance(reply.context, dict) else None
            raise SutError(f"the SUT reported an error for case {case.id!r}" + (f": {said}" if said else ""),
                           self.stderr_tail(), reply.context)
        if reply.skipped:
            raise SutSkipped(reply.reason or "no reason given")
        if not reply.bills:
            raise SutError(f"the SUT answered case {case.id!r} with no bill", self.stderr_tail(), answer)
        return reply.bills[0]


def _first(exc: ValidationError) -> str:
    err = exc.errors()[0]
    return f"{'.'.join(str(p) for p in err['loc']) or '(message)'}: {err['msg']}"[:MAX_REASON]
