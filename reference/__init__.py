"""The reference implementation of the rating and billing core, installed as `ratecert_reference`.

One folder per document - a pack (`access_catalog_3/`, `ica_frontier_granite_2006/`, `dc_power_v12/`,
`clec_onboarding/`), each declaring its `PACK` - and, at this level, the legal machinery the documents
share: calendar months (`months`), Legal Holidays (`legal_holidays`), penny rounding (`rounding`), V&H
airline mileage (`mileage`) and the settlement of payments against a bill (`settlement`).

Pure functions over typed values, exact Decimal money, one module per clause group, each function
naming its clause and quoting the operative words. The framework (`ratecert`) imports none of it:
it finds the packs through the `ratecert.documents` entry points.
"""
