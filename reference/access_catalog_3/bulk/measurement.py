"""Vectorised access-minute measurement: the rules of reference.access_minutes applied to whole
columns at once, in exact integer milliseconds.

Per record: the start event by feature group, direction, signaling and routing (6.5.4-6.8.4); the
stop at the first disconnect recognized; unanswered calls count zero; a stop before the start, a
missing disconnect or an unknown code rejects the record. Per chunk: the milliseconds summed by
(account, month, end office, accumulation unit, FG, direction, routing, jurisdiction), returned as
a small frame of decoded strings, so chunks and Dask partitions combine by plain addition.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ratecert_reference.access_catalog_3.bulk.layout import TIMES

FG = ("A", "B", "C", "D")
DIRECTION = ("originating", "terminating")
SIGNALING = ("MF", "SS7")
ROUTING = ("direct", "tandem")
JURISDICTION = ("", "intrastate", "interstate")
NONE = np.iinfo(np.int64).min
GROUP = ["account", "month", "end_office", "unit", "feature_group", "direction", "routing", "jurisdiction"]


def _codes(column: pa.Array, values: tuple[str, ...]) -> np.ndarray:
    """Index of each value in `values`; -1 for null or anything else (null jurisdiction -> 0 '')."""
    if not pa.types.is_dictionary(column.type):
        column = pc.dictionary_encode(column)
    column = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
    lookup = np.array([values.index(v) if v in values else -1 for v in column.dictionary.to_pylist()] + [-1],
                      dtype=np.int8)
    indices = column.indices.fill_null(len(lookup) - 1).to_numpy(zero_copy_only=False)
    return lookup[indices]


def _ms(column: pa.Array) -> np.ndarray:
    """Milliseconds as int64, null as NONE: Arrow hands nulls to NumPy as NaT, whose int64 view is
    exactly the minimum int64, so no fill pass is needed."""
    if column.null_count == 0:
        return column.cast(pa.int64()).to_numpy()
    return column.to_numpy(zero_copy_only=False).astype("datetime64[ms]").view(np.int64)


@dataclass
class Measured:
    ms: np.ndarray          # chargeable milliseconds per record (0 when rejected)
    rejected: np.ndarray    # bool per record
    keys: np.ndarray        # group keys of the chunk (Codebook layout)
    sums: np.ndarray        # milliseconds per key
    book: Codebook

    @property
    def partials(self) -> pd.DataFrame:
        """GROUP + ["ms"] of this chunk alone, decoded (tests, Dask partitions)."""
        return self.book.decode(self.keys, self.sums)


def measure(batch: pa.RecordBatch, fgd_mf_reading: str = "as-fgc", book: Codebook | None = None) -> Measured:
    names = batch.schema.names
    col = {name: batch.column(names.index(name)) for name in names}
    fg, direction = _codes(col["feature_group"], FG), _codes(col["direction"], DIRECTION)
    signaling, routing = _codes(col["signaling"], SIGNALING), _codes(col["routing"], ROUTING)
    jurisdiction = _codes(col["jurisdiction"], JURISDICTION) if "jurisdiction" in col else np.zeros(len(fg), np.int8)
    jurisdiction = np.where(jurisdiction < 0, 0, jurisdiction)
    times = {t: _ms(col[t]) if t in col else np.full(len(fg), NONE) for t in TIMES}

    originating = direction == 0
    ss7_cd = (signaling == 1) & (fg >= 2)
    start = times["answer"].copy()
    start = np.where(originating & (fg == 0), times["off_hook"], start)
    start = np.where(originating & ss7_cd & (routing == 0), times["iam_sent"], start)
    start = np.where(originating & ss7_cd & (routing == 1), times["exit_message"], start)
    user, customer = times["end_user_disconnect"], times["customer_disconnect"]
    stop = np.minimum(np.where(user == NONE, np.iinfo(np.int64).max, user),
                      np.where(customer == NONE, np.iinfo(np.int64).max, customer))
    answered = start != NONE
    rejected = (fg < 0) | (direction < 0) | (signaling < 0) | (routing < 0) | ((user == NONE) & (customer == NONE))
    if fgd_mf_reading == "not-measurable":
        rejected |= originating & (fg == 3) & (signaling == 0)
    rejected |= answered & ~rejected & (stop < start)
    ms = np.where(answered & ~rejected, stop - start, 0)

    accepted = ~rejected   # measured interstate minutes too: never billed, but they develop a percentage (2.3.11(C)(3))
    book = book or Codebook()
    keys, sums = group_sums(col, accepted, ms, np.where(stop == np.iinfo(np.int64).max, 0, stop),
                            fg.astype(np.int64), direction.astype(np.int64), routing.astype(np.int64),
                            jurisdiction.astype(np.int64), book)
    return Measured(ms=ms, rejected=rejected, keys=keys, sums=sums, book=book)


class Codebook:
    """Stable integer codes for the open-ended categories (accounts, end offices, FGA lines) across
    chunks, so partial sums can be keyed by one int64 and decoded to strings only once."""

    BITS = {"account": 10, "end_office": 14, "line": 20}
    MONTH_BITS, EPOCH = 10, int(np.datetime64("2000-01", "M").astype(np.int64))

    def __init__(self) -> None:
        self.values: dict[str, list[str]] = {name: [""] for name in self.BITS}
        self.index: dict[str, dict[str, int]] = {name: {"": 0} for name in self.BITS}

    def codes(self, name: str, column: pa.Array | None, size: int) -> np.ndarray:
        if column is None:
            return np.zeros(size, np.int64)
        if not pa.types.is_dictionary(column.type):
            column = pc.dictionary_encode(column)
        lookup = np.array([self._code(name, v or "") for v in column.dictionary.to_pylist()] + [0], dtype=np.int64)
        indices = column.indices.fill_null(len(lookup) - 1).to_numpy(zero_copy_only=False)
        return lookup[indices]

    def _code(self, name: str, value: str) -> int:
        found = self.index[name].get(value)
        if found is None:
            found = self.index[name][value] = len(self.values[name])
            self.values[name].append(value)
            if found >= 1 << self.BITS[name]:
                raise ValueError(f"more than {1 << self.BITS[name]} distinct values of {name}")
        return found

    def decode(self, keys: np.ndarray, sums: np.ndarray) -> pd.DataFrame:
        rest = keys
        parts = {}
        for name, bits in (("jurisdiction", 2), ("routing", 1), ("direction", 1), ("feature_group", 2),
                           ("month", self.MONTH_BITS), ("line", self.BITS["line"]),
                           ("end_office", self.BITS["end_office"]), ("account", self.BITS["account"])):
            parts[name] = rest & ((1 << bits) - 1)
            rest = rest >> bits
        months = (parts["month"] + self.EPOCH).astype("datetime64[M]").astype(str).astype(object)
        columns = {
            "account": np.array([v or "ACCT-1" for v in self.values["account"]], dtype=object)[parts["account"]],
            "month": months, "end_office": np.array(self.values["end_office"], dtype=object)[parts["end_office"]],
            "unit": np.array(self.values["line"], dtype=object)[parts["line"]],
            "feature_group": np.array(FG, dtype=object)[parts["feature_group"]],
            "direction": np.array(DIRECTION, dtype=object)[parts["direction"]],
            "routing": np.array(ROUTING, dtype=object)[parts["routing"]],
            "jurisdiction": np.array(JURISDICTION, dtype=object)[parts["jurisdiction"]],
        }
        frame = pd.DataFrame({name: pd.Series(values, dtype=object, copy=False) for name, values in columns.items()})
        frame["ms"] = sums
        return frame


class Accumulator:
    """Running exact sums per int64 key, compacted as chunks arrive: memory follows the number of
    distinct groups, not the number of chunks."""

    def __init__(self) -> None:
        self.keys = np.zeros(0, np.int64)
        self.sums = np.zeros(0, np.int64)

    def add(self, keys: np.ndarray, sums: np.ndarray) -> None:
        merged_keys = np.concatenate([self.keys, keys])
        merged_sums = np.concatenate([self.sums, sums])
        self.keys, inverse = np.unique(merged_keys, return_inverse=True)
        self.sums = _exact_sums(inverse, merged_sums, len(self.keys))


_LOW_BITS = 26


def _months(stop: np.ndarray, accepted: np.ndarray) -> np.ndarray:
    """Calendar month of each stop time since the codebook's epoch (a lookup in the few month
    boundaries the chunk spans, far cheaper than converting every timestamp)."""
    if not accepted.any():
        return np.zeros(len(stop), np.int64)
    lo, hi = (np.array([stop[accepted].min(), stop[accepted].max()]).astype("datetime64[ms]")
              .astype("datetime64[M]").astype(np.int64))
    starts = np.arange(lo, hi + 2).astype("datetime64[M]").astype("datetime64[ms]").astype(np.int64)
    return np.searchsorted(starts, stop, side="right").astype(np.int64) - 1 + (lo - Codebook.EPOCH)


def _exact_sums(codes: np.ndarray, ms: np.ndarray, groups: int) -> np.ndarray:
    """Integer sums per code. bincount adds in float64, which is exact below 2**53: one pass when
    no sum can reach that, else each value split at 26 bits so every partial sum stays far below."""
    if len(ms) == 0 or int(ms.max()) * len(ms) < 1 << 53:
        return np.rint(np.bincount(codes, weights=ms, minlength=groups)).astype(np.int64)
    low = np.bincount(codes, weights=ms & ((1 << _LOW_BITS) - 1), minlength=groups)
    high = np.bincount(codes, weights=ms >> _LOW_BITS, minlength=groups)
    return np.rint(low).astype(np.int64) + (np.rint(high).astype(np.int64) << _LOW_BITS)


def group_sums(col: dict[str, pa.Array], accepted: np.ndarray, ms: np.ndarray, stop: np.ndarray, fg: np.ndarray,
               direction: np.ndarray, routing: np.ndarray, jurisdiction: np.ndarray,
               book: Codebook) -> tuple[np.ndarray, np.ndarray]:
    """(keys, sums) of the chunk's accepted records, keyed by the codebook's stable layout."""
    size = len(ms)
    key = book.codes("account", col.get("account"), size)
    key = (key << Codebook.BITS["end_office"]) | book.codes("end_office", col.get("end_office"), size)
    line = np.where(fg == 0, book.codes("line", col.get("line"), size), 0)   # FGA per line, others per office
    key = (key << Codebook.BITS["line"]) | line
    key = (key << Codebook.MONTH_BITS) | _months(stop, accepted)
    key = (((((key << 2) | fg) << 1 | direction) << 1 | routing) << 2) | jurisdiction
    key = key[accepted]
    if len(key) == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    codes, uniques = pd.factorize(key)
    return np.asarray(uniques, dtype=np.int64), _exact_sums(codes, ms[accepted], len(uniques))


def combine(partials: list[pd.DataFrame]) -> pd.DataFrame:
    """Partial sums of many chunks or partitions: milliseconds add, so the totals are exact."""
    if not partials:
        return pd.DataFrame(columns=[*GROUP, "ms"])
    return pd.concat(partials, ignore_index=True).groupby(GROUP, sort=True, observed=True)["ms"].sum().reset_index()
