"""The Access Catalog No. 3 pack: CenturyTel of the Gem State d/b/a CenturyLink, Idaho.

Records (`records`), one module per clause group of the catalog, composed in the catalog's order by
`billing.render_bill` (2.4.1(B)); Gherkin steps (`steps`), hypothesis strategies (`strategies`) and
laws (`laws`); the columnar re-rating of usage for `ratecert audit` (`bulk`). Its data, scenarios
and properties are `spec/`, `features/` and `properties/` of this pack (in a checkout of ratecert:
`spec/access-catalog-3/`, `features/access-catalog-3/`, `properties/access-catalog-3/`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ratecert.packs import DocumentPack


def _pack() -> DocumentPack:
    from ratecert.packs import DocumentPack
    from ratecert_reference.access_catalog_3.billing import render_bill
    from ratecert_reference.access_catalog_3.records import CatalogCase

    return DocumentPack.located(
        __name__, id="access-catalog-3", case_model=CatalogCase, render=render_bill, unlabelled_cases=True,
        capabilities=("payment-dates", "late-payment", "disputes", "deposits", "proration", "minimum-periods",
                      "cancellation", "credit-allowances", "re-establishment", "order-charges", "labor",
                      "switched-usage", "usage-pricing", "local-transport", "switched-nonrecurring", "db800",
                      "special-access", "miscellaneous-services", "access-ordering", "refusal-of-service",
                      "working-hours", "effective-dating", "customer-records"))


def __getattr__(name: str) -> DocumentPack:
    """`PACK`, built on first use: importing any module of the pack runs this file, and `ratecert
    audit` imports the bulk rules (`bulk.access_catalog`) for the columns and measurement alone - the
    records, the reference and their models load beside the stream, when the terms do."""
    if name == "PACK":
        globals()["PACK"] = pack = _pack()
        return pack
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
