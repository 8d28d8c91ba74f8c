"""From accumulated milliseconds to bill lines: round per accumulation unit (6.5.4-6.7.4, reading
access-minute-rounding), sum to (end office, FG, direction, routing, jurisdiction), and let the
reference price those minutes with the account's terms, one bill per account and month. The
vectorised path and the per-record reference share this pricing, so they can differ only where
measurement differs - which a property test rules out.

Only what the file touches is priced: the account-months that have usage, each once. Usage of an
account the terms do not know is refused (named and counted), never priced with empty terms; a
month the catalog cannot bill (no rate in force, or a bill date past 9999) is refused by name.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np

from ratecert_reference.access_catalog_3.bulk.measurement import DEFAULT_ACCOUNT, LAYOUT, Codebook
from ratecert.bulk.sums import Grouped, exact_sums

MINUTE_MS = 60_000
BUCKET = ["account", "month", "end_office", "feature_group", "direction", "routing", "jurisdiction"]


class BadTerms(ValueError):
    """A terms file that cannot be read as the audit's terms: the message names the file and field."""


class UnsupportedTerms(BadTerms):
    """Terms the vectorised path cannot rate as the per-record reference would: refused, not approximated."""


class Unbillable(ValueError):
    """Usage in a month the catalog cannot bill: the message names the month, the accounts and why."""


@dataclass(frozen=True)
class AuditTerms:
    templates: dict[str, dict[str, Any]]   # account -> case template (end offices, services, ...)
    terms: Any                             # reference.terms.Terms
    bill_day: int

    @property
    def accounts(self) -> frozenset[str]:
        return frozenset(self.templates)


@dataclass
class Priced:
    lines: dict[tuple[str, str], list[Any]] = field(default_factory=dict)    # (account, month) -> its bill's lines
    unknown_accounts: dict[str, int] = field(default_factory=dict)     # account -> records not priced
    minutes: dict[tuple[str, str], dict[tuple[str, ...], int]] = field(default_factory=dict)   # every account


def terms_json(path: Path) -> dict[str, Any]:
    """The terms file's JSON object, its shape checked: {"bill_day": 1-31, "pixit": {...},
    "accounts": {account: case template}}."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BadTerms(f"{path}: no such terms file") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BadTerms(f"{path}: not a JSON terms file ({exc})") from None
    except OSError as exc:
        raise BadTerms(f"{path}: {exc.strerror}") from None
    if not isinstance(data, dict):
        raise BadTerms(f"{path}: expected a JSON object with bill_day, pixit and accounts")
    unknown = sorted(set(data) - {"bill_day", "pixit", "accounts"})
    if unknown:
        raise BadTerms(f"{path}: unknown fields {unknown} (known: bill_day, pixit, accounts)")
    bill_day = data.get("bill_day", 1)
    if type(bill_day) is not int or not 1 <= bill_day <= 31:
        raise BadTerms(f"{path}: bill_day must be a whole day of the month, 1 to 31 (got {bill_day!r})")
    accounts = data.get("accounts", {})
    if not isinstance(accounts, dict) or not all(isinstance(t, dict) for t in accounts.values()):
        raise BadTerms(f"{path}: accounts must map each account to its case template (a JSON object)")
    if not isinstance(data.get("pixit", {}), dict):
        raise BadTerms(f"{path}: pixit must be a JSON object")
    return data


@dataclass(frozen=True)
class TermsFile:
    """The terms file read once (it may be a pipe): its JSON, and the one reading measurement needs."""

    path: Path
    data: dict[str, Any]

    @cached_property
    def fgd_mf(self) -> str:
        """fgd-originating-mf-start: the terms' choice, else the spec's default - read from the spec
        cache's JSON of defaults, not from the spec: the spec's models take 0.1-0.3 s to import, and
        the first chunk waited for them (an option the spec does not record is refused by
        `load_terms`)."""
        from ratecert.spec.cache import interpretation_defaults

        readings = self.data.get("pixit", {}).get("readings")
        chosen = readings.get("fgd-originating-mf-start") if isinstance(readings, dict) else None
        if isinstance(chosen, str):
            return chosen
        return interpretation_defaults("access-catalog-3")["fgd-originating-mf-start"]


def read_terms(path: Path) -> TermsFile:
    """The terms' JSON, its shape checked. Cheap - no model is built, no spec loaded - so the stream
    can start while `load_terms` validates the rest."""
    return TermsFile(path, terms_json(path))


def load_terms(read: TermsFile | Path) -> AuditTerms:
    """The terms, validated: the PIXIT against the spec, each account's template as a case."""
    from pydantic import ValidationError

    from ratecert_reference.access_catalog_3.records import CatalogCase
    from ratecert.protocol import PIXIT
    from ratecert.spec.cache import cached_spec
    from ratecert.terms import UnknownReading, terms_for

    if not isinstance(read, TermsFile):
        read = read_terms(read)
    path, data = read.path, read.data
    try:
        terms = terms_for(PIXIT.model_validate(data.get("pixit", {})), spec=cached_spec())
    except ValidationError as exc:
        raise BadTerms(f"{path}: pixit: {_first_error(exc)}") from None
    except UnknownReading as exc:
        raise BadTerms(f"{path}: pixit: {exc}") from None
    if terms.reading("access-minute-rounding") == "by-section":
        raise UnsupportedTerms(f"{path}: pixit: access-minute-rounding=by-section rounds Carrier Common Line minutes "
                               "one way and the Section 6 elements' another; the audit prices one rounded total per "
                               "accumulation unit, so it cannot rate that reading as the reference would")
    accounts = data.get("accounts", {})
    for account, template in accounts.items():
        try:
            case = CatalogCase.model_validate({**template, "id": account, "bill_date": "2025-01-01"})
        except ValidationError as exc:
            raise BadTerms(f"{path}: account {account}: {_first_error(exc)}") from None
        if case.malformed:   # a case sets a malformed record aside; terms that would bill every month have none
            raise BadTerms(f"{path}: account {account}: {case.malformed[0].reason}")
        for office in template.get("end_offices", ()):
            if isinstance(office, dict) and office.get("terminating_measured") is False:
                raise UnsupportedTerms(
                    f"{path}: account {account}, end office {office.get('end_office')}: terminating usage derived from "
                    "originating usage (6.7.4, 6.8.4) needs each call's called service, which the columnar layout "
                    "does not carry; rate this account per record (ratecert bill)")
    return AuditTerms(templates=accounts, terms=terms, bill_day=data.get("bill_day", 1))


def warm(terms: AuditTerms) -> None:
    """Price one small bill (every feature group, direction and routing at one end office), so that
    what the reference does only the first time - lazy imports, validators built, rate histories
    first read - happens beside the stream rather than after it."""
    from ratecert_reference.access_catalog_3.billing import bill_lines
    from ratecert_reference.access_catalog_3.records import CatalogCase

    template = next(iter(terms.templates.values()), {})
    office = next((o.get("end_office") for o in template.get("end_offices", ()) if isinstance(o, dict)), "EO-1")
    usage = [{"id": f"{fg}{direction}{routing}", "end_office": office, "feature_group": fg, "direction": direction,
              "routing": routing, "minutes": "1"}
             for fg in "ABCD" for direction in ("originating", "terminating") for routing in ("direct", "tandem")]
    try:
        bill_lines(CatalogCase.model_validate({**template, "id": "warm-up", "bill_date": "2025-04-01", "usage": usage}),
                   terms.terms)
    except Exception:   # noqa: BLE001 - a warm-up only; the real pricing reports its own faults
        pass


def _first_error(exc: Any) -> str:
    first = exc.errors()[0]
    return f"{'.'.join(str(p) for p in first['loc']) or '(top level)'}: {first['msg']}"


def rounded_minutes(ms, reading: str):  # type: ignore[no-untyped-def]
    """Whole minutes of an accumulation unit (an int, or an array of them): up (Section 6) or
    nearest, half up (3.7.2)."""
    return (ms + MINUTE_MS - 1) // MINUTE_MS if reading == "up" else (ms + MINUTE_MS // 2) // MINUTE_MS


def bill_date(month: str, bill_day: int) -> dt.date:
    """The bill that carries a month's usage in arrears: the bill day of the following month."""
    year, number = (int(part) for part in month.rsplit("-", 1))
    year, number = (year + 1, 1) if number == 12 else (year, number + 1)
    if not 1 <= year <= 9999:
        raise Unbillable(f"usage ending in {month} cannot be billed: its bill (in arrears, {year}-{number:02d}) "
                         "is outside the years 1-9999 a bill date can carry")
    return dt.date(year, number, min(bill_day, calendar.monthrange(year, number)[1]))


def buckets(total: Grouped, book: Codebook, reading: str) -> dict[tuple[str, str], dict[tuple[str, ...], int]]:
    """Minutes per (account, month) and (end office, FG, direction, routing, jurisdiction): each
    accumulation unit rounded, then summed over the units (in integers, before any decoding)."""
    minutes = rounded_minutes(total.sums, reading)
    uniques, inverse = np.unique(LAYOUT.without(total.keys, "unit"), return_inverse=True)
    summed = exact_sums(inverse, minutes, len(uniques))
    decoded = book.decode(uniques)
    out: dict[tuple[str, str], dict[tuple[str, ...], int]] = defaultdict(dict)
    for i, value in enumerate(summed.tolist()):
        account, month, *key = (decoded[name][i] for name in BUCKET)
        out[(account, month)][tuple(key)] = value
    return out


def records_by_account(total: Grouped, book: Codebook) -> dict[str, int]:
    values = book.categories["account"].values
    counts = exact_sums(LAYOUT.unpack(total.keys)["account"], total.counts, len(values))
    return {str(values[code] or DEFAULT_ACCOUNT): n for code, n in enumerate(counts.tolist()) if n}


def price(total: Grouped, book: Codebook, terms: AuditTerms) -> Priced:
    """The bill lines of each (account, month) of the usage in `total` - the reference's
    (`billing.bill_lines`: `render_bill`'s lines, without the payment date the audit does not
    compare); accounts the terms do not know are counted, not priced."""
    from ratecert_reference.access_catalog_3.billing import bill_lines
    from ratecert_reference.access_catalog_3.records import CatalogCase
    from ratecert.spec.model import NotInForce

    priced = Priced()
    unknown = {a: n for a, n in records_by_account(total, book).items() if a not in terms.templates}
    priced.unknown_accounts = dict(sorted(unknown.items(), key=lambda item: (-item[1], item[0])))
    priced.minutes = buckets(total, book, terms.terms.reading("access-minute-rounding"))
    for (account, month), usage in sorted(priced.minutes.items()):
        if account in unknown:
            continue
        summaries = [{"id": f"{office}-{fg}-{direction}-{routing}-{jurisdiction or 'projected'}", "end_office": office,
                      "feature_group": fg, "direction": direction, "routing": routing, "minutes": str(Decimal(minutes)),
                      "jurisdiction": jurisdiction or None}
                     for (office, fg, direction, routing, jurisdiction), minutes in sorted(usage.items())]
        when = bill_date(month, terms.bill_day)
        case = CatalogCase.model_validate({**terms.templates[account], "id": f"{account}-{month}",
                                    "bill_date": when.isoformat(), "usage": summaries})
        try:
            priced.lines[(account, month)] = bill_lines(case, terms.terms)
        except NotInForce as exc:
            raise Unbillable(f"usage of {account} in {month} cannot be billed: {exc}") from None
    return priced


def bill_lines(total: Grouped, book: Codebook, templates: dict[str, dict[str, Any]], terms: Any,
                bill_day: int = 1) -> dict[tuple[str, str], list[Any]]:
    """The bill lines of `total` for known accounts (tests and the per-record comparison)."""
    return price(total, book, AuditTerms(templates=templates, terms=terms, bill_day=bill_day)).lines
