"""Exact grouped sums over chunks of records: the framework's half of the bulk audit, which knows
no document. A document's rules say which categorical dimensions group its records and what is
summed (the catalog: milliseconds per account, month, end office, ...); this module keys the groups
by one int64, sums them exactly in integers, and carries the sums across chunks, threads and Dask
partitions, which add by plain addition.

Why one int64 key: grouping on a packed integer is a single `bincount` (or one hash pass) instead of
a multi-column group-by, and the accumulated state is two arrays whatever the file's size.
"""

from __future__ import annotations

import threading
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import numpy as np

_LOW_BITS = 26
DENSE_LIMIT = 1 << 22    # dense keys (one bincount slot per possible group) up to this many slots


class TooManyValues(ValueError):
    """More distinct values of one dimension than its key bits hold: refused, never wrapped."""


class Categories:
    """Stable integer codes for the values of one open-ended dimension (accounts, end offices, lines,
    months), shared by every chunk of a run, so that a key means the same group in all of them.
    Code 0 is the empty value. Thread-safe: chunks are measured on several threads."""

    def __init__(self, name: str, bits: int, empty: Hashable = "") -> None:
        self.name, self.bits = name, bits
        self.values: list[Hashable] = [empty]
        self._index: dict[Hashable, int] = {empty: 0}
        self._lock = threading.Lock()

    def codes(self, values: Sequence[Hashable]) -> np.ndarray:
        """The code of each value (new values get the next codes)."""
        index = self._index
        missing = [v for v in values if v not in index]
        if missing:
            with self._lock:
                for value in missing:
                    if value not in index:
                        if len(self.values) >= 1 << self.bits:
                            raise TooManyValues(f"more than {1 << self.bits:,} distinct values of {self.name} "
                                                "in one audit")
                        index[value] = len(self.values)
                        self.values.append(value)
        return np.fromiter((index[v] for v in values), np.int64, len(values))

    def __getstate__(self) -> dict:
        return {"name": self.name, "bits": self.bits, "values": self.values}

    def __setstate__(self, state: dict) -> None:
        self.name, self.bits, self.values = state["name"], state["bits"], state["values"]
        self._index = {value: code for code, value in enumerate(self.values)}
        self._lock = threading.Lock()


@dataclass(frozen=True)
class Dimension:
    """One grouping dimension of a chunk: each record's local code (0..size-1), and the run-wide code
    of each local code (`to_global`), packed into `bits` of the key - or, `packed`, the key bits of
    each local code as they stand in the key: one dimension may then cover several fields of the
    layout, only the combinations that occur (fewer dense slots than the product of their sizes)."""

    name: str
    local: np.ndarray
    size: int
    to_global: np.ndarray
    bits: int
    packed: bool = False   # `to_global` holds key bits already in place (a dimension of several fields)


@dataclass(frozen=True)
class KeyLayout:
    """Field name -> bits of the int64 key, most significant first."""

    fields: tuple[tuple[str, int], ...]

    def __post_init__(self) -> None:
        if sum(bits for _, bits in self.fields) > 63:
            raise ValueError(f"key layout of {sum(b for _, b in self.fields)} bits does not fit an int64")

    def shifts(self) -> dict[str, int]:
        shift, out = 0, {}
        for name, bits in reversed(self.fields):
            out[name] = shift
            shift += bits
        return out

    def unpack(self, keys: np.ndarray) -> dict[str, np.ndarray]:
        shifts = self.shifts()
        return {name: (keys >> shifts[name]) & ((1 << bits) - 1) for name, bits in self.fields}

    def without(self, keys: np.ndarray, name: str) -> np.ndarray:
        """The keys with one field zeroed (to sum over it)."""
        bits = dict(self.fields)[name]
        return keys & ~(((1 << bits) - 1) << self.shifts()[name])

    def pack(self, codes: dict[str, np.ndarray]) -> np.ndarray:
        shifts = self.shifts()
        key = np.zeros(len(next(iter(codes.values()))), np.int64)
        for name, _ in self.fields:
            key |= codes[name].astype(np.int64, copy=False) << shifts[name]
        return key


class Codebook:
    """The run-wide codes of a layout's open-ended fields. Books built apart (on Dask workers, one
    per partition) merge: `rekey` rewrites another book's keys in this book's codes."""

    def __init__(self, layout: KeyLayout, empties: dict[str, Hashable]) -> None:
        bits = dict(layout.fields)
        self.layout = layout
        self.categories = {name: Categories(name, bits[name], empty) for name, empty in empties.items()}

    def rekey(self, other: Codebook, keys: np.ndarray) -> np.ndarray:
        parts = self.layout.unpack(keys)
        for name, categories in other.categories.items():
            parts[name] = self.categories[name].codes(categories.values)[parts[name]]
        return self.layout.pack(parts)


def exact_sums(codes: np.ndarray, values: np.ndarray, groups: int) -> np.ndarray:
    """Integer sums per code. bincount adds in float64, which is exact below 2**53: one pass when no
    sum can reach that, else each value split at 26 bits so every partial sum stays far below."""
    if len(values) == 0:
        return np.zeros(groups, np.int64)
    low_value, high_value = int(values.min()), int(values.max())
    if low_value >= 0 and high_value * len(values) < 1 << 53:
        return np.rint(np.bincount(codes, weights=values, minlength=groups)).astype(np.int64)
    if low_value < 0 or high_value >= 1 << 52:
        out = np.zeros(groups, np.int64)
        np.add.at(out, codes, values)   # rare (negative or huge values): exact, slower
        return out
    low = np.bincount(codes, weights=values & ((1 << _LOW_BITS) - 1), minlength=groups)
    high = np.bincount(codes, weights=values >> _LOW_BITS, minlength=groups)
    return np.rint(low).astype(np.int64) + (np.rint(high).astype(np.int64) << _LOW_BITS)


@dataclass
class Grouped:
    """Sums of one chunk (or of a whole run): the distinct keys, the summed value, the record count."""

    keys: np.ndarray
    sums: np.ndarray
    counts: np.ndarray

    @classmethod
    def empty(cls) -> Grouped:
        return cls(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int64))


def group(dimensions: Sequence[Dimension], layout: KeyLayout, values: np.ndarray, keep: np.ndarray) -> Grouped:
    """Exact sums of `values` over the kept records, grouped by every dimension.

    When the chunk's local codes span few combinations (the usual case: a few accounts, offices and
    months per row group), each record gets a dense slot and two bincounts do the work; otherwise
    the packed run-wide keys are grouped by sorting."""
    slots = 1
    for dim in dimensions:
        slots *= dim.size
    if slots <= max(DENSE_LIMIT, 4 * len(values)):
        dense = dimensions[0].local.astype(np.intp)          # bincount counts in intp: no conversion later
        for dim in dimensions[1:]:
            dense *= dim.size
            dense += dim.local
        dense[~keep] = slots                               # the rejected fall in one extra slot, then dropped
        counts = np.bincount(dense, minlength=slots + 1)[:slots]
        occupied = np.flatnonzero(counts)
        sums = exact_sums(dense, values, slots + 1)[occupied]
        local = np.unravel_index(occupied, tuple(dim.size for dim in dimensions))
        keys = _keys(layout, dimensions, local)
        return Grouped(keys, sums, counts[occupied].astype(np.int64))
    keys = _keys(layout, dimensions, [dim.local[keep] for dim in dimensions])
    uniques, inverse = np.unique(keys, return_inverse=True)
    return Grouped(uniques, exact_sums(inverse, values[keep], len(uniques)),
                   np.bincount(inverse, minlength=len(uniques)).astype(np.int64))


def _keys(layout: KeyLayout, dimensions: Sequence[Dimension], local: Sequence[np.ndarray]) -> np.ndarray:
    """The int64 key of each combination of local codes."""
    shifts = layout.shifts()
    keys = np.zeros(len(local[0]), np.int64)
    for dim, codes in zip(dimensions, local):
        part = dim.to_global[codes].astype(np.int64, copy=False)
        keys |= part if dim.packed else part << shifts[dim.name]
    return keys


class Accumulator:
    """Running exact sums per key as chunks arrive. Chunks wait in a list and are merged (one sort
    of all their keys) when their keys outnumber the merged total's: memory follows the number of
    distinct groups, and a file of many chunks sorts each key a few times, not once per chunk."""

    def __init__(self) -> None:
        self._total = Grouped.empty()
        self._pending: list[Grouped] = []
        self._pending_keys = 0

    def add(self, chunk: Grouped) -> None:
        self._pending.append(chunk)
        self._pending_keys += len(chunk.keys)
        if self._pending_keys > max(4 * len(self._total.keys), 1 << 20):
            self._merge()

    @property
    def total(self) -> Grouped:
        self._merge()
        return self._total

    def _merge(self) -> None:
        if not self._pending:
            return
        parts = [self._total, *self._pending]
        uniques, inverse = np.unique(np.concatenate([p.keys for p in parts]), return_inverse=True)
        self._total = Grouped(uniques, exact_sums(inverse, np.concatenate([p.sums for p in parts]), len(uniques)),
                              exact_sums(inverse, np.concatenate([p.counts for p in parts]), len(uniques)))
        self._pending, self._pending_keys = [], 0
