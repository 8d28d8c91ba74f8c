"""Bulk bill audit: re-rate a month (or many) of call records with vectorised code, exactly as the
per-record reference does, and find every record and bill line where a vendor departs from it.

layout      the columnar record layout (Arrow schema) of `records.CallRecord`
measurement vectorised access-minute measurement and per-chunk partial sums (integer milliseconds)
pricing     monthly buckets -> rounded minutes -> the reference's pricing of the usage elements
audit       the streaming driver (pandas/Arrow in chunks, or Dask), discrepancies, summary
"""
