"""The case: everything a billing system needs to render one bill under one document.

Versioned with the protocol (`ratecert/1`). Every document's case shares this base - the account,
the bill date, the service month, payments, disputes, deposits, the bill's receipt and the records
set aside as malformed - and adds its own records in its pack (`DocumentPack.case_model`). The wire
case stays one flat JSON object whose `document` picks the model; records forbid extra fields, so a
catalog case carrying an ICA field is refused by name rather than silently ignored.

A pack's model names the lists whose records are set aside rather than refused when malformed
(`QUARANTINED`: usage and circuits, where a tariff rates the rest of the month around a bad record)
and the fields a version 1 case may not carry (`VERSION_2_FIELDS`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar, Literal

from pydantic import Field, ValidationError, model_validator

from ratecert.money import Exact
from ratecert.records import Record

PROTOCOL = "ratecert/1"
CASE_VERSION = 2


class Account(Record):
    """The customer's account and the credit facts a document's deposit rules decide on."""

    id: str = "ACCT-1"
    customer: str = "an interexchange carrier"
    late_payment_history: bool = False
    established_credit: bool = True
    successor_of_creditworthy_company: bool = False
    prompt_payment_months: int = Field(0, ge=0, description="consecutive months of prompt payment")


class Period(Record):
    """The service month the flat charges of the bill cover (first and last day, inclusive)."""

    start: dt.date
    end: dt.date

    @model_validator(mode="after")
    def _ordered(self) -> Period:
        if self.end < self.start:
            raise ValueError("period end is before its start")
        return self


class Payment(Record):
    identity = ()   # two payments with one id are still two payments; their penalties add up

    id: str = "payment"
    date: dt.date = Field(description="the day the billing company receives the payment")
    amount: Exact = Field(gt=0)
    funds_available_on: dt.date | None = Field(
        None, description="when funds that are not immediately available become available")


class Dispute(Record):
    id: str = "dispute"
    amount: Exact = Field(gt=0)
    filed: dt.date
    resolved_for: Literal["telephone-company", "customer", "pending"] = "pending"
    withheld: bool = Field(True, description="the customer withheld the disputed amount (else it paid the total)")
    paid_on: dt.date | None = Field(None, description="when the withheld amount was paid (resolved for the company)")
    refunded_on: dt.date | None = Field(None, description="when the overpayment was refunded (resolved for the customer)")


class Deposit(Record):
    id: str = "deposit"
    amount: Exact = Field(gt=0)
    received: dt.date
    returned_on: dt.date | None = Field(None, description="credited to the account or refunded")
    monthly_charges: Exact = Field(description="actual or estimated monthly rates and charges of the service")


class BillReceipt(Record):
    received: dt.date
    extension_requested: bool = True
    proof_of_late_receipt: bool = True


class MalformedRecord(Record):
    """A usage or circuit record that breaks its schema, kept as received with what is wrong: one bad
    call detail record, usage summary, end office report or circuit does not stop the month's bill.
    The bill names it among its rejected records and the rest of the case is still rated."""

    field: str = Field(description="the case field it came in (one of the document's quarantined lists)")
    ref: str = Field(description="the record's id (an end office's terms: the end office), or field[index] without one")
    reason: str = Field(description="what is wrong, naming the record and each bad field")
    record: dict[str, Any] = Field(description="the record as received")


def _record_ref(field: str, index: int, record: object) -> str:
    key = "end_office" if field == "end_offices" else "id"
    ref = record.get(key) if isinstance(record, dict) else None
    return str(ref) if isinstance(ref, (str, int)) and str(ref) else f"{field}[{index}]"


def _what_is_wrong(kind: str, ref: str, exc: ValidationError) -> str:
    """"call c7: feature_group: Input should be 'A', 'B', 'C' or 'D' (got 'E')" - each error of the record."""
    problems = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"])
        message = err["msg"].removeprefix("Value error, ").removeprefix(f"{kind} {ref}: ")
        got = f" (got {err['input']!r})" if where and not isinstance(err.get("input"), (dict, list)) else ""
        problems.append(f"{where}: {message}{got}" if where else message)
    return f"{kind} {ref}: " + "; ".join(problems)


class CaseBase(Record):
    """One billing question under one document, sent to the SUT as is. Packs subclass it with their
    document's records and pin `document` to their id."""

    QUARANTINED: ClassVar[dict[str, tuple[str, type[Record]]]] = {}
    VERSION_2_FIELDS: ClassVar[tuple[str, ...]] = ()

    protocol: Literal["ratecert/1"] = PROTOCOL
    version: Literal[1, 2] = Field(
        1, description="case schema version: 1 is the Access Catalog's first contract, 2 adds later records (each "
                       "document's pack says which); a case without a version is version 1, and a version 1 case "
                       "with a version 2 field is refused")
    id: str = "case"
    document: str = Field(description="the document the case is billed under: a pack's id")
    account: Account = Account()
    bill_date: dt.date
    amount_due: Exact | None = Field(None, description="the amount of the bill when not computed from its lines")
    period: Period | None = None
    payments: tuple[Payment, ...] = ()
    disputes: tuple[Dispute, ...] = ()
    deposits: tuple[Deposit, ...] = ()
    bill_receipt: BillReceipt | None = None
    malformed: tuple[MalformedRecord, ...] = Field(
        (), description="usage or circuit records that break their schema, set aside as received: bill each as "
                        "rejected (its ref and reason) and rate the rest")

    @model_validator(mode="before")
    @classmethod
    def _set_aside_malformed(cls, data: object) -> object:
        """A record of usage or circuits that breaks its schema (a call of feature group E, a PIU of 120,
        a segment without coordinates) is moved to `malformed`, named, instead of refusing the case:
        the catalog rates the rest of the month, and so must a billing system. The records kept are
        the validated models, so nothing is validated twice."""
        if not isinstance(data, dict) or not cls.QUARANTINED:
            return data
        malformed = list(data.get("malformed") or ())
        changed = {}
        for field, (kind, model) in cls.QUARANTINED.items():
            records = data.get(field)
            if not isinstance(records, (list, tuple)):
                continue
            kept = []
            keys = set()
            for index, record in enumerate(records):
                ref = _record_ref(field, index, record)
                try:
                    valid = record if isinstance(record, model) else model.model_validate(record)
                except ValidationError as exc:
                    malformed.append({"field": field, "ref": ref, "reason": _what_is_wrong(kind, ref, exc),
                                      "record": record if isinstance(record, dict) else {"value": record}})
                    continue
                if valid.key_fields() and valid.key() in keys:   # one record per key (ratecert.records): the first
                    malformed.append({"field": field, "ref": ref,  # is rated, this one named
                                      "record": record if isinstance(record, dict) else valid.model_dump(mode="json"),
                                      "reason": f"{kind} {ref}: a second record with {valid.key_text()}; the first is rated"})
                    continue
                keys.add(valid.key())
                kept.append(valid)
            changed[field] = kept
        return {**data, **changed, "malformed": malformed}

    @model_validator(mode="before")
    @classmethod
    def _versioned(cls, data: object) -> object:
        """A case that uses a version 2 field without saying its version is version 2; one that
        says version 1 and uses one is refused, naming the field."""
        if isinstance(data, dict):
            used = [f for f in cls.VERSION_2_FIELDS if data.get(f) not in (None, (), [])]
            if used and data.get("version") == 1:
                raise ValueError(f"version 1 cases cannot carry {', '.join(used)} (case version 2)")
            if used and "version" not in data:
                data = {**data, "version": 2}
        return data
