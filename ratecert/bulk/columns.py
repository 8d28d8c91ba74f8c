"""Arrow columns as NumPy arrays, and Python values as Arrow columns, without pandas.

Why not `Array.to_numpy()` or `pa.array()`: in pyarrow both go through its pandas shim, which
imports pandas on first use - a quarter of a second, more than the whole measurement of a million
records. Fixed-width columns are views of their data buffers; validity comes from the bitmap; the
few string columns the audit writes are assembled from offsets and bytes.

Nor, for a few rows, `Array.take()`: it imports `pyarrow.compute` (60 ms of CPU: a Python wrapper
generated for each of Arrow's functions) to pick out the handful of departing records a file has.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyarrow as pa


def _dtype(kind: pa.DataType) -> np.dtype:
    if pa.types.is_timestamp(kind) or pa.types.is_date64(kind) or pa.types.is_duration(kind):
        return np.dtype(np.int64)
    if pa.types.is_integer(kind):
        return np.dtype(f"{'int' if pa.types.is_signed_integer(kind) else 'uint'}{kind.bit_width}")
    raise TypeError(f"no fixed-width integer view of {kind}")


def values(array: pa.Array) -> np.ndarray:
    """The data of a fixed-width integer or timestamp array as integers (a zero-copy view; the
    values under nulls are unspecified)."""
    if pa.types.is_null(array.type):
        return np.zeros(len(array), np.int64)
    dtype = _dtype(array.type)
    data = array.buffers()[1]
    if data is None:
        return np.zeros(len(array), dtype)
    return np.frombuffer(data, dtype=dtype, count=len(array) + array.offset)[array.offset:]


def validity(array: pa.Array) -> np.ndarray:
    """True where the array has a value."""
    if array.null_count == 0:
        return np.ones(len(array), bool)
    bitmap = None if pa.types.is_null(array.type) else array.buffers()[0]
    if bitmap is None:
        return np.zeros(len(array), bool)   # every value null (a null-typed column)
    bits = np.unpackbits(np.frombuffer(bitmap, np.uint8), bitorder="little")
    return bits[array.offset:array.offset + len(array)].view(bool)


def filled(array: pa.Array, fill: int) -> np.ndarray:
    """Integers with every null replaced by `fill` (a copy only when there are nulls)."""
    data = values(array)
    if array.null_count == 0:
        return data
    return np.where(validity(array), data, np.asarray(fill, data.dtype))


def integers(data: np.ndarray) -> pa.Array:
    """An int64 Arrow array over NumPy integers (row indices for `take`)."""
    data = np.ascontiguousarray(data, np.int64)
    return pa.Array.from_buffers(pa.int64(), len(data), [None, pa.py_buffer(data)])


def strings(items: Sequence[str]) -> pa.Array:
    """A string Arrow array of Python strings."""
    encoded = [s.encode("utf-8") for s in items]
    offsets = np.zeros(len(encoded) + 1, np.int32)
    np.cumsum([len(b) for b in encoded], out=offsets[1:])
    return pa.Array.from_buffers(pa.string(), len(encoded),
                                 [None, pa.py_buffer(offsets), pa.py_buffer(b"".join(encoded))])


FEW = 1024   # rows picked out one by one; more, with Arrow's take (which imports pyarrow.compute)


def pick(array: pa.Array | pa.ChunkedArray, rows: np.ndarray) -> list:
    """The Python values of `array` at `rows` (a dictionary's values, None for null)."""
    if len(rows) <= FEW:
        return [array[i].as_py() for i in rows.tolist()]
    return array.take(integers(rows)).to_pylist()
