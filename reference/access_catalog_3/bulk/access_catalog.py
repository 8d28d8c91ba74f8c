"""The Access Catalog's rules for the bulk audit: the call-record columns (`layout`), the
measurement of 6.5.4-6.8.4 (`measurement`) and the pricing through the catalog's reference
(`pricing`), behind the interface the framework's driver (`ratecert.bulk.audit.Rules`) expects.
Everything catalog-specific the audit does is reached from here, so the document's pack can carry
it whole (issue 16).

Also the per-record path - every record validated as a `CallRecord` and rated by `render_bill` -
which the vectorised path is proven equal to and measured against.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

from ratecert.bulk.columns import pick
from ratecert.bulk.discrepancies import Departures, ExpectedLine, PricedUsage
from ratecert_reference.access_catalog_3.bulk.layout import CATEGORIES, CSV_TYPES, TIMES, VENDOR_MS
from ratecert_reference.access_catalog_3.bulk.measurement import Codebook, Measured, measure
from ratecert_reference.access_catalog_3.bulk.pricing import AuditTerms, BadTerms, TermsFile, Unbillable, load_terms, price, read_terms, warm
from ratecert.bulk.sums import Grouped

CLAUSE_BY_FG = {"A": "6.5.4", "B": "6.6.4", "C": "6.7.4", "D": "6.8.4"}
REQUIRED = ("end_office", "feature_group", "direction")
DISCONNECTS = ("end_user_disconnect", "customer_disconnect")
QUANTITIES = ["account", "month", "end_office", "feature_group", "direction", "routing", "jurisdiction", "minutes"]


class AccessCatalogRules:
    document = "access-catalog-3"
    vendor_column = VENDOR_MS
    dictionaries = CATEGORIES
    csv_types: dict[str, pa.DataType] = CSV_TYPES
    input_errors: tuple[type[Exception], ...] = (BadTerms, Unbillable)

    def columns(self, schema: pa.Schema, path: Path) -> list[str]:
        """The layout's columns the file has, checked: the required ones present, times as
        timestamps, codes as text, the vendor's value as integers."""
        from ratecert.bulk.audit import BadUsage

        names = schema.names
        missing = [c for c in REQUIRED if c not in names]
        if missing or not any(c in names for c in DISCONNECTS):
            missing += [] if any(c in names for c in DISCONNECTS) else ["end_user_disconnect or customer_disconnect"]
            raise BadUsage(f"{path}: missing columns {', '.join(missing)} (the call-record layout: "
                           f"{', '.join(('account', *REQUIRED, 'signaling', 'routing', 'line', 'jurisdiction', *TIMES))})")
        for name in names:
            kind = schema.field(name).type
            if name in TIMES and not pa.types.is_timestamp(kind) and not pa.types.is_null(kind):
                raise BadUsage(f"{path}: column {name} is {kind}, not a timestamp")
            if name in CATEGORIES:
                value = kind.value_type if pa.types.is_dictionary(kind) else kind
                if not (pa.types.is_string(value) or pa.types.is_large_string(value) or pa.types.is_null(value)):
                    raise BadUsage(f"{path}: column {name} is {kind}, not text")
            if name == VENDOR_MS and not (pa.types.is_integer(kind) or pa.types.is_null(kind)):
                raise BadUsage(f"{path}: column {name} is {kind}, not whole milliseconds")
        return [c for c in names if c in CATEGORIES or c in TIMES]

    def read_terms(self, path: Path) -> TermsFile:
        return read_terms(path)

    def load_terms(self, read: TermsFile) -> AuditTerms:
        terms = load_terms(read)
        warm(terms)
        return terms

    def codebook(self) -> Codebook:
        return Codebook()

    def measure(self, batch: pa.RecordBatch, read: TermsFile, book: Codebook) -> Measured:
        return measure(batch, read.fgd_mf, book)

    def departures(self, batch: pa.RecordBatch, rows: np.ndarray, measured: Measured) -> Departures:
        """The departed records: the vendor's milliseconds against the catalog's, with the clause
        that measures the record's feature group."""
        names = batch.schema.names

        def strings(name: str, default: str) -> list[str]:
            if name not in names:
                return [default] * len(rows)
            return [str(v) if v is not None else default for v in pick(batch.column(name), rows)]

        vendor = pick(batch.column(VENDOR_MS), rows)
        return Departures(
            ref=strings("id", "") if "id" in names else [],
            account=strings("account", "ACCT-1"),
            expected=["rejected" if measured.rejected[r] else str(int(measured.ms[r])) for r in rows.tolist()],
            actual=["none" if v is None else str(v) for v in vendor],
            clause=[f"{self.document}:{CLAUSE_BY_FG.get(g, '6.6.4')}" for g in strings("feature_group", "")],
            element="chargeable milliseconds")

    def price(self, total: Grouped, book: Codebook, terms: AuditTerms) -> PricedUsage:
        """The bills' lines, the unknown accounts, and the minutes priced (every account's, in
        quantities.csv: what an auditor - or a query - checks the sums against)."""
        priced = price(total, book, terms)
        lines = [ExpectedLine(account, month, line.element, line.ref or "", line.amount, line.clause)
                 for (account, month), month_lines in priced.lines.items() for line in month_lines]
        rows = [(account, month, *key, minutes) for (account, month), usage in sorted(priced.minutes.items())
                for key, minutes in sorted(usage.items())]
        return PricedUsage(lines, priced.unknown_accounts, (QUANTITIES, rows))


RULES = AccessCatalogRules()


def per_record(usage: Path, terms_path: Path, chunk_rows: int = 200_000) -> tuple[int, dict[tuple[str, str], Any]]:
    """The per-record reference path: every record validated as a `CallRecord` and rated by
    `render_bill`, one account-month at a time. The baseline the vectorised path is measured against."""
    from ratecert_reference.access_catalog_3.bulk.layout import batches
    from ratecert_reference.access_catalog_3.bulk.pricing import bill_date
    from ratecert_reference.access_catalog_3.records import CallRecord, CatalogCase
    from ratecert_reference.access_catalog_3.billing import render_bill

    terms = load_terms(terms_path)
    calls: dict[tuple[str, str], list[CallRecord]] = defaultdict(list)
    records = 0
    for batch in batches(usage, chunk_rows):
        for row in batch.to_pylist():
            records += 1
            account = row.pop("account", None) or "ACCT-1"
            row.pop(VENDOR_MS, None)
            call = CallRecord.model_validate(row)
            stop = min(t for t in (call.end_user_disconnect, call.customer_disconnect) if t is not None)
            calls[(account, stop.isoformat()[:7])].append(call)
    out = {}
    for (account, month), month_calls in sorted(calls.items()):
        case = CatalogCase.model_validate({**terms.templates.get(account, {}), "id": f"{account}-{month}",
                                    "bill_date": bill_date(month, terms.bill_day).isoformat()}).model_copy(
            update={"calls": tuple(month_calls)})
        out[(account, month)] = render_bill(case, terms.terms)
    return records, out


__all__ = ["RULES", "AccessCatalogRules", "per_record"]
