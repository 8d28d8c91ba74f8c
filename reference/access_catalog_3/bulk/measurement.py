"""Vectorised access-minute measurement: the rules of reference.access_minutes applied to whole
columns at once, in exact integer milliseconds.

Per record: the start event by feature group, direction, signaling and routing (6.5.4-6.8.4); the
stop at the first disconnect "recognized first"; unanswered calls count zero; a stop before the
start, a missing disconnect or an unknown code rejects the record (the per-record reference sets
such a record aside by name). Per chunk: the milliseconds summed by (account, end office,
accumulation unit, month, FG, direction, routing, jurisdiction) under one int64 key
(`ratecert.bulk.sums`), so chunks, threads and Dask partitions combine by plain addition.

Any date: the month of a call is a code in the run's codebook, not an offset from an epoch, so a
call of 1899 or 2150 keys like one of 2025; whether the catalog can bill that month is the
pricing's question (`ratecert_reference.access_catalog_3.bulk.pricing`), answered by name.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa

from ratecert.bulk.columns import filled
from ratecert_reference.access_catalog_3.bulk.layout import TIMES
from ratecert.bulk import sums
from ratecert.bulk.sums import Dimension, Grouped, KeyLayout, group

FG = ("A", "B", "C", "D")
DIRECTION = ("originating", "terminating")
SIGNALING = ("MF", "SS7")
ROUTING = ("direct", "tandem")
JURISDICTION = ("", "intrastate", "interstate")
NONE = np.iinfo(np.int64).min        # a missing time (NaT's int64 view)
DEFAULT_ACCOUNT = "ACCT-1"           # the account of a file without an account column
# kind: feature group (2 bits), direction (1), routing (1) and jurisdiction (2) in one field, so that
# a chunk groups by five dimensions instead of eight
LAYOUT = KeyLayout((("account", 10), ("end_office", 14), ("unit", 20), ("month", 12), ("kind", 6)))
GROUP = ["account", "month", "end_office", "unit", "feature_group", "direction", "routing", "jurisdiction"]
_KINDS = [(f, d, r, j) for f in range(len(FG)) for d in range(len(DIRECTION)) for r in range(len(ROUTING))
          for j in range(len(JURISDICTION))]
_KIND_CODES = np.array([f << 4 | d << 3 | r << 2 | j for f, d, r, j in _KINDS], np.int64)


def month_label(month: int) -> str:
    """'YYYY-MM' of a month counted from 1970-01 (any year, also outside 1-9999)."""
    year, index = divmod(month, 12)
    return f"{year + 1970:04d}-{index + 1:02d}"


class Codebook(sums.Codebook):
    """The run-wide codes of the open-ended dimensions (accounts, end offices, FGA lines, months
    counted from 1970-01)."""

    def __init__(self) -> None:
        super().__init__(LAYOUT, {"account": "", "end_office": "", "unit": "", "month": None})

    def decode(self, keys: np.ndarray) -> dict[str, list]:
        """The groups of `keys` as columns of Python values (months as 'YYYY-MM')."""
        parts = LAYOUT.unpack(keys)
        kind = parts.pop("kind")
        out: dict[str, list] = {name: [self.categories[name].values[c] for c in codes.tolist()]
                                for name, codes in parts.items()}
        for name, values, codes in (("feature_group", FG, kind >> 4), ("direction", DIRECTION, (kind >> 3) & 1),
                                    ("routing", ROUTING, (kind >> 2) & 1), ("jurisdiction", JURISDICTION, kind & 3)):
            out[name] = [values[c] for c in codes.tolist()]
        out["account"] = [a or DEFAULT_ACCOUNT for a in out["account"]]
        out["month"] = [month_label(m) for m in out["month"]]
        return out


@dataclass
class Measured:
    ms: np.ndarray          # chargeable milliseconds per record (0 when rejected)
    rejected: np.ndarray    # bool per record
    grouped: Grouped        # milliseconds and records per key (accepted records)
    book: Codebook

    @property
    def partials(self) -> dict[str, list]:
        """GROUP + ms of this chunk alone, decoded (tests)."""
        return {**self.book.decode(self.grouped.keys), "ms": self.grouped.sums.tolist()}


def _dictionary(column: pa.Array | pa.ChunkedArray) -> pa.DictionaryArray:
    if isinstance(column, pa.ChunkedArray):
        column = column.combine_chunks()
    if not pa.types.is_dictionary(column.type):
        column = column.dictionary_encode()   # (imports pyarrow.compute: only for a column stored plain)
    return column


def _indices(column: pa.DictionaryArray, null_slot: int) -> np.ndarray:
    """Dictionary indices as NumPy, nulls at `null_slot`."""
    return filled(column.indices, null_slot)


def _codes(column: pa.Array | None, values: tuple[str, ...], default: int, size: int) -> np.ndarray:
    """Index of each value in `values` as int8; `default` for null (or a missing column), -1 for
    anything else."""
    if column is None:
        return np.full(size, default, np.int8)
    column = _dictionary(column)
    lookup = np.array([values.index(v) if v in values else -1 for v in column.dictionary.to_pylist()] + [default],
                      dtype=np.int8)
    return lookup[_indices(column, len(lookup) - 1)]


def _open_dimension(name: str, column: pa.Array | None, size: int, book: Codebook) -> Dimension:
    """Local codes = the chunk's dictionary indices (null last); run-wide codes from the codebook."""
    bits = dict(LAYOUT.fields)[name]
    if column is None:
        return Dimension(name, np.zeros(size, np.int32), 1, np.zeros(1, np.int64), bits)
    column = _dictionary(column)
    dictionary = [v or "" for v in column.dictionary.to_pylist()]
    to_global = book.categories[name].codes([*dictionary, ""])
    return Dimension(name, _indices(column, len(dictionary)), len(dictionary) + 1, to_global, bits)


def _month_start_ms(month: int) -> int:
    return int(np.datetime64(month, "M").astype("datetime64[ms]").astype(np.int64))


def _month_dimension(stop: np.ndarray, keep: np.ndarray, book: Codebook) -> Dimension:
    """Each record's calendar month of its stop: a comparison with the few month boundaries the
    chunk spans (far cheaper than converting every timestamp), or a full conversion when it spans
    many."""
    bits = dict(LAYOUT.fields)["month"]
    size = len(stop)
    if not keep.any():
        return Dimension("month", np.zeros(size, np.int32), 1, np.zeros(1, np.int64), bits)
    kept = stop[keep]
    lo, hi = (int(np.datetime64(int(v), "ms").astype("datetime64[M]").astype(np.int64))
              for v in (kept.min(), kept.max()))
    if hi - lo < 64:
        months = list(range(lo, hi + 1))
        bounds = np.array([_month_start_ms(m) for m in months[1:]], np.int64)
        if len(bounds) == 0:
            local = np.zeros(size, np.int32)
        elif len(bounds) == 1:
            local = (stop >= bounds[0]).view(np.int8)
        else:
            local = np.searchsorted(bounds, stop, side="right").astype(np.int32)
    else:
        every = np.where(keep, stop, kept[0]).astype("datetime64[ms]").astype("datetime64[M]").astype(np.int64)
        uniques, local = np.unique(every, return_inverse=True)
        months = uniques.tolist()
    return Dimension("month", local, len(months), book.categories["month"].codes(months), bits)


def _times(column: pa.Array | None, size: int) -> np.ndarray:
    """Milliseconds as int64, null as NONE."""
    if column is None:
        return np.full(size, NONE, np.int64)
    if isinstance(column, pa.ChunkedArray):
        column = column.combine_chunks()
    if column.type != pa.timestamp("ms"):
        column = column.cast(pa.timestamp("ms"))   # safe: sub-millisecond values raise, never truncate
    return filled(column, NONE)


def _first_disconnect(col: dict[str, pa.Array], times: dict[str, np.ndarray]) -> np.ndarray:
    """The disconnect "recognized first", a missing one not counting (NONE when both are missing)."""
    user, customer = times["end_user_disconnect"], times["customer_disconnect"]
    gaps = [name for name in ("end_user_disconnect", "customer_disconnect")
            if name not in col or col[name].null_count]
    if not gaps:
        return np.minimum(user, customer)
    # minus one maps NONE to the largest int64 (wrapping), so the minimum skips it; plus one maps
    # two missing back to NONE
    return np.minimum(user - 1, customer - 1) + 1


def measure(batch: pa.RecordBatch, fgd_mf_reading: str = "as-fgc", book: Codebook | None = None) -> Measured:
    """Chargeable milliseconds of every record of `batch`, and their sums per group (6.5.4-6.8.4)."""
    size = batch.num_rows
    names = batch.schema.names
    col = {name: batch.column(i) for i, name in enumerate(names)}
    fg = _codes(col.get("feature_group"), FG, -1, size)
    direction = _codes(col.get("direction"), DIRECTION, -1, size)
    signaling = _codes(col.get("signaling"), SIGNALING, 0, size)     # CallRecord's default: MF
    routing = _codes(col.get("routing"), ROUTING, 0, size)           # CallRecord's default: direct
    jurisdiction = _codes(col.get("jurisdiction"), JURISDICTION, 0, size)
    times = {t: _times(col.get(t), size) for t in TIMES}

    # 6.5.4-6.8.4: terminating from answer; FGA originating from off-hook; SS7 FGC/FGD originating
    # from the IAM sent (direct) or the Exit Message received (via a tandem); otherwise answer.
    originating = direction == 0
    ss7_cd = originating & (signaling == 1) & (fg >= 2)
    start = times["answer"].copy()
    np.copyto(start, times["off_hook"], where=originating & (fg == 0))
    np.copyto(start, times["iam_sent"], where=ss7_cd & (routing == 0))
    np.copyto(start, times["exit_message"], where=ss7_cd & (routing == 1))
    stop = _first_disconnect(col, times)
    rejected = (fg < 0) | (direction < 0) | (signaling < 0) | (routing < 0) | (jurisdiction < 0) | (stop == NONE)
    if fgd_mf_reading == "not-measurable":
        rejected |= originating & (fg == 3) & (signaling == 0)
    answered = start != NONE
    rejected |= answered & (stop < start)
    ms = np.where(answered & ~rejected, stop - start, 0)
    accepted = ~rejected   # measured interstate minutes too: never billed, but they develop a percentage (2.3.11(C)(3))

    book = book or Codebook()
    dimensions = [
        _open_dimension("account", col.get("account"), size, book),
        _open_dimension("end_office", col.get("end_office"), size, book),
        _unit_and_kind(fg, direction, routing, jurisdiction, _open_dimension("unit", col.get("line"), size, book)),
        _month_dimension(stop, accepted, book),
    ]
    return Measured(ms=ms, rejected=rejected, grouped=group(dimensions, LAYOUT, ms, accepted), book=book)


_FGA_KINDS = len(DIRECTION) * len(ROUTING) * len(JURISDICTION)   # the kinds of feature group A come first
_SHIFTS = LAYOUT.shifts()


def _unit_and_kind(fg: np.ndarray, direction: np.ndarray, routing: np.ndarray, jurisdiction: np.ndarray,
                   unit: Dimension) -> Dimension:
    """The accumulation unit (FGA per line, FGB-FGD per end office) and the kind (feature group,
    direction, routing, jurisdiction) as one dimension of the combinations that can occur: a line
    for each FGA kind, none for the others - 12 x lines + 36 codes, where the two dimensions apart
    made 48 x lines dense slots per account, office and month (four times the memory and passes)."""
    lines = unit.size                       # the chunk's lines; the last is "no line"
    kind = ((fg.astype(np.int32) * 2 + direction) * 2 + routing) * 3 + jurisdiction   # meaningless when rejected
    local = np.where(fg == 0, kind * lines + unit.local, kind + (_FGA_KINDS * lines - _FGA_KINDS))   # < 2**24
    unit_keys = unit.to_global.astype(np.int64) << _SHIFTS["unit"]
    kind_keys = _KIND_CODES << _SHIFTS["kind"]
    to_key = np.concatenate([(kind_keys[:_FGA_KINDS, None] | unit_keys[None, :]).ravel(),
                             kind_keys[_FGA_KINDS:] | unit_keys[-1]])
    return Dimension("unit+kind", local, len(to_key), to_key, 0, packed=True)
