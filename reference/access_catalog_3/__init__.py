"""The Access Catalog No. 3 pack: CenturyTel of the Gem State d/b/a CenturyLink, Idaho.

Records (`records`), one module per clause group of the catalog, composed in the catalog's order by
`billing.render_bill` (2.4.1(B)); Gherkin steps (`steps`), hypothesis strategies (`strategies`) and
laws (`laws`); the columnar re-rating of usage for `ratecert audit` (`bulk`). Its data, scenarios
and properties are `spec/`, `features/` and `properties/` of this pack (in a checkout of ratecert:
`spec/access-catalog-3/`, `features/access-catalog-3/`, `properties/access-catalog-3/`).
"""

from ratecert.packs import DocumentPack
from ratecert_reference.access_catalog_3.billing import render_bill
from ratecert_reference.access_catalog_3.records import CatalogCase

PACK = DocumentPack.located(
    __name__, id="access-catalog-3", case_model=CatalogCase, render=render_bill, unlabelled_cases=True,
    bulk_rules="ratecert_reference.access_catalog_3.bulk.access_catalog:RULES",
    capabilities=("payment-dates", "late-payment", "disputes", "deposits", "proration", "minimum-periods",
                  "cancellation", "credit-allowances", "re-establishment", "order-charges", "labor",
                  "switched-usage", "usage-pricing", "local-transport", "switched-nonrecurring", "db800", "special-access",
                  "miscellaneous-services", "access-ordering", "refusal-of-service", "working-hours", "effective-dating",
                  "customer-records"))
