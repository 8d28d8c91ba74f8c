"""Typed, frozen values of the spec: pages, rate elements with effective-dated values, clauses,
interpretations. Validation that needs no context lives here; cross-file checks (a value's page
exists, its date is the page's effective date, a clause id is known) live in the loader."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from enum import Enum
from typing import Literal

from pydantic import ConfigDict, Field, field_validator, model_validator

from ratecert.bounds import DECIMAL_PATTERN, DECIMAL_RULE, BoundedModel


_PRINTED_AMOUNT = re.compile(DECIMAL_PATTERN.replace("^-?", "^", 1))


class _Frozen(BoundedModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Page(_Frozen):
    """One page as filed: the unit every citation points to.

    A catalog page is a file of its own. A document received as one text (the ICA, the web pages)
    names the `file` and the `lines` of it the page spans; its digest is then the file's."""

    revision: str
    issued: dt.date
    effective: dt.date
    effective_basis: str | None = Field(
        None, description="why `effective` is that date when the page does not print one (e.g. the ICA's approval)")
    transmittal: str | None
    file: str | None = Field(None, description="the source file, for documents received as one text")
    lines: tuple[int, int] | None = Field(None, description="first and last line of the page in `file`")
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")

    @model_validator(mode="after")
    def _located(self) -> Page:
        if (self.file is None) != (self.lines is None):
            raise ValueError("a page of a one-file source needs both file and lines")
        if self.lines is not None and not 1 <= self.lines[0] <= self.lines[1]:
            raise ValueError(f"lines {self.lines} are not a range of line numbers")
        return self


class ValueKind(str, Enum):
    """What a printed rate cell holds. Only `amount` can be billed."""

    amount = "amount"
    not_applicable = "N/A"          # printed N/A: not offered or not billable
    no_charge = "None"              # printed None: the feature is free
    individual_case = "ICB"         # rates developed case by case, none filed
    external = "external"           # incorporated by reference from another tariff
    not_printed = "not printed"     # the page names the item but prints no rate
    damaged = "damaged"             # printed, but the scan lost digits: `printed` keeps what is legible


NOT_AN_AMOUNT = tuple(k.value for k in ValueKind if k is not ValueKind.amount)


class RateValue(_Frozen):
    """One value of a rate element, in force from `from_` until the next value (or `until`)."""

    from_: dt.date = Field(alias="from")
    until: dt.date | None = None
    amount: str = Field(json_schema_extra={"anyOf": [
        {"pattern": _PRINTED_AMOUNT.pattern},
        {"enum": list(NOT_AN_AMOUNT)}]})
    page: str
    printed: str | None = Field(None, description="the damaged text exactly as it reads, for amount: damaged")

    @field_validator("amount")
    @classmethod
    def _printed(cls, text: str) -> str:
        if text in NOT_AN_AMOUNT:
            return text
        if not _PRINTED_AMOUNT.match(text):
            raise ValueError(f"amount {text[:40]!r} is neither a non-negative decimal as printed ({DECIMAL_RULE}) "
                             "nor N/A, None, ICB")
        return text

    @property
    def kind(self) -> ValueKind:
        # asked for every line priced: a membership test, not a failed enum lookup per amount
        return ValueKind(self.amount) if self.amount in NOT_AN_AMOUNT else ValueKind.amount

    @property
    def decimal(self) -> Decimal:
        """The amount with every printed decimal kept (the catalog prints up to 7)."""
        if self.kind is not ValueKind.amount:
            raise ValueError(f"value printed as {self.amount!r} has no amount")
        return Decimal(self.amount)

    @model_validator(mode="after")
    def _range(self) -> RateValue:
        if self.until is not None and self.until <= self.from_:
            raise ValueError(f"until {self.until} is not after from {self.from_}")
        if (self.amount == ValueKind.damaged.value) != (self.printed is not None):
            raise ValueError("a damaged amount keeps its legible text in `printed`, and only a damaged one")
        return self


class RateElement(_Frozen):
    """A priced item: unit, column, the Section 17 clause that sets it, and its value history."""

    id: str
    title: str
    unit: str
    clause: str
    reference: str | None = None
    column: str | None = None
    note: str | None = None
    minimum_months: int | None = None
    values: tuple[RateValue, ...] = Field(min_length=1)


class Clause(_Frozen):
    """A citable unit of a document, with its pages and whether it can be tested at all."""

    id: str
    title: str
    pages: tuple[str, ...] = Field(min_length=1)
    summary: str
    status: Literal["testable", "untestable"]
    reason: str | None = None
    provenance: str | None = Field(None, description="where the entry came from when not written from the page")

    @model_validator(mode="after")
    def _reasoned(self) -> Clause:
        if self.status == "untestable" and not self.reason:
            raise ValueError("an untestable clause needs a reason")
        return self


class Interpretation(_Frozen):
    """A recorded reading of ambiguous, blank or damaged text: question, options, default, why."""

    id: str
    clauses: tuple[str, ...] = Field(min_length=1)
    flag: str | None = None
    question: str
    options: dict[str, str] = Field(min_length=2)
    default: str
    why: str

    @model_validator(mode="after")
    def _default_is_an_option(self) -> Interpretation:
        if self.default not in self.options:
            raise ValueError(f"default {self.default!r} is not one of the options {sorted(self.options)}")
        return self


class InventorySource(_Frozen):
    """The rows of one inventory file that a document accounts for: each row id with the clause that
    carries its rule, and the file's digest when they were reconciled (a changed file is reported)."""

    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    rows: dict[str, str] = Field(min_length=1, description="inventory row id -> clause id of this document")


class Inventory(_Frozen):
    """`inventory.yaml`: how the rule rows of an outside index of the document (e.g. ../shared/inventory)
    map onto the clause registry, and a note for each flagged inconsistency that no interpretation
    records because no reading is needed. Kept in spec/ so the accounting runs without the index."""

    sources: dict[str, InventorySource] = Field(min_length=1, description="inventory file name -> its rows")
    flags: dict[str, str] = Field(default_factory=dict, description="flag id -> why no interpretation is needed")

    @property
    def rows(self) -> dict[str, str]:
        return {row: clause for source in self.sources.values() for row, clause in source.rows.items()}


class Document(_Frozen):
    """A source instrument and everything transcribed from it."""

    id: str
    title: str
    issuer: str
    jurisdiction: str
    regulator: str | None = None
    kind: str
    original_effective: dt.date | None = None
    source: str
    spec_version: str
    pages: dict[str, Page]
    rates: dict[str, RateElement]
    clauses: dict[str, Clause]
    interpretations: dict[str, Interpretation]
    inventory: Inventory | None = None


class NotInForce(LookupError):
    """No transcribed value of an element is in force on the date asked for."""


class Spec(_Frozen):
    """All documents, plus the digest that ties a certificate to this exact spec."""

    documents: dict[str, Document]
    digest: str

    def document(self, doc_id: str) -> Document:
        try:
            return self.documents[doc_id]
        except KeyError:
            raise KeyError(f"unknown document {doc_id!r}; known: {sorted(self.documents)}") from None

    def clause(self, clause_id: str) -> Clause:
        """Look up `document:section`."""
        doc_id, _, section = clause_id.partition(":")
        clauses = self.document(doc_id).clauses
        if section not in clauses:
            raise KeyError(f"unknown clause {clause_id!r}")
        return clauses[section]

    def rate(self, doc_id: str, element_id: str, on: dt.date) -> tuple[RateElement, RateValue]:
        """The element and the value of it in force on `on` (effective dating, GUIDE 5)."""
        element = self.document(doc_id).rates.get(element_id)
        if element is None:
            raise KeyError(f"unknown rate element {element_id!r} of {doc_id}")
        for value in reversed(element.values):
            if value.from_ <= on and (value.until is None or on < value.until):
                return element, value
        first = element.values[0]
        raise NotInForce(
            f"{doc_id}:{element.clause} {element_id}: no transcribed value in force on {on} "
            f"(the earliest is in force from {first.from_}, page {first.page})"
        )
