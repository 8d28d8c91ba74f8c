"""The Access Catalog's bulk audit rules (`ratecert audit`, registered under the entry point group `ratecert.bulk_audits`): what
the framework's streaming audit (`ratecert.bulk`) asks of a document, for the catalog's usage.

  access_catalog the catalog's rules behind `ratecert.bulk.audit.Rules`, and the per-record path
  layout         the call-record columns
  measurement    the access-minute measurement of 6.5.4-6.8.4, vectorised
  pricing        the terms file, and the monthly buckets priced by the catalog's reference
  synthetic      generated usage for tests and benchmarks
"""
