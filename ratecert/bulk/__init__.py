"""Bulk bill audit: re-rate a month (or many) of call records with vectorised code, exactly as the
per-record reference does, and find every record and bill line where a vendor departs from it.

The framework's half (knows no document; `audit.Rules` is all it asks of one):
  stream         the file in chunks on every core: row groups in parallel, read-ahead, in file order
  sums           exact integer group sums under one int64 key, codebooks that merge, the accumulator
  columns        Arrow <-> NumPy without pandas
  discrepancies  per-record and per-line departures, written as found; exact amount comparison
  summary        the HTML summary
  audit          the driver; scale_out: the same chunk function on Dask workers

The Access Catalog's half (moves with its document pack):
  access_catalog the catalog's rules behind `audit.Rules`, and the per-record path
  layout         the call-record columns
  measurement    the access-minute measurement of 6.5.4-6.8.4, vectorised
  pricing        the terms file, and the monthly buckets priced by the catalog's reference
  synthetic      generated usage for tests and benchmarks
"""
