"""Bulk bill audit, the framework's half: re-rate months of usage with vectorised code and find
every record and bill line where a vendor departs from the document's rules. It knows no document:
`audit.Rules` is all it asks of one, and a pack offers its rules under the entry point group
`ratecert.bulk_audits` (`ratecert.packs.audit_rules`; the Access Catalog's are
`ratecert_reference.access_catalog_3.bulk`). Needs `ratecert[audit]`.

  stream         the file in chunks on every core: row groups in parallel, read-ahead, in file order
  sums           exact integer group sums under one int64 key, codebooks that merge, the accumulator
  columns        Arrow <-> NumPy without pandas
  discrepancies  per-record and per-line departures, written as found; exact amount comparison
  summary        the HTML summary
  beside         the terms loaded and priced beside the stream (a forked process, else a thread)
  audit          the driver; scale_out: the same chunk function on Dask workers
"""
