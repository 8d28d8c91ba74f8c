"""Protocol ratecert/1: the messages between the harness and a system under test.

JSON lines over stdin/stdout (and, later, the same messages over HTTP):

    → {"cmd": "start", "protocol": "ratecert/1"}
    ← {"implementation": {...}, "ics": {...}, "pixit": {...}}
    → {"cmd": "bill", "seq": 1, "case": {...}}
    ← {"seq": 1, "bills": [{...}]}  |  {"seq": 1, "skipped": true, "reason": "..."}
                                    |  {"seq": 1, "errored": true, "context": {...}}
    → {"cmd": "stop"}

Modelled on Bowtie's harness protocol: a start handshake that states what the implementation
claims (ICS) and the values it needs (PIXIT), a sequence number on every request, and explicit
skipped and errored answers so that a crash is never mistaken for an answer.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import ConfigDict, Field, SerializeAsAny, field_validator, model_validator
import datetime as dt

from ratecert.bill import Bill
from ratecert.bounds import BoundedModel
from ratecert.case import PROTOCOL, CaseBase
from ratecert.money import Exact


class _Message(BoundedModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Implementation(_Message):
    name: str
    version: str
    vendor: str = ""
    language: str = ""


class DocumentClaim(_Message):
    capabilities: tuple[str, ...] = Field(description="clause groups implemented, e.g. payment-dates")


class ICS(_Message):
    """Implementation conformance statement: what the SUT claims to implement."""

    documents: dict[str, DocumentClaim]

    def claims(self, document: str, capability: str | None) -> bool:
        claim = self.documents.get(document)
        return claim is not None and (capability is None or capability in claim.capabilities)


class PIXIT(_Message):
    """Values the SUT needs and the readings it chose (GUIDE: ICS / PIXIT)."""

    legal_maximum_rate: Exact | None = Field(None, description="2.4.1(C)(2)(a); its basis is an interpretation")
    local_holidays: tuple[dt.date, ...] = Field((), description="locally observed holidays the company closes on")
    readings: dict[str, str] = Field(default_factory=dict, description="interpretation id -> chosen option")
    declared_amounts: dict[str, Exact] = Field(
        default_factory=dict, description="document:element -> the amount the SUT bills for an element whose printed "
                                          "amount is damaged (e.g. the ICA's supplement charges that lost their cents)")


class StartRequest(_Message):
    cmd: Literal["start"] = "start"
    protocol: Literal["ratecert/1"] = PROTOCOL


class StartReply(_Message):
    implementation: Implementation
    ics: ICS
    pixit: PIXIT = PIXIT()


class BillRequest(_Message):
    cmd: Literal["bill"] = "bill"
    seq: int
    case: SerializeAsAny[CaseBase] = Field(description="a case of one document (see case.schema.json)")

    @field_validator("case", mode="before")
    @classmethod
    def _by_document(cls, value: Any) -> Any:
        """The case is validated by its document's model, not by the base every document shares."""
        from ratecert.packs import parse_case

        return parse_case(value)


class BillReply(_Message):
    seq: int
    bills: tuple[Bill, ...] | None = None
    skipped: bool = False
    reason: str | None = None
    errored: bool = False
    context: Any = None

    @model_validator(mode="after")
    def _one_outcome(self) -> BillReply:
        outcomes = (self.bills is not None) + self.skipped + self.errored
        if outcomes != 1:
            raise ValueError("a reply carries exactly one of: bills, skipped, errored")
        return self


class StopRequest(_Message):
    cmd: Literal["stop"] = "stop"
