"""Reading a usage file in chunks, both cores busy: the framework's half of the bulk audit's input,
which knows no record layout.

A Parquet file of at least as many row groups as workers streams by row group, each worker reading
and working on its own (Arrow releases the GIL while decoding, NumPy while it computes); memory is
bounded by about workers + 1 row groups, not by the file. A file of fewer row groups (one, say)
streams in batches of 256K rows, the next decoded while the ones before are worked on, so it still
uses every core; so does a CSV file, by block. Results come back in file order, so whatever the
caller writes is deterministic.

A file that is missing, truncated or not Parquet/CSV ends in `UnreadableUsage`, whose message names
the file and what is wrong with it - never a traceback.
"""

from __future__ import annotations

import os
import threading
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

import numpy as np
import pyarrow as pa

from ratecert.bulk.columns import pick

T = TypeVar("T")
BATCH_ROWS = 262_144         # a row group read in batches (when row groups are fewer than workers)
ID_BATCH = 65_536


class UnreadableUsage(ValueError):
    """The usage file cannot be read: missing, truncated, not Parquet or CSV, or a damaged chunk."""


@dataclass(frozen=True)
class Chunk:
    """Where a chunk's rows sit in the file: the row group (None for CSV) and the first row in it."""

    group: int | None
    offset: int


@dataclass(frozen=True)
class Source:
    path: Path
    schema: pa.Schema
    rows: int | None              # known for Parquet
    groups: tuple[int, ...]       # the row groups that hold rows (Parquet)
    dictionaries: tuple[str, ...]  # columns to read as dictionaries (Parquet)

    @property
    def is_csv(self) -> bool:
        return self.path.suffix.lower() == ".csv"

    @classmethod
    def open(cls, path: Path, dictionaries: tuple[str, ...] = (), csv_types: dict[str, pa.DataType] | None = None) -> Source:
        if not path.exists():
            raise UnreadableUsage(f"{path}: no such file")
        if path.is_dir():
            raise UnreadableUsage(f"{path}: a folder, not a Parquet or CSV file")
        if path.suffix.lower() == ".csv":
            import pyarrow.csv as pacsv

            try:
                with pacsv.open_csv(path, convert_options=pacsv.ConvertOptions(column_types=csv_types or {})) as reader:
                    schema = reader.schema
            except (pa.ArrowException, OSError) as exc:
                raise UnreadableUsage(f"{path}: not a readable CSV file ({_reason(exc)})") from None
            return cls(path, schema, None, (), ())
        import pyarrow.parquet as pq

        try:
            parquet = pq.ParquetFile(path)
            schema = parquet.schema_arrow
        except (pa.ArrowException, OSError) as exc:
            raise UnreadableUsage(f"{path}: not a readable Parquet file ({_reason(exc)})") from None
        metadata = parquet.metadata
        return cls(path, schema, metadata.num_rows,
                   tuple(i for i in range(metadata.num_row_groups) if metadata.row_group(i).num_rows),
                   tuple(c for c in dictionaries if c in schema.names))

    def ids(self, chunk: Chunk, rows: np.ndarray, column: str = "id") -> list[str]:
        """Record ids of some rows of a chunk's row group, read only when a departure needs naming,
        and only as far into the row group as the last of them (on average half of it)."""
        import pyarrow.parquet as pq

        assert chunk.group is not None
        wanted = np.asarray(rows, np.int64) + chunk.offset
        last, parts, read = int(wanted.max()), [], 0
        for batch in pq.ParquetFile(self.path).iter_batches(batch_size=ID_BATCH, row_groups=[chunk.group],
                                                            columns=[column], use_threads=False):
            parts.append(batch.column(0))
            read += batch.num_rows
            if read > last:
                break
        return pick(pa.concat_arrays(parts), wanted)


def _reason(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300]


def _parquet_reader(source: Source, columns: list[str], threads: bool) -> Callable[[int], pa.RecordBatch | None]:
    """A reader of row groups; `threads`: let Arrow decode the columns of one row group in parallel
    (worth it only when row groups are not already read in parallel)."""
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(source.path, read_dictionary=[c for c in source.dictionaries if c in columns],
                             memory_map=False)

    def read(index: int) -> pa.RecordBatch | None:
        """The `index`-th row group that holds rows (None past the last)."""
        if index >= len(source.groups):
            return None
        table = parquet.read_row_group(source.groups[index], columns=columns, use_threads=threads)
        return table.combine_chunks().to_batches()[0]
    return read


def _csv_reader(source: Source, columns: list[str], types: dict[str, pa.DataType],
                block_rows: int) -> Callable[[int], pa.RecordBatch | None]:
    import pyarrow.csv as pacsv

    reader = pacsv.open_csv(source.path, read_options=pacsv.ReadOptions(block_size=max(1 << 20, block_rows * 64)),
                            convert_options=pacsv.ConvertOptions(column_types=types, include_columns=columns,
                                                                 strings_can_be_null=True))

    def read(index: int) -> pa.RecordBatch | None:
        try:
            return reader.read_next_batch()
        except StopIteration:
            return None
    return read


@dataclass
class Done(Generic[T]):
    chunk: Chunk
    rows: int
    result: T


def map_chunks(source: Source, columns: list[str], work: Callable[[pa.RecordBatch, Chunk], T], *,
               workers: int | None = None, csv_types: dict[str, pa.DataType] | None = None,
               chunk_rows: int = 2_000_000) -> Iterator[Done[T]]:
    """`work(batch, chunk)` applied to every chunk of the file on a pool of threads; results in file
    order."""
    workers = workers or min(2, os.cpu_count() or 1)
    if not source.is_csv and len(source.groups) >= workers > 1:
        yield from _row_groups_in_parallel(source, columns, work, workers)
    else:
        yield from _read_ahead(source, columns, work, workers, csv_types or {}, chunk_rows)


def row_group_reader(source: Source, columns: list[str], threads: bool = False) -> Callable[[int], pa.RecordBatch | None]:
    """A reader of the source's row groups by position, whose faults are `UnreadableUsage`."""
    return _guarded(source, _parquet_reader(source, columns, threads))


def _guarded(source: Source, read: Callable[[int], pa.RecordBatch | None]) -> Callable[[int], pa.RecordBatch | None]:
    def guarded(index: int) -> pa.RecordBatch | None:
        try:
            return read(index)
        except (pa.ArrowException, OSError) as exc:
            where = "a block" if source.is_csv else f"row group {source.groups[index]}"
            raise UnreadableUsage(f"{source.path}: {where} cannot be read ({_reason(exc)})") from None
    return guarded


def _row_groups_in_parallel(source: Source, columns: list[str], work: Callable[[pa.RecordBatch, Chunk], T],
                            workers: int) -> Iterator[Done[T]]:
    """Each worker reads a whole row group with its own reader, single-threaded, and works on it:
    no hand-off between threads, and the decoding runs on every core. At most workers + 1 row
    groups are in memory."""
    local = threading.local()

    def task(index: int) -> tuple[int, T]:
        if not hasattr(local, "read"):
            local.read = row_group_reader(source, columns)
        batch = local.read(index)
        assert batch is not None
        return batch.num_rows, work(batch, Chunk(source.groups[index], 0))

    pending: deque[tuple[int, Future[tuple[int, T]]]] = deque()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for index in range(len(source.groups)):
            pending.append((index, pool.submit(task, index)))
            while len(pending) > workers:
                yield _done(source, *pending.popleft())
        while pending:
            yield _done(source, *pending.popleft())


def _done(source: Source, index: int, future: Future[tuple[int, T]]) -> Done[T]:
    rows, result = future.result()
    return Done(Chunk(source.groups[index], 0), rows, result)


def _read_ahead(source: Source, columns: list[str], work: Callable[[pa.RecordBatch, Chunk], T], workers: int,
                csv_types: dict[str, pa.DataType], chunk_rows: int) -> Iterator[Done[T]]:
    """One read in flight at a time (a CSV reader, or a file of fewer row groups than workers, read
    in batches of a few hundred thousand rows with Arrow's threads), the chunks read before it
    worked on meanwhile: a one-row-group file still uses every core, and its batches reuse the
    memory of the ones before instead of faulting in a whole row group's."""
    chunks = _csv_chunks(source, columns, csv_types, chunk_rows) if source.is_csv else _batches(source, columns)

    def read() -> tuple[pa.RecordBatch, Chunk] | None:
        try:
            return next(chunks)
        except StopIteration:
            return None
        except (pa.ArrowException, OSError) as exc:
            raise UnreadableUsage(f"{source.path}: cannot be read ({_reason(exc)})") from None

    pending: deque[tuple[Chunk, int, Future[T]]] = deque()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        ahead = pool.submit(read)
        while (item := ahead.result()) is not None:
            ahead = pool.submit(read)
            batch, chunk = item
            pending.append((chunk, batch.num_rows, pool.submit(work, batch, chunk)))
            while len(pending) >= workers:
                chunk, rows, future = pending.popleft()
                yield Done(chunk, rows, future.result())
        while pending:
            chunk, rows, future = pending.popleft()
            yield Done(chunk, rows, future.result())


def _batches(source: Source, columns: list[str]) -> Iterator[tuple[pa.RecordBatch, Chunk]]:
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(source.path, read_dictionary=[c for c in source.dictionaries if c in columns])
    for group in source.groups:
        offset = 0
        for batch in parquet.iter_batches(batch_size=BATCH_ROWS, row_groups=[group], columns=columns,
                                          use_threads=True):
            yield batch, Chunk(group, offset)
            offset += batch.num_rows


def _csv_chunks(source: Source, columns: list[str], types: dict[str, pa.DataType],
                block_rows: int) -> Iterator[tuple[pa.RecordBatch, Chunk]]:
    read = _csv_reader(source, columns, types, block_rows)
    while (batch := read(0)) is not None:
        yield batch, Chunk(None, 0)


def keep_freed_memory() -> None:
    """Let glibc's malloc keep freed blocks for reuse, and let Arrow allocate through it (the
    process is a one-shot audit): the chunks' NumPy temporaries and Arrow buffers are megabytes
    each, above malloc's default threshold for giving memory back to the system (and mimalloc gives
    its pages back too), so every chunk faulted its pages in anew - measured, a third of the
    audit's system time at 10M records. Elsewhere than glibc, Arrow keeps its own pool."""
    import ctypes

    try:
        mallopt = ctypes.CDLL(None).mallopt   # the process's own symbols: glibc's, when it is glibc
    except (OSError, AttributeError):
        return
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    m_trim_threshold, m_mmap_threshold = -1, -3
    if mallopt(m_mmap_threshold, 256 << 20) and mallopt(m_trim_threshold, 1 << 30):
        pa.set_memory_pool(pa.system_memory_pool())
