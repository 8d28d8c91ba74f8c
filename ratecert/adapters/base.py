"""What every adapter does the same way: the start handshake, sequence numbers, and turning any
answer into a validated bill, a skip, or an error the verdict can carry."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any

from pydantic import ValidationError

from ratecert.bill import Bill
from ratecert.case import PROTOCOL, CaseBase
from ratecert.protocol import BillReply, StartReply


class SutError(Exception):
    """The SUT crashed, hung, answered garbage or said it errored: an `error` verdict, never `fail`."""

    def __init__(self, reason: str, stderr: str = "", context: Any = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.stderr = stderr
        self.context = context


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
            raise SutError(f"start answer breaks the protocol schema: {_first(exc)}", self.stderr_tail(), answer) from None
        return self.started

    def bill(self, case: CaseBase) -> Bill:
        self._seq += 1
        seq = self._seq
        answer = self._send("bill-request", "bill-reply", {"cmd": "bill", "seq": seq, "case": case.model_dump(mode="json")})
        try:
            reply = BillReply.model_validate(answer)
        except ValidationError as exc:
            raise SutError(f"answer to case {case.id!r} breaks the protocol schema: {_first(exc)}",
                           self.stderr_tail(), answer) from None
        if reply.seq != seq:
            raise SutError(f"answer carries seq {reply.seq}, expected {seq}", self.stderr_tail(), answer)
        if reply.errored:
            said = reply.context.get("error") if isinstance(reply.context, dict) else None
            raise SutError(f"SUT reported an error for case {case.id!r}" + (f": {said}" if said else ""),
                           self.stderr_tail(), reply.context)
        if reply.skipped:
            raise SutSkipped(reply.reason or "no reason given")
        if not reply.bills:
            raise SutError(f"SUT answered case {case.id!r} with no bill", self.stderr_tail(), answer)
        return reply.bills[0]


def _first(exc: ValidationError) -> str:
    err = exc.errors()[0]
    return f"{'.'.join(str(p) for p in err['loc']) or '(message)'}: {err['msg']}"
